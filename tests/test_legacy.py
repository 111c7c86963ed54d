"""Legacy encodings in text: TCVN3 and VNI mojibake found and converted, nothing else touched."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

from pipeline import legacy, normalize
from pipeline.normalize import canonical_text
from tests.fixtures.tools import require_soffice


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", "tcvn3"),
        (".VnTimeH", "tcvn3"),
        ("FBHPFO+VnTimeHBold", "tcvn3"),  # a PDF subset of .VnTimeH, dot dropped
        (".VnArial Narrow", "tcvn3"),
        ("VNI-Times", "vni"),
        ("ABCDEF+VNI-Helve-Condense", "vni"),
        ("Times New Roman", None),
        ("ABCDEF+DejaVuSans", None),
        ("Verdana", None),
        (None, None),
    ],
)
def test_font_encoding(font, expected):
    assert legacy.font_encoding(font) == expected


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("Së KÕ ho¹ch vµ §Çu t­ tØnh B×nh §Þnh", "tcvn3", "Sở Kế hoạch và Đầu tư tỉnh Bình Định"),
        ("Uû ban nh©n d©n tØnh", "tcvn3", "Uỷ ban nhân dân tỉnh"),
        ("Sôû Keá hoaïch vaø Ñaàu tö tænh Bình Ñònh", "vni", "Sở Kế hoạch và Đầu tư tỉnh Bình Định"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "vni", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        # caps lock on in a TCVN3 editor: plain letters capital, toned ones small
        ("TH¤NG B¸O KÕT LUËN", "tcvn3", "THÔNG BÁO KẾT LUẬN"),
        # ... but one capital letter and a code do not make a line of capitals
        ("Sè: 12/TB-UBND", "tcvn3", "Số: 12/TB-UBND"),
        # what pdfplumber gives for .VnTime: ư as U+2212, ã as U+2219, also at a line start
        ("Thñ t\u2212íng ChÝnh phñ\n\u2212¬ng: x\u2219 héi", "tcvn3", "Thủ tướng Chính phủ\nương: xã hội"),
        ("  Bé Tµi chÝnh  \n\n- 2 -", "tcvn3", "  Bộ Tài chính  \n\n- 2 -"),
    ],
    ids=["tcvn3", "tcvn3-uy", "vni", "vni-capitals", "caps-lock", "so-line", "pdf-glyphs", "whitespace-kept"],
)
def test_convert(text, encoding, expected):
    assert legacy.convert(text, encoding) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Së KÕ ho¹ch vµ §Çu t­ tØnh B×nh §Þnh b¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2024", "tcvn3"),
        ("Sôû Keá hoaïch vaø Ñaàu tö tænh Bình Ñònh baùo caùo keát quaû thöïc hieän nhieäm vuï", "vni"),
        ("Sở Kế hoạch và Đầu tư tỉnh Bình Định báo cáo kết quả thực hiện nhiệm vụ năm 2024", None),
        ("The Provincial People's Committee approved the investment plan for 2024.", None),
        ("Le café de la gare a été rénové; où est le théâtre? Très bien, à bientôt.", None),
        ("Señor García compró años de café en la montaña; niño, pingüino, acción.", None),
        ("Größere Änderungen für Übersetzungen: schön, müde, Straße, weiß.", None),
        ("Nhiệt độ 25°C, tăng ±2% so với năm trước; © 2024 UBND tỉnh «Bình Định»", None),
    ],
    ids=["tcvn3", "vni", "unicode-vi", "english", "french", "spanish", "german", "symbols"],
)
def test_detect_legacy_encoding(text, expected):
    assert legacy.detect_legacy_encoding(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các đơn vị liên quan.\nHoàn thành trước 30/6.",
        "Thủ tướng Chính phủ giao Bộ Tài chính hướng dẫn thực hiện.",
        "Le café de la gare a été rénové; où est le théâtre? Très bien, à bientôt, là-bas.",
        "Señor García compró años de café en la montaña; niño, pingüino, acción, corazón.",
        "Nhiệt độ 25°C, tăng ±2% so với năm trước; © 2024 «Bình Định» – tài liệu § 3",
        "Tôi là ai? Cô ấy đã về nhà, mà có lẽ chẳng nói gì nữa cả.",
        "hoà hợp, Uỷ ban, toà án",  # old-style tone placement is Unicode all the same
    ],
    ids=["vietnamese", "vietnamese-2", "french", "spanish", "symbols", "latin1-only-vi", "old-tones"],
)
def test_fix_leaves_unicode_and_other_languages_alone(text):
    assert legacy.fix_legacy_encoding(text) == text


def test_fix_converts_a_whole_document():
    text = "Uû ban nh©n d©n tØnh\nSè: 12/TB-UBND\nGiao Së KÕ ho¹ch vµ §Çu t­ chñ tr×, phèi hîp."
    assert legacy.fix_legacy_encoding(text) == (
        "Uỷ ban nhân dân tỉnh\nSố: 12/TB-UBND\nGiao Sở Kế hoạch và Đầu tư chủ trì, phối hợp."
    )


def test_fix_converts_only_the_legacy_lines_of_a_mixed_document():
    unicode_line = "Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/6/2024."
    legacy_line = "Giao Së KÕ ho¹ch vµ §Çu t­ phèi hîp víi c¸c së, ngµnh liªn quan thùc hiÖn."
    text = "\n".join([unicode_line, unicode_line, legacy_line, unicode_line])
    fixed = legacy.fix_legacy_encoding(text).split("\n")
    assert fixed[:2] == [unicode_line, unicode_line]
    assert fixed[2] == "Giao Sở Kế hoạch và Đầu tư phối hợp với các sở, ngành liên quan thực hiện."
    assert fixed[3] == unicode_line


def test_fix_is_a_normalisation_step_right_after_nfc():
    assert normalize.STEPS[0] is normalize.to_nfc
    assert normalize.STEPS[1] is legacy.fix_legacy_encoding
    text = "Uû ban nh©n d©n tØnh B×nh §Þnh th«ng b¸o kÕt luËn cña Chñ tÞch"
    assert canonical_text(text) == "Ủy ban nhân dân tỉnh Bình Định thông báo kết luận của Chủ tịch"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Sở Kế hoạch và Đầu tư", 1.0, 1.0),
        ("Së KÕ ho¹ch vµ §Çu t­", 0.0, 0.25),  # ë, ¹, µ, Ç are no Vietnamese letters
        ("Sừề Kếì", 0.0, 0.0),  # Windows-1258 bytes read as TCVN3: two tone marks per syllable
        ("plain ASCII only", 0.0, 0.0),
    ],
    ids=["unicode", "tcvn3-as-latin1", "double-tones", "ascii"],
)
def test_syllable_score(text, low, high):
    assert low <= legacy.syllable_score(text) <= high


# -- the real files of 2001-2007 (../shared/legacy-files, never copied into the project) ----

ROOT = Path(__file__).resolve().parents[1]
_SHARED = ROOT.parent / "shared" / "legacy-files"
_REAL = [
    "2002-0112qd.doc",
    "2003-A05.rtf",
    "2006-16EZE_TT01.06GopvonDNNVV.pdf",
    "2007-Quy-che-chi-tieu-noi-bo-2007.doc",
]


def _benchmark():
    """The metric of benchmarks/legacy_fidelity.py, so test and report measure alike."""
    path = ROOT / "benchmarks" / "legacy_fidelity.py"
    spec = importlib.util.spec_from_file_location("legacy_fidelity", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _read_real(name: str):
    """A real legacy file as read (cached: each is read once per session), or a skip."""
    path = _SHARED / "files" / name
    if not path.is_file():
        pytest.skip("../shared/legacy-files is not present")
    if path.suffix in (".doc", ".rtf"):
        require_soffice()
    from pipeline.parsers import read_document

    return read_document(path)


@pytest.mark.parametrize("name", _REAL)
def test_real_legacy_file_matches_its_transcript(name):
    doc = _read_real(name)
    truth = (_SHARED / "truth" / f"{Path(name).stem}.txt").read_text(encoding="utf-8")
    recall, total = _benchmark().syllable_recall(canonical_text(doc.text), truth)
    assert total > 500
    assert recall >= 0.99, f"{name}: {recall:.4f} of {total} marked syllables"
    assert doc.meta["encoding"] in ("tcvn3", "vni")


@pytest.mark.parametrize(
    ("name", "doc_type", "number", "issued", "signer"),
    [
        # heading "quyết định của bộ trưởng ..." in .VnTimeH (small letters); "Nơi gửi:"; an appendix follows
        ("2002-0112qd.doc", "decision", "12/2001/QĐ-BTC", "2001-03-13", "Trần Văn Tá"),
        # "Thông tư" alone as heading; recipients and signature in a 13-row table; "Kt. Bộ trưởng"
        ("2003-A05.rtf", None, "13/2001/TT-BTC", "2001-03-08", "Vũ Văn Ninh"),
        # a PDF text layer; "Số : 01/...", signature "kt. Thống đốc" in .VnTimeH
        ("2006-16EZE_TT01.06GopvonDNNVV.pdf", None, "01/2006/TT-NHNN", "2006-02-20", "Nguyễn Đồng Tiến"),
        # an unsigned template whose header columns are typed with spaces and tabs
        ("2007-Quy-che-chi-tieu-noi-bo-2007.doc", "decision", None, None, None),
    ],
    ids=["doc-2002", "rtf-2003", "pdf-2006", "doc-2007"],
)
def test_real_legacy_file_header_and_signature(name, doc_type, number, issued, signer):
    from pipeline.api import extract_raw

    result = extract_raw(_read_real(name), source=name)
    document = result.document
    if doc_type:
        assert document.doc_type == doc_type
    if number:
        assert document.number == number
    assert (document.issued_date.isoformat() if document.issued_date else None) == issued
    assert document.signer == signer
    assert len(document.recipients) >= 3


def test_real_header_typed_with_spaces_reads_column_by_column():
    lines = canonical_text(_read_real("2007-Quy-che-chi-tieu-noi-bo-2007.doc").text).split("\n")
    assert lines[:9] == [
        "UBND TỈNH BÀ RỊA – VŨNG TÀU",
        "BQL CÁC KHU CÔNG NGHIỆP",
        "BÀ RỊA – VŨNG TÀU",
        "*****",
        "Số : /QĐ. BQL–VP",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "Vũng Tàu , ngày tháng năm 2007",
    ]
