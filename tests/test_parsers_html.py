"""Web pages of government portals: the article only, with its title and publication date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pipeline import extract
from pipeline.errors import ParseError
from pipeline.normalize import canonical_text
from pipeline.parsers import read_document
from tests.fixtures.documents import SMALL_NOTICE, encode_cp1258, portal_html

PORTAL_FURNITURE = [
    "Trang chủ",
    "Giới thiệu",
    "Tin tức - Sự kiện",
    "English",
    "Đăng nhập",
    "Đăng ký",
    "Tin liên quan",
    "Hội nghị tổng kết",
    "dự toán ngân sách năm 2025",
    "Cơ quan chủ quản",
    "Ghi rõ nguồn",
    "dataLayer",
    "quảng cáo",
    "font-family",
    "Liên hệ",
]


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "thong-bao.html"
    path.write_text(portal_html(SMALL_NOTICE), encoding="utf-8")
    return path


def test_article_title_date_and_body(page):
    doc = read_document(page)
    assert doc.format == "html"
    assert doc.meta["published"] == "2024-01-05"
    assert doc.meta["title"].startswith("Thông báo kết luận của Chủ tịch UBND tỉnh")
    lines = canonical_text(doc.text).split("\n")
    assert lines[0] == doc.meta["title"]
    for line in SMALL_NOTICE.body:
        assert line in lines


@pytest.mark.parametrize("furniture", PORTAL_FURNITURE)
def test_portal_furniture_is_dropped(page, furniture):
    assert furniture not in read_document(page).text


def test_date_written_only_in_the_page_is_read_day_first(tmp_path):
    html = (
        portal_html(SMALL_NOTICE)
        .replace('<meta property="article:published_time" content="2024-01-05T08:30:00+07:00">', "")
        .replace("05/01/2024 08:30", "12/03/2024 08:30")
    )
    path = tmp_path / "no-meta.html"
    path.write_text(html, encoding="utf-8")
    assert read_document(path).meta["published"] == "2024-03-12"


def test_page_in_windows_1258(tmp_path):
    html = portal_html(SMALL_NOTICE).replace('charset="utf-8"', 'charset="windows-1258"')
    path = tmp_path / "cp1258.html"
    path.write_bytes(encode_cp1258(html))
    doc = read_document(path)
    assert doc.meta["encoding"] == "windows-1258"
    assert SMALL_NOTICE.body[2] in canonical_text(doc.text)


def test_page_without_an_article_is_a_parse_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body> </body></html>", encoding="utf-8")
    with pytest.raises(ParseError, match="empty.html"):
        read_document(path)


def test_publication_date_is_the_issued_date_and_completes_dates_without_a_year(tmp_path):
    body = tuple(line.replace("trước ngày 30/6/2024", "trước ngày 30/6") for line in SMALL_NOTICE.body)
    path = tmp_path / "thong-bao.html"
    path.write_text(portal_html(dataclasses.replace(SMALL_NOTICE, body=body)), encoding="utf-8")
    result = extract(path)
    assert result.document.issued_date == dt.date(2024, 1, 5)
    assert result.document.title.startswith("Thông báo kết luận của Chủ tịch UBND tỉnh")
    due = [task.deadline.due for task in result.tasks if task.deadline and task.deadline.text.endswith("30/6")]
    assert due == [dt.date(2024, 6, 30)]
