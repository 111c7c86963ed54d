import random
import re

import pytest

from pipeline.normalize import (
    ITEM_START,
    PAGE_MARK,
    LineJoining,
    canonical_pages,
    canonical_text,
    join_wrapped_lines,
    restore_item_dots,
    space_glued_bullets,
    to_nfc,
    undo_double_spacing,
    unify_tone_marks,
)
from pipeline.resources import load_resources
from pipeline.segmented import is_segmented
from tests.conftest import CORPUS


@pytest.mark.parametrize("old,new", [
    ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("Uỷ ban", "Ủy ban"),
    ("UỶ BAN", "ỦY BAN"), ("thuỷ lợi", "thủy lợi"), ("quý II", "quý II"), ("hoàng", "hoàng"),
    ("kết luận", "kết luận"), ("khoẻ", "khỏe"), ("Tuỳ", "Tùy"), ("quyết", "quyết"),
    # decomposed text is composed whether or not a tone moves
    ("Khóa học", "Khóa học"), ("Học viện", "Học viện"), ("hoà, quý", "hòa, quý"),
])
def test_tone_marks_take_one_placement(old, new):
    assert unify_tone_marks(old) == new


def test_nfc_composes_decomposed_text():
    assert to_nfc("Đo\u0302\u0300ng") == "Đồng"


@pytest.mark.parametrize(("read", "meant"), [
    ("HƢỚNG DẪN", "HƯỚNG DẪN"),
    ("phƣơng tiện đƣa đón ngƣời", "phương tiện đưa đón người"),
    ("nh\u01a3\u0303ng", "những"),  # the tone on the misread letter composes once it is "ư"
])
def test_the_letter_a_pdf_font_reads_for_u_horn_is_put_back(read: str, meant: str) -> None:
    assert to_nfc(read) == meant


def test_double_spacing_from_pdf_copy_is_undone():
    lines = [f"dòng số {i} của văn bản hành chính" for i in range(8)]
    text = "\n\n".join(lines)
    assert undo_double_spacing(text) == "\n".join(lines)


@pytest.mark.parametrize("lines,expected", [
    # the number right after the last item's is the next item, its full stop lost
    (["1. Tăng cường chỉ đạo Đài truyền thanh;", "2 Chủ trì rà soát trang thiết bị"],
     ["1. Tăng cường chỉ đạo Đài truyền thanh;", "2. Chủ trì rà soát trang thiết bị"]),
    (["1) Lập kế hoạch;", "2 Báo cáo kết quả", "3 Tổng hợp ý kiến"],
     ["1) Lập kế hoạch;", "2. Báo cáo kết quả", "3. Tổng hợp ý kiến"]),
    # a number that does not follow on, or a figure before a small word, is the text's own
    (["1. Lập kế hoạch;", "15 Giờ ngày 20/5"], ["1. Lập kế hoạch;", "15 Giờ ngày 20/5"]),
    (["1. Lập kế hoạch;", "2 lần mỗi ngày"], ["1. Lập kế hoạch;", "2 lần mỗi ngày"]),
    (["Tổng hợp 2 Báo cáo"], ["Tổng hợp 2 Báo cáo"]),
    # a page mark before the number or its first word changes nothing
    (["1. Lập kế hoạch;", f"{PAGE_MARK}2 Báo cáo kết quả", f"3 {PAGE_MARK}Tổng hợp ý kiến"],
     ["1. Lập kế hoạch;", f"{PAGE_MARK}2. Báo cáo kết quả", f"3. {PAGE_MARK}Tổng hợp ý kiến"]),
    # OCR reads the item "c)" as the copyright sign; a sign elsewhere is the text's own
    (["b) Lập kế hoạch;", "©) Huy động nguồn lực", "© 2024 Báo Nhân dân"],
     ["b) Lập kế hoạch;", "c) Huy động nguồn lực", "© 2024 Báo Nhân dân"]),
])
def test_a_numbered_item_that_lost_its_full_stop_is_still_an_item(lines, expected):
    """Fixtures written for this test."""
    assert restore_item_dots("\n".join(lines)).split("\n") == expected
    assert restore_item_dots(restore_item_dots("\n".join(lines))) == restore_item_dots("\n".join(lines))


def test_a_crawl_s_line_broken_on_a_word_that_needs_more_goes_on_in_a_text_of_long_lines():
    """A fixture written for this test: one paragraph per line, but a crawl broke one after "với"."""
    paragraph = ("UBND huyện giao Phòng Văn hóa - Thông tin tổ chức nhiều hoạt động vui xuân, đón tết phong phú và "
                 "thiết thực như đêm thơ, chương trình văn nghệ mừng Đảng, mừng xuân tại trung tâm huyện, các giải "
                 "bóng bàn, bóng chuyền, cờ tướng")
    text = "\n".join([paragraph + ".", paragraph + "; phối hợp với", "UBND xã Hòa Hiệp Nam tổ chức lễ hội.",
                      paragraph + ".", paragraph + ".", "- Đẩy mạnh chuyển đổi số."])
    lines = join_wrapped_lines(text).split("\n")
    assert lines[1].endswith("phối hợp với UBND xã Hòa Hiệp Nam tổ chức lễ hội.")
    assert len(lines) == 5 and lines[-1] == "- Đẩy mạnh chuyển đổi số."


