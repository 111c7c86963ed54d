"""Plain text files: pages marked by form feeds (as pdftotext writes them) reach the output."""

from __future__ import annotations

import pytest

from pipeline import extract, extract_text
from pipeline.parsers import read_document
from pipeline.parsers.text import form_feed_pages, written_page_breaks
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


@pytest.mark.parametrize(
    ("line", "is_break"),
    [
        ("--- PAGE BREAK ---", True),
        ("===== Page 3 =====", True),
        ("[Trang 2/5]", True),
        ("<<< page 12 >>>", True),
        ("- Trang bị phương tiện", False),  # an item about equipment
        ("--- Trang trại ---", False),
        ("-----", False),  # a rule
    ],
)
def test_page_break_lines_a_converter_wrote_are_form_feeds(line, is_break):
    assert (written_page_breaks(f"Một.\n{line}\nHai") == "Một.\n\f\nHai") is is_break


def test_a_sentence_cut_by_a_page_break_goes_on_and_the_page_number_under_it_is_dropped():
    text = "các sản phẩm, dịch vụ nội dung thông\n\n--- PAGE BREAK ---\n\n2\n\ntin số và nền tảng số.\n"
    assert written_page_breaks(text) == "các sản phẩm, dịch vụ nội dung thông\n\ftin số và nền tảng số.\n"
    ended = "hoàn thành trong quý I.\n\f\n- 3 -\n\nb) Bộ Tài chính\n"
    assert written_page_breaks(ended) == "hoàn thành trong quý I.\n\f\n\nb) Bộ Tài chính\n"


def _extract_saved(folder, text: str):
    """``text`` saved as a converter's ``.txt`` output, then extracted from the file."""
    path = folder / "converted.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_an_item_after_a_written_page_break_is_still_an_item(tmp_path):
    """A fixture written for this test: a ministry's items, the page break a converter wrote between them."""
    text = ("b) Bộ Tài chính\n\n- Trình Chính phủ ban hành Nghị định về gia hạn nộp thuế trong tháng 3 năm 2020."
            "\n\n--- PAGE BREAK ---\n\n- Khẩn trương báo cáo Chính phủ dự thảo Nghị quyết điều chỉnh mức giảm trừ "
            "gia cảnh.\n")
    result = _extract_saved(tmp_path, text)
    assert result.document.pages == 2
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Bộ Tài chính"], ["Bộ Tài chính"]]


def test_a_string_with_written_page_breaks_gives_what_its_text_file_gives(tmp_path):
    """A fixture written for this test: a heading's items, a page break a converter wrote inside one."""
    text = ("2. Trung tâm Y tế huyện:\n\n- Tổ chức thẩm định phương án cách ly cho chuyên gia và\n\n"
            "--- PAGE BREAK ---\n\nnhững người tiếp xúc; báo cáo kết quả về Sở Y tế.\n\n"
            "- Thông báo lịch trình của chuyên gia đến các trạm y tế.\n")
    from_file, from_string = _extract_saved(tmp_path, text), extract_text(text)
    assert from_string.document.pages == from_file.document.pages == 2
    assert [(t.action, [a.name for a in t.lead]) for t in from_string.tasks] == [
        (t.action, [a.name for a in t.lead]) for t in from_file.tasks]


def test_a_markdown_file_s_written_page_breaks_are_pages_too(tmp_path):
    """A fixture written for this test: a converter's Markdown of a scanned decision, the page break and the
    page number between two lettered items of one ministry; the break is no heading that ends its section."""
    text = ("**V. TỔ CHỨC THỰC HIỆN**\n\n1. Bộ Y tế\n\na) Chủ trì xây dựng Kế hoạch hành động thực hiện Chiến lược."
            "\n\n--- PAGE BREAK ---\n\n8\n\nb) Nghiên cứu, hoàn thiện chuyên môn khoa học cơ bản về dinh dưỡng.\n")
    path = tmp_path / "converted.md"
    path.write_text(text, encoding="utf-8")
    result = extract(path)
    assert result.document.pages == 2
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Bộ Y tế"], ["Bộ Y tế"]]


