"""A legal library's crawl: the document's name repeated before its parts is dropped, and what
the crawl ran together is parted again.

The texts here are fixtures written for these tests, in the shape such a crawl stores a decision
with an attached plan: a few long lines, each part opened by "Quyết định 12/QĐ-UBND năm 2021. ".
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.api import extract_text
from pipeline.breadcrumbs import drop_breadcrumbs, part_library_header, part_signed_annex

_NAME = "Quyết định 12/QĐ-UBND năm 2021. "
CRAWLED = (
    f"{_NAME}ỦY BAN NHÂN DÂN TỈNH NAM SƠN -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 12/QĐ-UBND Nam Sơn, ngày 05 tháng 3 năm 2021 QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG "
    "THIÊN TAI NĂM 2021 ỦY BAN NHÂN DÂN TỈNH NAM SƠN\n"
    "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n\n"
    "QUYẾT ĐỊNH:\n"
    f"{_NAME}Điều 1.\n"
    "Ban hành kèm theo Quyết định này Kế hoạch phòng chống thiên tai năm 2021.\n\n"
    f"{_NAME}Điều 2.\n"
    "Quyết định này có hiệu lực kể từ ngày ký./.\n"
    "Nơi nhận:\n- Như điều 2;\n- Lưu VT.\n"
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hòa\n\n"
    f"{_NAME}KẾ HOẠCH. PHÒNG CHỐNG THIÊN TAI NĂM 2021 (Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày "
    "05 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh Nam Sơn)\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Chủ động phòng ngừa, giảm thiểu thiệt hại do thiên tai gây ra.\n\n"
    f"{_NAME}KẾ HOẠCH. II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Công tác chỉ đạo, điều hành 1.1.\n"
    "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro.\n"
    "- Cơ quan thực hiện: Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân "
    "các huyện.\n"
    "- Thời gian thực hiện: hoàn thành trong quý II/2021.\n"
)


def test_the_repeated_name_is_dropped_and_the_attached_plan_is_parted_from_its_title() -> None:
    lines = drop_breadcrumbs(CRAWLED).split("\n")
    assert lines[0] == "ỦY BAN NHÂN DÂN TỈNH NAM SƠN -------"  # the page's title dropped
    assert "Điều 1." in lines and "Điều 2." in lines
    assert not any(line.startswith(_NAME) for line in lines)
    heading = lines.index("KẾ HOẠCH")
    assert lines[heading + 1] == "PHÒNG CHỐNG THIÊN TAI NĂM 2021"
    assert lines[heading + 2].startswith("(Ban hành kèm theo Quyết định số 12/QĐ-UBND")
    assert "II. NHIỆM VỤ, GIẢI PHÁP" in lines  # the plan's name again before its part: dropped
    assert lines[lines.index("1. Công tác chỉ đạo, điều hành") + 1] == "1.1."


def test_the_attached_plan_s_tasks_are_read_from_a_flattened_crawl() -> None:
    result = extract_text(CRAWLED)
    assert result.document.issuer == "UBND tỉnh Nam Sơn"  # the rule under it, run onto its line, dropped
    tasks = result.tasks
    planned = [t for t in tasks if t.action.startswith("Rà soát")]
    assert len(planned) == 1
    assert [a.name for a in planned[0].lead] == ["Sở Nông nghiệp và Phát triển nông thôn"]
    assert [a.name for a in planned[0].support] == ["Ủy ban nhân dân các huyện"]
    assert planned[0].deadline is not None and planned[0].deadline.due.isoformat() == "2021-06-30"


def test_a_name_whose_number_holds_the_year_is_dropped_too() -> None:
    # the library leaves "năm 2025" out where the number holds the year ("05/2025/QĐ-TTg")
    name = "Quyết định 05/2025/QĐ-TTg. "
    crawled = CRAWLED.replace(_NAME, name)
    lines = drop_breadcrumbs(crawled).split("\n")
    assert "Điều 1." in lines and "Điều 2." in lines
    assert not any(line.startswith(name) for line in lines)


def test_a_name_said_once_or_a_cited_section_at_a_line_s_end_is_left_alone() -> None:
    once = f"{_NAME}Điều 1.\nThực hiện theo hướng dẫn tại mục 1.1.\nGiao Sở Y tế chủ trì.\n"
    assert drop_breadcrumbs(once) == once
    cited = CRAWLED.replace("Rà soát, cập nhật", "Theo hướng dẫn tại mục 2.1.\nRà soát, cập nhật")
    assert "Theo hướng dẫn tại mục 2.1." in drop_breadcrumbs(cited).split("\n")


LETTER = ("Công văn 215/BYT-KH. BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------\n"
          "Số: 215/BYT-KH V/v lập kế hoạch tiêm chủng năm 2022\n"
          "Hà Nội, ngày 12 tháng 01 năm 2022 Kính gửi: Sở Y tế các tỉnh, thành phố.\n"
          "Bộ Y tế đề nghị Sở Y tế chỉ đạo lập kế hoạch tiêm chủng trước ngày 15/02/2022.\n")
DECISION = ("Quyết định 12/2024/QĐ-TTg\nTHỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc -------\nSố: 12/2024/QĐ-TTg Hà Nội, ngày 31 tháng 7 năm 2024 "
            "QUYẾT ĐỊNH VỀ CƠ CHẾ HỖ TRỢ VIỆC LÀM\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n")


def test_a_header_a_library_ran_into_its_page_title_is_parted_into_its_cells() -> None:
    """Fixtures written for this test: a letter and a decision as a legal library's crawl stores them."""
    assert part_library_header(LETTER).split("\n")[:6] == [
        "Công văn 215/BYT-KH.", "BỘ Y TẾ -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------",
        "Số: 215/BYT-KH V/v lập kế hoạch tiêm chủng năm 2022", "Hà Nội, ngày 12 tháng 01 năm 2022",
        "Kính gửi: Sở Y tế các tỉnh, thành phố."]
    letter = extract_text(LETTER).document
    assert (letter.issuer, letter.number, str(letter.issued_date)) == ("Bộ Y tế", "215/BYT-KH", "2022-01-12")
    decision = extract_text(DECISION).document
    assert (decision.doc_type, decision.issuer, str(decision.issued_date)) == (
        "decision", "Thủ tướng Chính phủ", "2024-07-31")
    untitled = "Kính gửi: Sở Y tế ------- Bộ Y tế đề nghị"
    assert part_library_header(untitled) == untitled  # no page title above: left as written


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcđĐ QĐ-/.0123456789năm\n", max_size=40), max_size=8))
def test_a_text_without_a_library_s_name_on_its_first_line_is_unchanged(lines: list[str]) -> None:
    text = "\n".join(["Kính gửi: Sở Y tế", *lines])
    assert drop_breadcrumbs(text) == text


