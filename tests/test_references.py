import datetime as dt

import pytest

from pipeline.extractors.references import find_references, notation_is_known

D = dt.date
CASES = [
    ("Quyết định số 4647/QĐ-UBND ngày 14/12/2023", "4647/QĐ-UBND", "decision", D(2023, 12, 14)),
    ("Quyết định 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng", "150/QĐ-TTg", "decision",
     D(2022, 1, 28)),
    ("Nghị quyết 01/NQ-CP", "01/NQ-CP", "resolution", None),
    ("Nghị quyết số 257/2025/QH15", "257/2025/QH15", "resolution", None),
    ("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018", "61/2018/NĐ-CP", "decree",
     D(2018, 4, 23)),
    ("Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP", "decree", None),
    ("Công văn số 45/UBND-KT", "45/UBND-KT", "official_letter", None),
    ("Công văn số 2964/VPCP-TH ngày 15/4/2020", "2964/VPCP-TH", "official_letter",
     D(2020, 4, 15)),
    ("Chương trình hành động số 07-CTr/TU", "07-CTr/TU", "program", None),
    ("Kết luận số 75-KL/TU", "75-KL/TU", "conclusion", None),
    ("Kết luận số 10-KL/TW ngày 26-12-2016 của Bộ Chính trị", "10-KL/TW", "conclusion",
     D(2016, 12, 26)),
    ("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", "19/CT-TTg", "directive",
     D(2021, 7, 16)),
    ("Kế hoạch số 16/KH-HĐTĐKT", "16/KH-HĐTĐKT", "plan", None),
    ("Kế hoạch số 104/KH-UBND ngày 25/2/2020", "104/KH-UBND", "plan", D(2020, 2, 25)),
    ("Luật số 39/2019/QH14", "39/2019/QH14", "law", None),
    ("Công điện số 1174/CĐ-TTg ngày 19/12/2022", "1174/CĐ-TTg", "dispatch", D(2022, 12, 19)),
    ("Thông báo số 1/TB-UBND ngày 3/1/2021", "1/TB-UBND", "notice", D(2021, 1, 3)),
    # a serial with a sub-number; numbers of the 1980s-1990s without a slash
    ("Nghị quyết số 66.4/2025/NQ-CP", "66.4/2025/NQ-CP", "resolution", None),
    ("Nghị định số 25-HĐBT ngày 25-3-1989", "25-HĐBT", "decree", D(1989, 3, 25)),
    ("công văn số 5762-KTTH ngày 11-10-1995 của Văn phòng Chính phủ", "5762-KTTH", "official_letter",
     D(1995, 10, 11)),
    ("Thông tư số 01/2020/TT-BTC", "01/2020/TT-BTC", "circular", None),
    ("Tờ trình số 78/TTr-SNN&PTNT ngày 02/6/2022", "78/TTr-SNN&PTNT", "submission",
     D(2022, 6, 2)),
    ("văn bản số 1494-CV/TU ngày 20/10/2016", "1494-CV/TU", "official_letter", D(2016, 10, 20)),
    ("Báo cáo số 12/BC-UBND", "12/BC-UBND", "report", None),
    ("Pháp lệnh số 02/2022/UBTVQH15", "02/2022/UBTVQH15", "ordinance", None),
    ("Quyết định số 4647/QĐUBND", "4647/QĐUBND", "decision", None),
    ("theo 01/2024/NĐCP", "01/2024/NĐCP", "decree", None),
    ("Công văn số 1153 (ngày 25.6.2021) của Sở", "1153", "official_letter", D(2021, 6, 25)),
    ("các Công văn: số 2620 ngày 14.5.2018", "2620", "official_letter", D(2018, 5, 14)),
    ("Công văn số 547 ngày 29.01. 2018", "547", "official_letter", D(2018, 1, 29)),
    ("Chỉ thị số 20/CT-TTg ngày 29/7/2019", "20/CT-TTg", "directive", D(2019, 7, 29)),
    ("Nghị quyết số 424/NQ-CP", "424/NQ-CP", "resolution", None),
    ("Quyết định số 1603/QĐ-TTg ngày 11/12/2023 về giao kế hoạch", "1603/QĐ-TTg", "decision",
     D(2023, 12, 11)),
    ("Hướng dẫn số 05-HD/BTGTW", "05-HD/BTGTW", "other", None),
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017", "18-NQ/TW", "resolution", D(2017, 10, 25)),
    ("Chỉ thị số 05-CT/TW", "05-CT/TW", "directive", None),
    ("Thông báo kết luận số 12-TB/TU", "12-TB/TU", "notice", None),
    ("Quyết định số 25/2021/QĐ-UBND ngày 5 tháng 8 năm 2021", "25/2021/QĐ-UBND", "decision",
     D(2021, 8, 5)),
    ("Công văn số 5743/SKHĐT-TH ngày 14/8/2019", "5743/SKHĐT-TH", "official_letter",
     D(2019, 8, 14)),
    ("Kế hoạch số 152/KH-UBND ngày 10/5/2024 của UBND tỉnh", "152/KH-UBND", "plan",
     D(2024, 5, 10)),
    ("Nghị định số 45/2025/NĐ-CP", "45/2025/NĐ-CP", "decree", None),
    ("Quyết định số 759/QĐ-TTg ngày 14/4/2025", "759/QĐ-TTg", "decision", D(2025, 4, 14)),
    ("Công điện số 05/CĐ-UBND", "05/CĐ-UBND", "dispatch", None),
    ("Chương trình số 35-CTr/TU", "35-CTr/TU", "program", None),
    # a stray space after the notation's hyphen, as a typist or a table cell leaves it
    ("tại Điều 6 Nghị định số 07/2016/NĐ- CP", "07/2016/NĐ-CP", "decree", None),
    # spaces around the slash and the hyphen; a Party number whose hyphen became a space
    ("theo Quyết định số 288 / QĐ - LĐTBXH ngày 03/3/2016", "288/QĐ-LĐTBXH", "decision", D(2016, 3, 3)),
    ("thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006", "1836-QĐ/TWĐTN", "decision", D(2006, 6, 23)),
]


