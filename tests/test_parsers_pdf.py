"""PDF text layers: two-column header and closing, running lines, paragraphs, tables, TCVN3."""

from __future__ import annotations

import bisect
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from pipeline import extract
from pipeline.errors import LimitError, ParseError, PasswordError
from pipeline.normalize import canonical_text
from pipeline.parsers import ReadOptions, read_document
from pipeline.parsers import pdf as pdf_parser
from pipeline.parsers.layout import Line, Page, Word, column_zone, group_lines
from pipeline.parsers.reflow import render
from tests.fixtures.documents import (
    ISSUER,
    LEGACY_FILES,
    MOTTO,
    NUMBER,
    PLACE_DATE,
    SMALL_NOTICE,
    closing_split_pdfs,
    docx_files,
    multipage_notice,
    pdf_files,
)
from tests.fixtures.pdfs import make_pdf, notice_pages
from tests.fixtures.tools import needs_soffice, require_soffice

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory):
    require_soffice()  # it prints the test PDFs
    return pdf_files(tmp_path_factory)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


# -- layout rules on hand-placed words (no external tool) ---------------------------------


def _line(*segments: tuple[float, str], top: float, size: float = 13) -> list[Word]:
    """Words of one line: each segment starts at x and its words are 6 pt apart."""
    words = []
    for x, text in segments:
        for token in text.split():
            width = 6.5 * len(token)
            words.append(Word(token, x, x + width, top, top + size, size))
            x += width + 3.5
    return words


def _page(rows: list[list[Word]]) -> list[Line]:
    return group_lines([word for row in rows for word in row])


HEADER = [
    _line((100, "UBND TỈNH BÌNH ĐỊNH"), (262, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), top=60),
    _line((318, "Độc lập - Tự do - Hạnh phúc"), top=78),
    _line((118, "Số: 12/TB-UBND"), (300, "Bình Định, ngày 05 tháng 01 năm 2024"), top=100),
]
TITLE = _line((280, "THÔNG BÁO"), top=140, size=14)
BODY = [
    _line((85, "Sáng ngày 02/01/2024, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh chủ trì họp"), top=170),
    _line((85, "về công tác chuyển đổi số, có ý kiến kết luận như sau, giao các sở thực hiện"), top=187),
]


def test_column_zone_finds_the_header_and_stops_at_the_title():
    lines = _page([*HEADER, TITLE, *BODY])
    found = column_zone(lines, width=595)
    assert found is not None
    count, split = found
    assert count == 3
    assert 220 < split < 262


def test_column_zone_ignores_a_page_of_body_text():
    assert column_zone(_page([TITLE, *BODY, *BODY]), width=595) is None


def test_column_zone_from_the_bottom_finds_the_closing_block():
    closing = [
        _line((85, "Nơi nhận:"), (360, "TL. CHỦ TỊCH"), top=600, size=12),
        _line((85, "- Như trên;"), (350, "KT. CHÁNH VĂN PHÒNG"), top=616, size=12),
        _line((85, "- Lưu: VT."), (345, "PHÓ CHÁNH VĂN PHÒNG"), top=632, size=12),
        _line((380, "Lê Huy Vũ"), top=700, size=12),
    ]
    count, split = column_zone(_page([*BODY, *closing]), width=595, from_bottom=True)
    assert count == 4
    assert 150 < split < 345


def test_words_in_a_legacy_font_are_converted_and_unicode_words_kept():
    def word(text, x0, font_encoding):
        return Word(text, x0, x0 + 6 * len(text), 100, 113, 13, font_encoding)

    # ".VnTime" runs (TCVN3, ư shown as U+2212 by the text layer), a "VNI-Times" run, a Unicode run
    words = [word("Giao", 85, None), word("Së", 115, "tcvn3"), word("Th\u2212¬ng", 133, "tcvn3"),
             word("m¹i", 175, "tcvn3"), word("vaø", 200, "vni"), word("Sở", 222, None), word("Y", 240, None),
             word("tế", 250, None)]
    (line,) = group_lines(words)
    assert line.text == "Giao Sở Thương mại và Sở Y tế"


CLOSING_LINES = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


