"""Markdown documents, and crawled Markdown saved as .txt: the text without its markup."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.evaluate import score_document
from pipeline.normalize import canonical_text
from pipeline.parsers import detect_format, read_document
from pipeline.parsers.markdown import looks_like_markdown, markdown_lines
from tests.fixtures.documents import SEED, crawled_markdown, seed_notice

from .conftest import CORPUS, CORPUS_DEV, SHARED

CORPUS_REAL = SHARED / "corpus-real" / "docs"
needs_real = pytest.mark.skipif(not CORPUS_REAL.is_dir(), reason="../shared/corpus-real is not present")

# The header of a crawled legal-library page: a table drawn with lone "|" lines, the
# issuer and motto in bold with "---" rules under them, the place and date in italics.
CRAWLED_HEADER = """\
|
**ỦY BAN NHÂN DÂN**
TỈNH ĐẮK LẮK
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 010/CT-UBND
|
*Đắk Lắk, ngày 17
tháng 11 năm 2025*
|
"""


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**Sở Y tế** chủ trì, *phối hợp* với __Sở Tài chính__ và _UBND_ huyện",
         ["Sở Y tế chủ trì, phối hợp với Sở Tài chính và UBND huyện"]),
        ("**BỘ VĂN HÓA, THỂ\nTHAO **", ["BỘ VĂN HÓA, THỂ", "THAO"]),
        ("**2.\nCác sở, ban, ngành****: **Là các đơn vị", ["2. Các sở, ban, ngành: Là các đơn vị"]),
        ("**2. Sở\nKhoa học và Công nghệ**\n\na) Bám sát", ["2. Sở Khoa học và Công nghệ", "", "a) Bám sát"]),
        ("**BỘ C****ÔNG THƯƠNG**", ["BỘ CÔNG THƯƠNG"]),
        ("*Chú thích: *Ghi rõ tên; __Nơi nhận: __", ["Chú thích: Ghi rõ tên; Nơi nhận:"]),
        ("(*) Đối với các xã, phường", ["(*) Đối với các xã, phường"]),
        ("Ngày ký: _____ tháng _____", ["Ngày ký: _____ tháng _____"]),
        ("# QUYẾT ĐỊNH\n## Điều 1. Phạm vi ##", ["QUYẾT ĐỊNH", "Điều 1. Phạm vi"]),
        ("**ỦY BAN NHÂN DÂN**\nTỈNH ĐẮK LẮK\n-------\nSố: 12/TB-UBND",
         ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 12/TB-UBND"]),
        ("3. Sở Y tế chủ trì;\n4. Sở Tài chính phối hợp.", ["3. Sở Y tế chủ trì;", "4. Sở Tài chính phối hợp."]),
        ("1. Sở Y tế;\n1. Sở Tài chính;\n1) Sở Nội vụ.", ["1. Sở Y tế;", "1. Sở Tài chính;", "1) Sở Nội vụ."]),
        ("5) Sở Xây dựng\n\n7) Sở Công Thương", ["5) Sở Xây dựng", "", "7) Sở Công Thương"]),
        ("1.\nNhận hồ sơ mở tài khoản", ["1.", "Nhận hồ sơ mở tài khoản"]),
        ("- Như trên;\n+ Sở Y tế: chủ trì;\n* Lưu: VT.", ["- Như trên;", "+ Sở Y tế: chủ trì;", "- Lưu: VT."]),
        ("1. - Sở Y tế\n2. Sở Tài chính", ["1. - Sở Y tế", "2. Sở Tài chính"]),
        ("kinh tế - xã hội giai đoạn 2016\n- 2020 và năm\n2025. Các sở",
         ["kinh tế - xã hội giai đoạn 2016", "- 2020 và năm", "2025. Các sở"]),
        ("* *\nSở Y tế", ["Sở Y tế"]),
        ("| TT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Xây dựng **kế hoạch** | Sở Tài chính |\n"
         "| 2 | Kiểm tra | Sở Xây dựng |",
         ["TT | Nội dung | Cơ quan chủ trì", "1 | Xây dựng kế hoạch | Sở Tài chính", "2 | Kiểm tra | Sở Xây dựng"]),
        # the rows a merged cell spans keep its place empty, so each cell stays under its header
        ("| TT | Nhóm | Nội dung | Cơ quan chủ trì |\n|---|---|---|---|\n| 1 | Thể chế | Rà soát | Sở Tư pháp |\n"
         "|  |  | Kiểm tra | Sở Nội vụ |",
         ["TT | Nhóm | Nội dung | Cơ quan chủ trì", "1 | Thể chế | Rà soát | Sở Tư pháp", "|  | Kiểm tra | Sở Nội vụ"]),
        ("| UBND TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
         "| Số: 12/TB-UBND | Bình Định, ngày 05 tháng 01 năm 2024 |",
         ["UBND TỈNH BÌNH ĐỊNH", "Số: 12/TB-UBND", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Bình Định, ngày 05 tháng 01 năm 2024"]),
        ("| TT | Nội dung |\nkhông có hàng phân cách", ["| TT | Nội dung |", "không có hàng phân cách"]),
        ("Sở Y tế chủ trì  \nphối hợp\\\nvới Sở Tài chính", ["Sở Y tế chủ trì", "phối hợp", "với Sở Tài chính"]),
        ('<div align="center"><b>THÔNG BÁO</b></div>\n\nKính gửi: <b>Sở Y tế</b><br>Sở Tài chính <!-- ghi chú -->',
         ["THÔNG BÁO", "", "Kính gửi: Sở Y tế", "Sở Tài chính"]),
        ("<p>Kính gửi:</p>\n<script>alert(1)</script>\n<p>Sở Y tế &amp; Sở Tài chính</p>",
         ["Kính gửi:", "Sở Y tế & Sở Tài chính"]),
        ("theo định dạng: <tenphuongxa>@bacninh.gov.vn", ["theo định dạng: <tenphuongxa>@bacninh.gov.vn"]),
        ("\\- 2020, \\*ghi chú\\*, 1\\. và &amp; &#7843;", ["- 2020, *ghi chú*, 1. và & ả"]),
        ("Xem [Quyết định 12](https://example.vn/qd12) và ![sơ đồ](a.png)", ["Xem Quyết định 12 và sơ đồ"]),
        ("Hết phần một.\n\n** **\n\n---\n\nPhần hai", ["Hết phần một.", "", "Phần hai"]),
        ("    Điều 1. Thụt lề bốn dấu cách", ["Điều 1. Thụt lề bốn dấu cách"]),
        ("> Trích: **Điều 5**", ["Trích: Điều 5"]),
        # a crawl's stray "****" leaves a bold span open over the next item, which still starts anew
        ("**2. Đẩy mạnh thể chế:**** **Các bộ trình\nChính phủ ban hành nghị định; nhiệm vụ thường\nxuyên.\n"
         "**3. Khẩn trương xây dựng\nchiến lược dữ liệu:**** (1)** Thanh tra ban hành.",
         ["2. Đẩy mạnh thể chế: Các bộ trình Chính phủ ban hành nghị định; nhiệm vụ thường xuyên.",
          "3. Khẩn trương xây dựng chiến lược dữ liệu: (1) Thanh tra ban hành."]),
        # a numbered heading in bold ends its line, also inside a paragraph: its text is below it
        ("trong năm 2026.\n**3. Cục\nĐiện ảnh**\nPhối hợp với Vụ Pháp chế",
         ["trong năm 2026.", "3. Cục Điện ảnh", "", "Phối hợp với Vụ Pháp chế"]),
        # a table that a line of text or the next table's head follows with no blank line ends there
        ("| Nơi nhận: - Như trên; | KT. BỘ TRƯỞNG |\n| --- | --- |\nPHỤ LỤC\n"
         "| TT | Nhiệm vụ | Chủ trì |\n| --- | --- | --- |\n| 1. | Rà soát | Cục A |\n| Tên | Ghi chú |\n|---|---|",
         ["Nơi nhận: - Như trên;", "", "KT. BỘ TRƯỞNG", "", "PHỤ LỤC", "", "TT | Nhiệm vụ | Chủ trì",
          "1. | Rà soát | Cục A", "", "Tên", "", "Ghi chú"]),
        # ... and a table whose head follows a paragraph's last line with no blank line starts there
        ("Các đơn vị triển khai thực hiện./.\n| Nơi nhận: - Như trên; | KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Hải |\n"
         "| --- | --- |",
         ["Các đơn vị triển khai thực hiện./.", "", "Nơi nhận: - Như trên;", "",
          "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Hải"]),
        # an item written as a paragraph of its own, its first line broken short before a name: one line;
        # the next item and a paragraph that is no item keep their lines
        ("a) Chỉ đạo, hướng dẫn hệ thống\nTuyên giáo và Dân vận trực thuộc tham mưu.\nb) Định hướng tuyên truyền.\n\n"
         "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
         ["a) Chỉ đạo, hướng dẫn hệ thống Tuyên giáo và Dân vận trực thuộc tham mưu.", "b) Định hướng tuyên truyền.",
          "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]),
        # a line break inside an emphasised phrase joins it: the motto, the place and date
        (CRAWLED_HEADER,
         ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "", "Số: 010/CT-UBND", "", "Đắk Lắk, ngày 17 tháng 11 năm 2025"]),
    ],
    ids=[
        "emphasis", "bold-split-over-lines", "bold-broken", "bold-heading-over-lines", "bold-inside-word",
        "italic-unmatched", "footnote-mark",
        "form-blanks", "atx-headings", "setext-keeps-issuer", "ordered-numbers-kept", "renumbering-ignored",
        "paren-numbers-kept", "number-above-its-text", "bullets", "nested-markers", "dash-and-number-in-paragraph",
        "empty-crawl-item", "gfm-table-rows", "gfm-merged-cells", "gfm-layout-table", "no-delimiter-no-table",
        "hard-breaks",
        "html-tags", "html-block", "not-html", "escapes-and-entities", "links-and-images", "rules", "indented-text",
        "blockquote", "stray-bold-over-the-next-item", "bold-numbered-heading-in-a-paragraph",
        "table-ended-without-a-blank-line", "table-started-without-a-blank-line", "item-paragraph-broken-short",
        "crawled-header",
    ],
)
def test_markdown_lines(source, expected):
    assert markdown_lines(source) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CRAWLED_HEADER, True),
        ("**THÔNG BÁO**\n\nKẾT LUẬN\n\n**I. ĐÁNH GIÁ CHUNG**", True),
        ("**THÔNG BÁO**\n\nSở Y tế chủ trì.", False),  # one pair is not enough
        ("|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|", False),  # a plain copy of the page
        ("QUY CHẾ\n*****\nĐiều 1.\n*****", False),
        ("* Kế toán thu: ...\n* Kế toán chi: ...", False),
        ("Quyết định (*) và Nghị định (*) nêu trên", False),
    ],
    ids=["crawled-header", "bold-headings", "one-pair", "bars-only", "star-separators", "star-bullets", "footnotes"],
)
def test_looks_like_markdown(text, expected):
    assert looks_like_markdown(text) is expected


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("thong-bao.md", "**THÔNG BÁO**".encode(), "markdown"),
        ("THONG-BAO.MARKDOWN", "Sở Y tế".encode(), "markdown"),
        ("thong-bao.md", b"%PDF-1.7\n...", "pdf"),
        ("thong-bao.md", "<div>**THÔNG BÁO**</div>".encode(), "markdown"),
        ("thong-bao.txt", "**THÔNG BÁO**".encode(), "txt"),
    ],
    ids=["md", "markdown-suffix", "pdf-named-md", "md-opening-with-html", "txt"],
)
def test_a_text_file_named_md_is_markdown(name, data, expected):
    assert detect_format(data, Path(name)) == expected


def test_plain_text_with_a_bar_drawn_header_stays_plain_text():
    assert read_document(CORPUS / "nv02_quangtri-ct-phong-chay-chua-chay-rung-2019.txt").format == "txt"


def test_crawled_markdown_of_the_seed_gives_its_tasks_and_header(tmp_path):
    path = tmp_path / "thong-bao.md"
    path.write_text(crawled_markdown(seed_notice()), encoding="utf-8")
    result = extract(path)
    assert result.document.format == "markdown"
    assert "**" not in result.document.text and "\n|\n" not in result.document.text
    # the same tasks as the plain seed, as the gold sees them (a bullet's wrapped lines are one
    # item in Markdown, where the plain copy breaks it into paragraphs)
    gold = json.loads((CORPUS / "gold" / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    crawled, plain = score_document(result, gold), score_document(extract(SEED), gold)
    assert (crawled.tasks.tp, crawled.tasks.fp, crawled.tasks.fn) == (plain.tasks.tp, plain.tasks.fp, plain.tasks.fn)
    assert (crawled.lead.f1, crawled.deadline_correct) == (plain.lead.f1, plain.deadline_correct)
    doc = result.document
    assert (doc.number, doc.issued_date.isoformat(), doc.signer) == ("12/TB-UBND", "2024-01-05", "Lê Huy Vũ")
    assert "bình định" in doc.issuer.casefold()


def _twins(source: Path, tmp_path: Path) -> tuple:
    data = source.read_bytes()
    (tmp_path / "doc.md").write_bytes(data)
    (tmp_path / "doc.txt").write_bytes(data)
    return extract(tmp_path / "doc.md"), extract(tmp_path / "doc.txt")


def _same(md, txt) -> None:
    assert md.document.format == txt.document.format == "markdown"
    assert md.document.text == txt.document.text
    assert md.model_dump(exclude={"document": {"source"}}) == txt.model_dump(exclude={"document": {"source"}})
    assert md.tasks


@pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="../shared/corpus-dev is not present")
def test_a_crawled_txt_and_its_md_twin_give_the_same_result(tmp_path):
    md, txt = _twins(CORPUS_DEV / "docs" / "402_daklak-ct-012-cai-cach-thu-tuc-hanh-chinh-2025.txt", tmp_path)
    _same(md, txt)
    assert md.document.number == "012/CT-UBND"
    assert md.document.issued_date.isoformat() == "2025-11-26"


@needs_real
def test_a_crawled_md_and_its_txt_twin_give_the_same_result(tmp_path):
    md, txt = _twins(next(CORPUS_REAL.glob("Chi-thi-010-CT-UBND-2025-*.md")), tmp_path)
    _same(md, txt)
    assert md.document.issuer == "UBND tỉnh Đắk Lắk"


_WORD = re.compile(r"[^\W_]+")


@needs_real
def test_every_real_crawled_page_is_read_with_all_its_words_in_order():
    """Markup goes, every word of the page stays, in order (about 5 s for the 257 pages)."""
    files = sorted(CORPUS_REAL.glob("*.md"))
    assert len(files) >= 250
    for path in files:
        raw = read_document(path)
        assert raw.format == "markdown"
        source = html.unescape(path.read_text(encoding="utf-8")).replace("*", "").replace("\\", "")
        assert _WORD.findall(raw.text) == _WORD.findall(source), path.name
        text = canonical_text(raw.text)
        assert "**" not in text, path.name


def test_an_item_line_inside_a_list_item_stays_a_line():
    # a fixture written for this test: a crawl wraps a numbered item's actors, then its lettered items
    source = ("1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố\n"
              "a) Tập trung triển khai các nhiệm vụ.\nb) Hoàn thành 100% thủ tục trực tuyến.\n")
    assert markdown_lines(source) == [
        "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
        "a) Tập trung triển khai các nhiệm vụ.", "b) Hoàn thành 100% thủ tục trực tuyến."]


# A fixture written for this test: a task table as a legal library's page draws it, each cell
# on its own line between lines holding only "|", two "|" between rows, "** **" an empty cell.
DRAWN_TABLE = "\n".join([
    "|", "**STT**", "|", "**Tên nhiệm vụ/dự", "án**", "|", "**Cơ quan chủ trì**", "|", "**Cơ quan phối hợp**",
    "|", "**Thời gian triển", "khai**", "|",
    "|", "**I**", "|", "**CƠ CHẾ, CHÍNH SÁCH**", "|", "** **", "|", "** **", "|", "** **", "|",
    "|", "1", "|", "Rà soát các luật, nghị định có liên quan", "|", "Bộ Xây dựng", "|", "Các bộ, ngành liên",
    "quan", "|", "2026", "|",
    "|", "2", "|", "Chuẩn hóa danh mục dữ liệu kết cấu hạ tầng", "|", "Bộ Xây dựng", "|", "Bộ Khoa học và Công nghệ",
    "|", "2026-2027", "|",
])


def test_a_drawn_task_table_is_read_one_row_per_line(tmp_path):
    assert markdown_lines(DRAWN_TABLE) == [
        "STT | Tên nhiệm vụ/dự án | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian triển khai", "",
        "I | CƠ CHẾ, CHÍNH SÁCH |  |  |", "",
        "1 | Rà soát các luật, nghị định có liên quan | Bộ Xây dựng | Các bộ, ngành liên quan | 2026", "",
        "2 | Chuẩn hóa danh mục dữ liệu kết cấu hạ tầng | Bộ Xây dựng | Bộ Khoa học và Công nghệ | 2026-2027"]
    path = tmp_path / "ke-hoach.md"
    path.write_text("KẾ HOẠCH\n\nTriển khai chuyển đổi số\n\n" + DRAWN_TABLE + "\n", encoding="utf-8")
    tasks = extract(path).tasks
    assert [(t.lead[0].name, t.support[0].name, t.deadline.due.isoformat()) for t in tasks] == [
        ("Bộ Xây dựng", "Các bộ, ngành liên quan", "2026-12-31"),
        ("Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "2027-12-31")]


def test_a_drawn_two_column_header_keeps_its_cells_apart():
    header = ("|\n**ỦY BAN NHÂN DÂN**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố: 12/KH-UBND\n|\n"
              "Hà Nội, ngày 1\n|")
    assert "|" not in " ".join(markdown_lines(header))


def test_a_drawn_table_after_the_closing_in_one_run_of_lines():
    # the crawl left no blank line between the closing, the annex title and the table
    source = "|\nNơi nhận:\n- Như trên;\n|\n**BỘ TRƯỞNG**\n|\n**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n" + DRAWN_TABLE
    lines = markdown_lines(source)
    assert "Nơi nhận:" in lines and "| Nơi nhận:" not in " ".join(lines)
    assert "1 | Rà soát các luật, nghị định có liên quan | Bộ Xây dựng | Các bộ, ngành liên quan | 2026" in lines


# A fixture written for this test: a task table whose last column ("Nguồn kinh phí") is merged
# over the rows below the first, so those rows are a cell short; parts have title rows.
MERGED_TABLE = "\n".join([
    "|", "**TT**", "|", "**Nhiệm vụ**", "|", "**Cơ quan chủ trì**", "|", "**Cơ quan phối hợp**", "|",
    "**Thời gian dự kiến hoàn thành**", "|", "**Nguồn kinh phí**", "|",
    "|", "**I**", "|", "**Hoàn thiện thể chế**", "|",
    "|", "1", "|", "Phối hợp rà soát, sửa đổi Luật Quy hoạch", "|", "Sở Tài chính", "|", "Các sở, ngành", "|",
    "Quý IV/2025", "|", "Chi thường xuyên", "|",
    "|", "2", "|", "Phối hợp góp ý Thông tư hướng dẫn", "|", "Sở Tài chính", "|", "Các sở, ngành", "|",
    "Năm 2025 - 2026", "|",
    "|", "3", "|", "Tham gia rà soát thủ tục hành chính về quy hoạch", "|", "Sở Xây dựng", "|", "Sở Tài chính", "|",
    "Quý II/2027", "|",
])


def test_a_drawn_table_with_a_merged_last_column(tmp_path):
    path = tmp_path / "quyet-dinh.md"
    path.write_text("KẾ HOẠCH\n\nTriển khai hệ thống thông tin quy hoạch\n\n" + MERGED_TABLE + "\n", encoding="utf-8")
    tasks = extract(path).tasks
    assert [(t.lead[0].name, t.support[0].name, t.deadline.due.isoformat()) for t in tasks] == [
        ("Sở Tài chính", "Các sở, ngành", "2025-12-31"), ("Sở Tài chính", "Các sở, ngành", "2026-12-31"),
        ("Sở Xây dựng", "Sở Tài chính", "2027-06-30")]


def test_rows_of_a_drawn_table_of_figures_are_no_tasks(tmp_path):
    # a fixture written for this test: an annex of results, drawn like a task table but with no task column
    figures = "\n".join([
        "|", "**TT**", "|", "**Bộ, ngành**", "|", "**Tổng số TTHC**", "|", "**Đã cắt giảm**", "|", "**Tỷ lệ (%)**", "|",
        "|", "1.", "|", "Bộ Tư pháp", "|", "19", "|", "12", "|", "100", "|",
        "|", "2.", "|", "Bộ Y tế", "|", "103", "|", "67", "|", "65,05", "|",
        "|", "3.", "|", "Bộ Công an", "|", "169", "|", "102", "|", "60,36", "|",
    ])
    path = tmp_path / "phu-luc.md"
    path.write_text("PHỤ LỤC I\n\nTỔNG HỢP KẾT QUẢ THỰC HIỆN\n\n" + figures + "\n", encoding="utf-8")
    assert "2. | Bộ Y tế | 103 | 67 | 65,05" in read_document(path).text
    assert extract(path).tasks == []


# A fixture written for this test: a plan's annex of targets, three columns drawn as a legal
# library draws them, a part's title in one merged cell between the numbered rows.
DRAWN_TARGETS = "\n".join([
    "|", "**TT**", "|", "**Chỉ tiêu**", "|", "**Chủ trì**", "|",
    "|", "|", "**I. Kinh tế số**", "|", "|",
    "|", "1", "|", "Kinh tế số chiếm 45% GRDP tỉnh.", "|", "Sở Tài chính", "|",
    "|", "2", "|", "Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số đạt 60%.", "|", "Sở Khoa học và Công nghệ",
    "|",
    "|", "3", "|", "Tỷ lệ người dân có tài khoản định danh điện tử đạt 80%.", "|", "Công an tỉnh", "|",
])


def test_a_drawn_table_of_three_columns_numbered_by_tt(tmp_path):
    lines = [line for line in markdown_lines(DRAWN_TARGETS) if line]
    assert lines[0] == "TT | Chỉ tiêu | Chủ trì" and lines[2] == "1 | Kinh tế số chiếm 45% GRDP tỉnh. | Sở Tài chính"
    path = tmp_path / "ke-hoach.md"
    path.write_text("KẾ HOẠCH\n\nPhát triển kinh tế số\n\n" + DRAWN_TARGETS + "\n", encoding="utf-8")
    assert [t.lead[0].name for t in extract(path).tasks] == ["Sở Tài chính", "Sở Khoa học và Công nghệ",
                                                             "Công an tỉnh"]


def test_three_drawn_columns_without_a_number_column_stay_blocks():
    layout = "\n".join(["|", "Nội dung bên trái", "|", "Điều 2. Giao Sở Y tế chủ trì triển khai.", "|", "Bên phải",
                        "|", "|", "a", "|", "b", "|", "c", "|", "|", "d", "|", "e", "|", "f", "|"])
    assert not any(" | " in line for line in markdown_lines(layout))
