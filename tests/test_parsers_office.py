"""Word 97 and RTF through LibreOffice, and the error when LibreOffice is missing."""

from __future__ import annotations

import pytest

from pipeline.errors import MissingDependencyError
from pipeline.normalize import canonical_text
from pipeline.parsers import read_document
from tests.fixtures.documents import SMALL_NOTICE, docx_files, soffice_convert
from tests.fixtures.tools import needs_soffice, require_soffice


@pytest.fixture(scope="session")
def old_formats(tmp_path_factory):
    """The small notice saved by LibreOffice as Word 97 and as RTF."""
    require_soffice()
    source = docx_files(tmp_path_factory)["small"]
    root = tmp_path_factory.mktemp("old-formats")
    (doc,) = soffice_convert([source], "doc:MS Word 97", root)
    (rtf,) = soffice_convert([source], "rtf", root)
    return {"doc": doc, "rtf": rtf}


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_old_word_formats_read_like_the_docx(old_formats, tmp_path_factory, fmt):
    doc = read_document(old_formats[fmt])
    assert doc.format == fmt
    assert doc.meta["converted_by"] == "libreoffice"
    expected = canonical_text(read_document(docx_files(tmp_path_factory)["small"]).text)
    assert canonical_text(doc.text) == expected
    assert SMALL_NOTICE.body[2] in canonical_text(doc.text)  # the "- " bullet came back


@needs_soffice
def test_format_comes_from_the_content_not_the_name(old_formats, tmp_path):
    renamed = tmp_path / "notice.txt"
    renamed.write_bytes(old_formats["rtf"].read_bytes())
    assert read_document(renamed).format == "rtf"


def test_missing_libreoffice_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("NHIEMVU_SOFFICE", str(tmp_path / "no-soffice-here"))
    path = tmp_path / "old.rtf"
    path.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Times New Roman;}}\f0 Giao S\u7903? T\'e0i ch\'ednh.}")
    with pytest.raises(MissingDependencyError, match="libreoffice-writer-nogui") as error:
        read_document(path)
    assert "old.rtf" in str(error.value)
