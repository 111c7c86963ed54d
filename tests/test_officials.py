"""Officials named by function, not by a body: a local plan of the Party, the Front or a commune charges its
own officials in labelled lines ("- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực ..."), in items
labelled with them ("1. Đồng chí Trưởng Ban ...: Phụ trách chung ...") and in headings that name the field
in their charge ("3. Cán bộ phụ trách lĩnh vực ..."). Every document here is a fixture written for the test.
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text

HEADER = (
    "ỦY BAN MTTQ VIỆT NAM\nXÃ AN BÌNH\nBAN THƯỜNG TRỰC\nSố: 12/KH-MTTQ-BTT\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "An Bình, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc\n\n"
)
CLOSING = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nNguyễn Thị Hoa"

LABELLED = HEADER + (
    "II. NỘI DUNG\n"
    "1. Xây dựng và ban hành Hướng dẫn tổ chức Ngày hội ở các khu dân cư\n"
    "- Bảo đảm thống nhất với hướng dẫn của cấp trên, phù hợp với điều kiện thực tế của địa phương.\n"
    "- Các văn bản hướng dẫn phải thể hiện rõ trách nhiệm của từng thành viên.\n"
    "- Thời gian hoàn thành: Tháng 11/2025.\n"
    "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội\n"
    "- Đơn vị phối hợp: Các đ/c Phó Chủ tịch, Trưởng các đoàn thể xã, Ủy ban nhân dân xã.\n"
    "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.\n"
    "2. Phối hợp với Ủy ban nhân dân xã chuẩn bị hội nghị tổng kết\n"
    "- Phối hợp tổ chức kiểm tra công tác chuẩn bị tại các khu dân cư.\n"
    "- Thời gian thực hiện: Quý IV/2025.\n"
    "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch phụ trách lĩnh vực Công tác xã hội\n"
) + CLOSING


def test_a_labelled_line_naming_an_official_gives_the_item_its_lead_and_partners() -> None:
    tasks = extract_text(LABELLED).tasks
    first = tasks[0]
    assert first.action.startswith("Xây dựng và ban hành Hướng dẫn")
    assert [a.name for a in first.lead] == ["Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"]
    assert [a.name for a in first.support] == ["Phó Chủ tịch", "Trưởng các đoàn thể xã", "Ủy ban nhân dân xã"]
    assert first.deadline is not None and str(first.deadline.due) == "2025-11-30"


def test_an_item_s_requirements_and_output_are_not_tasks_its_own_actions_are() -> None:
    """"- Bảo đảm thống nhất ...", "- Các văn bản ... phải thể hiện ..." say what the item must meet, "- Kết
    quả:" what it produces; "- Phối hợp tổ chức kiểm tra ..." is an action of its own."""
    texts = [t.span.text.split("\n")[0] for t in extract_text(LABELLED).tasks]
    assert not any(t.startswith(("- Bảo đảm", "- Các văn bản", "- Kết quả")) for t in texts)
    assert any(t.startswith("- Phối hợp tổ chức kiểm tra") for t in texts)


DUTIES = HEADER + (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chỉ đạo triển khai các nội dung "
    "của Kế hoạch.\n"
    "2. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực tiếp chỉ đạo công tác trang trí, "
    "khánh tiết.\n"
    "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n"
    "- Tham mưu xây dựng báo cáo tổng hợp kết quả thực hiện Kế hoạch.\n"
    "4. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng\n"
    "- Bảo đảm thông tin liên lạc thông suốt giữa các đơn vị.\n"
) + CLOSING


@pytest.mark.parametrize(("opening", "lead"), [
    ("1. Đồng chí Trưởng Ban", "Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"),
    ("2. Đồng chí Phó Trưởng phòng", "Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban"),
    ("- Tham mưu xây dựng báo cáo", "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"),
    ("- Bảo đảm thông tin liên lạc", "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"),
], ids=["comrade-label", "comrade-label-with-two-offices", "in-charge-heading", "in-charge-heading-capitalised"])
def test_an_official_named_by_function_leads_the_items_that_name_them(opening: str, lead: str) -> None:
    tasks = [t for t in extract_text(DUTIES).tasks if t.span.text.startswith(opening)]
    assert [[a.name for a in t.lead] for t in tasks] == [[lead]]


def test_a_sentence_that_names_an_official_in_charge_is_no_heading() -> None:
    """A full stop ends a sentence that goes on to act; only a line that names the official heads items."""
    text = HEADER + (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Cán bộ phụ trách lĩnh vực tuyên truyền tổng hợp kết quả, báo cáo Ban Thường trực.\n"
        "2. Ủy ban nhân dân xã bố trí kinh phí tổ chức Ngày hội.\n"
    ) + CLOSING
    tasks = extract_text(text).tasks
    assert [t.span.text[:2] for t in tasks] == ["1.", "2."]
    assert tasks[1].lead[0].name == "Ủy ban nhân dân xã"


def test_the_slogans_of_a_campaign_are_no_tasks() -> None:
    text = HEADER + (
        "Ban Thường trực Ủy ban MTTQ xã xây dựng kế hoạch triển khai thực hiện như sau:\n"
        "I. NỘI DUNG TUYÊN TRUYỀN\n"
        "- Tuyên truyền ý nghĩa của Ngày hội Đại đoàn kết toàn dân tộc.\n"
        "II. KHẨU HIỆU TUYÊN TRUYỀN\n"
        "1. Nhiệt liệt chào mừng Ngày hội Đại đoàn kết toàn dân tộc!\n"
        "2. Phát huy quyền làm chủ của Nhân dân, chung tay xây dựng khu dân cư văn hóa!\n"
        "3. Cử tri cả nước tích cực tham gia bầu cử đại biểu Hội đồng nhân dân các cấp!\n"
    ) + CLOSING
    assert [t.action[:10] for t in extract_text(text).tasks] == ["Tuyên truy"]
