"""DOCX: reading order, list numbers Word keeps outside the text, tables, legacy fonts."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from pipeline import extract
from pipeline.errors import ParseError
from pipeline.normalize import canonical_text
from pipeline.parsers import read_document
from pipeline.parsers.tables import table_lines
from tests.fixtures.documents import ISSUER, MOTTO, NUMBER, PLACE_DATE, SMALL_NOTICE, docx_files


@pytest.fixture(scope="session")
def files(tmp_path_factory):
    return docx_files(tmp_path_factory)


def _lines(path) -> list[str]:
    return [line for line in canonical_text(read_document(path).text).split("\n") if line]


def test_header_table_is_read_column_by_column(files):
    lines = _lines(files["small"])
    assert lines[:5] == [ISSUER, NUMBER, *MOTTO, PLACE_DATE]
    assert lines[5:7] == [SMALL_NOTICE.heading, SMALL_NOTICE.title]


def test_list_labels_come_back(files):
    lines = _lines(files["small"])
    body = lines[7 : 7 + len(SMALL_NOTICE.body)]
    assert body == list(SMALL_NOTICE.body)


def test_closing_table_gives_recipients_then_signature(files):
    lines = _lines(files["small"])
    closing = lines[lines.index("Nơi nhận:") :]
    assert closing == ["Nơi nhận:", *SMALL_NOTICE.recipients, *SMALL_NOTICE.signature, SMALL_NOTICE.signer]


def test_list_formats_caps_hidden_text_and_tables(files):
    raw = [line for line in read_document(files["features"]).text.split("\n") if line]
    assert raw == [
        "I. ĐÁNH GIÁ KẾT QUẢ",
        "1. Về kinh tế",
        "a) Tăng trưởng đạt 7%",
        "b) Thu ngân sách vượt dự toán",
        "2. Về xã hội",
        "II. NHIỆM VỤ NĂM 2024",
        "1. Về đầu tư",  # a deeper level restarts under a new parent
        "1. Giao vốn",
        "1.1. Giải ngân vốn",  # legal numbering: "%1.%2."
        "1.2. Quyết toán vốn",
        "• Báo cáo định kỳ",  # Symbol-font bullet
        "○ Báo cáo tháng",  # Courier "o"
        "+ Kiểm tra hồ sơ",
        "Nơi CHỦ TRÌ: Sở Tài chính.",  # "all caps" formatting is what the reader sees
        "Văn bản có hiệu lực từ ngày ký.",  # hidden text is not
        "STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn",
        "1 | Xây dựng kế hoạch chuyển đổi số | Sở Thông tin và Truyền thông | Quý II/2024",
        "2 | Rà soát quy hoạch | Sở Kế hoạch và Đầu tư | 30/6/2024",
        "Các đơn vị báo cáo kết quả trước ngày 15/12/2024.",
    ]


@pytest.mark.parametrize("name", ["small_tcvn3", "small_vni"])
def test_legacy_fonts_are_converted(files, name):
    doc = read_document(files[name])
    assert doc.meta["encoding"] == name.split("_")[1]
    lines = [line for line in canonical_text(doc.text).split("\n") if line]
    body = lines[7 : 7 + len(SMALL_NOTICE.body)]
    assert body == list(SMALL_NOTICE.body)
    assert NUMBER in lines and PLACE_DATE in lines


def test_tcvn3_headings_in_the_capitals_font_stay_as_stored(files):
    # .VnTimeH draws small letters as capitals; the transcripts of real files keep them small.
    lines = read_document(files["small_tcvn3"]).text.split("\n")
    assert lines[0] == ISSUER.lower()
    assert "tl. chủ tịch" in lines


def _extracted(path) -> tuple:
    result = extract(path)
    document = result.document
    tasks = [(t.action, [a.name for a in t.lead], t.deadline and t.deadline.due) for t in result.tasks]
    return document.doc_type, document.number, document.issued_date, document.signer, document.recipients, tasks


@pytest.mark.parametrize("name", ["small_tcvn3", "small_vni", "small_tcvn3_print"])
def test_legacy_font_files_give_the_unicode_file_s_output(files, name):
    # the headings and "tl. chủ tịch" of a .VnTimeH file come out in small letters
    expected = _extracted(files["small"])
    assert expected[1:4] == ("12/TB-UBND", dt.date(2024, 1, 5), SMALL_NOTICE.signer)
    assert _extracted(files[name]) == expected


def test_soft_hyphen_element_is_the_tcvn3_letter_u_horn(tmp_path):
    # LibreOffice saves TCVN3's 0xAD (ư) from a .doc as <w:softHyphen/>.
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Th«ng t")
    run.font.name = ".VnTime"
    run._r.append(run._r.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}softHyphen", {}))
    paragraph.add_run(" liªn tÞch sè 30/2000/TTLT h")
    tail = paragraph.runs[-1]._r
    tail.append(tail.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}softHyphen", {}))
    paragraph.add_run("íng dÉn chÕ ®é qu¶n lý tµi chÝnh")
    path = tmp_path / "soft.docx"
    document.save(path)
    assert canonical_text(read_document(path).text) == (
        "Thông tư liên tịch số 30/2000/TTLT hướng dẫn chế độ quản lý tài chính"
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["UBND TỈNH\nSố: 5/TB", "CỘNG HÒA\nĐộc lập"]], ["UBND TỈNH", "Số: 5/TB", "", "CỘNG HÒA", "Độc lập", ""]),
        (
            [["Nơi nhận:\n- Như trên;", "", "TM. UBND\nChủ tịch"]],
            ["Nơi nhận:", "- Như trên;", "", "TM. UBND", "Chủ tịch", ""],
        ),
        (
            [["STT", "Nội dung", "Thời hạn"], ["1", "Báo cáo\nquý I", "31/3"]],
            ["STT | Nội dung | Thời hạn", "1 | Báo cáo quý I | 31/3", ""],
        ),
        ([["", ""], ["", ""]], []),
        (
            [["TT", "Nhóm", "Hoạt động", "Chủ trì", "Ghi chú"], ["1", "Thể chế", "Rà soát", "Sở Tư pháp", ""],
             ["", "", "Kiểm tra", "Sở Nội vụ", ""]],
            ["TT | Nhóm | Hoạt động | Chủ trì | Ghi chú", "1 | Thể chế | Rà soát | Sở Tư pháp",
             "|  | Kiểm tra | Sở Nội vụ", ""],
        ),
    ],
    ids=["header", "closing-with-spacer", "data-table", "empty", "merged-cells-keep-their-column"],
)
def test_table_lines(rows, expected):
    assert table_lines(rows) == expected


def test_a_broken_docx_is_a_parse_error(tmp_path):
    import zipfile

    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<not-closed")
    with pytest.raises(ParseError, match="broken.docx"):
        read_document(path)


def test_rows_under_a_merged_cell_keep_their_columns(tmp_path):
    """A fixture written for this test: a plan's task table whose group cells Word merges down two
    rows; the second row's lead is still read from the lead column."""
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Triển khai cải cách hành chính năm 2025")
    table = document.add_table(rows=4, cols=5)
    rows = [["TT", "Nhóm nhiệm vụ", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["1", "Cải cách thể chế", "Rà soát các quy định về thủ tục đầu tư", "Sở Tư pháp", "Quý II/2025"],
            ["", "", "Công bố danh mục thủ tục hành chính mới", "Văn phòng UBND tỉnh", "Quý III/2025"],
            ["2", "Cải cách tài chính công", "Giao quyền tự chủ cho đơn vị sự nghiệp", "Sở Tài chính", "Năm 2025"]]
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 1).merge(table.cell(2, 1)).text = "Cải cách thể chế"
    table.cell(1, 0).text = "1"
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    tasks = extract(path).tasks
    assert [(t.lead[0].name, t.deadline.due.isoformat()) for t in tasks] == [
        ("Sở Tư pháp", "2025-06-30"), ("Văn phòng UBND tỉnh", "2025-09-30"), ("Sở Tài chính", "2025-12-31")]