def test_a_date_broken_after_its_day_word_goes_on():
    """A fixture written for this test: a letter's legal basis wrapped right after "ngày"."""
    body = "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I"
    text = "\n".join(["Kính gửi: Ủy ban nhân dân các tỉnh", "Căn cứ Nghị định số 27/2022/NĐ-CP ngày",
                      "19/4/2022 của Chính phủ quy định cơ chế quản lý các chương trình,", body, body, body])
    lines = join_wrapped_lines(text).split("\n")
    assert lines[1].startswith("Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ")


def test_a_sentence_that_ends_a_crawled_cell_ends_its_paragraph():
    """A fixture written for this test: a công điện's recipients, one cell of a header table a crawl read row by
    row, end with " |"; the text after the table starts its own paragraph."""
    recipients = ("- Các Bộ: Quốc phòng, Nông nghiệp và Phát triển nông thôn, Công an, Giao thông vận tải; - Ban "
                  "Chỉ đạo phòng, chống thiên tai Trung ương; - Ủy ban nhân dân các tỉnh, thành phố: Nghệ An, Hà "
                  "Tĩnh, Quảng Bình.")
    body = ("Lũ trên các sông ở các tỉnh Bắc Trung Bộ đang lên nhanh, tình hình mưa lũ còn rất phức tạp. Thủ "
            "tướng Chính phủ yêu cầu:")
    text = "\n".join(["CÔNG ĐIỆN", f"{recipients} |", body, body, body, body])
    assert join_wrapped_lines(text).split("\n") == ["CÔNG ĐIỆN", f"{recipients} |", body, body, body, body]


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


@pytest.mark.parametrize(("item", "joined"), [
    # fixtures written for this test: a wrap put a compound's dash first on a line ...
    (["b) Xây dựng Nền tảng dạy - học", "- thi trực tuyến, bảo đảm tính kết nối."], True),
    (["a) Phát triển chuỗi sản xuất", "- tiêu thụ - truy xuất nguồn gốc nông sản."], True),
    # ... but a bullet opens with a capital, after a lead-in, or after a bullet of its own
    (["b) Xây dựng Nền tảng dạy - học", "- Thi trực tuyến."], False),
    (["Các nội dung chủ yếu:", "- tổ chức tuyên truyền."], False),
    (["- tổ chức tuyên truyền", "- vận động nhân dân."], False),
])
def test_a_compound_s_dash_a_wrap_put_first_goes_on_the_line_above(item: list[str], joined: bool) -> None:
    lead = ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan xây dựng\n"
            "kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến\n"
            "năm 2050, báo cáo UBND tỉnh trong quý I/2024.\n"
            "Quyết định này có hiệu lực kể từ ngày ký ban hành và thay thế các văn bản trước.\n")
    out = join_wrapped_lines(lead + "\n".join(item)).split("\n")
    assert (out[-1] == " ".join(item)) is joined


@pytest.mark.parametrize("ending", ["Giao", "đề nghị", "phối hợp với", "của", "trực thuộc"])
def test_a_short_line_ending_on_a_word_that_needs_more_goes_on(ending):
    text = ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan xây dựng\n"
            "kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến\n"
            "năm 2050, báo cáo UBND tỉnh trong quý I/2024.\n"
            "Quyết định này có hiệu lực kể từ ngày ký ban hành và thay thế các văn bản trước.\n"
            f"Điều 2. {ending}\n"
            "Sở Công Thương chủ trì triển khai thực hiện Kế hoạch này.")
    out = join_wrapped_lines(text).split("\n")
    assert out[-1] == f"Điều 2. {ending} Sở Công Thương chủ trì triển khai thực hiện Kế hoạch này."


def test_the_words_that_keep_a_line_going_come_from_the_models():
    """A fixture written for this test: another models/ folder that adds "nhằm" to the open endings."""
    text = ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan xây dựng\n"
            "kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến\n"
            "năm 2050, báo cáo UBND tỉnh trong quý I/2024.\n"
            "Quyết định này có hiệu lực kể từ ngày ký ban hành và thay thế các văn bản trước.\n"
            "Tổ chức tập huấn nhằm\n"
            "Nâng cao năng lực cán bộ.")
    assert join_wrapped_lines(text).split("\n")[-1] == "Nâng cao năng lực cán bộ."
    wider = LineJoining.from_vocabulary({"open_endings": ["nhằm"], "official_list_openers": ["Giám đốc"]})
    assert join_wrapped_lines(text, wider).split("\n")[-1] == "Tổ chức tập huấn nhằm Nâng cao năng lực cán bộ."


