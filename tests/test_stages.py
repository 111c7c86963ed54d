"""An exception escaping a stage reaches the user as an ExtractionError: file, stage, reason."""

from __future__ import annotations

import pytest

import pipeline.api as api
from pipeline import extract
from pipeline.errors import ExtractionError
from pipeline.parsers import registry
from pipeline.stages import stage
from tests.conftest import CORPUS


def test_stage_turns_any_exception_into_an_extraction_error():
    with pytest.raises(ExtractionError) as caught, stage("parse", "a.pdf", "reading this pdf file"):
        {}["x"]
    assert caught.value.stage == "parse" and caught.value.path == "a.pdf"
    assert caught.value.reason.startswith("internal error while reading this pdf file (KeyError")


def test_a_bug_in_annotation_is_an_extraction_error(monkeypatch):
    def broken(*_args, **_kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(api, "annotate", broken)
    with pytest.raises(ExtractionError) as caught:
        extract(CORPUS / "000_8090ff3dc2291dd3.txt")
    assert caught.value.stage == "extract" and "extracting tasks (IndexError" in caught.value.reason


def test_a_bug_in_a_parser_is_an_extraction_error_of_stage_parse(monkeypatch, tmp_path):
    def broken(_data, _path, _options=None):
        raise ValueError("odd table")

    monkeypatch.setitem(registry.PARSERS, "html", broken)
    page = tmp_path / "trang.html"
    page.write_text("<html><body><p>Thông báo</p></body></html>", encoding="utf-8")
    with pytest.raises(ExtractionError) as caught:
        extract(page)
    assert caught.value.stage == "parse" and "reading this html file (ValueError: odd table)" in caught.value.reason
