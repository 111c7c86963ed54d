"""nhiemvu: turn Vietnamese administrative documents into structured, trackable tasks.

>>> from pipeline import extract, extract_text, to_dataframe
"""

from .api import extract, extract_text
from .errors import NhiemvuError
from .export import to_dataframe
from .schema import SCHEMA_VERSION, DocumentResult

__version__ = "0.1.0"
__all__ = ["extract", "extract_text", "to_dataframe", "DocumentResult", "NhiemvuError",
           "SCHEMA_VERSION", "__version__"]