def test_a_text_file_without_form_feeds_has_no_pages(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(SMALL_NOTICE.formal_text(), encoding="utf-8")
    result = extract(path)
    assert result.document.pages is None
    assert all(task.span.page is None for task in result.tasks)


def test_a_text_file_whose_header_is_a_pipe_table_is_read_as_markdown(tmp_path):
    # a fixture written for this test: a legal library's page saved as plain text, its header a pipe table
    path = tmp_path / "cong-van.txt"
    path.write_text("*Source: https://example.vn/van-ban/cong-van-12.aspx*\n\n# V/v tăng cường kiểm tra\n\n"
                    "| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
                    "|---|---|\n| Số: 12/VPCP-KTTH | Hà Nội, ngày 27 tháng 10 năm 2014 |\n\n"
                    "Kính gửi: Bộ Y tế.\n\nVăn phòng Chính phủ đề nghị Bộ Y tế kiểm tra.\n", encoding="utf-8")
    assert read_document(path).format == "markdown"
    result = extract(path)
    assert (result.document.doc_type, result.document.number) == ("official_letter", "12/VPCP-KTTH")
    assert result.document.issuer == "Văn phòng Chính phủ"


def test_a_text_file_holding_a_web_page_s_html_reads_its_tags_and_character_references(tmp_path):
    # a fixture written for this test: a news row cut from a database dump, its HTML's letters written as
    # character references and its line breaks as escapes
    row = ("(5, 'Phòng chống dịch', '<p><strong>Cục H&agrave;ng kh&ocirc;ng vừa ra chỉ thị.</strong></p>\\r\\n"
           "\\r\\n<p>Cục trưởng y&ecirc;u cầu c&aacute;c h&atilde;ng h&agrave;ng kh&ocirc;ng tăng cường kiểm "
           "so&aacute;t h&agrave;nh kh&aacute;ch.</p>\\r\\n\\r\\n<p>Cảng vụ có trách nhiệm báo cáo.</p>\\r\\n')")
    path = tmp_path / "tin.txt"
    path.write_text(row, encoding="utf-8")
    raw = read_document(path)
    assert "&agrave;" not in raw.text and "<p>" not in raw.text and "\\r\\n" not in raw.text
    assert "Cục trưởng yêu cầu các hãng hàng không tăng cường kiểm soát hành khách." in raw.text
    assert [t.lead[0].name for t in extract(path).tasks] == ["các hãng hàng không", "Cảng vụ"]


@pytest.mark.parametrize("text", ["Giá trị a < b và c > d.\n", "Xem tệp C:\\new\\nam.txt\n"])
def test_a_plain_text_with_a_bracket_or_a_backslash_stays_plain_text(tmp_path, text):
    path = tmp_path / "van-ban.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text.strip() == text.strip()


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(("date", "published"), [
    ("Thu, 30 May 2024 13:00:00 +0700", "2024-05-30"), ("2024-05-30 08:00", "2024-05-30"), ("30/05/2024", "2024-05-30"),
])
def test_a_site_post_s_front_matter_gives_its_title_and_date(tmp_path, suffix, date, published):
    """A fixture written for this test: a news post exported from a static site, its title and date
    in the front matter above the article."""
    path = tmp_path / f"bai-viet{suffix}"
    path.write_text(f'---\nlayout: post\ntitle: "Đẩy nhanh tiến độ giải phóng mặt bằng"\ndate: {date}\n'
                    "categories: tin tuc\n---\nChủ tịch UBND tỉnh giao Sở Tài chính rà soát kinh phí phát sinh.\n",
                    encoding="utf-8")
    raw = read_document(path)
    assert (raw.meta["title"], raw.meta["published"]) == ("Đẩy nhanh tiến độ giải phóng mặt bằng", published)
    assert raw.text.startswith("Chủ tịch UBND tỉnh giao Sở Tài chính")
    assert extract(path).document.issued_date.isoformat() == published


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_json_front_matter_gives_its_title_and_date(tmp_path, suffix):
    """A fixture written for this test: a post a site generator exported with a JSON front matter ("---json"),
    whose article is raw HTML with character references."""
    path = tmp_path / f"bai-viet{suffix}"
    path.write_text('---json\n{\n    "title": "Quảng Ninh làm điểm thực hiện Luật Thủy sản",\n'
                    '    "date": "2018-06-25T17:00:00.000Z",\n    "tag": [],\n    "draft": false\n}\n---\n'
                    "<p>Thứ trưởng đề nghị UBND tỉnh Quảng Ninh chỉ đạo lực lượng kiểm ngư tăng cường tuần "
                    "tra.</p>\n", encoding="utf-8")
    raw = read_document(path)
    assert (raw.meta["title"], raw.meta["published"]) == ("Quảng Ninh làm điểm thực hiện Luật Thủy sản", "2018-06-25")
    assert "json" not in raw.text and "Thủy sản\"" not in raw.text
    assert extract(path).document.issued_date.isoformat() == "2018-06-25"
