"""Header and closing of a document: type heading, title, recipients, signer, in every spelling."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.api import extract_text
from pipeline.lines import is_heading, plain
from pipeline.normalize import canonical_text
from pipeline.resources import load_resources
from pipeline.structure import analyse_layout, recipients_of, signer_of

from .fixtures import headers as H

TYPES = ["Thông báo", "Quyết định", "Thông tư", "Kế hoạch", "Công văn"]


def _layout(text: str):
    return analyse_layout(canonical_text(text), TYPES)


@pytest.mark.parametrize(
    ("heading", "doc_heading", "title"),
    [
        ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh"),
        ("QUYẾT ĐỊNH Về việc ban hành Quy chế", "QUYẾT ĐỊNH", "Về việc ban hành Quy chế"),
        # a .VnTimeH heading: drawn in capitals, stored (and converted) in small letters
        ("quyết định của bộ trưởng bộ tài chính\nVề việc ban hành Chế độ kế toán", "QUYẾT ĐỊNH",
         "của bộ trưởng bộ tài chính Về việc ban hành Chế độ kế toán"),
        ("Thông tư\nHướng dẫn một số nội dung về góp vốn", "THÔNG TƯ", "Hướng dẫn một số nội dung về góp vốn"),
    ],
    ids=["capitals", "capitals-with-title", "legacy-small-letters", "type-alone"],
)
def test_type_heading_in_any_case(heading, doc_heading, title):
    text = f"Bộ Tài chính\nSố: 12/2001/QĐ-BTC\ncộng hòa xã hội chủ nghĩa Việt nam\n{heading}\nĐiều 1. Ban hành."
    layout = _layout(text)
    assert layout.doc_heading == doc_heading
    assert layout.title == title
    assert layout.header_lines[:2] == ["Bộ Tài chính", "Số: 12/2001/QĐ-BTC"]
    assert layout.blocks[0].text == "Điều 1. Ban hành."


@pytest.mark.parametrize(
    "line",
    [
        "Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc giao chỉ tiêu.",
        "Kế hoạch này được triển khai trên địa bàn toàn tỉnh",
        "Thông báo kết luận của Chủ tịch UBND tỉnh được gửi các sở, ngành.",
    ],
    ids=["decision-cited", "plan-sentence", "notice-sentence"],
)
def test_a_sentence_opening_with_a_type_word_is_no_heading(line):
    assert _layout(f"{line}\nGiao Sở Y tế chủ trì thực hiện.").doc_heading is None


CLOSINGS = {
    "standard": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                 "Lê Huy Vũ"],
    # "TM." on a line of its own, the body's name on the next
    "authority-split": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                        "Lê Huy Vũ"],
    # a .VnTimeH signature converted to small letters, with the older "Nơi gửi:"
    "legacy-small-letters": ["Nơi gửi:", "- Như trên;", "- Lưu: VT.", "kt. Thống đốc", "phó Thống đốc", "(đã ký)",
                             "Lê Huy Vũ"],
    "slash-forms": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "T/M ỦY BAN NHÂN DÂN", "K/T CHỦ TỊCH",
                    "PHÓ CHỦ TỊCH", "Lê Huy Vũ"],
    "tl-lowercase": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "tl. chủ tịch", "chánh văn phòng", "Lê Huy Vũ"],
}


@pytest.mark.parametrize("closing", CLOSINGS.values(), ids=CLOSINGS.keys())
def test_closing_in_every_spelling(closing):
    body = "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện nghiêm túc."
    layout = _layout("THÔNG BÁO\nKết luận\n" + "\n".join([body] * 3 + closing))
    assert layout.closing_lines == closing
    assert [b.text for b in layout.blocks] == [body] * 3
    assert recipients_of(layout.closing_lines) == ["Như trên", "Lưu: VT"]
    assert signer_of(layout.closing_lines) == "Lê Huy Vũ"


def test_signature_block_alone_late_in_the_text_opens_the_closing():
    body = "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện nghiêm túc."
    layout = _layout("THÔNG BÁO\nKết luận\n" + "\n".join([body] * 4 + ["kt. Chủ tịch", "Phó Chủ tịch", "Lê Huy Vũ"]))
    assert layout.closing_lines == ["kt. Chủ tịch", "Phó Chủ tịch", "Lê Huy Vũ"]


def test_signer_is_read_before_an_appendix():
    closing = ["Nơi nhận:", "- Như trên;", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Tá",
               "PHỤ LỤC", "Mẫu sổ kế toán", "Người ghi sổ", "Nguyễn Văn An"]
    assert signer_of(closing) == "Trần Văn Tá"


@pytest.mark.parametrize("cell", ["KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Công Thành", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH "
                                  "PHÓ CHỦ TỊCH Lê Công Thành", "Q. GIÁM ĐỐC Lê Công Thành"])
def test_signer_after_an_authority_run_into_the_name(cell):
    # fixtures written for this test: a table's signature cell read as one line
    assert signer_of(["Nơi nhận: - Như trên; - Lưu: VT.", cell]) == "Lê Công Thành"


def test_signer_without_an_authority_line_follows_the_recipients():
    assert signer_of(["Nơi nhận:", "- Sở Tài chính;", "- Lưu: VT.", "CHỦ TỊCH", "Lê Huy Vũ"]) == "Lê Huy Vũ"


def test_recipients_wrapped_in_a_narrow_column_are_one_entry_each():
    closing = ["Nơi nhận:", "- Thủ tướng và các Phó Thủ tướng", "Chính phủ (để b/c);",
               "- Các Bộ, cơ quan ngang Bộ (để phối", "hợp);", "- Lưu: VP.",
               "kt. Thống đốc", "phó Thống đốc", "Nguyễn Đồng Tiến"]
    assert recipients_of(closing) == [
        "Thủ tướng và các Phó Thủ tướng Chính phủ (để b/c)",
        "Các Bộ, cơ quan ngang Bộ (để phối hợp)",
        "Lưu: VP",
    ]


# Real layouts: the fixtures keep the line structure of pages crawled from a legal library
# (tests/fixtures/headers.py); each runs with the crawl's "**" markup and without it (as the
# Markdown reader gives it).
WITH_AND_WITHOUT_EMPHASIS = pytest.mark.parametrize("read", [lambda t: t, H.unbold], ids=["crawl", "markdown"])
ALL_TYPES = [t.name for t in load_resources().document_types]


def _real(text: str):
    return analyse_layout(canonical_text(text), ALL_TYPES)


@WITH_AND_WITHOUT_EMPHASIS
@pytest.mark.parametrize(
    ("fixture", "doc_heading", "title", "first_block"),
    [
        (H.DECISION_TABLE, "QUYẾT ĐỊNH",
         "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC BÁO CHÍ, XUẤT BẢN",
         "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"),
        (H.PARTY_TABLE, "KẾT LUẬN",
         "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG CỦA BỘ MÁY HỆ THỐNG CHÍNH TRỊ",
         "Tại phiên họp ngày 28/11/2025"),
        (H.RESOLUTION_TABLE, "NGHỊ QUYẾT", "VỀ XÉT TẶNG DANH HIỆU “CÔNG DÂN DANH DỰ THỦ ĐÔ”",
         "Căn cứ Luật Tổ chức chính quyền"),
        (H.PAGE_WITH_SUMMARY, "QUYẾT ĐỊNH",
         "VỀ VIỆC ĐIỀU CHỈNH GIẢM LÃI SUẤT CHO VAY MỘT SỐ CHƯƠNG TRÌNH TÍN DỤNG CHÍNH SÁCH",
         "Căn cứ Luật Tổ chức Chính phủ"),
        (H.DISPATCH_HEADLESS, "CÔNG ĐIỆN",
         "V/V TẬP TRUNG ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ TẠI KHU VỰC TRUNG BỘ",
         "THỦ TƯỚNG CHÍNH PHỦ điện:"),
        (H.DECREE_HEADLESS, "NGHỊ ĐỊNH", "VỀ VIỆN TRỢ CỦA VIỆT NAM CHO NƯỚC NGOÀI",
         "Căn cứ Luật Tổ chức Chính phủ"),
        (H.TRANSLATION_TABLE, "DECREE", "PROVIDING AMENDMENTS TO GOVERNMENT’S DECREE NO. 156/2020/ND-CP", None),
    ],
    ids=["decision-table", "party-conclusion", "council-resolution", "header-after-page-summary",
         "dispatch-without-header", "decree-without-header", "english-translation"],
)
def test_crawled_header_type_heading_and_title(read, fixture, doc_heading, title, first_block):
    layout = _real(read(fixture))
    assert layout.doc_heading == doc_heading
    assert layout.title == title
    first = plain(layout.blocks[0].text) if layout.blocks else None
    assert first == first_block or (first or "").startswith(first_block or "\0")


@WITH_AND_WITHOUT_EMPHASIS
def test_letter_header_table_gives_its_subject_and_starts_the_body_at_kinh_gui(read):
    layout = _real(read(H.LETTER_TABLE))
    assert layout.letter and layout.doc_heading is None
    assert layout.title == "chính sách thuế giá trị gia tăng"
    assert layout.header_lines[:2] == ["BỘ TÀI CHÍNH", "CỤC THUẾ"]
    assert plain(layout.blocks[0].text) == "Kính gửi: Thuế tỉnh Vĩnh Long."


@WITH_AND_WITHOUT_EMPHASIS
def test_letter_without_header_opens_with_kinh_gui(read):
    layout = _real(read(H.LETTER_HEADLESS))
    assert layout.letter and layout.doc_heading is None and layout.header_lines == []
    assert plain(layout.blocks[0].text) == "Kính gửi:"


def test_site_card_and_summary_are_no_blocks_and_the_card_is_kept():
    text = canonical_text(H.PAGE_WITH_SUMMARY)
    layout = analyse_layout(text, ALL_TYPES)
    texts = " ".join(b.text for b in layout.blocks)
    assert "THƯ VIỆN PHÁP LUẬT" not in texts and "Giảm lãi suất" not in texts and "Xem chi tiết" not in texts
    assert text[layout.header_start:].startswith("**THỦ TƯỚNG CHÍNH")  # the header under the page's summary
    assert layout.card["Số hiệu"] == "2553/QĐ-TTg" and layout.card["Loại văn bản"] == "Quyết định"


@pytest.mark.parametrize(
    "heading",
    ["**BÁO\nCÁO**\nTình hình hoạt động giao đại lý thanh toán", "**QUYẾT\nĐỊNH**\nVỀ VIỆC BAN HÀNH QUY CHẾ"],
    ids=["bao-cao", "quyet-dinh"],
)
def test_type_heading_broken_over_two_lines(heading):
    layout = _real(f"{heading}\nGiao Sở Y tế chủ trì thực hiện.")
    assert layout.doc_heading in {"BÁO CÁO", "QUYẾT ĐỊNH"}


def test_a_table_column_named_like_a_type_is_no_heading():
    table = "|\n**STT**\n|\n**TÊN THỦ TỤC HÀNH CHÍNH**\n|\n**VĂN\nBẢN QUY ĐỊNH**\n|\n|\n1\n|\nCấp giấy phép\n|"
    assert _real(table).doc_heading is None


@WITH_AND_WITHOUT_EMPHASIS
@pytest.mark.parametrize(
    ("closing", "signer", "recipients"),
    [
        (H.CLOSING_TABLE, "Trương Công Thái",
         ["TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Các sở, ban, ngành", "Lưu: VT, PVHCC (B_04b)"]),
        (H.CLOSING_OFFICE_ONLY, "Phạm Minh Chính", ["Như trên", "Lưu: Văn thư, KTTH (2) TLK"]),
    ],
    ids=["table-with-bold-name", "office-only"],
)
def test_signature_block_in_a_table(read, closing, signer, recipients):
    body = "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện nghiêm túc."
    layout = _real(read("**CHỈ THỊ**\nVỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n" + "\n".join([body] * 3) + "\n" + closing))
    assert signer_of(layout.closing_lines) == signer
    assert recipients_of(layout.closing_lines) == recipients
    assert [b.text for b in layout.blocks] == [body] * 3  # the page's trailing part is no block


@WITH_AND_WITHOUT_EMPHASIS
def test_decision_with_attached_plan_and_list(read):
    text = canonical_text(read(H.DECISION_WITH_PLAN))
    layout = analyse_layout(text, TYPES)
    assert [a.title for a in layout.annexes] == [
        "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ",
        "PHỤ LỤC I DANH MỤC CƠ QUAN, ĐƠN VỊ THỰC HIỆN KIỂM KÊ"]
    plan, listing = layout.annexes
    assert text[plan.start:].startswith(read("**KẾ HOẠCH**")) and plan.end <= listing.start
    texts = [plain(b.text) for b in layout.blocks]
    # the main body, then each annex body; headings, "kèm theo" lines and signatures stay out
    assert texts[texts.index("Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.") + 1:] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Sở Tài chính chủ trì tổ chức tập huấn, hướng dẫn thực hiện tổng kiểm kê.",
        "2. Ủy ban nhân dân các xã, phường tổ chức kiểm kê tài sản công thuộc phạm vi quản lý.",
        "|",
        "|",
        "1. Các sở, ban, ngành cấp tỉnh báo cáo kết quả kiểm kê trước ngày 31/3/2026.",
    ]
    assert layout.closing_start is not None and layout.closing_start < plan.start
    assert signer_of(layout.closing_lines) == "Nguyễn Ngọc Sâm"
    assert recipients_of(layout.closing_lines) == ["Như Điều 2", "Lưu: VT, KTTHVTD"]


def test_attached_regulation_published_alone_keeps_its_citation_in_the_header():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\n"
            "QUY ĐỊNH\nVỀ CHỨC NĂNG, NHIỆM VỤ CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814\n"
            "( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,\n"
            "ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )\n\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh.")
    layout = _real(text)
    assert layout.annexes == []
    assert layout.attached_to.startswith("( Ban hành kèm theo Quyết định số")
    assert plain(layout.blocks[0].text) == "Chương I"


def test_a_short_decision_whose_articles_stand_above_its_annex_keeps_them_as_body():
    # A fixture written for this test: three articles, a signature, then the programme they issue.
    text = ("BỘ VĂN HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 07/2003/QĐ-BVH\n"
            "QUYẾT ĐỊNH\nVề chương trình hội diễn năm 2004\n"
            "Căn cứ Nghị định số 63/2003/NĐ-CP ngày 11 tháng 6 năm 2003;\n"
            "QUYẾT ĐỊNH\n"
            "Điều 1. Ban hành kèm theo Quyết định này Chương trình hội diễn năm 2004.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Các sở, ngành căn cứ Chương trình, xây dựng kế hoạch thực hiện.\n"
            "| Trần Văn An (Đã ký) |\n"
            "CHƯƠNG TRÌNH HỘI DIỄN NĂM 2004\n"
            "(Ban hành kèm theo Quyết định số 07/2003/QĐ-BVH ngày 02 tháng 12 năm 2003)\n"
            "1. Sở Văn hóa tổ chức hội diễn cấp tỉnh.\n")
    layout = _real(text)
    assert [a.title for a in layout.annexes] == ["CHƯƠNG TRÌNH HỘI DIỄN NĂM 2004"]
    assert "Điều 3. Các sở, ngành căn cứ Chương trình, xây dựng kế hoạch thực hiện." in [
        plain(b.text) for b in layout.blocks]


def test_a_note_after_the_closing_opens_an_annex_whose_heading_a_scan_garbled():
    """A fixture written for this test: a department's letter as a scan's text recognition gives it.
    The attached guide's heading is unreadable and the number in its note garbled; the note after the
    closing still opens the guide, and its assignments are body."""
    text = ("SỞ Y TẾ\nSố: 12/SYT-NVY\nNam Sơn, ngày 05 tháng 3 năm 2020\n\nKính gửi: Trung tâm Y tế các huyện\n\n"
            "Sở Y tế triển khai hướng dẫn phòng, chống dịch (đính kèm).\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu VT.\n\n"
            "NG\nsai DAN PHONG CHONG DICH\nOe aK <s7 TẠI TỈNH NAM SƠN\n"
            "(Kèm theo công văn sább/sy T-. NVY ngày} thang ; năm 2020 của Sở Y tế)\n\n"
            "I. PHÂN CÔNG THỰC HIỆN\n1. Trung tâm Y tế các huyện:\n- Lấy mẫu xét nghiệm cho người nhập cảnh.\n")
    layout = _real(text)
    assert [a.title for a in layout.annexes] == [
        "(Kèm theo công văn sább/sy T-. NVY ngày} thang ; năm 2020 của Sở Y tế)"]
    assert "- Lấy mẫu xét nghiệm cho người nhập cảnh." in [plain(b.text) for b in layout.blocks]


def test_a_note_in_the_body_with_no_heading_above_attaches_nothing():
    """A fixture written for this test: a note in a letter's body, before its closing."""
    text = ("SỞ Y TẾ\nSố: 12/SYT-NVY\nNam Sơn, ngày 05 tháng 3 năm 2020\n\nKính gửi: Trung tâm Y tế các huyện\n\n"
            "Sở Y tế đề nghị các đơn vị thực hiện.\n"
            "(Kèm theo công văn số 4674/BYT-MT của Bộ Y tế)\n"
            "Các đơn vị báo cáo kết quả trước ngày 30/3/2020.\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n")
    layout = _real(text)
    assert layout.annexes == []
    assert any("Các đơn vị báo cáo kết quả" in b.text for b in layout.blocks)


