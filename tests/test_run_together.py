"""Lines a flattened or scanned text ran together are parted onto lines of their own.

Every text here is a fixture written for these tests, in the shape a crawl that drops paragraph
breaks leaves a plan (a numbered heading and the lead-in or first sub-item after it on one line),
or a scan's text recognition leaves a closing (the recipients' label and the signature beside it).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.api import extract_text
from pipeline.run_together import (
    part_run_addressee,
    part_run_articles,
    part_run_headings,
    part_run_recipients,
    part_run_signature,
    part_run_type_heading,
)

PARTED = {
    "a part's heading in capitals, then its lead-in": (
        "II. NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2025 Sở Tư pháp yêu cầu các phòng thực hiện:",
        ["II. NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2025", "Sở Tư pháp yêu cầu các phòng thực hiện:"],
    ),
    "a part's heading in capitals, then a sentence of background": (
        "I. BỐI CẢNH CHUNG Năm 2024 là năm bản lề.",
        ["I. BỐI CẢNH CHUNG", "Năm 2024 là năm bản lề."],
    ),
    "an item's heading in capitals, then its text": (
        "1. MỤC TIÊU CHUNG Bảo đảm an toàn giao thông.",
        ["1. MỤC TIÊU CHUNG", "Bảo đảm an toàn giao thông."],
    ),
    "a numbered heading, then its first sub-item": (
        "2. Nhiệm vụ chủ yếu 2.1. Tăng cường kiểm tra an toàn thực phẩm.",
        ["2. Nhiệm vụ chủ yếu", "2.1. Tăng cường kiểm tra an toàn thực phẩm."],
    ),
    "a sub-item's heading, then its own first sub-item": (
        "3.2. Về công tác cán bộ 3.2.1. Rà soát quy hoạch cán bộ.",
        ["3.2. Về công tác cán bộ", "3.2.1. Rà soát quy hoạch cán bộ."],
    ),
}

KEPT = {
    "a heading alone": "II. TỔ CHỨC THỰC HIỆN",
    "one word in capitals is a body's short name": "1. UBND tỉnh giao Sở Y tế chủ trì.",
    "an abbreviation opens the sentence": "II. NỘI DUNG UBND tỉnh giao Sở Y tế chủ trì.",
    "a heading in sentence case": "1. Mục tiêu chung Phấn đấu hoàn thành các chỉ tiêu:",
    "another item's number cited inside the text": "2. Thực hiện các nhiệm vụ nêu tại mục 1.1. Kế hoạch.",
    "a sub-item of another item": "2. Nhiệm vụ chủ yếu 3.1. Tăng cường kiểm tra.",
    "a lettered item": "a) MỤC TIÊU Xây dựng cơ sở dữ liệu.",
    "a paragraph": "Năm 2024 UBND TỈNH giao Sở Y tế chủ trì.",
}


@pytest.mark.parametrize("line, lines", PARTED.values(), ids=PARTED.keys())
def test_a_heading_and_what_was_run_after_it_are_parted(line: str, lines: list[str]) -> None:
    assert part_run_headings(line).split("\n") == lines


@pytest.mark.parametrize("line", KEPT.values(), ids=KEPT.keys())
def test_a_line_that_is_no_run_heading_is_kept(line: str) -> None:
    assert part_run_headings(line) == line


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*(line for line, _ in PARTED.values()), *KEPT.values(), ""]), max_size=8))
def test_parting_only_breaks_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert part_run_headings(text).replace("\n", " ").split() == text.replace("\n", " ").split()


def test_a_flattened_plan_gives_its_items_to_the_bodies_its_lead_in_addresses() -> None:
    """A fixture written for this test: a department's plan as a crawl flattens it. The heading of
    part II is run into the lead-in that addresses the units; the tasks' heading is run into its first
    item; and the aims heading above them does not make the items a description of the lead-in."""
    plan = ("SỞ Y TẾ TỈNH NAM SƠN\nSố: 15/KH-SYT\nNam Sơn, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2025\n\n"
            "I. BỐI CẢNH CHUNG Năm 2024 dịch bệnh diễn biến phức tạp.\n"
            "II. MỤC TIÊU, NHIỆM VỤ NĂM 2025 Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh, các bệnh viện "
            "tuyến tỉnh tập trung thực hiện các nhiệm vụ sau:\n"
            "1. Mục tiêu chung Phấn đấu đạt các chỉ tiêu:\n"
            "1.1. 95% trẻ em được tiêm chủng đầy đủ.\n"
            "2. Nhiệm vụ và giải pháp 2.1. Tăng cường giám sát dịch bệnh tại cộng đồng.\n"
            "2.2. Bảo đảm đủ thuốc, vật tư phòng, chống dịch.\n")
    tasks = extract_text(plan).tasks
    expected_lead = ["Trung tâm Kiểm soát bệnh tật tỉnh", "các bệnh viện tuyến tỉnh"]
    owned = [t for t in tasks if t.action.startswith(("Tăng cường giám sát", "Bảo đảm đủ thuốc"))]
    assert [[a.name for a in t.lead] for t in owned] == [expected_lead, expected_lead]
    assert not any(t.action.startswith("95%") for t in tasks)


SIGNATURES = {
    "the recipients' label": ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"]),
    "a label the scan garbled, a stray quote": ('Net Kiện: " TM. CHÍNH PHỦ', ["Net Kiện:", "TM. CHÍNH PHỦ"]),
    "on behalf of the head": ("Nơi nhận: KT. GIÁM ĐỐC", ["Nơi nhận:", "KT. GIÁM ĐỐC"]),
    "an article's number is no label": ("Điều 3: TM. UBND", ["Điều 3: TM. UBND"]),
    "an abbreviation explained": ("Ghi chú: TM. là thay mặt", ["Ghi chú: TM. là thay mặt"]),
    "an addressee": ("Kính gửi: Sở Y tế", ["Kính gửi: Sở Y tế"]),
}


@pytest.mark.parametrize("line, lines", SIGNATURES.values(), ids=SIGNATURES.keys())
def test_a_signature_run_onto_a_label_opens_a_line(line: str, lines: list[str]) -> None:
    assert part_run_signature(line).split("\n") == lines


@pytest.mark.parametrize(("text", "lines"), [
    ("Văn phòng Chính phủ xin thông báo để Bộ Y tế biết, thực hiện./.Nơi nhận:",
     ["Văn phòng Chính phủ xin thông báo để Bộ Y tế biết, thực hiện./.", "Nơi nhận:"]),
    ("... biết, thực hiện./. Nơi nhận: - Như trên;", ["... biết, thực hiện./.", "Nơi nhận: - Như trên;"]),
    ("Nơi nhận là trụ sở UBND xã./.", ["Nơi nhận là trụ sở UBND xã./."]),
])
def test_the_recipients_label_run_onto_the_closing_mark_opens_a_line(text: str, lines: list[str]) -> None:
    """Fixtures written for this test: a crawl ran "Nơi nhận:" onto the text's "./."."""
    assert part_run_recipients(text).split("\n") == lines


