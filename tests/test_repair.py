"""A few damaged bytes cost a warning, not the document: the damaged file gives the clean file's tasks."""

from __future__ import annotations

import pytest

from pipeline import extract, extract_text
from pipeline.repair import decode_damaged_utf8, repair_text, replace_surrogates, strip_stray_nuls
from tests.conftest import CORPUS

SOURCE = CORPUS / "ho01_quangbinh-kh-nang-cao-chi-so-pci-2024.txt"


def _inject(data: bytes, junk: bytes, times: int) -> bytes:
    """``junk`` appended to ``times`` lines spread over the file (where a damaged copy puts it)."""
    lines = data.split(b"\n")
    step = len(lines) // (times + 1)
    for k in range(1, times + 1):
        lines[k * step] += junk
    return b"\n".join(lines)


def _utf16_with_lone_surrogate(data: bytes) -> bytes:
    encoded = data.decode("utf-8").encode("utf-16")  # BOM + little-endian
    return encoded[:2000] + b"\x00\xd8" + encoded[2000:]


def _tasks(result):
    return [(t.rule, [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline and t.deadline.due, t.action.replace("\ufffd", "").rstrip("./")) for t in result.tasks]


@pytest.fixture(scope="module")
def clean():
    return extract(SOURCE)


@pytest.mark.parametrize(
    ("damage", "warning"),
    [
        (lambda d: _inject(d, b"\x00", 3), "3 NUL bytes removed"),
        (lambda d: _inject(d, b"\xff\xfe\xfd", 3), "9 invalid UTF-8 bytes replaced"),
        (lambda d: b"\x00" + d, "1 NUL byte removed"),  # a NUL in the first bytes: detected as binary first
        (_utf16_with_lone_surrogate, "1 lone UTF-16 surrogate replaced"),
    ],
    ids=["nul-bytes", "invalid-utf8", "leading-nul", "utf16-lone-surrogate"],
)
def test_damaged_copy_gives_the_clean_tasks_and_a_warning(tmp_path, clean, damage, warning):
    path = tmp_path / SOURCE.name
    path.write_bytes(damage(SOURCE.read_bytes()))
    result = extract(path)
    assert warning in result.warnings
    assert _tasks(result) == _tasks(clean)


@pytest.mark.parametrize(
    ("text", "expected", "warnings"),
    [
        ("Sở Y tế chủ trì", "Sở Y tế chủ trì", []),
        ("Sở Y tế\x00 chủ trì", "Sở Y tế chủ trì", ["1 NUL character removed"]),
        ("Sở Y tế\udcff chủ trì\ud800", "Sở Y tế\ufffd chủ trì\ufffd", ["2 lone surrogates replaced"]),
    ],
    ids=["clean", "nul", "surrogates"],
)
def test_repair_text(text, expected, warnings):
    assert repair_text(text) == (expected, warnings)


def test_extract_text_with_lone_surrogates_is_repaired_and_warned():
    result = extract_text("UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch\udcff.")
    assert result.tasks[0].lead[0].name == "Sở Y tế"
    assert "1 lone surrogate replaced" in result.warnings
    result.document.text.encode("utf-8")
    assert replace_surrogates("\ud83d")[0] == "\ufffd"


@pytest.mark.parametrize(
    ("data", "repaired"),
    [
        (b"abc" * 100 + b"\x00" * 3, True),
        (b"\x00" * 200 + b"abc", False),  # mostly NULs: binary, not a damaged text
    ],
    ids=["few", "many"],
)
def test_strip_stray_nuls_only_repairs_a_few(data, repaired):
    assert bool(strip_stray_nuls(data)[1]) is repaired


def test_an_8bit_file_is_not_taken_for_damaged_utf8():
    tcvn3 = "Së KÕ ho¹ch vµ §Çu t­ tØnh ".encode("latin-1") * 20
    assert decode_damaged_utf8(tcvn3) is None
    assert decode_damaged_utf8("Sở Kế hoạch và Đầu tư tỉnh ".encode("cp1258", "replace") * 20) is None