def test_recipients_go_on_after_the_signature_read_across_their_label():
    """A fixture written for this test: the closing's two columns read across, "Nơi nhận:" then the
    signature beside it, then the recipients."""
    closing = ["Nơi nhận:", "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, KTTH."]
    assert recipients_of(closing) == ["Ban Bí thư Trung ương Đảng", "Lưu: VT, KTTH"]


def _heading_by_share(text: str) -> bool:
    """The definition ``is_heading`` implements: nine letters in ten or more are capitals."""
    if len(text.split()) <= 2 and text.rstrip().endswith((".", ",", ";")):
        return False
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))
    return upper + lower >= 3 and upper >= 0.9 * (upper + lower)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aăđêôƠỨ AĂĐÊÔ.,0", max_size=400))
def test_is_heading_decides_by_the_share_of_capitals_however_long_the_line(text):
    assert is_heading(text) == _heading_by_share(text)


# Fixtures written for this test: a scanned letter's header whose reading left one space
# between the columns ("BỘ TÀI CHÍNH CỘNG HÒA ...") and lost the capital of "Số:".
@pytest.mark.parametrize(
    ("issuer_line", "slogan_line"),
    [
        ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc"),
        ("BỘ TÀI CHÍNH ` CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CỤC THUẾ Độc lập — Tự do — Hạnh phúc"),
    ],
    ids=["one-space", "scan-specks"],
)
def test_a_scanned_letter_header_with_one_space_between_its_columns(issuer_line, slogan_line):
    text = (f"{issuer_line}\n{slogan_line}\nsố: 4222/TCT-PC Hà Nội, ngày 09 tháng 11 năm 2023\n\n"
            "V/v tăng cường kỷ cương\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n\n"
            "Tổng cục Thuế đề nghị Cục Thuế thực hiện.")
    layout = _layout(text)
    assert layout.letter
    assert layout.header_lines[:2] == ["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"]
    assert layout.title == "tăng cường kỷ cương"