@pytest.mark.parametrize("closing", ["Cục Hải quan trả lời để", "Thuế tỉnh Vĩnh Long thông báo đến"])
def test_a_reply_s_closing_line_that_ends_on_a_preposition_goes_on(closing):
    """A fixture written for this test: a reply's last paragraph, its addressee on the next line."""
    text = ("Căn cứ quy định nêu trên, đề nghị Công ty nghiên cứu các quy định tại Luật Hải quan số\n"
            "54/2014/QH13 và Nghị định số 08/2015/NĐ-CP, đối chiếu với hoạt động thương mại của\n"
            "Công ty để thực hiện. Trường hợp vướng mắc, đề nghị liên hệ với Hải quan nơi dự kiến làm\n"
            "thủ tục để được hướng dẫn.\n"
            f"{closing}\nCông ty TNHH Minh Long biết, thực hiện./.")
    assert join_wrapped_lines(text).split("\n")[-1] == f"{closing} Công ty TNHH Minh Long biết, thực hiện./."


@pytest.mark.parametrize(("title", "joined"), [
    ("Làm rõ các vấn đề trọng tâm của Chiến lược thời kỳ tới", False),
    ("Thủ tướng yêu cầu Bộ Kế hoạch và Đầu tư phối hợp tới", True),
])
def test_a_title_ending_on_the_next_period_ends_before_its_paragraph(title, joined):
    """A fixture written for this test: a press article, one paragraph per line; "tới" after a time
    means "next" and ends the title, elsewhere it is a preposition that goes on."""
    body = "Ban cán sự Đảng Bộ Kế hoạch và Đầu tư tập trung huy động mọi nguồn lực cho việc xây dựng Chiến lược. " * 2
    text = "\n".join([body, title, body, body, body])
    assert (f"{title} Ban cán sự" in join_wrapped_lines(text)) is joined


@pytest.mark.parametrize(("before", "joined"), [
    ("a) Tổ chức triển khai thực hiện", True),
    ("b) Hướng dẫn các đơn vị thi hành", True),
    # a short title: the article's sentence starts on the next line
    ("1. Phạm vi điều chỉnh", False),
    # a sentence ended: the next opens with the document's name for itself
    ("Cục Đăng kiểm Việt Nam tổ chức thực hiện.", False),
])
def test_a_line_opening_with_the_document_s_name_for_itself_ends_an_open_sentence(before, joined):
    """A fixture written for this test: a circular crawled with its lines broken at a fixed width; "Thông
    tư này" is the object the line before left open, unless that line is a title or ends a sentence."""
    text = "\n".join([
        "Thông tư này quy định trách nhiệm thi hành của các cơ quan, tổ chức có liên quan",
        "đến dịch vụ đăng kiểm tàu biển và các đơn vị cung cấp dịch vụ đăng kiểm tàu biển.",
        "Cục Đăng kiểm Việt Nam có trách nhiệm tổ chức thực hiện các nhiệm vụ sau đây",
        "trong phạm vi chức năng, nhiệm vụ được giao theo quy định của pháp luật.",
        before, "Thông tư này."])
    assert (f"{before} Thông tư này." in join_wrapped_lines(text)) is joined


@pytest.mark.parametrize(("following", "joined"), [
    ("Thực hiện Công văn số 1369/BGDĐT-CTHSSV ngày 15/3/2011 của Bộ Giáo dục và Đào tạo;", False),
    ("Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị;", True),
])
def test_a_letter_s_first_sentence_starts_its_own_line_after_an_open_word(following: str, joined: bool) -> None:
    """A fixture written for this test: "- Các đơn vị trực thuộc" ends the addressee list before "Thực hiện
    Công văn ...", though "thuộc" wants more; before a name ("Trung ương") it goes on."""
    text = "\n".join([
        "Kính gửi:", "- Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố;", "- Các đơn vị trực thuộc", following,
        "Sở Giáo dục và Đào tạo đề nghị các đơn vị thống kê đánh giá tình trạng sử dụng công trình theo mẫu đính kèm.",
        "V/v đánh giá tình hình sử dụng,", "bảo quản các công trình cấp nước", "và nhà vệ sinh trong trường học"])
    assert (f"- Các đơn vị trực thuộc {following}" in join_wrapped_lines(text)) is joined


def test_notation_broken_after_hyphen_is_glued():
    text = ("nhằm thực hiện thắng lợi Chương trình hành động số 07-\n"
            "CTr/TU của Tỉnh ủy về nâng cao chất lượng nguồn nhân lực của tỉnh giai đoạn mới\n"
            "và các nhiệm vụ khác do Ban Thường vụ Tỉnh ủy giao trong năm 2024 và các năm sau\n"
            "theo đúng quy định hiện hành của pháp luật về quản lý nhà nước trên địa bàn.")
    assert "số 07-CTr/TU" in canonical_text(text)


