"""Task tables a PDF converter flattened to one cell per line, rebuilt as rows.

The tables here are fixtures written for these tests, laid out the way a converter prints a
Government plan's annex: every cell on lines of its own, wrapped at its column's width.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.api import extract_text
from pipeline.flat_tables import unflatten_tables

HEADER_LINES = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả",
                "Thời gian hoàn", "thành"]
ROW_ONE = ["1.", "", "Tăng cường lãnh đạo, chỉ đạo xây dựng và", "tổ chức thực hiện các chính sách về bảo",
           "hiểm y tế.", "Các bộ ở", "Trung ương,", "Ủy ban nhân", "dân cấp tỉnh", "Các cơ quan, tổ",
           "chức có liên quan.", "Văn bản chỉ đạo", "Thường xuyên"]
ROW_TWO = ["2.", "Bố trí ngân sách địa phương để hỗ trợ", "mức đóng cho người dân tham gia", "Ủy ban nhân",
           "dân cấp tỉnh", "trình", "Hội", "đồng", "nhân", "dân cùng cấp", "Sở Tài chính", "Nghị quyết hỗ trợ",
           "mức đóng", "Quý II/", "2026"]


def _rows(text: str) -> list[list[str]]:
    return [line.split(" | ") for line in text.split("\n") if " | " in line]


def test_a_flattened_header_and_its_rows_come_back_as_cells() -> None:
    text = "\n".join(["PHỤ LỤC", "DANH MỤC NHIỆM VỤ", *HEADER_LINES, "I. Đổi mới tư duy trong lãnh đạo", *ROW_ONE,
                      *ROW_TWO])
    rows = _rows(unflatten_tables(text))
    assert rows[0] == ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả",
                       "Thời gian hoàn thành"]
    assert rows[1][:2] == ["I", "Đổi mới tư duy trong lãnh đạo"]
    assert rows[2] == ["1.", "Tăng cường lãnh đạo, chỉ đạo xây dựng và tổ chức thực hiện các chính sách về bảo "
                       "hiểm y tế.", "Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh",
                       "Các cơ quan, tổ chức có liên quan.", "Văn bản chỉ đạo", "Thường xuyên"]
    # "trình" / "Hội đồng ...": a verb needing its object; "Quý II/" / "2026": a time broken at its slash
    assert rows[3][2:] == ["Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp", "Sở Tài chính",
                           "Nghị quyết hỗ trợ mức đóng", "Quý II/ 2026"]


def test_a_row_numbered_on_its_first_line_and_a_row_split_by_a_page_are_one_row_each() -> None:
    page_two = ["", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "96", "", *HEADER_LINES, "của địa phương", "2.  Rà soát",
                "danh mục thuốc", "Bộ Y tế", "Bộ Tài chính", "Thông tư", "Quý I/2027"]
    text = "\n".join([*HEADER_LINES, *ROW_ONE[:-1], "Hằng năm", *page_two])
    rows = _rows(unflatten_tables(text))
    numbered = [row for row in rows if row[0] != "STT"]
    assert [row[0] for row in numbered] == ["1.", "2."]
    # what the first row left at the page's foot goes back into its content
    assert numbered[0][1].endswith("bảo hiểm y tế. của địa phương")
    assert numbered[1][1:] == ["Rà soát danh mục thuốc", "Bộ Y tế", "Bộ Tài chính", "Thông tư", "Quý I/2027"]


def test_sub_rows_under_a_numbered_group_follow_one_another_across_a_long_page_break() -> None:
    """Rows numbered "1.1", "1.2" under a group row "1." that titles them; the second page repeats the
    header, then the rest of a long cell (more lines than a header has) before the next group."""
    leftover = [f"phần {n} của nội dung dòng trước," for n in range(30)]
    text = "\n".join([*HEADER_LINES, "1.", "Rà soát, hoàn thiện thể chế", "1.1", "Rà soát các quy định",
                      "Bộ Tài chính", "Bộ Tư pháp", "Văn bản", "Quý IV/2026", "1.2", "Xây dựng cơ chế tài",
                      "chính", "Bộ Tài chính", "Ngân hàng Nhà nước", "Nghị định", "Quý III/2026",
                      "", "CÔNG BÁO/Số 333/Ngày 16-06-2026", "93", "", *HEADER_LINES, *leftover,
                      "2. Phát triển thị trường", "2.1", "Tổ chức diễn đàn", "Bộ Công Thương", "Bộ Ngoại giao",
                      "Diễn đàn", "Hằng năm"])
    rows = [row for row in _rows(unflatten_tables(text)) if row[0] != "STT"]
    assert [row[0] for row in rows] == ["1.", "1.1", "1.2", "2.", "2.1"]
    assert rows[0][1:3] == ["Rà soát, hoàn thiện thể chế", ""]  # a group's title, no cells
    # the rest the page break left goes back into row 1.2's content
    assert rows[2][1:3] == [" ".join(["Xây dựng cơ chế tài chính", *leftover]), "Bộ Tài chính"]
    assert rows[4][1:3] == ["Tổ chức diễn đàn", "Bộ Công Thương"]


def test_a_label_s_note_in_brackets_and_a_cell_s_open_bracket_stay_in_their_cells() -> None:
    """A header whose support label carries a note and an approving level's column; a content cell
    whose bracket a wrap left open before a document's number."""
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp", "(Bộ/ngành/địa phương)", "Cấp phê duyệt",
              "Tiến độ", "thực hiện"]
    text = "\n".join([*header, "1", "Xây dựng Thông tư về đào tạo an toàn bức xạ (thay thế Thông tư",
                      "34/2014/TT-BKHCN)", "Bộ Khoa học và Công nghệ", "Các bộ, ngành có liên quan",
                      "Bộ trưởng Bộ Khoa học và Công nghệ", "2026 - 2027"])
    rows = _rows(unflatten_tables(text))
    assert rows[0][3:] == ["Đơn vị phối hợp (Bộ/ngành/địa phương)", "Cấp phê duyệt", "Tiến độ thực hiện"]
    assert rows[1] == ["1", "Xây dựng Thông tư về đào tạo an toàn bức xạ (thay thế Thông tư 34/2014/TT-BKHCN)",
                       "Bộ Khoa học và Công nghệ", "Các bộ, ngành có liên quan", "Bộ trưởng Bộ Khoa học và Công nghệ",
                       "2026 - 2027"]


