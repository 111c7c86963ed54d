"""A file's name gives the number of a document whose text lost its header."""

from __future__ import annotations

import pytest

from pipeline.api import extract, read_metadata
from pipeline.extractors.issuer import issuer_from_notation
from pipeline.source_name import number_from_name

NAMES = [
    ("Cong-van-6357-UBND-NC-2025-tang-cuong-quan-ly.md", "6357/UBND-NC", 2025),
    ("Quyet-dinh-102-2025-QD-UBND-tieu-chuan-dinh-muc.md", "102/2025/QĐ-UBND", 2025),
    ("Cong-dien-219-CD-TTg-2025-kip-thoi-khac-phuc.md", "219/CĐ-TTg", 2025),
    ("Nghi-quyet-62-2025-NQ-HDND-muc-ho-tro.md", "62/2025/NQ-HĐND", 2025),
    ("Quyet-dinh-144-2025-QD-CTUBND-Quy-che-quan-ly.md", "144/2025/QĐ-CTUBND", 2025),
    ("Thong-bao-655-TB-VPCP-2025-ket-luan.md", "655/TB-VPCP", 2025),
    ("Ke-hoach-0204-KH-UBND-2025-Tai-chinh.md", "0204/KH-UBND", 2025),
    ("Nghi-quyet-66-8-2025-NQ-CP-tach-noi-dung.md", "66.8/2025/NQ-CP", 2025),  # a dotted serial
]


@pytest.mark.parametrize(("name", "number", "year"), NAMES, ids=[n[0][:24] for n in NAMES])
def test_number_and_year_from_a_library_file_name(name, number, year, resources):
    named = number_from_name(name, resources)
    assert named is not None and (named.number, named.year) == (number, year)


@pytest.mark.parametrize("name", ["notice.txt", "Quyet-dinh-moi.md", "Cong-van-12-khong-nam.md", "2025-report.pdf"])
def test_names_that_spell_no_number(name, resources):
    assert number_from_name(name, resources) is None


# A fixture written for this test: a letter whose crawl kept only the body.
BODY = ("Kính gửi: Sở Y tế.\n\nỦy ban nhân dân Thành phố giao Sở Y tế chủ trì rà soát chi phí "
        "khám bệnh, chữa bệnh bảo hiểm y tế, báo cáo trước ngày 15/12/2025.\n")


def test_a_text_without_header_takes_the_number_of_its_file_name(tmp_path):
    path = tmp_path / "Cong-van-6357-UBND-NC-2025-tang-cuong-quan-ly.txt"
    path.write_text(BODY, encoding="utf-8")
    result = extract(path)
    assert result.document.number == "6357/UBND-NC"
    assert any("file name" in w for w in result.warnings)
    assert read_metadata(path).number == "6357/UBND-NC"
    # the date is lost with the header: the year of issue is the file name's, and it completes
    # a deadline written without one
    assert result.document.issued_date is None and result.document.issued_year == 2025
    assert result.tasks[0].deadline.due.isoformat() == "2025-12-15"


def test_a_year_the_text_states_beats_the_file_name(tmp_path):
    path = tmp_path / "Quyet-dinh-12-2019-QD-UBND-ve-viec.txt"
    path.write_text("QUYẾT ĐỊNH\nSố: 12/2024/QĐ-UBND\n\n" + BODY, encoding="utf-8")
    meta = read_metadata(path)
    assert (meta.number, meta.issued_date, meta.issued_year) == ("12/2024/QĐ-UBND", None, 2024)


def test_the_text_s_own_number_wins_over_the_file_name(tmp_path):
    path = tmp_path / "Cong-van-9999-UBND-NC-2025-khac.txt"
    path.write_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 6357/UBND-NC\nV/v tăng cường quản lý\n\n"
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    "Hà Nội, ngày 21 tháng 11 năm 2025\n\n" + BODY, encoding="utf-8")
    result = extract(path)
    assert result.document.number == "6357/UBND-NC"
    assert result.document.issued_year == 2025
    assert not any("file name" in w for w in result.warnings)