SIGNED = ("Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.\n"
          "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
          "BỘ TRƯỞNG Trần Văn Minh CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2024 (Kèm theo Quyết định số 59/QĐ-BTC ngày 08 "
          "tháng 01 năm 2024 của Bộ trưởng Bộ Tài chính) Thực hiện Nghị quyết số 01/NQ-CP, Bộ ban hành Chương "
          "trình hành động với những nội dung sau:\n"
          "1. Vụ Pháp chế chủ trì rà soát các văn bản quy phạm pháp luật, hoàn thành trong quý II/2024.\n")


def test_an_attached_programme_run_onto_its_signer_is_parted_and_read() -> None:
    """A fixture written for this test: a decision's signature, its programme's heading, title and note, and
    the programme's first paragraph, as a crawl ran them into one line."""
    lines = part_signed_annex(SIGNED, ("Chương trình", "Kế hoạch", "Phụ lục")).split("\n")
    at = lines.index("BỘ TRƯỞNG Trần Văn Minh")
    assert lines[at + 1 : at + 3] == [
        "CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2024",
        "(Kèm theo Quyết định số 59/QĐ-BTC ngày 08 tháng 01 năm 2024 của Bộ trưởng Bộ Tài chính)"]
    assert lines[at + 3].startswith("Thực hiện Nghị quyết số 01/NQ-CP")
    tasks = extract_text(SIGNED).tasks
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in tasks if "rà soát" in t.action] == [
        ("rà", ["Vụ Pháp chế"])]
    assert part_signed_annex("Giao Sở Y tế chủ trì.\n", ("Kế hoạch",)) == "Giao Sở Y tế chủ trì.\n"
