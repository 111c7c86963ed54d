"""Names a text shares or shortens: a council's organs listed before its name, a company called
"Công ty" after the letter's "Kính gửi:" line names it in full.

Every document here is a fixture written for these tests, not evidence of accuracy.
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.extractors.agencies import find_agencies
from pipeline.extractors.shared_tails import share_tails
from pipeline.resources import load_resources

SIGNATURE = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn An"


@pytest.mark.parametrize(("sentence", "names"), [
    ("Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân Thành phố, các Tổ đại biểu, đại biểu "
     "Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân Thành phố", "các Ban của Hội đồng nhân dân Thành phố",
      "các Tổ đại biểu Hội đồng nhân dân Thành phố", "đại biểu Hội đồng nhân dân Thành phố"]),
    ("Giao Thường trực HĐND, các Ban của HĐND, các Tổ đại biểu và đại biểu HĐND tỉnh giám sát.",
     ["Thường trực HĐND tỉnh", "các Ban của HĐND tỉnh", "các Tổ đại biểu HĐND tỉnh", "đại biểu HĐND tỉnh"]),
    ("Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu và các đại biểu Hội đồng "
     "nhân dân thành phố giám sát.",
     ["Thường trực Hội đồng nhân dân thành phố", "các Ban Hội đồng nhân dân thành phố",
      "Tổ đại biểu Hội đồng nhân dân thành phố", "các đại biểu Hội đồng nhân dân thành phố"]),
    ("Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu "
     "Hội đồng nhân dân thành phố giám sát.",
     ["Thường trực Hội đồng nhân dân thành phố", "các Ban Hội đồng nhân dân thành phố",
      "Tổ đại biểu Hội đồng nhân dân thành phố", "đại biểu Hội đồng nhân dân thành phố"]),
    # party committees named without their place take the place the list closes with
    ("Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo ứng phó.",
     ["Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]),
    ("Bí thư Huyện ủy; Chủ tịch UBND các huyện triển khai ngay.",
     ["Bí thư Huyện ủy các huyện", "Chủ tịch UBND các huyện"]),
    # a steering committee, at every level, likewise ("Trưởng ban" over its head written small)
    ("Yêu cầu Trưởng ban Chỉ đạo, Chủ tịch UBND các quận, huyện, thị xã tăng cường kiểm tra.",
     ["Trưởng ban Chỉ đạo các quận, huyện, thị xã", "Chủ tịch UBND các quận, huyện, thị xã"]),
    # a committee of a named province keeps its own place
    ("Bí thư Tỉnh ủy Nghệ An và Chủ tịch UBND các huyện chỉ đạo.",
     ["Bí thư Tỉnh ủy Nghệ An", "Chủ tịch UBND các huyện"]),
    # a title shared by the bodies the list goes on to name with the same unit word
    ("Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh chỉ đạo.",
     ["Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ", "Chủ tịch UBND các tỉnh"]),
    # the press writes the titles and the council in small letters
    ("yêu cầu giám đốc, thủ trưởng các sở, ban, ngành và ủy ban nhân dân các huyện, thành phố chủ động ứng phó.",
     ["giám đốc các sở, ban, ngành", "thủ trưởng các sở, ban, ngành", "ủy ban nhân dân các huyện, thành phố"]),
    ("giao ủy ban nhân dân huyện Phú Quốc thực hiện.", ["ủy ban nhân dân huyện Phú Quốc"]),
    # a Party committee without its place takes the one place that closes the list
    ("Yêu cầu Bí thư Đảng ủy và Chủ tịch UBND xã Chàng Sơn chỉ đạo.",
     ["Bí thư Đảng ủy xã Chàng Sơn", "Chủ tịch UBND xã Chàng Sơn"]),
    ("Bí thư Huyện ủy, Chủ tịch UBND huyện Lâm Hà chỉ đạo.", ["Bí thư Huyện ủy Lâm Hà", "Chủ tịch UBND huyện Lâm Hà"]),
    # a list whose last member names no body of its own: nothing to share
    ("Sở Tài chính, Sở Xây dựng và Ban Quản lý dự án tỉnh thực hiện.",
     ["Sở Tài chính", "Sở Xây dựng", "Ban Quản lý dự án tỉnh"]),
])
def test_the_organs_of_a_council_share_its_name(sentence: str, names: list[str]) -> None:
    resources = load_resources(None)
    assert [a.name for a in share_tails(find_agencies(sentence, resources), sentence, resources)] == names


def test_a_council_s_supervisors_are_each_named_with_the_council() -> None:
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 90/2025/NQ-HĐND\n\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Hà Nội, ngày 01 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nQuy định mức chi hỗ trợ\n\n"
                  "Điều 1. Mức chi\nMức chi là 100.000 đồng/người/ngày.\n"
                  "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.\n"
                  "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại "
                  "biểu Hội đồng nhân dân Thành phố giám sát việc tổ chức thực hiện Nghị quyết.\n"
                  "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An")
    supervising = extract_text(resolution).tasks[-1]
    assert [a.name for a in supervising.lead] == [
        "Thường trực Hội đồng nhân dân Thành phố", "các Ban của Hội đồng nhân dân Thành phố",
        "các Tổ đại biểu Hội đồng nhân dân Thành phố", "đại biểu Hội đồng nhân dân Thành phố"]


def _customs_letter(addressee_line: str, request: str) -> str:
    return ("CỤC HẢI QUAN\n-------\nSố: 40001/CHQ-GSQL\nV/v thủ tục hải quan\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\n"
            f"Kính gửi: {addressee_line}\n(Đ/c: Tầng 6, số 11 phố Duy Tân, Hà Nội)\n\n"
            "Trả lời công văn số 13/CV-ABC ngày 13/11/2025 về thủ tục hải quan, Cục Hải quan có ý kiến như sau:\n"
            "Tại khoản 1 Điều 16 Nghị định số 08/2015/NĐ-CP quy định về hồ sơ hải quan.\n"
            f"{request}\nCục Hải quan trả lời để Công ty biết./.{SIGNATURE}")


@pytest.mark.parametrize(("addressee_line", "lead"), [
    ("Chi nhánh Công ty TNHH thương mại dịch vụ giao nhận hàng hóa A.B.C tại Hà Nội.",
     "Chi nhánh Công ty TNHH thương mại dịch vụ giao nhận hàng hóa A.B.C tại Hà Nội"),
    ("Công ty TNHH MTV Bình Minh.", "Công ty TNHH MTV Bình Minh"),
])
def test_a_company_called_cong_ty_is_the_company_the_letter_is_addressed_to(addressee_line: str,
                                                                               lead: str) -> None:
    letter = _customs_letter(addressee_line, "Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [[lead]]


def test_a_bare_head_means_the_body_of_its_kind_named_before() -> None:
    notice = ("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 700/TB-VPCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\n"
              "THÔNG BÁO\nKết luận của Phó Thủ tướng\n\n"
              "Hồ sơ dự án đã được Hội đồng Giáo dục Quốc gia tiếp nhận. Phó Thủ tướng kết luận như sau:\n"
              "1. Hội đồng khẩn trương hoàn thành thủ tục xem xét dự án trong tháng 12 năm 2025.\n"
              "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An")
    assert [t.lead[0].name for t in extract_text(notice).tasks] == ["Hội đồng Giáo dục Quốc gia"]


@pytest.mark.parametrize(("sentence", "lead"), [
    ("3. Các cơ quan, tổ chức, đơn vị chủ trì quản lý tài sản có trách nhiệm thực hiện chế độ báo cáo.",
     "Các cơ quan, tổ chức, đơn vị chủ trì quản lý tài sản"),
    ("3. Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III có trách nhiệm rà soát, đối chiếu hồ sơ.",
     "Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III"),
])
def test_a_group_takes_the_words_that_say_which_of_its_members(sentence: str, lead: str) -> None:
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 91/2025/NQ-HĐND\n\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Hà Nội, ngày 01 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nQuy định mức chi\n\n"
                  f"Điều 4. Tổ chức thực hiện\n{sentence}\n"
                  "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An")
    assert [t.lead[0].name for t in extract_text(resolution).tasks] == [lead]


def test_an_initialism_inside_a_name_is_written_out_from_a_name_spelled_in_full() -> None:
    """A fixture written for this test: a ministry's letter that abbreviates its own name and a
    department's it spells in full elsewhere."""
    letter = ("Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n1. Trung tâm Chuyển đổi số VHTTDL, Cục DLQGVN triển khai "
              "xây dựng 03 nền tảng.\n2. Cục Du lịch Quốc gia Việt Nam báo cáo kết quả.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(letter).tasks]
    assert leads[0] == ["Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch", "Cục Du lịch Quốc gia Việt Nam"]


REPORT_SUBJECTS = [
    # two titles joined by a slash head one group
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc/Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã tập trung "
     "kiểm tra các điểm sạt lở.", [["Giám đốc/Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã"]]),
    # every province's construction board names the works it builds
    ("Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh khẩn trương hoàn thiện hồ sơ thiết kế.",
     [["Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh"]]),
    # the head of each unit addressed, without "các"
    ("Phòng Giáo dục đề nghị Thủ trưởng đơn vị rà soát danh sách giáo viên.", [["Thủ trưởng đơn vị"]]),
    # a list of units without "các" takes the noun that says which
    ("Cơ quan, đơn vị trường học gửi báo cáo về Phòng Giáo dục.", [["Cơ quan, đơn vị trường học"]]),
    # a department of every Sở Giáo dục spells a comma inside its name
    ("Phòng Chính trị, tư tưởng phối hợp với các phòng thuộc Sở kiểm tra việc thực hiện.",
     [["Phòng Chính trị, tư tưởng"]]),
    # the capacity a body acts in, between commas, before its duty
    ("Chủ tịch UBND các xã, với vai trò là thành viên của tổ công tác, có trách nhiệm tổng hợp khó khăn.",
     [["Chủ tịch UBND các xã"]]),
    # working groups and their leaders; a modal verb is no word of the group's name
    ("Các tổ trưởng phải chịu trách nhiệm đôn đốc các xã được phân công.", [["Các tổ trưởng"]]),
    ("Tổ công tác hoàn thành nhiệm vụ trước ngày 30/11/2025.", [["Tổ công tác"]]),
    # a chairman's direction told after a colon, to a city written the press's way ("TP.Tuy Hòa")
    ("Ngày 5.9, Chủ tịch UBND tỉnh đã có văn bản chỉ đạo: UBND TP.Tuy Hòa phối hợp với Công an tỉnh kiểm tra "
     "các bãi tập kết cát ven sông.", [["UBND TP.Tuy Hòa"]]),
    # a sector capitalised on its first word only, and a force named by a body the gazetteer holds
    ("Ngành Nông nghiệp và các địa phương đẩy nhanh tiến độ nạo vét kênh mương.",
     [["Ngành Nông nghiệp", "các địa phương"]]),
    ("Lực lượng Công an tỉnh tăng cường tuần tra trên các tuyến quốc lộ.", [["Lực lượng Công an tỉnh"]]),
    # a title over the issuer's own body named by its bare head
    ("Chánh Văn phòng Bộ có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế này.", [["Chánh Văn phòng Bộ"]]),
    # a committee's members as a group
    ("Chủ tịch UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh; Chủ tịch UBND các "
     "huyện thực hiện nghiêm công tác trực ban.",
     [["các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Chủ tịch UBND các huyện"]]),
    # a deputy minister's reminder names those it is for; a body that acts, then requests, keeps its act
    ("Thứ trưởng Nguyễn Văn A lưu ý các địa phương cần quan tâm hơn nữa đến bảo mật khu vực in sao đề thi.",
     [["các địa phương"]]),
    ("Sở Y tế tổ chức tiêm chủng cho trẻ em, đề nghị UBND các huyện phối hợp thực hiện.", [["Sở Y tế"]]),
    # ... but an opinion the request follows from is no act: the request charges its addressee
    ("Căn cứ các quy định nêu trên, Cục Thuế cơ bản thống nhất với quan điểm xử lý của Thuế tỉnh, đề nghị Công ty "
     "TNHH Bình Minh thực hiện kê khai theo quy định.", [["Công ty TNHH Bình Minh"]]),
    # the same body of several places, each written with its level
    ("Công an tỉnh, Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà và thành phố Huế: căn cứ chức năng, "
     "nhiệm vụ để chủ động phối hợp bảo đảm an ninh trật tự.",
     [["Công an tỉnh", "Ủy ban nhân dân thị xã Hương Thủy", "Ủy ban nhân dân thị xã Hương Trà",
       "Ủy ban nhân dân thành phố Huế"]]),
    # a station as the press abbreviates it (before a listed predicate: a verb by its tag alone is news there)
    ("Đài TT-TH tăng cường tuyên truyền sâu rộng trên hệ thống loa truyền thanh.", [["Đài TT-TH"]]),
    # a department whose last listed sector has three small words
    ("Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp được giao nhiệm vụ thường xuyên đôn đốc tiến độ thực hiện.",
     [["Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp"]]),
    # a group and the body its members belong to are one name
    ("Thống đốc yêu cầu Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam rà soát hồ sơ cho vay.",
     [["Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam"]]),
    # ... when the body is a ministry or a district's council, whose head the group's qualifier spells
    ("Các đơn vị thuộc Bộ Công an khẩn trương rà soát hồ sơ đăng ký.", [["Các đơn vị thuộc Bộ Công an"]]),
    ("Các phòng chuyên môn thuộc UBND huyện Gia Lâm tổng hợp số liệu trước ngày 15/3/2025.",
     [["Các phòng chuyên môn thuộc UBND huyện Gia Lâm"]]),
    # ... and the qualifier alone still closes a group: the issuer's own ministry
    ("Các đơn vị thuộc Bộ khẩn trương rà soát hồ sơ đăng ký.", [["Các đơn vị thuộc Bộ"]]),
    # the duty named before the body, without "cho": the body is charged, and its request is its task
    ("Giao nhiệm vụ Sở Tài chính hướng dẫn các đơn vị lập dự toán.", [["Sở Tài chính"]]),
    ("Giao nhiệm vụ Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp trồng cây xanh.",
     [["Ban Quản lý các khu công nghiệp tỉnh"]]),
    # the role a subject plays for another body, set off by a comma, stands between it and its action
    ("Bộ Kế hoạch và Đầu tư, cơ quan thường trực Tiểu ban kinh tế - xã hội nghiên cứu xác định những nội dung cần "
     "tổng kết.", [["Bộ Kế hoạch và Đầu tư"]]),
    ("Sở Y tế, cơ quan thường trực Ban Chỉ đạo tỉnh, tổng hợp báo cáo kết quả.", [["Sở Y tế"]]),
    # "có chỉ thị": a directive had, a noun; what followed it is news, no request
    ("Sau khi có chỉ thị, UBND TP ban hành kế hoạch triển khai thực hiện nhưng 6 năm qua vẫn chưa có chuyển biến.",
     []),
]