def test_a_document_that_lost_its_header_takes_the_type_its_number_spells(tmp_path):
    """A fixture written for this test: a decision's crawl kept only its attached list."""
    path = tmp_path / "Quyet-dinh-2827-QD-UBND-2025-cong-bo-thu-tuc-hanh-chinh.md"
    path.write_text("| STT | Tên thủ tục hành chính | Lĩnh vực |\n| 1 | Quyết định điều chuyển tài sản công | "
                    "Quản lý công sản |\n", encoding="utf-8")
    document = extract(path).document
    assert (document.number, document.doc_type) == ("2827/QĐ-UBND", "decision")
    letter = tmp_path / "Cong-van-6357-UBND-NC-2025-tang-cuong-quan-ly.txt"  # a letter's notation spells no type
    letter.write_text(BODY, encoding="utf-8")
    assert extract(letter).document.doc_type != "decision"


# Numbers and the issuer their code names (Decree 30/2020/NĐ-CP: the type's code, then the issuer's; a
# letter has no type code). The texts are fixtures written for this test: where the code says only "a
# People's Committee", the text says which.
NOTATIONS = [
    ("44/2025/TT-NHNN", False, "", "Ngân hàng Nhà nước Việt Nam"),
    ("299/QĐ-TANDTC", False, "", "Tòa án nhân dân tối cao"),
    ("9634/BCT-TTTN", True, "", "Bộ Công Thương"),
    ("5534/CT-CS", True, "", "Cục Thuế"),  # a letter: "CT" is the issuer, not the type "Chỉ thị"
    ("37415/CHQ-NVTHQ", True, "", "Cục Hải quan"),
    ("102/2025/QĐ-UBND", False, "Cơ quan thuộc phạm vi quản lý của tỉnh Tuyên Quang; Sở Tài chính tỉnh Tuyên "
     "Quang hướng dẫn, tỉnh Thái Nguyên phối hợp.", "UBND tỉnh Tuyên Quang"),
    ("5742/QĐ-UBND", False, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\ncấp tỉnh\nChấp thuận", "UBND thành phố Hà Nội"),
    ("102/2025/QĐ-UBND", False, "Quy định tiêu chuẩn sử dụng xe ô tô chuyên dùng.", None),  # no place said
    ("07-CTr/TU", False, "", None),  # a Party notation
    ("12/QĐ-XYZ", False, "", None),  # a code the table lacks
]


@pytest.mark.parametrize(("number", "letter", "text", "issuer"), NOTATIONS, ids=[f"{n[0]}-{n[3]}" for n in NOTATIONS])
def test_the_issuer_a_number_s_code_names(number, letter, text, issuer, resources):
    assert issuer_from_notation(number, letter, text, resources) == issuer


def test_a_text_without_header_takes_the_issuer_its_file_name_s_number_names(tmp_path):
    path = tmp_path / "Cong-van-9634-BCT-TTTN-2025-dieu-hanh-kinh-doanh-xang-dau.txt"
    path.write_text("Kính gửi: Các thương nhân đầu mối kinh doanh xăng dầu.\n\nĐề nghị các thương nhân "
                    "đầu mối thực hiện giá cơ sở kể từ ngày 04/12/2025.\n", encoding="utf-8")
    assert extract(path).document.issuer == "Bộ Công Thương"


def test_the_code_of_the_file_name_s_number_beats_the_text_s_guess(tmp_path):
    """A fixture written for this test: a Government Office notice that kept only the conclusions it
    reports; the text shows the Prime Minister concluding, the number names the office."""
    path = tmp_path / "Thong-bao-655-TB-VPCP-2025-ket-luan-tai-buoi-lam-viec.txt"
    path.write_text("Ngày 20/11/2025, Thủ tướng Chính phủ đã kết luận như sau:\n\n1. Bộ Xây dựng khẩn trương hoàn "
                    "thiện hồ sơ dự án, báo cáo trước ngày 15/12/2025.\n", encoding="utf-8")
    assert extract(path).document.issuer == "Văn phòng Chính phủ"