def test_table_rows_stay_one_per_line():
    text = ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan xây dựng\n"
            "kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến\n"
            "năm 2050, báo cáo UBND tỉnh theo danh mục nhiệm vụ dưới đây\n"
            "STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn\n"
            "1 | Xây dựng kế hoạch chuyển đổi số | Sở Thông tin và Truyền thông | Quý II/2024\n"
            "2 | Rà soát quy hoạch | Sở Kế hoạch và Đầu tư | 30/6/2024\n"
            "các đơn vị báo cáo kết quả thực hiện về Văn phòng UBND tỉnh trước ngày 15/12/2024.")
    out = join_wrapped_lines(text).split("\n")
    assert out[1:4] == text.split("\n")[3:6]
    assert out[0].endswith("theo danh mục nhiệm vụ dưới đây")
    assert out[4].startswith("các đơn vị báo cáo")


def test_long_table_rows_do_not_hide_the_width_the_text_was_wrapped_at():
    row = ("| 1 | Thủ tục cấp giấy chứng nhận đủ điều kiện hoạt động dịch vụ khoa học và công nghệ "
           "| Sở Khoa học và Công nghệ | Trung tâm Phục vụ hành chính công | Nghị định số 08/2014/NĐ-CP |")
    text = "\n".join([row] * 8 + [
        "Công bố kèm theo Quyết định này danh mục thủ tục hành chính được sửa đổi, bổ sung",
        "trong lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý.",
        "Điều 2. Sở Khoa học",
        "và Công nghệ có trách nhiệm niêm yết, công khai các thủ tục hành chính",
        "trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục",
        "hành chính của thành phố theo đúng quy định của pháp luật hiện hành.",
    ])
    out = join_wrapped_lines(text).split("\n")
    assert out[-1].startswith("Điều 2. Sở Khoa học và Công nghệ có trách nhiệm")
    assert out[-1].endswith("pháp luật hiện hành.") and out[:8] == [row] * 8


def test_a_wrapped_line_citing_a_report_and_its_date_is_no_header_date_line():
    text = ("Thực hiện Quy chế làm việc, Văn phòng Trung ương Đảng thông báo kết luận của Bộ Chính trị.\n"
            "Tại phiên họp ngày 28/11/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình\n"
            "hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp (Báo\n"
            "cáo số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị, Ban Bí thư kết luận như\n"
            "sau:\n1. Cơ bản thống nhất với Báo cáo của Ban Tổ chức Trung ương về tình hình.")
    out = join_wrapped_lines(text).split("\n")
    assert out[1].endswith("Ban Bí thư kết luận như sau:") and out[2].startswith("1. Cơ bản")


def test_the_addressee_line_ends_before_the_letter_s_first_sentence():
    text = ("Kính gửi: Ủy\nban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
            "Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ quy định nội dung chỉ\n"
            "tiêu thống kê thuộc hệ thống chỉ tiêu thống kê quốc gia, Bộ Tài chính đề nghị Ủy ban\n"
            "nhân dân các tỉnh, thành phố trực thuộc trung ương thực hiện các nội dung sau:")
    out = join_wrapped_lines(text).split("\n")
    assert out[0] == "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    assert out[1].startswith("Thực hiện Nghị định") and out[1].endswith("các nội dung sau:")


@pytest.mark.parametrize(("first", "goes_on"), [
    ("Đối với mua sắm vật tư y tế", "(VTYT), tham khảo giá trúng thầu VTYT trên cả nước được cập nhật trên cổng"),
    ("Tăng cường kiểm tra công tác", "KCB và đảm bảo quyền lợi của người tham gia BHYT tại các trạm y tế xã; xử"),
])
def test_a_paragraph_s_short_first_line_goes_on_with_an_abbreviation(first, goes_on):
    text = "\n".join([
        "Các cơ sở khám bệnh, chữa bệnh thực hiện đấu thầu thuốc theo đúng quy định của pháp luật hiện hành,",
        "làm việc với nhà cung ứng để thương thảo, điều chỉnh giá thuốc phù hợp với thị trường.",
        first, goes_on, "lý các tập thể, cá nhân có hành vi lạm dụng, trục lợi quỹ theo quy định của pháp luật.",
        "Nơi nhận", "UBND tỉnh;"])
    out = join_wrapped_lines(text).split("\n")
    assert out[1].startswith(first + " " + goes_on.split()[0]) and out[-2:] == ["Nơi nhận", "UBND tỉnh;"]