def test_recipients_beside_a_garbled_label_are_no_tasks() -> None:
    """A fixture written for this test: a Government resolution's last items and its closing as a scan's
    text recognition reads the two columns: "Nơi nhận" garbled, the signature beside it. Without the
    signature on a line of its own, the recipients read as the items of the bodies the last item names."""
    resolution = ("CHÍNH PHỦ\nSố: 16/NQ-CP\nHà Nội, ngày 24 tháng 9 năm 2021\n\n"
                  "NGHỊ QUYẾT\nVề hỗ trợ người lao động\n\nCHÍNH PHỦ\n\nQUYẾT NGHỊ:\n\n"
                  "1. Bộ Lao động - Thương binh và Xã hội chủ trì hướng dẫn thực hiện Nghị quyết.\n\n"
                  "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc\n\nChính phủ, Chủ tịch Ủy ban "
                  "nhân dân các tỉnh chịu trách nhiệm trực tiếp trước Chính phủ về việc triển khai Nghị quyết này./."
                  "\n\n"
                  'Net Kiện: " TM. CHÍNH PHỦ\n\n- Thủ tướng (để báo cáo);\n\n- Chủ tịch nước (để báo cáo);\n\n'
                  "- Văn phòng Quốc hội;\n\n- Lưu: VT, KTTH.\n")
    tasks = extract_text(resolution).tasks
    assert [t.action[:19] for t in tasks] == ["hướng dẫn thực hiện", "chịu trách nhiệm tr"]


ADDRESSEES = {
    "a date, the addressee and the first sentence": (
        "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh Thực hiện Luật Khám "
        "bệnh, chữa bệnh, Bộ Y tế đề nghị:",
        ["Hà Nội, ngày 27 tháng 09 năm 2013", "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh",
         "Thực hiện Luật Khám bệnh, chữa bệnh, Bộ Y tế đề nghị:"]),
    "a date and the addressee": (
        "Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.",
        ["Hà Nội, ngày 13 tháng 02 năm 2017", "Kính gửi: Cục Hải quan các tỉnh, thành phố."]),
    "the addressee and the first sentence": (
        "Kính gửi: Sở Y tế các tỉnh Căn cứ Nghị định số 87/2011/NĐ-CP, Bộ Y tế hướng dẫn như sau:",
        ["Kính gửi: Sở Y tế các tỉnh", "Căn cứ Nghị định số 87/2011/NĐ-CP, Bộ Y tế hướng dẫn như sau:"]),
}