@pytest.mark.parametrize(("report", "leads"), REPORT_SUBJECTS, ids=range(len(REPORT_SUBJECTS)))
def test_who_a_report_charges(report: str, leads: list[list[str]]) -> None:
    """Fixtures written for this test: one sentence each, of the kind portal reports carry."""
    assert [[a.name for a in t.lead] for t in extract_text(report + "\n").tasks] == leads


EARLIER_YEARS = [
    # a report of 2015 that goes back to a directive of 2009
    ("TP.HCM quyết liệt xử lý các cơ sở có nguy cơ gây cháy nổ\n07/09/2015\n\n"
     "Ngày 5.9, Phó chủ tịch UBND TP Tất Thành Cang đã chủ trì cuộc họp Ban Chỉ đạo. Ông Cang giao Cảnh sát "
     "PCCC TP chủ trì, phối hợp UBND các quận, huyện xây dựng kế hoạch kiểm tra các cơ sở.\n"
     "Theo tìm hiểu của PV, từ năm 2009, Ban Thường vụ Thành ủy đã ban hành Chỉ thị về công tác phòng cháy; "
     "trong đó yêu cầu UBND TP chỉ đạo UBND các quận, huyện rà soát, di dời các cơ sở.\n",
     [["Cảnh sát phòng cháy, chữa cháy TP"]]),
    # a report of 2020 that tells what bodies have done since 2017, then what its speaker asks now
    ("Chống buôn lậu dịp Tết\n25/12/2020\n\n"
     "Ngày 24/12, Phó trưởng Ban Chỉ đạo 389 quốc gia làm việc với Văn phòng Thường trực Ban Chỉ đạo.\n"
     "Từ năm 2017 đến nay, các bộ, ngành, lực lượng chức năng quan tâm, chỉ đạo quyết liệt các địa phương "
     "đấu tranh với buôn lậu.\n"
     "Phó trưởng Ban Chỉ đạo đề nghị các lực lượng chức năng tăng cường kiểm tra tại các khu vực trọng điểm.\n",
     [["các lực lượng chức năng"]]),
]


