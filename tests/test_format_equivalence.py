"""The seed notice in every form an office holds it gives the same tasks.

Built here from the seed (../shared/seeds/000_8090ff3dc2291dd3.txt, also bundled as
corpus/000_8090ff3dc2291dd3.txt, so this runs in CI too): a DOCX with the header
and signature an office adds ("UBND TỈNH BÌNH ĐỊNH", "Số: 12/TB-UBND", ...), the
PDF LibreOffice prints from it, a scan of that PDF, a portal web page, and the
formal text in TCVN3, VNI, Windows-1258 and UTF-16.
"""

from __future__ import annotations

import difflib

import pytest

from pipeline import extract
from tests.fixtures.documents import (
    SEED,
    docx_files,
    encode_cp1258,
    encode_legacy,
    pdf_files,
    portal_html,
    scan_files,
    seed_notice,
)
from tests.fixtures.tools import has_soffice, require_ocr, require_soffice


def _tasks(result) -> list[tuple[str, tuple[str, ...], object]]:
    """What must agree across formats: the action anchor, the lead agencies, the deadline."""
    return [
        (task.action, tuple(a.name for a in task.lead), task.deadline and task.deadline.due) for task in result.tasks
    ]


def _header(result) -> tuple:
    doc = result.document
    return doc.number, doc.issued_date, (doc.issuer or "").casefold(), doc.signer


@pytest.fixture(scope="session")
def baseline():
    return extract(SEED)


@pytest.fixture(scope="session")
def formal_text(tmp_path_factory):
    """The notice with its header as UTF-8 text, and that text in the old encodings."""
    text = seed_notice().formal_text()
    root = tmp_path_factory.mktemp("encodings")
    variants = {
        "utf-8": text.encode("utf-8"),
        "utf-16": text.encode("utf-16"),
        "windows-1258": encode_cp1258(text),
        "tcvn3": encode_legacy(text, "tcvn3").encode("cp1252"),
        "vni": encode_legacy(text, "vni").encode("cp1252"),
    }
    paths = {}
    for name, data in variants.items():
        paths[name] = root / f"thong-bao-{name}.txt"
        paths[name].write_bytes(data)
    return paths


@pytest.fixture(scope="session")
def office(tmp_path_factory):
    files = {"docx": docx_files(tmp_path_factory)["seed"]}
    if has_soffice():
        files["pdf"] = pdf_files(tmp_path_factory)["seed"]
    return files


def test_baseline_has_tasks(baseline):
    assert len(baseline.tasks) >= 10


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_docx_and_word_pdf_give_the_same_tasks(office, baseline, fmt):
    if fmt == "pdf":
        require_soffice()  # it prints the PDF
    result = extract(office[fmt])
    assert _tasks(result) == _tasks(baseline)
    number, issued, issuer, signer = _header(result)
    assert number == "12/TB-UBND"
    assert issued.isoformat() == "2024-01-05"
    assert "bình định" in issuer
    assert signer == "Lê Huy Vũ"


def test_docx_and_pdf_give_the_same_document(office):
    require_soffice()  # it prints the PDF
    docx, pdf = extract(office["docx"]), extract(office["pdf"])
    assert pdf.document.text == docx.document.text
    assert _header(pdf) == _header(docx)


@pytest.mark.parametrize("encoding", ["utf-16", "windows-1258", "vni", "tcvn3"])
def test_old_encodings_give_the_same_output_as_utf8(formal_text, baseline, encoding):
    utf8 = extract(formal_text["utf-8"])
    result = extract(formal_text[encoding])
    assert _tasks(result) == _tasks(utf8) == _tasks(baseline)
    assert _header(result) == _header(utf8)
    if encoding == "tcvn3":  # TCVN3 has no capital toned letters: "Ý kiến" comes back "ý kiến"
        assert result.document.text.casefold() == utf8.document.text.casefold()
    else:
        assert result.document.text == utf8.document.text


def test_portal_page_gives_the_tasks_and_nothing_of_the_portal(tmp_path, baseline):
    path = tmp_path / "thong-bao.html"
    path.write_text(portal_html(seed_notice()), encoding="utf-8")
    result = extract(path)
    assert _tasks(result) == _tasks(baseline)
    for furniture in (
        "Trang chủ",
        "Đăng nhập",
        "English",
        "Tin liên quan",
        "Hội nghị tổng kết",
        "Cơ quan chủ quản",
        "quảng cáo",
        "dataLayer",
    ):
        assert furniture not in result.document.text


def test_scanned_copy_gives_most_of_the_tasks(tmp_path_factory, baseline):
    require_soffice()  # it prints the PDF that is scanned
    require_ocr()
    result = extract(scan_files(tmp_path_factory)["seed"])
    assert result.document.number == "12/TB-UBND"
    assert result.document.signer == "Lê Huy Vũ"
    found = [action for action, _, _ in _tasks(result)]
    matched = [
        action
        for action, lead, _ in _tasks(baseline)
        if any(difflib.SequenceMatcher(None, action, other).ratio() > 0.9 for other in found)
    ]
    assert len(matched) >= 0.8 * len(baseline.tasks)
