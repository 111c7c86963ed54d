"""Tasks: directive items and sentences, with lead, support, deadline and references.

The package reads a document body the way a clerk does:

- ``vocab``: the directive vocabulary of ``models/directives.yaml`` compiled into patterns;
- ``units``: blocks cut into sentences, enumerations and clauses;
- ``actors``: who a unit names (subject, addressee, labelled actor, partners);
- ``headings``: headings and lead-ins that open a scope and name its actor;
- ``tables``: task tables and the labelled fields of structured plans;
- ``assemble``: the walk over the body that turns units into tasks.
"""

from .assemble import assemble_tasks
from .model import AssembledTask

__all__ = ["AssembledTask", "assemble_tasks"]