def test_content_a_wrap_opened_on_a_capital_runs_up_to_the_lead_and_the_support_s_bodies_are_one_cell() -> None:
    """Content lines opening on a capital that names no body ("IPO ...", "Việt Nam ..."), a support cell of two
    bodies on lines of their own, a time cell "Nhiệm vụ thường xuyên", and an approving official whose
    ministry a wrap put on the next line."""
    header = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Sản phẩm", "Thời gian",
              "thực hiện"]
    text = "\n".join([*header, "2.1", "Xây dựng cơ chế hỗ trợ doanh nghiệp", "IPO tại thị trường quốc tế của",
                      "doanh nghiệp công nghệ", "Việt Nam.", "Bộ Tài chính", "Ngân hàng Nhà", "nước", "Bộ Khoa học và",
                      "Công nghệ", "Cơ chế được ban", "hành", "Nhiệm vụ thường", "xuyên",
                      "2.2", "Tổ chức diễn đàn xúc tiến đầu tư", "Bộ Công Thương", "Bộ Ngoại giao", "Và các cơ quan",
                      "liên quan", "Bộ trưởng Bộ",
                      "Công Thương", "Quý III/2026"])
    rows = _rows(unflatten_tables(text))
    assert rows[1] == ["2.1", "Xây dựng cơ chế hỗ trợ doanh nghiệp IPO tại thị trường quốc tế của doanh nghiệp công "
                       "nghệ Việt Nam.", "Bộ Tài chính", "Ngân hàng Nhà nước; Bộ Khoa học và Công nghệ",
                       "Cơ chế được ban hành", "Nhiệm vụ thường xuyên"]
    # "Bộ Ngoại giao" ends a name though "giao" is a verb a line goes on after; "Và ..." goes on whatever its case
    assert rows[2] == ["2.2", "Tổ chức diễn đàn xúc tiến đầu tư", "Bộ Công Thương",
                       "Bộ Ngoại giao Và các cơ quan liên quan", "Bộ trưởng Bộ Công Thương", "Quý III/2026"]


def test_a_row_with_fewer_cells_than_columns_keeps_content_first_and_its_time_last() -> None:
    text = "\n".join([*HEADER_LINES, "1.", "Rà soát danh mục thuốc", "Bộ Y tế", "Quý I/2027"])
    row = _rows(unflatten_tables(text))[1]
    assert row == ["1.", "Rà soát danh mục thuốc", "Bộ Y tế", "", "", "Quý I/2027"]


def test_a_plan_s_flattened_annex_gives_one_task_per_row_with_its_columns() -> None:
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 844/QĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 13 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n"
            "Điều 2. Quyết định này có hiệu lực từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
            "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nLê Thành Long\n\n"
            + "\n".join(["PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ", "(Kèm theo Quyết định số 844/QĐ-TTg)", *HEADER_LINES,
                         *ROW_ONE, *ROW_TWO]))
    tasks = extract_text(text).tasks
    assert [(t.action.split()[0], [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.due.isoformat() if t.deadline and t.deadline.due else None) for t in tasks] == [
        ("Tăng", ["Các bộ ở Trung ương", "Ủy ban nhân dân cấp tỉnh"], ["Các cơ quan, tổ chức có liên quan"], None),
        ("Bố", ["Ủy ban nhân dân cấp tỉnh", "Hội đồng nhân dân cùng cấp"], ["Sở Tài chính"], "2026-06-30"),
    ]


_LINE = st.text(alphabet="abcdeghiklmnoprstuvxyđơưăâêôáàảãạ ,.;:-|0123456789ABCDĐ", max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, max_size=30))
def test_a_text_without_a_flattened_table_is_left_as_it_is(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert unflatten_tables(text) == text


def test_a_roman_ordinal_a_cell_wrapped_before_stays_in_the_cell() -> None:
    """"Hội nghị lần thứ" / "XVI": the ordinal the line above needs, no group of the table; a Roman numeral
    alone that no line needs is a group's number, never a row's (which once failed on "XVI")."""
    row = ["1.", "Triển khai Nghị quyết Hội nghị lần thứ", "XVI", "Ban Chấp hành Trung ương", "Bộ Tư pháp",
           "Bộ Nội vụ", "Văn bản chỉ đạo", "Quý II/2026"]
    rows = _rows(unflatten_tables("\n".join([*HEADER_LINES, *row, *ROW_TWO])))
    assert [r[0] for r in rows] == ["STT", "1.", "2."]
    assert rows[1][1].startswith("Triển khai Nghị quyết Hội nghị lần thứ XVI")
    stray = ["1.", "Rà soát các quy định", "Bộ Tư pháp", "Bộ Nội vụ", "Văn bản", "Quý I/2026", "XVI", "Cục A"]
    unflatten_tables("\n".join([*HEADER_LINES, *stray, *ROW_TWO]))  # reads, whatever it makes of the stray line