def test_second_level_bullet_o_is_an_item():
    text = ("• Báo cáo định kỳ kết quả thực hiện các nhiệm vụ được giao trong năm\n"
            "o Báo cáo tháng gửi Văn phòng UBND tỉnh trước ngày 25 hằng tháng\n"
            "o Báo cáo quý gửi Văn phòng UBND tỉnh trước ngày 20 tháng cuối quý\n"
            "o Báo cáo năm gửi Văn phòng UBND tỉnh trước ngày 15 tháng 12 hằng năm")
    assert join_wrapped_lines(text) == text


# -- page starts through normalisation (offsets exact, text unchanged) ----------------------

WRAPPED = ("Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan xây dựng\n"
           "kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến\n"
           "năm 2050, báo cáo UBND tỉnh trong quý I/2024.\n"
           "- Sở Tài chính bố trí kinh phí thực hiện theo quy định hiện hành của pháp luật.\n"
           "- Sở Nội vụ tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức trước ngày 30/6.")


@pytest.mark.parametrize(("text", "page_words", "expected"), [
    # a page that starts inside a wrapped paragraph: the lines are joined, the start moves with them
    (WRAPPED, ["kế hoạch", "- Sở Nội"], ["kế hoạch triển khai", "- Sở Nội vụ"]),
    # blank lines of a PDF copy removed, one per line
    (WRAPPED.replace("\n", "\n\n"), ["năm 2050", "- Sở Tài"], ["năm 2050, báo cáo", "- Sở Tài chính"]),
    # TCVN3 bytes converted: "§Çu" (3 characters) becomes "Đầu"
    ("Giao Së KÕ ho¹ch vµ §Çu t\u00ad chñ tr×, phèi hîp víi c¸c së, ngµnh.\nSè: 12/TB-UBND",
     ["§Çu", "Sè"], ["Đầu tư chủ trì", "Số: 12/TB-UBND"]),
    # decomposed Unicode and the old tone placement ("hoà" -> "hòa") before the page start
    ("Ủy ban nha\u0302n da\u0302n ti\u0309nh Khánh Hoà.\n\nSở Y tế chủ trì thực hiện.", ["Sở Y"], ["Sở Y tế"]),
    # a break that falls on the spaces before a word
    ("Sở Y tế chủ trì.   \n\n  Sở Tài chính phối hợp.", ["   \n"], ["Sở Tài chính"]),
], ids=["wrapped", "double-spaced", "tcvn3", "decomposed", "in-whitespace"])
def test_page_starts_follow_the_text(text, page_words, expected):
    breaks = [text.index(word) for word in page_words]
    canonical, starts = canonical_pages(text, breaks)
    assert canonical == canonical_text(text)
    assert [canonical[start:start + len(word)] for start, word in zip(starts, expected, strict=True)] == expected


def test_pages_without_text_start_where_the_text_ends():
    text = "Sở Y tế chủ trì thực hiện.\n\n"
    canonical, starts = canonical_pages(text, [text.index("thực"), len(text) - 1, len(text)])
    assert starts == [canonical.index("thực"), len(canonical), len(canonical)]


def test_a_stray_page_mark_in_the_input_is_dropped():
    assert canonical_pages(f"Sở Y tế{PAGE_MARK} chủ trì.", [8]) == ("Sở Y tế chủ trì.", [8])


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem[:30])
def test_page_marks_change_no_character_of_a_corpus_document(path):
    text = path.read_text(encoding="utf-8")
    plain = canonical_text(text)
    word_starts = [m.start() for m in re.finditer(r"(?<=\s)\S", text)]
    breaks = sorted(random.Random(path.name).sample(word_starts, 15))
    canonical, starts = canonical_pages(text, breaks)
    assert canonical == plain
    assert starts == sorted(starts)
    crumb = re.match(r"[^\n]*?\d\S*/\S+(?: năm \d{4})?\.", text)  # a legal library's name of the document
    for offset, start in zip(breaks, starts, strict=True):
        word = text[offset:].split(None, 1)[0]
        line = text[text.rfind("\n", 0, offset) + 1 : offset + len(word)]
        if crumb and line.startswith(crumb.group(0)[: len(line)]):
            continue  # a word of the breadcrumb the library repeats before a line: dropped, its page starts after it
        if not word.strip("|"):
            continue  # a crawl's column separator ("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA ..."): layout, no character kept
        if " |" in text[text.rfind("\n", 0, offset) + 1 : text.find("\n", offset)] and offset < len(text) // 3:
            continue  # a cell of a crawl's two-column header ("BỘ NÔNG NGHIỆP | CỘNG HÒA ... |"), whose columns the
            # canonical text puts one after the other: a page starting inside a cell has no place in that order
        row = canonical[canonical.rfind("\n", 0, start) + 1 : canonical.find("\n", start)]
        if " | " in row and "|" not in line:
            continue  # a cell of a table a PDF flattened to one cell per line, rebuilt as a row whose cells go in
            # their columns' order: a page starting inside it has no place in that order
        if is_segmented(text):  # a segmenter's joints are the document's spaces: "kinh_tế" is "kinh tế"
            word = word.replace("_", " ")
        assert canonical[start:].startswith(canonical_text(word)), word