# Fixtures written for this test: a Party committee's header read off a scan with one space
# between its columns ("TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM"), the scan maybe reading "ĐÁNG".
@pytest.mark.parametrize("party", ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐÁNG CỘNG SẢN VIỆT NAM"])
def test_a_party_header_with_one_space_between_its_columns(party):
    text = (f"TỈNH ỦY LÀO CAI {party}\n\n*\n\nSố 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025\n\n"
            "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển các khu công nghiệp\n\nI. NHIỆM VỤ\n"
            "1. Tăng cường lãnh đạo.\n")
    result = extract_text(text)
    assert (result.document.number, result.document.issuer) == ("34-NQ/TU", "Tỉnh ủy Lào Cai")
    assert str(result.document.issued_date) == "2025-12-27"


@pytest.mark.parametrize("title", ["VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM",
                                   "BAN HÀNH ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM"])
def test_a_title_holding_the_party_s_name_is_no_header_column(title):
    # fixtures written for this test: a regulation's title that ends with the Party's name
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 383-QĐ/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 19 tháng 11 năm 2025\n\n"
            f"QUY ĐỊNH\n{title}\n\nĐiều 1. Phạm vi điều chỉnh\n")
    assert title in canonical_text(text)
    assert extract_text(text).document.number == "383-QĐ/TW"