@pytest.mark.parametrize(("line", "lines"), ADDRESSEES.values(), ids=ADDRESSEES.keys())
def test_a_letter_s_date_addressee_and_first_sentence_are_parted(line: str, lines: list[str]) -> None:
    assert part_run_addressee(line).split("\n") == lines


@pytest.mark.parametrize("line", [
    "Kính gửi: Ủy ban nhân dân tỉnh Thái Bình.",  # the addressee alone
    "Kính gửi: Để biết",  # too short to be a name before the opener
    "Sở Tài chính gửi Cục Thuế ngày 15 tháng 3 năm 2024 để Cục Thuế xem xét.",  # "gửi" in a sentence
])
def test_a_letter_line_with_nothing_run_on_is_kept(line: str) -> None:
    assert part_run_addressee(line) == line


def test_a_letter_run_into_its_header_gives_its_items_to_its_addressee() -> None:
    """A letter whose header a library page ran into one paragraph with its lead-in, after the page's
    summary of the letter."""
    letter = ("Công văn 6087/BYT-KCB năm 2013 thực hiện cấp chứng chỉ hành nghề do Bộ Y tế ban hành. "
              "BỘ Y TẾ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
              "Số: 6087/BYT-KCB V/v thực hiện cấp chứng chỉ hành nghề.\nHà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: "
              "Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật Khám bệnh, chữa "
              "bệnh; Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện "
              "các nội dung sau đây:\n1. Chỉ đạo Sở Y tế tổ chức quán triệt Luật Khám bệnh, chữa bệnh.\n"
              "2. Tiếp tục đầu tư cơ sở hạ tầng cho các cơ sở khám bệnh, chữa bệnh.\nTrân trọng cảm ơn.\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên")
    leads = [[a.name for a in t.lead] for t in extract_text(letter).tasks]
    assert leads == [["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]] * 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*(line for line, _ in ADDRESSEES.values()), "Kính gửi: Sở Tài chính", ""]),
                max_size=6))
def test_parting_a_letter_only_breaks_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert part_run_addressee(text).replace("\n", " ").split() == text.replace("\n", " ").split()


TYPE_HEADINGS = {
    "a date, then the type heading and its title": (
        "Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH VỀ ĐẤT QUỐC PHÒNG QUỐC HỘI",
        ["Hà Nội, ngày 17 tháng 11 năm 2020", "NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH VỀ ĐẤT QUỐC PHÒNG QUỐC HỘI"]),
    "a number and a date, then the type heading": (
        "Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH",
        ["Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021", "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH"]),
    "a date, the type heading, then the preamble's first sentence": (
        "Hà Nội, ngày 26 tháng 11 năm 2003 NGHỊ QUYẾT VỀ NHÀ ĐẤT DO NHÀ NƯỚC QUẢN LÝ QUỐC HỘI Xét thấy, Nhà nước "
        "đã ban hành các chính sách;",
        ["Hà Nội, ngày 26 tháng 11 năm 2003", "NGHỊ QUYẾT VỀ NHÀ ĐẤT DO NHÀ NƯỚC QUẢN LÝ QUỐC HỘI",
         "Xét thấy, Nhà nước đã ban hành các chính sách;"]),
    "a date, the type heading, its title and who enacts": (
        "Hà Nội, ngày 29 tháng 1 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH PHỐI HỢP GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP "
        "NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP",
        ["Hà Nội, ngày 29 tháng 1 năm 2015", "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH PHỐI HỢP GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ "
         "PHÁP NĂM 2015", "BỘ TRƯỞNG BỘ TƯ PHÁP"]),
    "a type heading whose title runs on into who enacts": (
        "QUYẾT ĐỊNH VỀ CƠ CHẾ GIẢI QUYẾT VIỆC LÀM CHO NGƯỜI CÓ ĐẤT THU HỒI THỦ TƯỚNG CHÍNH PHỦ",
        ["QUYẾT ĐỊNH VỀ CƠ CHẾ GIẢI QUYẾT VIỆC LÀM CHO NGƯỜI CÓ ĐẤT THU HỒI", "THỦ TƯỚNG CHÍNH PHỦ"]),
}