# -- headers typed with spaces and tabs (old Word files, "pdftotext -layout") --------------


@pytest.mark.parametrize(("text", "expected"), [
    (
        "   UBND TỈNH BÀ RỊA – VŨNG TÀU     CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n"
        "BQL CÁC KHU CÔNG NGHIỆP                Độc lập – Tự do – Hạnh phúc \n"
        "        BÀ RỊA – VŨNG TÀU \n"
        "       Số :          /QĐ. BQL–VP\t\t Vũng Tàu , ngày      tháng     năm 2007 \n"
        "\nQUYẾT ĐỊNH",
        ["UBND TỈNH BÀ RỊA – VŨNG TÀU", "BQL CÁC KHU CÔNG NGHIỆP", "BÀ RỊA – VŨNG TÀU", "Số : /QĐ. BQL–VP", "",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Vũng Tàu , ngày tháng năm 2007", "",
         "QUYẾT ĐỊNH"],
    ),
    (  # pdftotext -layout: the motto's second line stands alone on the right, the heading follows at once
        "    UBND TỈNH BÌNH ĐỊNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                                         Độc lập - Tự do - Hạnh phúc\n"
        "   Số: 12/TB-UBND                   Bình Định, ngày 05 tháng 01 năm 2024\n"
        "                              THÔNG BÁO",
        ["UBND TỈNH BÌNH ĐỊNH", "Số: 12/TB-UBND", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Bình Định, ngày 05 tháng 01 năm 2024", "", "THÔNG BÁO"],
    ),
    (  # a fixture written for this test: a header table read row by row, the issuer's rule beside the motto
        "THỦ TƯỚNG CHÍNH PHỦ\n-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 07/CT-TTg | Hà Nội, ngày 02 tháng 03 năm 2012\n\nCHỈ THỊ",
        ["THỦ TƯỚNG CHÍNH PHỦ", "--------", "Số: 07/CT-TTg", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 02 tháng 03 năm 2012", "", "CHỈ THỊ"],
    ),
], ids=["tabs-and-spaces", "pdftotext-layout", "table-rows-with-cell-bars"])
def test_header_typed_with_spaces_reads_column_by_column(text, expected):
    assert canonical_text(text).split("\n") == expected


@pytest.mark.parametrize("text", [
    "Điều 1.  Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.",
    "Căn cứ\tLuật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Giao Sở Tài chính  thẩm định, ngày càng nâng cao chất lượng dự toán.",
], ids=["double-space", "tab", "ngay-cang"])
def test_body_lines_with_wide_gaps_are_left_alone(text):
    assert canonical_text(text) == " ".join(text.replace("\t", " ").split())


def test_a_line_broken_inside_a_name_goes_on():
    """A fixture written for this test: a crawled circular whose items wrap after their first words,
    inside the name of the body they charge."""
    text = ("Điều 19. Tổ chức thực hiện\n"
            "1. Cục Điện lực có trách nhiệm trình Bộ Công Thương ban hành các quyết định về giá bán điện theo\n"
            "quy định tại Quyết định số 14/2025/QĐ-TTg và các quy định khác về giá điện của Chính phủ;\n"
            "2. Cơ quan chuyên môn về công thương thuộc Ủy ban nhân dân tỉnh có trách nhiệm:\n"
            "a) Sở Công\n"
            "Thương có trách nhiệm kiểm tra, giám sát các đơn vị bán lẻ điện thuộc địa bàn quản lý;\n"
            "b) Trình Bộ\n"
            "Công Thương ban hành văn bản hướng dẫn các vướng mắc phát sinh trong quá trình thực hiện.\n"
            "3. Mục tiêu\n"
            "Nâng cao chất lượng dịch vụ cung cấp điện cho khách hàng sử dụng điện trên địa bàn tỉnh.")
    lines = join_wrapped_lines(text, load_resources().line_joining).split("\n")
    assert "a) Sở Công Thương có trách nhiệm kiểm tra, giám sát các đơn vị bán lẻ điện thuộc địa bàn quản lý;" in lines
    assert any(line.startswith("b) Trình Bộ Công Thương ban hành văn bản") for line in lines)
    assert "3. Mục tiêu" in lines


@pytest.mark.parametrize(
    ("crawled", "parted"),
    [
        ("Vụ Tổ chức cán bộ có trách nhiệmhướng dẫn", "Vụ Tổ chức cán bộ có trách nhiệm hướng dẫn"),
        ("Kính gửi: BộCông Thương", "Kính gửi: Bộ Công Thương"),  # a capital starts the second word
        ("Căn cứ Nghị định số 20/2013/NĐ-CP ngày26/02/2013", "Căn cứ Nghị định số 20/2013/NĐ-CP ngày 26/02/2013"),
        ("tổchức thực hiện", "tổ chức thực hiện"),  # "tổc" takes no hỏi tone: one split only
        ("xuất khẩu quặng bôxit", "xuất khẩu quặng bôxit"),  # "xit" without a tone is no syllable
        ("cấp hộchiếu mới", "cấp hộ chiếu mới"),  # "hộ|chiếu", "hộc|hiếu": the lexicon's word decides
        ("đơn vịnghiên cứu", "đơn vị nghiên cứu"),  # "ghiên" is no syllable the lexicon holds
        ("tư tưởng Lênin", "tư tưởng Lênin"),  # "Lê|nin", "Lên|in": neither a word, left alone
        ("UBND tỉnh, COVID-19, Facebook, online", "UBND tỉnh, COVID-19, Facebook, online"),
        # a sentence's period glued to the next sentence; an abbreviation's and an address's are not
        ("kế hoạch năm 2021.Tuyệt đối không chủ quan.Tập trung khắc phục",
         "kế hoạch năm 2021. Tuyệt đối không chủ quan. Tập trung khắc phục"),
        ("Sở Xây dựng TP.Hồ Chí Minh, xem tại baochinhphu.vn", "Sở Xây dựng TP.Hồ Chí Minh, xem tại baochinhphu.vn"),
        # a clause's semicolon glued to the next clause; a code's hyphen parted from its number
        ("hoàn chỉnh kế hoạch...;Tổng cục Du lịch chủ trì", "hoàn chỉnh kế hoạch...; Tổng cục Du lịch chủ trì"),
        ("Ban Chỉ đạo phòng, chống dịch COVID- 19 tỉnh", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"),
        # any number word of the data, any case; a longer word that ends like one, or a code, is left
        ("theo Điều5 và khoản2, hoàn thành trong THÁNG12", "theo Điều 5 và khoản 2, hoàn thành trong THÁNG 12"),
        ("mã Xngày26, H5N1, COVID19", "mã Xngày26, H5N1, COVID19"),
        # a year glued to the Vietnamese word after it; a unit or a code after a year is left
        ("Ban Chỉ huy năm 2021đề nghị UBND các huyện; ngày 12/5/2021được giao",
         "Ban Chỉ huy năm 2021 đề nghị UBND các huyện; ngày 12/5/2021 được giao"),
        ("diện tích năm 2021ha, mã KH-2021đề, 2020NĐ", "diện tích năm 2021ha, mã KH-2021đề, 2020NĐ"),
    ],
    ids=["lowercase", "capital", "number", "stop-coda-tone", "loanword", "lexicon-word", "lexicon-syllable",
         "ambiguous", "not-vietnamese", "sentence-period", "abbreviation-period", "clause-semicolon", "code-hyphen",
         "number-words", "not-number-words", "year-glued", "year-unit-or-code"],
)
def test_glued_words_of_a_crawl_are_parted_one_way_only(crawled, parted):
    # fixtures written for this test, in the shapes legal-library crawls take
    assert canonical_text(crawled) == parted


@pytest.mark.parametrize(("line", "item"), [
    # fixtures written for this test: a bullet glued to the item's first word opens an item ...
    ("*Cục Chăn nuôi: hướng dẫn các địa phương tiêm phòng", True),
    ("•Sở Y tế: chỉ đạo các cơ sở y tế", True),
    # ... a line in italics does not: an article's photo caption, an editor's note
    ("*Thủ tướng yêu cầu các bộ rà soát dự án (Hình từ Internet)*", False),
    ("*Ghi chú: số liệu tính đến ngày 30/6 *", False),
])
def test_a_star_glued_to_a_capital_opens_an_item_unless_it_closes_the_line(line: str, item: bool) -> None:
    assert bool(ITEM_START.match(line)) is item


@pytest.mark.parametrize(("line", "item"), [
    # fixtures written for this test: an article or a clause opens an item ...
    ("Điều 2. Trách nhiệm thi hành", True),
    ("Điều 5: Tổ chức thực hiện", True),
    ("Khoản 1. Phạm vi điều chỉnh", True),
    # ... a citation a wrap put at a line's start does not ("theo quy định tại khoản 2" / "Điều 64 của Luật ...")
    ("Điều 64 của Luật Địa chất và khoáng sản và các yêu cầu sau:", False),
    ("Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân ...", False),
    ("Khoản 1 Điều 12 Thông tư số 36/2025/TT-BNNMT quy định:", False),
    ("Điều 12 Quyết định số 19/2015/QĐ-TTg.", False),
])
def test_an_article_s_number_opens_an_item_unless_a_sentence_cites_it(line: str, item: bool) -> None:
    assert bool(ITEM_START.match(line)) is item


@pytest.mark.parametrize(("title", "joined"), [
    # a numbered topic's title stands on its own line before the paragraph under it ...
    ("1.3. Về việc thống kê trữ lượng, khối lượng khoáng sản", False),
    ("II. VỀ CÔNG TÁC CÁN BỘ", False),
    # ... a sentence that opens on "Về" and wrapped goes on
    ("1. Về tồn tại, hạn chế: Ban Chỉ đạo thẳng thắn chỉ ra những hạn chế cần khắc phục trong việc xây dựng các",
     True),
])
def test_a_numbered_topic_s_title_stands_on_its_own_line(title: str, joined: bool) -> None:
    """A fixture written for this test: a department's letter wrapped at a fixed width."""
    text = "\n".join([
        "Sở Nông nghiệp và Môi trường đề nghị các tổ chức, cá nhân khai thác khoáng sản thực hiện",
        "nghiêm túc các quy định về thống kê, kiểm kê trữ lượng khoáng sản và báo cáo định kỳ.",
        title,
        "Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân khai thác",
        "khoáng sản có trách nhiệm thực hiện công tác thống kê trữ lượng hằng năm.",
    ])
    assert (f"{title} Khoản 1" in join_wrapped_lines(text)) is joined


@pytest.mark.parametrize(("line", "item"), [
    # fixtures written for this test: a part lettered in capitals opens an item, whatever case follows ...
    ("A. Nội dung cải cách hành chính từ nay đến năm 2030:", True),
    ("B. nội dung cải cách hành chính năm 2025:", True),
    ("C) Giải pháp thực hiện", True),
    # ... letters glued to what follows do not: a code, an abbreviation
    ("A.1 Tiêu chí đánh giá", False),
    ("TP. Hồ Chí Minh", False),
])
def test_a_capital_letter_and_a_stop_open_a_lettered_part(line: str, item: bool) -> None:
    assert bool(ITEM_START.match(line)) is item


@pytest.mark.parametrize(("crawled", "canonical"), [
    # fixtures written for this test: a consolidated text's footnote references glued to words go ...
    ("2. Bộ Nội vụ[6] chịu trách nhiệm chỉ đạo.", "2. Bộ Nội vụ chịu trách nhiệm chỉ đạo."),
    ("còn 03 bộ, cơ quan[2] và 09 địa phương[3].", "còn 03 bộ, cơ quan và 09 địa phương."),
    # ... the notes at the foot and numbers in brackets after a space or a figure stay
    ("[6] Cụm từ này được thay thế.", "[6] Cụm từ này được thay thế."),
    ("theo mẫu tại Phụ lục [2] kèm theo", "theo mẫu tại Phụ lục [2] kèm theo"),
])
def test_footnote_references_glued_to_a_word_are_dropped(crawled: str, canonical: str) -> None:
    assert canonical_text(crawled) == canonical


@pytest.mark.parametrize("text,expected", [
    ("-Tổ chức trực ban 24/24h", "- Tổ chức trực ban 24/24h"),
    ("  –Chỉ đạo các xã, thị trấn", "  – Chỉ đạo các xã, thị trấn"),
    ("+UBND tỉnh chỉ đạo", "+ UBND tỉnh chỉ đạo"),
    # a compound's dash before a small word, a figure, or a dash inside a line are the text's own
    ("dạy\n- học", "dạy\n- học"),
    ("-5 độ C", "-5 độ C"),
    ("Bà Rịa -Vũng Tàu", "Bà Rịa -Vũng Tàu"),
])
def test_a_bullet_typed_against_its_first_word_is_parted_from_it(text, expected):
    """Fixtures written for this test."""
    assert space_glued_bullets(text) == expected



@pytest.mark.parametrize(("title", "joined"), [
    # fixtures written for this test: an article's title stands on its line before the article's text ...
    ("Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra", False),
    # ... a line that only opens the article's sentence goes on ("Điều 3. Chánh" / "Văn phòng ...")
    ("Điều 3. Chánh", True),
    ("Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, Thủ trưởng các đơn vị có liên quan và các", True),
])
def test_an_article_s_title_stands_on_its_own_line(title: str, joined: bool) -> None:
    text = "\n".join([
        "      Điều 2. Đối tượng, phạm vi, nội dung, thời hạn và thời hiệu kiểm tra thực hiện theo quy định tại",
        "Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ về kiểm tra chuyên ngành.",
        "      " + title,
        "      Đoàn kiểm tra thực hiện nhiệm vụ và quyền hạn theo quy định tại Điều 8",
        "Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ, trong",
        "đó tập trung vào các nội dung sau đây:",
    ])
    lines = [" ".join(line.split()) for line in join_wrapped_lines(text).split("\n")]
    assert any(line.startswith(f"{title} Đoàn kiểm tra") for line in lines) is joined