def test_the_motto_and_its_slogan_on_one_line_stay_together():
    # a fixture written for this test: the motto's own line, run on with its slogan
    text = "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nNGHỊ QUYẾT\nĐiều 1. Ban hành."
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" in canonical_text(text)


@pytest.mark.parametrize("heading", ["NGHỊ QUYET", "NGHI QUYET", "QUYET ĐỊNH"])
def test_a_type_heading_whose_marks_a_scan_lost(heading):
    # a fixture written for this test: the heading as a scan's reading gives it
    text = f"QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{heading}\nVề số giờ làm thêm\nĐiều 1. Ban hành."
    layout = analyse_layout(canonical_text(text), ["Nghị quyết", "Quyết định"])
    assert layout.doc_heading == ("NGHỊ QUYẾT" if heading.startswith("NGH") else "QUYẾT ĐỊNH")
    assert layout.title == "Về số giờ làm thêm"


def test_a_regulation_titled_with_ban_and_published_alone_names_its_decision():
    # a fixture written for this test: an older regulation, "Bản Quy định" under a header set in
    # small letters, its sentence-cased title wrapped after "một số", then the decision it belongs to
    text = ("ủy ban nhân dân\nCộng hòa xã hội chủ nghĩa việt nam\n\nTỉnh Bình Định\n"
            "Độc lập - Tự do - Hạnh phúc\n\nQuy Nhơn, ngày 07 tháng 3 năm 2002\n\nBản Quy định\n"
            "Chính sách khuyến khích và ưu đãi đầu tư đối với một số\n"
            "lĩnh vực, ngành, nghề trên địa bàn tỉnh Bình Định\n"
            "(Ban hành kèm theo Quyết định số: 52/2002/QĐ-UB\nngày 07/3/2002 của UBND tỉnh Bình Định)\n"
            "---------------------\nChương I\nNhững Quy định chung\nĐiều 1. Phạm vi điều chỉnh\n"
            "Phạm vi điều chỉnh của Bản Quy định này bao gồm các hoạt động đầu tư sau đây:\n"
            "1. Đầu tư thành lập mới cơ sở sản xuất, kinh doanh thuộc các thành phần kinh tế trên địa bàn tỉnh;\n"
            "2. Đầu tư dây chuyền sản xuất, mở rộng quy mô, đổi mới công nghệ, lắp đặt máy móc thiết bị mới.")
    layout = analyse_layout(text, ["Quy định", "Quyết định"])  # the lines as a long text's reflow leaves them
    assert layout.doc_heading == "QUY ĐỊNH"
    assert layout.title == ("Chính sách khuyến khích và ưu đãi đầu tư đối với một số lĩnh vực, ngành, nghề trên "
                            "địa bàn tỉnh Bình Định")
    assert layout.attached_to is not None and "52/2002/QĐ-UB" in layout.attached_to


def test_a_signer_whose_office_a_table_cell_runs_into_the_name():
    # a fixture written for this test: the signature cell of a library's table, read as one line
    closing = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG Nguyễn Văn An"]
    assert signer_of(closing) == "Nguyễn Văn An"


def test_a_library_s_page_title_above_the_issuer_is_not_the_issuer():
    # a fixture written for this test: the page's title ("Về ...") above a header a library saved as a table
    text = ("Về kết quả giám sát việc thực hiện chính sách người có công\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
            "Số: 12/NQ-UBTVQH13\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 18 tháng 05 năm 2012\n\nNGHỊ QUYẾT\n\nVỀ KẾT QUẢ GIÁM SÁT\n\nĐiều 1. Tán thành.")
    layout = analyse_layout(text, ["Nghị quyết"])
    assert layout.header_lines[:2] == ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Số: 12/NQ-UBTVQH13"]