@pytest.mark.parametrize("text,number,kind,date", CASES, ids=[c[1] for c in CASES])
def test_reference_forms(text, number, kind, date, resources):
    refs = find_references(text, resources)
    assert [r.number for r in refs] == [number]
    assert refs[0].kind == kind
    assert refs[0].date == date


def test_number_and_notation_kept_apart(resources):
    ref = find_references("Quyết định số 4647/QĐ-UBND", resources)[0]
    assert (ref.serial, ref.notation) == ("4647", "QĐ-UBND")


def test_issuer_and_articles(resources):
    ref = find_references("quy định tại khoản 3 Điều 2 Chỉ thị số 19/CT-TTg ngày 16/7/2021 "
                          "của Thủ tướng Chính phủ về", resources)[0]
    assert ref.issuer == "Thủ tướng Chính phủ"
    assert ref.articles == "khoản 3 Điều 2"


@pytest.mark.parametrize("text", [
    "đường 30/4", "ngày 14/12/2023", "tỷ lệ 3/4 số hộ", "số điện thoại 0223.751.890",
    "giai đoạn 2021 - 2025", "Nghị quyết Trung ương 3 khóa X", "lúc 16/20 giờ",
    "Kế hoạch của Ban Thường vụ Tỉnh ủy", "tăng 12% so với năm 2023",
    # a document's own number in a header the layout did not find
    "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG Số:2639 /UBND-VP Hải Dương, ngày 21 tháng 7 năm 2021",
])
def test_not_references(text, resources):
    assert find_references(text, resources) == []


@pytest.mark.parametrize("notation,known", [
    ("QĐ-UBND", True), ("NĐ-CP", True), ("CT-TTg", True), ("UBND-KT", True), ("XYZ", False),
])
def test_notation_checked_against_decree_30(notation, known, resources):
    assert notation_is_known(notation, resources) is known


def test_what_a_web_page_prints_after_the_document_cites_nothing():
    """A fixture written for this test: a crawled notice, then the library's notice to its members."""
    from pipeline.api import extract_bytes

    from .fixtures.documents import SMALL_NOTICE, crawled_markdown

    page = (crawled_markdown(SMALL_NOTICE) + "\n\nThưa Quý khách,\nChúng tôi cam kết dịch vụ sẽ được cung ứng.\n"
            "**THÔNG BÁO**\n**về Lưu trữ, Sử dụng Thông tin Khách hàng**\n"
            "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân yêu cầu xác nhận sự đồng ý của thành viên.\n")
    result = extract_bytes(page.encode("utf-8"), source="trang.md")
    assert "13/2023/NĐ-CP" not in {r.number for r in result.references}


def test_an_annex_attached_to_the_document_cites_no_other_document():
    """A fixture written for this test: a decision whose plan follows the signature and names it."""
    from pipeline.api import extract_text

    decision = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1627/QĐ-UBND\nQuảng Ngãi, ngày 21 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch kiểm kê tài sản\n\n"
        "Căn cứ Quyết định số 213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê tài sản công.\n\n"
        "Điều 2. Giao Sở Tài chính chủ trì tổ chức thực hiện.\n\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\n"
        "KẾ HOẠCH\nKIỂM KÊ TÀI SẢN CÔNG\n(Kèm theo Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch Ủy ban "
        "nhân dân tỉnh)\n\n1. Sở Tài chính hướng dẫn kiểm kê theo Quyết định số 213/QĐ-TTg trước ngày 15/12/2025.\n")
    result = extract_text(decision)
    assert result.document.number == "1627/QĐ-UBND"
    assert {r.number for r in result.references} == {"213/QĐ-TTg"}