@pytest.mark.parametrize(
    ("page_1", "page_2", "break_before"),
    [
        (  # the block starts on the last line of page 1; both columns run on
            [_line((85, "Nơi nhận:"), (360, "TM. ỦY BAN NHÂN DÂN"), top=760, size=12)],
            [
                _line((85, "- Như trên;"), (375, "KT. CHỦ TỊCH"), top=60, size=12),
                _line((85, "- Lưu: VT."), (372, "PHÓ CHỦ TỊCH"), top=76, size=12),
                _line((385, "Lê Huy Vũ"), top=140, size=12),
            ],
            "- Như trên;",
        ),
        (  # only the signer's name goes over to page 2
            [
                _line((85, "Nơi nhận:"), (360, "TM. ỦY BAN NHÂN DÂN"), top=712, size=12),
                _line((85, "- Như trên;"), (375, "KT. CHỦ TỊCH"), top=728, size=12),
                _line((85, "- Lưu: VT."), (372, "PHÓ CHỦ TỊCH"), top=744, size=12),
            ],
            [_line((385, "Lê Huy Vũ"), top=60, size=12)],
            "Lê Huy Vũ",
        ),
    ],
    ids=["both-columns-run-on", "signer-alone"],
)
def test_closing_block_across_a_page_break_is_one_block(page_1, page_2, break_before):
    body = [_line((85, "có ý kiến kết luận như sau, giao các sở, ngành liên quan khẩn trương thực hiện"), top=600)]
    body.append(_line((113, "UBND tỉnh thông báo để các cơ quan biết, thực hiện./."), top=617))
    pages = [Page(595, 842, _page([*body, *page_1]), []), Page(595, 842, _page(page_2), [])]
    text, breaks = render(pages)
    lines = text.split("\n")
    assert lines[2:9] == CLOSING_LINES
    assert "Lê Huy Vũ" in lines[9:]
    assert text[breaks[0] :].startswith(break_before)


# -- PDFs printed by LibreOffice from DOCX ------------------------------------------------


@needs_soffice
def test_header_reads_as_two_columns_never_interleaved(pdfs):
    lines = _lines(read_document(pdfs["small"]).text)
    assert lines[:5] == [ISSUER, NUMBER, *MOTTO, PLACE_DATE]


@needs_soffice
def test_body_paragraphs_and_closing(pdfs):
    lines = _lines(canonical_text(read_document(pdfs["small"]).text))
    assert lines[5:7] == [SMALL_NOTICE.heading, SMALL_NOTICE.title]
    assert lines[7 : 7 + len(SMALL_NOTICE.body)] == list(SMALL_NOTICE.body)
    assert lines[7 + len(SMALL_NOTICE.body) :] == [
        "Nơi nhận:",
        *SMALL_NOTICE.recipients,
        *SMALL_NOTICE.signature,
        SMALL_NOTICE.signer,
    ]


@needs_soffice
@pytest.mark.parametrize("name", ["small", "multipage"])
def test_pdf_reads_like_the_docx_it_was_printed_from(pdfs, tmp_path_factory, name):
    docx = docx_files(tmp_path_factory)[name]
    assert canonical_text(read_document(pdfs[name]).text).replace("\n\n", "\n") == canonical_text(
        read_document(docx).text
    ).replace("\n\n", "\n")


@needs_soffice
def test_multipage_page_breaks_and_running_lines(pdfs):
    doc = read_document(pdfs["multipage"])
    with pdfplumber.open(pdfs["multipage"]) as pdf:
        assert len(pdf.pages) >= 3
        assert doc.pages == len(pdf.pages)
        assert len(doc.page_breaks) == len(pdf.pages) - 1
        pairs = zip(pdf.pages[1:], doc.page_breaks, strict=True)
        for number, (page, offset) in enumerate(pairs, start=2):
            page_lines = page.extract_text().split("\n")
            assert page_lines[0].strip() == str(number)  # the page number field ...
            first = page_lines[1].split()[0]
            assert doc.text[offset:].startswith(first)  # ... is gone, the text starts there
    assert doc.page_breaks == sorted(doc.page_breaks)
    lines = _lines(doc.text)
    assert not any(line.strip().isdigit() for line in lines)
    assert not any("Thông báo 12/TB-UBND của UBND tỉnh" in line for line in lines)
    body = _lines(canonical_text(doc.text))
    assert body[7 : 7 + len(multipage_notice().body)] == list(multipage_notice().body)


@pytest.fixture(scope="session")
def split_closings(tmp_path_factory):
    require_soffice()  # it prints the test PDFs
    return closing_split_pdfs(tmp_path_factory)