@pytest.mark.parametrize(("line", "lines"), TYPE_HEADINGS.values(), ids=TYPE_HEADINGS.keys())
def test_a_type_heading_run_onto_the_date_opens_a_line(line: str, lines: list[str]) -> None:
    assert part_run_type_heading(line).split("\n") == lines


@pytest.mark.parametrize("line", [
    "Hà Nội, ngày 17 tháng 11 năm 2020",  # the date alone
    "Ngày 15 tháng 3 năm 2024 UBND tỉnh ban hành Quyết định số 12/QĐ-UBND.",  # a sentence, no heading
    "ngày 20 tháng 6 năm 2025 TP. Hồ Chí Minh tổ chức hội nghị",  # capitals that are no type
    "QUYẾT ĐỊNH VỀ VIỆC THỰC HIỆN CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ",  # the authority is the title's, after "CỦA"
])
def test_a_date_line_without_a_type_heading_is_kept(line: str) -> None:
    assert part_run_type_heading(line) == line


def test_a_resolution_whose_heading_a_crawl_ran_onto_its_date_is_read_as_one() -> None:
    """A resolution of the National Assembly whose page ran its date, type heading, title and first
    sentence onto one line, its number under "Nghị quyết số:": its type, number and date are read, and
    as a rule it charges only the bodies it names."""
    text = ("QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Nghị quyết số:\n132/2020/QH14\nHà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH "
            "SÁCH VỀ ĐẤT QUỐC PHÒNG QUỐC HỘI Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Chế độ sử dụng đất\n1. Đơn vị quân đội phải lập phương án sử dụng đất.\n"
            "2. Sử dụng đất quốc phòng kết hợp với hoạt động lao động sản xuất thì phải nộp tiền sử dụng đất.\n"
            "Điều 2. Tổ chức thực hiện\nChính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.\n")
    result = extract_text(text)
    assert (result.document.doc_type, result.document.number, str(result.document.issued_date)) == (
        "resolution", "132/2020/QH14", "2020-11-17")
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Chính phủ"]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*(line for line, _ in TYPE_HEADINGS.values()), "Hà Nội, ngày 5 tháng 1 năm 2024", ""]),
                max_size=6))
def test_parting_a_type_heading_only_breaks_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert part_run_type_heading(text).replace("\n", " ").split() == text.replace("\n", " ").split()


ARTICLES = {
    "articles run on after the enacting word and after each sentence": (
        "QUYẾT ĐỊNH Điều 1. Ban hành kèm theo Quyết định này Quy định về văn bản. Điều 2. Giao Văn phòng hướng "
        "dẫn thực hiện Quyết định này. Điều 3. Quyết định này có hiệu lực từ ngày ký.",
        ["QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo Quyết định này Quy định về văn bản.",
         "Điều 2. Giao Văn phòng hướng dẫn thực hiện Quyết định này.",
         "Điều 3. Quyết định này có hiệu lực từ ngày ký."],
    ),
    "an article cited inside a sentence stays": (
        "Thực hiện theo quy định tại Điều 5. Các đơn vị báo cáo trước ngày 15.",
        ["Thực hiện theo quy định tại Điều 5. Các đơn vị báo cáo trước ngày 15."],
    ),
}


@pytest.mark.parametrize(("line", "lines"), ARTICLES.values(), ids=ARTICLES.keys())
def test_an_article_a_flattened_decision_ran_on_opens_a_line(line: str, lines: list[str]) -> None:
    assert part_run_articles(line).split("\n") == lines


def test_a_flattened_decision_s_article_charges_its_body() -> None:
    """A decision whose page lost every line break: its header, bases and articles on one line."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG Số: 12-QĐ/TWĐTN Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNH Về việc ban "
            "hành Quy định - Căn cứ Điều lệ Đoàn; - Căn cứ Quy chế hoạt động của Ban Chấp hành, QUYẾT ĐỊNH Điều 1. "
            "Ban hành kèm theo quyết định này Quy định về ban hành văn bản. Điều 2. Giao Văn phòng Trung ương Đoàn "
            "hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này. Điều 3. Quyết định này có hiệu lực từ "
            "ngày ký.")
    assert [[a.name for a in t.lead] for t in extract_text(text).tasks] == [["Văn phòng Trung ương Đoàn"]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*(line for line, _ in ARTICLES.values()), "Điều 4. Hiệu lực", "QUYẾT ĐỊNH:", ""]),
                max_size=6))
def test_parting_articles_only_breaks_lines(lines: list[str]) -> None:
    text = " ".join(lines)
    assert part_run_articles(text).replace("\n", " ").split() == text.split()
