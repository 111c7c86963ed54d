import pytest

from pipeline.normalize import (
    canonical_text,
    join_wrapped_lines,
    to_nfc,
    undo_double_spacing,
    unify_tone_marks,
)


@pytest.mark.parametrize("old,new", [
    ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("Uỷ ban", "Ủy ban"),
    ("UỶ BAN", "ỦY BAN"), ("thuỷ lợi", "thủy lợi"), ("quý II", "quý II"), ("hoàng", "hoàng"),
    ("kết luận", "kết luận"), ("khoẻ", "khỏe"), ("Tuỳ", "Tùy"), ("quyết", "quyết"),
])
def test_tone_marks_take_one_placement(old, new):
    assert unify_tone_marks(old) == new


def test_nfc_composes_decomposed_text():
    assert to_nfc("Đo\u0302\u0300ng") == "Đồng"


def test_double_spacing_from_pdf_copy_is_undone():
    lines = [f"dòng số {i} của văn bản hành chính" for i in range(8)]
    text = "\n\n".join(lines)
    assert undo_double_spacing(text) == "\n".join(lines)


def test_wrapped_lines_are_rejoined_but_items_kept():
    text = ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan xây dựng\n"
            "kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến\n"
            "năm 2050, báo cáo UBND tỉnh trong quý I/2024.\n"
            "- Tăng cường công tác cải cách hành chính, nâng cao việc thực thi đạo đức\n"
            "công vụ trong toàn ngành, gắn với trách nhiệm người đứng đầu các đơn vị.\n"
            "- Đẩy mạnh chuyển đổi số.")
    out = join_wrapped_lines(text).split("\n")
    assert len(out) == 3
    assert out[1].startswith("- Tăng cường") and out[2] == "- Đẩy mạnh chuyển đổi số."


def test_notation_broken_after_hyphen_is_glued():
    text = ("nhằm thực hiện thắng lợi Chương trình hành động số 07-\n"
            "CTr/TU của Tỉnh ủy về nâng cao chất lượng nguồn nhân lực của tỉnh giai đoạn mới\n"
            "và các nhiệm vụ khác do Ban Thường vụ Tỉnh ủy giao trong năm 2024 và các năm sau\n"
            "theo đúng quy định hiện hành của pháp luật về quản lý nhà nước trên địa bàn.")
    assert "số 07-CTr/TU" in canonical_text(text)