@needs_soffice
@pytest.mark.parametrize("name", ["both_columns", "signature_only"])
def test_closing_block_breaking_across_pages_reads_as_on_one_page(pdfs, split_closings, name):
    doc = read_document(split_closings[name])
    assert doc.pages == 2
    assert _lines(canonical_text(doc.text)) == _lines(canonical_text(read_document(pdfs["small"]).text))
    result = extract(split_closings[name])
    assert result.document.signer == SMALL_NOTICE.signer
    assert result.document.recipients == [r.lstrip("- ").rstrip(";.") for r in SMALL_NOTICE.recipients]


def _page_finder(path):
    """Where a passage sits in the PDF by pdfplumber's own page texts (page numbers left out)."""
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    flat, starts = "", []
    for text in texts:
        starts.append(len(flat))
        flat += " ".join(line for line in text.split("\n") if not line.strip().isdigit()) + " "
    flat = " ".join(flat.split())

    def page(passage: str, occurrence: int) -> int | None:
        found = [m.start() for m in re.finditer(re.escape(passage), flat)]
        return bisect.bisect_right(starts, found[occurrence]) if occurrence < len(found) else None

    return page


@needs_soffice
@pytest.mark.parametrize("name", ["multipage", "seed"])
def test_each_task_has_the_page_the_pdf_shows_it_on(pdfs, name):
    result = extract(pdfs[name])
    page_of = _page_finder(pdfs[name])
    text = result.document.text
    seen = []
    for task in result.tasks:
        passage = " ".join(task.span.text.split()[:6])
        before = " ".join(text[: task.span.start].split())
        seen.append((passage, task.span.page, page_of(passage, before.count(passage))))
    assert [page for _, page, _ in seen] == [expected for _, _, expected in seen], seen
    assert len({page for _, page, _ in seen}) >= 3

    lines = _lines(read_document(pdfs["features"]).text)
    assert lines[-4:] == [
        "STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn",
        "1 | Xây dựng kế hoạch chuyển đổi số | Sở Thông tin và Truyền thông | Quý II/2024",
        "2 | Rà soát quy hoạch | Sở Kế hoạch và Đầu tư | 30/6/2024",
        "Các đơn vị báo cáo kết quả trước ngày 15/12/2024.",
    ]
    assert "• Báo cáo định kỳ" in lines  # a Symbol-font bullet in the text layer


@needs_soffice
def test_tcvn3_text_layer_becomes_unicode(pdfs):
    doc = read_document(pdfs["small_tcvn3_print"])
    assert "Chñ tÞch UBND tØnh" in doc.text  # the raw layer is TCVN3, with no legacy font name
    lines = _lines(canonical_text(doc.text))
    assert lines[7 : 7 + len(SMALL_NOTICE.body)] == list(SMALL_NOTICE.body)
    assert lines[0] == ISSUER.lower()  # typed for .VnTimeH: small letters drawn as capitals
    result, unicode = extract(pdfs["small_tcvn3_print"]), extract(pdfs["small"])
    assert result.document.signer == unicode.document.signer == SMALL_NOTICE.signer
    assert result.document.number == unicode.document.number
    assert [t.action for t in result.tasks] == [t.action for t in unicode.tasks]


def test_real_tcvn3_pdf_header_columns():
    path = LEGACY_FILES / "files" / "2006-16EZE_TT01.06GopvonDNNVV.pdf"
    if not path.is_file():
        pytest.skip("../shared/legacy-files is not present")
    doc = read_document(path)
    assert doc.meta["encoding"] == "tcvn3"
    assert len(doc.page_breaks) == 2
    assert _lines(doc.text)[:6] == [
        "ngân hàng nhà nước",
        "việt nam",
        "Số : 01/2006/TT-NHNN",
        "cộng hoà xã hội chủ nghĩa việt nam",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 20 tháng 02 năm 2006",
    ]
    lines = _lines(doc.text)
    assert lines[lines.index("Nơi nhận:") - 1].endswith("để giải quyết.")
    assert lines[-4:] == ["kt. Thống đốc", "phó Thống đốc", "(đã ký)", "Nguyễn Đồng Tiến"]


def test_a_damaged_pdf_is_a_parse_error(tmp_path):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    with pytest.raises(ParseError, match="damaged.pdf"):
        read_document(path)


# -- encrypted files and long ones (PDFs written byte by byte: tests/fixtures/pdfs.py) ----------


@pytest.fixture(scope="module")
def locked_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("locked") / "cong-van-mat.pdf"
    path.write_bytes(make_pdf(notice_pages(2), user_password="secret"))
    return path


