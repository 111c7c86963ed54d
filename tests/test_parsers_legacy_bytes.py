"""8-bit text files: Windows-1258, TCVN3 and VNI bytes told apart and decoded."""

from __future__ import annotations

import pytest

from pipeline.errors import EncodingError
from pipeline.normalize import canonical_text
from pipeline.parsers import read_document
from pipeline.parsers.legacy_bytes import decode_legacy_bytes
from tests.fixtures.documents import encode_cp1258, encode_legacy

TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n"
    "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các đơn vị liên quan "
    "tổ chức thực hiện, báo cáo kết quả trước ngày 30/6/2024.\n"
    "- Tăng cường công tác cải cách hành chính, nâng cao việc thực thi đạo đức công vụ.\n"
)


def _bytes(encoding: str) -> bytes:
    if encoding == "windows-1258":
        return encode_cp1258(TEXT)
    return encode_legacy(TEXT, encoding).encode("cp1252")


@pytest.mark.parametrize("encoding", ["windows-1258", "tcvn3", "vni"])
def test_decode_legacy_bytes_picks_the_encoding(encoding):
    text, found = decode_legacy_bytes(_bytes(encoding))
    assert found == encoding
    # TCVN3 cannot hold capital toned letters; caps-lock typing brings them back.
    assert canonical_text(text) == canonical_text(TEXT)


@pytest.mark.parametrize("encoding", ["windows-1258", "tcvn3", "vni", "utf-16", "utf-8-sig"])
def test_text_files_in_every_encoding_read_alike(tmp_path, encoding):
    path = tmp_path / f"notice-{encoding}.txt"
    if encoding in ("utf-16", "utf-8-sig"):
        path.write_bytes(TEXT.encode(encoding))
    else:
        path.write_bytes(_bytes(encoding))
    doc = read_document(path)
    assert doc.format == "txt"
    assert canonical_text(doc.text) == canonical_text(TEXT)


def test_windows_quotes_in_a_tcvn3_file(tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_bytes(
        encode_legacy("Chương trình “Nâng cao chất lượng nguồn nhân lực” của tỉnh", "tcvn3").encode("cp1252")
    )
    assert canonical_text(read_document(path).text) == ("Chương trình “Nâng cao chất lượng nguồn nhân lực” của tỉnh")


def test_non_vietnamese_8bit_text_is_an_error_naming_the_fix(tmp_path):
    path = tmp_path / "english.txt"
    path.write_bytes("Committee report \xe9t\xe9 na\xefve \xbd \xbe caf\xe9".encode("latin-1"))
    with pytest.raises(EncodingError, match="re-save it as UTF-8") as error:
        read_document(path)
    assert "english.txt" in str(error.value)
