"""A legal library's page furniture around a document: notices, the document card, the trailing part."""

from __future__ import annotations

import re

import pytest

from pipeline.api import extract_text
from pipeline.lines import layout_vocab, plain
from pipeline.parsers.furniture import page_end, site_card, site_furniture, unaccented_copies
from pipeline.resources import load_resources

from .fixtures import headers as H

RESOURCES = load_resources()
VOCAB = layout_vocab(RESOURCES, tuple(t.name for t in RESOURCES.document_types))
CLOSING = re.compile(r"^Nơi nhận|^KT\.")


def _lines(text: str) -> list[str]:
    return [plain(line) for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("read", [lambda t: t, H.unbold], ids=["crawl", "markdown"])
def test_notices_and_card_are_furniture_the_header_is_not(read):
    lines = _lines(read(H.PAGE_WITH_SUMMARY))
    marked = site_furniture(lines, VOCAB.furniture, VOCAB.panel_label)
    furniture = {line for line, is_furniture in zip(lines, marked, strict=True) if is_furniture}
    assert {"Bản dịch này thuộc quyền sở hữu của", "X", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN",
            "Đang tải văn bản...", "Số hiệu:", "2553/QĐ-TTg", "Loại văn bản:", "Quyết định", "Đã biết",
            "Xem chi tiết nội dung tại Quyết định 2553/QĐ-TTg ngày 21/11/2025."} <= furniture
    assert not furniture & {"THỦ TƯỚNG CHÍNH", "CỘNG HÒA XÃ HỘI", "Số: 2553/QĐ-TTg", "QUYẾT ĐỊNH"}


def test_card_values():
    card = site_card(_lines(H.PAGE_WITH_SUMMARY), VOCAB.panel_label)
    assert card == {"Số hiệu": "2553/QĐ-TTg", "Loại văn bản": "Quyết định", "Ngày ban hành": "21/11/2025",
                    "Tình trạng": "Đã biết"}


@pytest.mark.parametrize(
    ("tail", "first"),
    [
        ("Chỉ thị 012/CT-UBND năm 2025 tăng cường cải cách thủ tục hành chính\n"
         "Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan",
         "Chỉ thị 012/CT-UBND năm 2025 tăng cường cải cách thủ tục hành chính"),
        # the normaliser may glue the page title to the notice under it
        ("Công văn 11520/VPCP-CN năm 2025 về nhiên liệu sinh học Văn bản này chưa cập nhật nội dung Tiếng Anh",
         "Công văn 11520/VPCP-CN năm 2025 về nhiên liệu sinh học Văn bản này chưa cập nhật nội dung Tiếng Anh"),
        ("**FILE ĐƯỢC ĐÍNH KÈM THEO\nVĂN BẢN**", "FILE ĐƯỢC ĐÍNH KÈM THEO"),
        # the page goes on with the document's English translation
        ("Thông tư 109/2025/TT-BTC quy định về mức thu lệ phí\n|\n**MINISTRY OF FINANCE OF VIETNAM**\n-------\n|\n"
         "**SOCIALIST REPUBLIC OF VIETNAM**", "Thông tư 109/2025/TT-BTC quy định về mức thu lệ phí"),
        # a news portal's comment form and its list of other news
        ("Gửi bình luận của bạn\nHọ và tên\nTin khác\n- Huyện tổ chức lễ ra quân", "Gửi bình luận của bạn"),
        ("Các tin khác:\n- UBND tỉnh yêu cầu các sở tăng cường kiểm tra", "Các tin khác:"),
        # ... its comment count and its panel of the latest news (a fixture written for this test)
        ("(0) Bình luận\nNổi bật\n    Tin mới nhất\n    Sở Y tế chỉ đạo cấp giấy khám sức khỏe", "(0) Bình luận"),
        # ... and its archive search by date (a fixture written for this test)
        ("Tìm kiếm theo ngày\nSở Y tế chỉ đạo cấp giấy khám sức khỏe", "Tìm kiếm theo ngày"),
    ],
    ids=["page-title-and-notice", "glued-by-the-normaliser", "attached-files", "translation-follows",
         "comment-form", "other-news", "latest-news", "search-by-date"],
)
def test_the_page_after_the_document(tail, first):
    body = "Giao Sở Y tế chủ trì thực hiện./.\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\nTrương Công Thái\n|\n"
    lines = _lines(body + tail)
    assert lines[page_end(lines, 1, VOCAB.page_end, VOCAB.page_title, VOCAB.motto, CLOSING)] == first


def test_a_document_without_the_page_has_no_trailing_part():
    lines = _lines(H.DECISION_WITH_PLAN)
    assert page_end(lines, 1, VOCAB.page_end, VOCAB.page_title, VOCAB.motto, CLOSING) == len(lines)


def test_a_box_of_links_above_the_article_is_not_its_end():
    """A fixture written for this test: a crawled news page that keeps its "Tin liên quan" box
    between the lede and the article's body."""
    page = ("UBND tỉnh vừa có công văn về phòng, chống dịch bệnh.\n\nTin liên quan\n\nĐọc nhiều\n\n"
            "Tăng cường phòng, chống dịch bệnh\n\nTheo đó, UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo tỉnh "
            "nghiêm túc thực hiện theo phân công, chủ động kiểm tra, đôn đốc các địa phương thực hiện các "
            "biện pháp phòng, chống dịch bệnh và báo cáo kết quả về Sở Y tế trước ngày 15/4/2020.\n")
    lines = _lines(page)
    assert page_end(lines, 1, VOCAB.page_end, VOCAB.page_title, VOCAB.motto, CLOSING) == len(lines)


def test_an_article_s_unaccented_copies_of_its_words_are_furniture():
    """A fixture written for this test: a portal article whose photo's alt text and a stray slug are
    its words without diacritics; in a text written without diacritics they are its words."""
    article = ("Thủ tướng yêu cầu tăng cường an ninh\n\nthu tuong yeu cau tang cuong an ninh\n\n"
               "Tại cuộc họp, Thủ tướng giao Bộ Công an khẩn trương điều tra, kết luận vụ việc.\n\n"
               "“Cần hỗ trợ, chăm sóc thân nhân các đồng chí bị nạn”, Thủ tướng chỉ đạo.\n\nthu tu\n")
    tasks = extract_text(article).tasks
    assert all("thu tu" not in t.span.text for t in tasks)
    assert "Bộ Công an" in {a.name for t in tasks for a in t.lead}
    plain_text = ["Uy ban nhan dan tinh", "giao so y te chu tri", "thu tu"]
    assert unaccented_copies(plain_text) == [False, False, False]


def test_an_empty_box_title_between_two_paragraphs_is_furniture():
    """A fixture written for this test: a crawl lost the links of a "TIN LIÊN QUAN" box inside the article; its
    title is no paragraph of the article, so the request before it goes on after it."""
    page = ("(QNĐT)- Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo Sở Giáo dục và Đào tạo phối hợp với các sở, ngành "
            "tổ chức kiểm tra việc lạm thu trong các trường học.\n\nTIN LIÊN QUAN\n\n\n"
            "Trường hợp các nội dung phản ánh chính xác cần đề xuất phương án xử lý, kịp thời có biện pháp chấn "
            "chỉnh tình trạng lạm thu; nghiêm khắc kiểm điểm các tập thể, cá nhân vi phạm trong các trường học.\n")
    tasks = extract_text(page).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Sở Giáo dục và Đào tạo"]] * 2
    assert all("TIN LIÊN QUAN" not in t.span.text for t in tasks)


def test_a_library_s_invitation_under_its_answer_ends_the_document():
    lines = ["QUYẾT ĐỊNH", "Điều 1. Phạm vi điều chỉnh", "+ Chi hỗ trợ cho ngân sách cấp dưới;",
             "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.", "Bài viết liên quan"]
    assert page_end(lines, 1, VOCAB.page_end, VOCAB.page_title, VOCAB.motto, CLOSING) == 3