@pytest.mark.parametrize(("report", "leads"), EARLIER_YEARS, ids=["directive-of-2009", "since-2017"])
def test_what_an_earlier_year_saw_asked_or_done_is_background(report: str, leads: list[list[str]]) -> None:
    """Fixtures written for this test: a report that goes back to an earlier year, then what is asked now."""
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == leads


MEMBERS_LETTER = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Số: 7103/UBND-TH
V/v triển khai Nghị định số 178/2026/NĐ-CP

Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện các nội dung sau:
1. Công tác tuyên truyền
Tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định đến cán bộ, công chức.
2. Các sở quản lý chuyên ngành
Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:
- Sở Công Thương (đối với hạ tầng cụm công nghiệp);
- Sở Xây dựng (đối với hạ tầng đô thị).
Có trách nhiệm:
a) Chủ trì rà soát, thống kê toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.
b) Hướng dẫn các đơn vị được giao quản lý tài sản lập hồ sơ.
3. Ủy ban nhân dân các xã, phường
a) Tổ chức triển khai thực hiện đầy đủ các quy định của Nghị định.
"""


@pytest.mark.parametrize("joined", [False, True], ids=["paragraph", "run-into-the-item"])
def test_the_members_a_group_s_charge_lists_are_the_actor_of_its_items(joined: bool) -> None:
    """A fixture written for this test: "Giao các sở ... gồm:" over one body per bullet, then "Có trách
    nhiệm:" and the items; a crawl may run the charge into its item's title line."""
    letter = MEMBERS_LETTER.replace("chuyên ngành\nGiao", "chuyên ngành Giao") if joined else MEMBERS_LETTER
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["Các sở, ban, ngành thuộc UBND tỉnh"],  # "các sở, ban, ngành": the addressee, named short
        ["Sở Công Thương", "Sở Xây dựng"], ["Sở Công Thương", "Sở Xây dựng"], ["Ủy ban nhân dân các xã, phường"]]


