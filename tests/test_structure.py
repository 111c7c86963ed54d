"""Header and closing of a document: type heading, title, recipients, signer, in every spelling."""

from __future__ import annotations

import pytest

from pipeline.normalize import canonical_text
from pipeline.structure import analyse_layout, recipients_of, signer_of

TYPES = ["Thông báo", "Quyết định", "Thông tư", "Kế hoạch", "Công văn"]


def _layout(text: str):
    return analyse_layout(canonical_text(text), TYPES)


@pytest.mark.parametrize(
    ("heading", "doc_heading", "title"),
    [
        ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh"),
        ("QUYẾT ĐỊNH Về việc ban hành Quy chế", "QUYẾT ĐỊNH", "Về việc ban hành Quy chế"),
        # a .VnTimeH heading: drawn in capitals, stored (and converted) in small letters
        ("quyết định của bộ trưởng bộ tài chính\nVề việc ban hành Chế độ kế toán", "QUYẾT ĐỊNH",
         "của bộ trưởng bộ tài chính Về việc ban hành Chế độ kế toán"),
        ("Thông tư\nHướng dẫn một số nội dung về góp vốn", "THÔNG TƯ", "Hướng dẫn một số nội dung về góp vốn"),
    ],
    ids=["capitals", "capitals-with-title", "legacy-small-letters", "type-alone"],
)
def test_type_heading_in_any_case(heading, doc_heading, title):
    text = f"Bộ Tài chính\nSố: 12/2001/QĐ-BTC\ncộng hòa xã hội chủ nghĩa Việt nam\n{heading}\nĐiều 1. Ban hành."
    layout = _layout(text)
    assert layout.doc_heading == doc_heading
    assert layout.title == title
    assert layout.header_lines[:2] == ["Bộ Tài chính", "Số: 12/2001/QĐ-BTC"]
    assert layout.blocks[0].text == "Điều 1. Ban hành."


@pytest.mark.parametrize(
    "line",
    [
        "Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc giao chỉ tiêu.",
        "Kế hoạch này được triển khai trên địa bàn toàn tỉnh",
        "Thông báo kết luận của Chủ tịch UBND tỉnh được gửi các sở, ngành.",
    ],
    ids=["decision-cited", "plan-sentence", "notice-sentence"],
)
def test_a_sentence_opening_with_a_type_word_is_no_heading(line):
    assert _layout(f"{line}\nGiao Sở Y tế chủ trì thực hiện.").doc_heading is None


CLOSINGS = {
    "standard": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                 "Lê Huy Vũ"],
    # "TM." on a line of its own, the body's name on the next
    "authority-split": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                        "Lê Huy Vũ"],
    # a .VnTimeH signature converted to small letters, with the older "Nơi gửi:"
    "legacy-small-letters": ["Nơi gửi:", "- Như trên;", "- Lưu: VT.", "kt. Thống đốc", "phó Thống đốc", "(đã ký)",
                             "Lê Huy Vũ"],
    "slash-forms": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "T/M ỦY BAN NHÂN DÂN", "K/T CHỦ TỊCH",
                    "PHÓ CHỦ TỊCH", "Lê Huy Vũ"],
    "tl-lowercase": ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "tl. chủ tịch", "chánh văn phòng", "Lê Huy Vũ"],
}


@pytest.mark.parametrize("closing", CLOSINGS.values(), ids=CLOSINGS.keys())
def test_closing_in_every_spelling(closing):
    body = "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện nghiêm túc."
    layout = _layout("THÔNG BÁO\nKết luận\n" + "\n".join([body] * 3 + closing))
    assert layout.closing_lines == closing
    assert [b.text for b in layout.blocks] == [body] * 3
    assert recipients_of(layout.closing_lines) == ["Như trên", "Lưu: VT"]
    assert signer_of(layout.closing_lines) == "Lê Huy Vũ"


def test_signature_block_alone_late_in_the_text_opens_the_closing():
    body = "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện nghiêm túc."
    layout = _layout("THÔNG BÁO\nKết luận\n" + "\n".join([body] * 4 + ["kt. Chủ tịch", "Phó Chủ tịch", "Lê Huy Vũ"]))
    assert layout.closing_lines == ["kt. Chủ tịch", "Phó Chủ tịch", "Lê Huy Vũ"]


def test_signer_is_read_before_an_appendix():
    closing = ["Nơi nhận:", "- Như trên;", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Tá",
               "PHỤ LỤC", "Mẫu sổ kế toán", "Người ghi sổ", "Nguyễn Văn An"]
    assert signer_of(closing) == "Trần Văn Tá"


def test_signer_without_an_authority_line_follows_the_recipients():
    assert signer_of(["Nơi nhận:", "- Sở Tài chính;", "- Lưu: VT.", "CHỦ TỊCH", "Lê Huy Vũ"]) == "Lê Huy Vũ"


def test_recipients_wrapped_in_a_narrow_column_are_one_entry_each():
    closing = ["Nơi nhận:", "- Thủ tướng và các Phó Thủ tướng", "Chính phủ (để b/c);",
               "- Các Bộ, cơ quan ngang Bộ (để phối", "hợp);", "- Lưu: VP.",
               "kt. Thống đốc", "phó Thống đốc", "Nguyễn Đồng Tiến"]
    assert recipients_of(closing) == [
        "Thủ tướng và các Phó Thủ tướng Chính phủ (để b/c)",
        "Các Bộ, cơ quan ngang Bộ (để phối hợp)",
        "Lưu: VP",
    ]