def test_the_password_opens_an_encrypted_pdf(locked_pdf):
    doc = read_document(locked_pdf, ReadOptions(password="secret"))
    assert doc.pages == 2
    assert "giao So Y te chu tri xay dung ke hoach" in doc.text
    assert doc.text == read_document(_plain_copy(locked_pdf)).text  # the same text as the unprotected file


def _plain_copy(locked: Path) -> Path:
    path = locked.with_name("cong-van.pdf")
    path.write_bytes(make_pdf(notice_pages(2)))
    return path


@pytest.mark.parametrize(
    ("password", "told"),
    [(None, "none was given"), ("sai-mat-khau", "the one given does not open it"),
     ("mật khẩu", "the one given does not open it")],  # not Latin-1: an RC4 file cannot take it
    ids=["missing", "wrong", "vietnamese-letters"],
)
def test_a_wrong_or_missing_password_is_a_clear_error(locked_pdf, password, told):
    with pytest.raises(PasswordError) as caught:
        extract(locked_pdf, password=password)
    assert caught.value.stage == "password"
    assert caught.value.reason.startswith("password-protected PDF: wrong or missing --password")
    assert told in caught.value.reason and "cong-van-mat.pdf" in str(caught.value)


def test_an_owner_password_alone_does_not_stop_reading(tmp_path):
    path = tmp_path / "chi-in.pdf"  # permissions only: anyone may open it
    path.write_bytes(make_pdf(notice_pages(1), user_password="", owner_password="chu-so-huu"))
    assert "So Tai chinh" in read_document(path).text


def test_the_page_limit_is_checked_before_any_page_is_laid_out(tmp_path, monkeypatch):
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(make_pdf(notice_pages(5, lines_per_page=2)))

    def never(*_args):
        raise AssertionError("a page was laid out")

    monkeypatch.setattr(pdf_parser, "_walk_pages", never)
    with pytest.raises(LimitError) as caught:
        read_document(path, ReadOptions(max_pages=4))
    assert caught.value.stage == "limit"
    assert "5 pages, over the limit of 4 per document: raise it with --max-pages" in caught.value.reason


def test_a_page_tree_that_understates_its_count_still_meets_the_limit(tmp_path):
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(make_pdf(notice_pages(5, lines_per_page=2)).replace(b"/Count 5", b"/Count 1"))
    with pytest.raises(LimitError, match="over the limit of 3 per document"):
        read_document(path, ReadOptions(max_pages=3))
    assert read_document(path).pages == 5


def test_a_pdf_at_the_page_limit_is_read(tmp_path):
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(make_pdf(notice_pages(5, lines_per_page=2)))
    assert read_document(path, ReadOptions(max_pages=5)).pages == 5
    assert read_document(path, ReadOptions(max_pages=None)).pages == 5


# Run in a fresh interpreter: the peak resident memory (ru_maxrss) grown while one PDF is read.
_MEASURE = """
import resource, sys
from pathlib import Path
from pipeline.parsers import read_document
from tests.fixtures.pdfs import make_pdf, notice_pages
small = Path(sys.argv[1]).with_name("warm-up.pdf")
small.write_bytes(make_pdf(notice_pages(2)))
read_document(small)  # imports and first-use caches are not the PDF's
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
doc = read_document(Path(sys.argv[1]))
assert doc.pages == int(sys.argv[2]), doc.pages
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def _memory_growth_kb(tmp_path: Path, pages: int) -> int:
    path = tmp_path / f"{pages}-trang.pdf"
    path.write_bytes(make_pdf(notice_pages(pages)))
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path), str(pages)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return int(done.stdout.strip())


def test_memory_is_flat_in_the_page_count(tmp_path):
    """Not a timing: the peak memory a 300-page PDF adds over a 30-page one.

    Each page's parsed characters and objects are released once it is laid out, so the 270 extra
    pages cost only their words: on the machine this was written on, neither file raised the peak
    past the interpreter's own. Kept, the pages cost about 1.3 MB each (356 MB here; 1.5 GB for the
    320-page report of issue 12). The bound, 350 KB a page, sits far from both."""
    extra_kb = _memory_growth_kb(tmp_path, 300) - _memory_growth_kb(tmp_path, 30)
    assert extra_kb < 270 * 350, f"{extra_kb / 1024:.0f} MB more for 270 more pages"