@pytest.mark.parametrize("comma", ["", ","], ids=["no-comma", "comma"])
def test_a_heading_s_body_that_directs_others_leads_its_items(comma: str) -> None:
    """A fixture written for this test: "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan ...:" over its
    bullets; with or without the comma the body that directs leads them."""
    letter = ("Đảng ủy đề nghị các tổ chức đảng triển khai thực hiện một số nhiệm vụ trọng tâm, như sau:\n"
              f"1. Ủy ban nhân dân tỉnh{comma} chỉ đạo các cơ quan, đơn vị có liên quan:\n"
              "- Nghiên cứu, cụ thể hóa các mục tiêu thành các kế hoạch 5 năm.\n"
              "- Thường xuyên kiểm tra, giám sát, đôn đốc việc thực hiện.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [["Ủy ban nhân dân tỉnh"]] * 2


def test_an_article_s_subheading_is_no_task() -> None:
    """A fixture written for this test: a report whose section opens with a short title in the
    imperative, no stop, over the paragraph that says who does what."""
    prose = ("Thủ tướng Chính phủ cơ bản nhất trí với dự kiến kế hoạch triển khai xây dựng Chiến lược phát triển "
             "kinh tế - xã hội giai đoạn mới do Bộ Kế hoạch và Đầu tư trình bày tại cuộc họp.")
    report = "\n\n".join(["Xây dựng Chiến lược phát triển kinh tế - xã hội giai đoạn 2021-2030", *[prose] * 6,
                           "Làm rõ các vấn đề trọng tâm của Chiến lược thời kỳ tới",
                           "Ban cán sự Đảng Bộ Kế hoạch và Đầu tư tập trung huy động mọi nguồn lực, phối hợp chặt chẽ "
                           "với Văn phòng Chính phủ tổ chức nghiên cứu các vấn đề trọng tâm của Chiến lược."]) + "\n"
    spans = [t.span.text for t in extract_text(report).tasks]
    assert not any(span.startswith("Làm rõ") for span in spans)
    assert any(span.startswith("Ban cán sự Đảng Bộ Kế hoạch và Đầu tư") for span in spans)


def test_a_group_under_a_body_s_direction_is_no_task() -> None:
    """A fixture written for this test: what a working group answers to, then what its members must do."""
    report = ("Các tổ công tác chịu sự chỉ đạo trực tiếp của Chủ tịch UBND tỉnh và chịu trách nhiệm về kết quả.\n\n"
              "Các tổ trưởng phải chịu trách nhiệm đôn đốc các xã được phân công.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["Các tổ trưởng"]]


def test_what_a_body_received_ends_its_name() -> None:
    sentence = "Cục Thuế nhận được công văn số 12/HP-NVT của Thuế tỉnh Hải Phòng."
    assert find_agencies(sentence, load_resources(None))[0].name == "Cục Thuế"
