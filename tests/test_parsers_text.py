"""Plain text files: pages marked by form feeds (as pdftotext writes them) reach the output."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.parsers import read_document
from pipeline.parsers.text import form_feed_pages
from tests.fixtures.documents import SMALL_NOTICE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trang một.", []),
        ("Trang một.\fTrang hai.\fTrang ba.", [11, 22]),
        ("Trang một.\fTrang hai.\f", [11]),  # pdftotext ends the last page with one too
        ("Trang một.\f\fTrang ba.", [11, 12]),  # an empty page in between
    ],
    ids=["no-pages", "three-pages", "trailing-form-feed", "empty-page"],
)
def test_form_feed_pages(text, expected):
    assert form_feed_pages(text) == expected


def test_tasks_of_a_paged_text_file_carry_their_page(tmp_path):
    text = SMALL_NOTICE.formal_text().replace("2. Về đào tạo:", "\f2. Về đào tạo:")
    path = tmp_path / "pdftotext.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).pages == 2
    result = extract(path)
    assert result.document.pages == 2
    # a task's span starts at its item marker ("- Giao Sở ...")
    pages = [(" ".join(task.span.text.split()[1:4]), task.span.page) for task in result.tasks]
    assert ("Giao Sở Thông", 1) in pages
    assert ("Sở Tài chính", 1) in pages
    assert ("Sở Nội vụ", 2) in pages  # the first task after the form feed


def test_a_text_file_without_form_feeds_has_no_pages(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(SMALL_NOTICE.formal_text(), encoding="utf-8")
    result = extract(path)
    assert result.document.pages is None
    assert all(task.span.page is None for task in result.tasks)
