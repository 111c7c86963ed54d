"""Text a word segmenter went through ("Uỷ_ban_nhân_dân", "các sở , ban , ngành"). The documents here
are fixtures written for these tests."""

from pipeline import extract_text
from pipeline.normalize import canonical_text
from pipeline.segmented import is_segmented, unsegment_words

PLAIN = """CHỈ THỊ
Về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030
Thực hiện Chỉ thị số 18/CT-TTg ngày 21/5/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Tài chính chủ trì, phối hợp với các sở, ngành hướng dẫn xây dựng kế hoạch (hoàn thành trước ngày 30/6/2025).
2. Cục Thống kê tỉnh cung cấp số liệu thống kê cho các cơ quan, đơn vị xây dựng kế hoạch.
3. Sở Nội vụ tổng hợp nhu cầu biên chế, báo cáo Ủy ban nhân dân tỉnh trong tháng 7/2025.
"""

SEGMENTED = """CHỈ_THỊ
Về việc xây_dựng kế_hoạch phát_triển kinh_tế - xã_hội 5 năm 2026 - 2030
Thực_hiện Chỉ_thị số 18/CT-TTg ngày 21/5/2025 của Thủ_tướng Chính_phủ , Ủy_ban_nhân_dân tỉnh yêu_cầu :
1 . Sở Tài_chính chủ_trì , phối_hợp với các sở , ngành hướng_dẫn xây_dựng kế_hoạch ( hoàn_thành trước ngày 30/6/2025 ) .
2 . Cục Thống_kê tỉnh cung_cấp số_liệu thống_kê cho các cơ_quan , đơn_vị xây_dựng kế_hoạch .
3 . Sở Nội_vụ tổng_hợp nhu_cầu biên_chế , báo_cáo Ủy_ban_nhân_dân tỉnh trong tháng 7/2025 .
"""


def test_a_segmented_text_is_told_by_its_joints():
    assert is_segmented(SEGMENTED)
    assert not is_segmented(PLAIN)
    assert not is_segmented(PLAIN + "Gửi hồ sơ về hop_thu@example.vn, tệp bao_cao_thang_6.docx.\n")


def test_its_words_and_punctuation_are_spelled_as_in_the_plain_text():
    assert unsegment_words(SEGMENTED) == PLAIN


def test_a_text_with_a_few_joints_is_left_as_it_is():
    text = PLAIN + "Gửi hồ sơ về hop_thu@example.vn, tệp bao_cao_thang_6.docx.\n"
    assert unsegment_words(text) == text


def test_a_segmented_document_gives_the_tasks_of_the_plain_one():
    assert canonical_text(SEGMENTED) == canonical_text(PLAIN)

    def tasks(text):
        return [([a.name for a in t.lead], [a.name for a in t.support], t.deadline and t.deadline.due)
                for t in extract_text(text).tasks]

    found = tasks(SEGMENTED)
    assert found == tasks(PLAIN)
    assert [lead for lead, _, _ in found] == [["Sở Tài chính"], ["Cục Thống kê tỉnh"], ["Sở Nội vụ"]]


def test_a_page_that_starts_at_set_apart_punctuation_starts_there_once_it_is_attached():
    from pipeline.normalize import canonical_pages

    comma = SEGMENTED.index(" , ") + 1
    canonical, starts = canonical_pages(SEGMENTED, [comma])
    assert canonical == canonical_text(SEGMENTED)
    assert canonical[starts[0]] == ","
