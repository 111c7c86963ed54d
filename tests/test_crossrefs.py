"""A plan's implementation part that hands a body another part's tasks by its number."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.extractors.tasks.crossrefs import _within, cited_parts


@pytest.mark.parametrize(("citation", "parts"), [
    ("(IV) (1) của Kế hoạch.", [("IV", "1")]),
    ("(IV) (4.1) (4.2) và Phụ lục của Kế hoạch.", [("IV", "4.1"), ("IV", "4.2")]),
    ("(IV)(3.4)(a);", [("IV", "3.4", "a")]),
    ("II.3 của Kế hoạch", [("II", "3")]),
    ("III của Kế hoạch", [("III",)]),
    ("2 Điều 3", []),  # no part's Roman numeral: a clause of an article, not a part of the plan
    # the law's order, the item first: "các điểm 2.1, 3.4 phần A, Mục III", "điểm 1 Mục III"
    (" 2.1, 2.2, 3.4 phần A, Mục III.", [("III", "A", "2.1"), ("III", "A", "2.2"), ("III", "A", "3.4")]),
    (" 9, phần B, Mục III.", [("III", "B", "9")]),
    (" 1 Mục III Bản Thỏa thuận", [("III", "1")]),
    (" 2 khoản 3 Điều 5", []),  # an article's clause, no part of the plan
])
def test_the_parts_a_citation_names(citation: str, parts: list[tuple[str, ...]]) -> None:
    assert cited_parts(citation, 0) == parts


@pytest.mark.parametrize(("path", "ref", "inside"), [
    (("IV", "1", "1.1", "d"), ("IV", "1"), True),
    (("IV", "2", "1"), ("IV", "1"), False),  # a "1." deeper down is not item 1 of part IV
    (("IV", "3", "3.4", "a"), ("IV", "3.4", "a"), True),
    (("IV", "3", "3.4", "b"), ("IV", "3.4", "a"), False),
    (("V", "1"), ("IV", "1"), False),
])
def test_whether_a_task_lies_in_the_cited_part(path: tuple[str, ...], ref: tuple[str, ...], inside: bool) -> None:
    assert _within(path, ref) is inside


def _leads_and_rules(plan: str) -> dict[str, tuple[str, str]]:
    """Each task's first words, with its first lead and the rule that found it."""
    return {t.action[:22]: (t.lead[0].name, t.rule) for t in extract_text(plan).tasks}


def _assert_handed(text: str, handed: dict[str, str]) -> None:
    """Each task (by its first words) has the body that cites its part as lead, by cross-reference."""
    tasks = _leads_and_rules(text)
    assert {words: tasks[words] for words in handed} == {words: (body, "cross_reference")
                                                          for words, body in handed.items()}


def test_a_cited_part_s_tasks_go_to_the_body_that_is_handed_them() -> None:
    """A fixture written for this test: a provincial plan whose part VI hands out part IV by number."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nSố: 150/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 01 tháng 12 năm 2025\n\nKẾ HOẠCH\n"
            "Phát triển kinh tế số giai đoạn 2026 - 2030\n\n"
            "IV. PHÁT TRIỂN KINH TẾ SỐ NGÀNH, LĨNH VỰC\n1. Nông nghiệp\n"
            "a) Xây dựng nền tảng dữ liệu số nông nghiệp của tỉnh.\n2. Y tế\n"
            "a) Triển khai bệnh án điện tử tại các bệnh viện công lập.\n"
            "VI. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n"
            "a) Chủ trì, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp kết quả thực hiện hằng năm.\n"
            "2. Sở Nông nghiệp và Môi trường\nChủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch.\n"
            "3. Sở Y tế\nChủ trì triển khai các nhiệm vụ tại mục (IV) (2) của Kế hoạch.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An")
    tasks = _leads_and_rules(plan)
    assert tasks["Xây dựng nền tảng dữ l"] == ("Sở Nông nghiệp và Môi trường", "cross_reference")
    assert tasks["Triển khai bệnh án điệ"] == ("Sở Y tế", "cross_reference")
    assert tasks["Chủ trì triển khai các"][0] in {"Sở Nông nghiệp và Môi trường", "Sở Y tế"}


def test_a_part_cited_item_first_goes_to_the_body_that_is_handed_it() -> None:
    """A fixture written for this test: a programme whose part II is handed out point by point in
    the law's order, the item first ("thực hiện nội dung các điểm 1.1, 1.2 Mục II")."""
    plan = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\nSố: 25/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nCần Thơ, ngày 01 tháng 7 năm 2025\n\nKẾ HOẠCH\nCải cách hành chính\n\n"
            "I. MỤC TIÊU\nNâng cao chất lượng phục vụ người dân.\n"
            "II. NỘI DUNG\n1. Cải cách thể chế\n1.1. Rà soát các văn bản quy phạm pháp luật của thành phố.\n"
            "1.2. Xây dựng quy trình thẩm định văn bản.\n2. Cải cách tổ chức bộ máy\n"
            "2.1. Kiện toàn các cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Ủy ban nhân dân thành phố theo dõi, đôn đốc thực hiện Kế hoạch.\n"
            "2. Sở Tư pháp chủ trì thực hiện nội dung các điểm 1.1, 1.2 Mục II.\n"
            "3. Sở Nội vụ chủ trì thực hiện các nội dung của điểm 2.1, Mục II.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An")
    _assert_handed(plan, {"Rà soát các văn bản qu": "Sở Tư pháp", "Xây dựng quy trình thẩ": "Sở Tư pháp",
                          "Kiện toàn các cơ quan ": "Sở Nội vụ"})


def test_items_under_parts_lettered_in_capitals_go_to_the_body_that_cites_them() -> None:
    """A fixture written for this test: a decision's programme whose part III holds parts "A." and
    "B." under a lead-in, handed out point by point as "các điểm 1.1 phần A, Mục III"."""
    decision = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\nSố: 256/QĐ-UBND\n\n"
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Cần Thơ, ngày 01 tháng 7 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Chương trình cải cách hành chính\n\n"
                "Điều 1. Ban hành kèm theo Quyết định này Chương trình cải cách hành chính.\n"
                "Điều 2. Giám đốc Sở Nội vụ chủ trì triển khai thực hiện Quyết định này.\n"
                "\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
                "CHƯƠNG TRÌNH\nCải cách hành chính\n(Ban hành kèm theo Quyết định số 256/QĐ-UBND)\n\n"
                "III. NỘI DUNG CẢI CÁCH HÀNH CHÍNH TỪ NAY ĐẾN NĂM 2030:\n"
                "A. Nội dung cải cách giai đoạn 2025 - 2030:\n1. Cải cách thể chế:\n"
                "1.1. Rà soát các văn bản quy phạm pháp luật của thành phố.\n"
                "1.2. Xây dựng quy trình thẩm định văn bản.\n"
                "B. nội dung cải cách năm 2025:\n1. Kiện toàn tổ chức bộ máy các cơ quan chuyên môn.\n"
                "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp thực hiện nội dung các điểm 1.1, 1.2 phần A, Mục III.\n"
                "2. Sở Nội vụ thực hiện các nội dung của điểm 1, phần B, Mục III.\n")
    _assert_handed(decision, {"Rà soát các văn bản qu": "Sở Tư pháp", "Xây dựng quy trình thẩ": "Sở Tư pháp",
                              "Kiện toàn tổ chức bộ m": "Sở Nội vụ"})
