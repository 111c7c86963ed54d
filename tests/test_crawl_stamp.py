"""The date stamp a crawler writes before a stored page's text."""

from __future__ import annotations

from pipeline.api import extract_text
from pipeline.crawl_stamp import read_crawl_stamp, stamp_year
from pipeline.parsers.base import RawDocument


def test_the_stamp_is_blanked_with_its_offsets_kept_and_its_date_kept_aside() -> None:
    raw = RawDocument(text=" date 2019-07 Chiều 3-7, Phó Thủ tướng có công điện.", format="txt")
    read = read_crawl_stamp(raw)
    assert len(read.text) == len(raw.text) and read.text.lstrip().startswith("Chiều 3-7")
    assert read.meta["crawled"] == "2019-07" and stamp_year(read) == 2019


def test_a_date_word_inside_the_text_is_no_stamp() -> None:
    raw = RawDocument(text="Sở Y tế báo cáo.\n date 2019-07 là ngày họp.", format="txt")
    assert read_crawl_stamp(raw) is raw


def test_the_stamp_s_year_completes_a_date_written_without_one() -> None:
    """A fixture written for this test: a news item on a dispatch, stamped by the crawler."""
    result = extract_text(" date 2023-10 Thủ tướng yêu cầu Bộ Công an hoàn thành kiểm tra trước ngày 15/11 tới.\n")
    assert "date 2023" not in result.document.text
    deadline = result.tasks[0].deadline
    assert deadline is not None and deadline.due is not None and deadline.due.isoformat() == "2023-11-15"
