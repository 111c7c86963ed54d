import pytest
import spacy
from underthesea import word_tokenize

from pipeline import analysis, extract_text
from pipeline.analysis import segment, underthesea_analyser, whitespace_analyser
from pipeline.nlp import TOKENIZER, build_nlp
from pipeline.words import (
    WordIndex,
    candidate_windows,
    opening_starts,
    predicate_at,
    span_end_starts,
)


@pytest.fixture(scope="module")
def nlp():
    """A user's own pipeline: spaCy's blank Vietnamese with the syllable tokenizer."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe("nhiemvu_words")
    return nlp


TAGGED = [
    ("Sở Y tế rà soát các dự án đầu tư công.", "rà soát", "V", "VERB"),
    ("Sở Y tế rà soát các dự án đầu tư công.", "Y tế", "N", "NOUN"),
    ("UBND tỉnh giao Sở Tài chính thẩm định dự toán.", "thẩm định", "V", "VERB"),
    ("Công an tỉnh tăng cường tuần tra, kiểm soát.", "tăng cường", "V", "VERB"),
    ("Các doanh nghiệp tiến hành khóa sổ kế toán.", "tiến hành", "V", "VERB"),
    ("Các doanh nghiệp tiến hành khóa sổ kế toán.", "Các", "L", "DET"),
    ("Sở Nội vụ hướng dẫn các xã sắp xếp bộ máy.", "Nội vụ", "N", "NOUN"),
]


@pytest.mark.parametrize(("text", "word", "tag", "upos"), TAGGED, ids=[f"{t[:18]}|{w}" for t, w, _, _ in TAGGED])
def test_words_and_tags_in_a_blank_pipeline(nlp, text, word, tag, upos):
    doc = nlp(text)
    assert doc.text == text
    found = {s.text: s.label_ for s in doc.spans["words"]}
    assert found[word] == tag
    start = text.index(word)
    span = doc.char_span(start, start + len(word))
    assert {t.tag_ for t in span} == {tag} and {t.pos_ for t in span} == {upos}


def test_merge_makes_one_token_per_word_with_spacy_vietnamese_tokenizer():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("nhiemvu_words", config={"merge": True})
    doc = nlp("Sở Y tế rà soát các dự án")
    assert [t.text for t in doc][:3] == ["Sở", "Y tế", "rà soát"]
    assert doc[2].tag_ == "V" and doc[2].pos_ == "VERB"


def test_merge_keeps_spans_written_before():
    nlp = build_nlp()
    plain = nlp("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Công an tỉnh rà soát các cơ sở.")
    nlp_merge = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for name in ("nhiemvu_references", "nhiemvu_agencies", "nhiemvu_deadlines"):
        nlp_merge.add_pipe(name)
    nlp_merge.add_pipe("nhiemvu_words", config={"after": "agencies", "merge": True})
    merged = nlp_merge(plain.text)
    assert len(merged) < len(plain)
    assert [(s.text, s._.found.name) for s in merged.spans["agencies"]] == [
        (s.text, s._.found.name) for s in plain.spans["agencies"]]


def test_whitespace_analysis_tags_nothing():
    doc = build_nlp(None, "whitespace")("Sở Y tế rà soát các dự án.")
    assert all(not s.label_ for s in doc.spans["words"])
    assert not predicate_at(doc, doc.text.index("rà"), lowercase=True)
    assert whitespace_analyser([["Y", "tế"]]) == [[(1, ""), (1, "")]]


@pytest.mark.parametrize("sentence", ["Sở Y tế rà soát các dự án đầu tư công",
                                      "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư",
                                      "Ủy ban nhân dân tỉnh yêu cầu các sở khẩn trương triển khai"])
def test_segmentation_agrees_with_word_tokenize(sentence):
    assert [" ".join(w) for w in segment([sentence.split()])[0]] == word_tokenize(sentence)


PREDICATES = [
    # text, word looked at, lowercase asked, expected
    ("Sở Y tế rà soát các dự án.", "rà soát", True, True),
    ("Sở Y tế rà soát các dự án.", "Sở", False, False),
    ("Sở Y tế khẩn trương rà soát các dự án.", "khẩn trương", True, True),
    ("Các chủ rừng là tổ chức kinh tế.", "là", True, False),
    ("Văn phòng Chính phủ xin trân trọng thông báo.", "xin", True, False),
    ("Các doanh nghiệp tiến hành khóa sổ kế toán.", "tiến hành", True, True),
]


@pytest.mark.parametrize(("text", "word", "lowercase", "expected"), PREDICATES,
                         ids=[f"{t[:16]}|{w}" for t, w, _, _ in PREDICATES])
def test_predicate_at(nlp, text, word, lowercase, expected):
    doc = nlp(text)
    offset = text.index(word)
    assert predicate_at(doc, offset, lowercase) is expected
    assert predicate_at(WordIndex.from_doc(doc), offset - 1, lowercase) is expected  # the space before


def test_index_of_a_doc_without_words_says_no():
    doc = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})("Sở Y tế rà soát")
    assert not predicate_at(doc, 8)


def test_verb_without_complement_is_no_action():
    index = WordIndex("các tỉnh ủy, thành ủy", [0, 4, 9, 11], [3, 8, 11, 12], ["L", "N", "V", "CH"])
    assert not index.verb_at(9, lowercase=True)


OPENINGS = [
    ("1. Sở Y tế rà soát; báo cáo.\n- Theo dõi", False, ["Sở", "báo", "Theo"]),
    ("1. Sở Y tế rà soát; báo cáo.\n- Theo dõi", True, ["báo"]),
    ("theo báo cáo của\nBHXH thành phố, các\ncơ sở KCB", False, ["theo", "BHXH"]),  # a wrapped line opens nothing
    ("a) Sở Tài chính: thẩm định", False, ["Sở", "thẩm"]),
    ("2024. 15/3 | | ...", False, []),
]


@pytest.mark.parametrize(("text", "lowercase", "expected"), OPENINGS, ids=range(len(OPENINGS)))
def test_opening_starts(text, lowercase, expected):
    starts = opening_starts(text, lowercase)
    assert [text[s:].split()[0] for s in starts] == expected


def test_sentence_openings_inside_a_paragraph_are_analysed_in_sentences_mode():
    text = "Sở Y tế rà soát. Tìm kiếm nguồn thuốc.\nGiám sát dịch"
    starts = opening_starts(text, lowercase_only=True, sentences=True)
    assert [text[s:].split()[0] for s in starts] == ["Tìm"]


def test_sentence_openings_are_analysed_only_after_an_anchor_on_their_line():
    text = "Sở Y tế rà soát. Tìm kiếm nguồn thuốc.\nTheo báo cáo. Kết quả tốt."
    starts = opening_starts(text, lowercase_only=True, sentences=True, anchors=[0])
    assert [text[s:].split()[0] for s in starts] == ["Tìm"]


def test_windows_are_bounded_and_joined_when_they_overlap():
    text = "Sở Y tế rà soát các dự án đầu tư công trên địa bàn"
    (window,) = candidate_windows(text, [(0, 4), (3, 4)])
    assert text[window[0][0] : window[-1][1]] == "Sở Y tế rà soát"
    assert candidate_windows("a b\nc d", [(0, 12)]) == [[(0, 1), (2, 3)]]


def test_window_after_a_span_keeps_its_last_syllables():
    text = "Sở Kế hoạch và Đầu tư chủ trì. Sở Y tế, Công an"
    assert [text[s:].split()[0] for s in span_end_starts(text, [21, 38])] == ["Đầu"]


# A fixture written for these tests: an issuer's header, so the text is its directive, not a press
# report (which tells what bodies did: there only listed predicates charge a subject).
_NOTICE = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 15/TB-UBND\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"

EXTRACTED = [
    # a verb the closed lists lack, after its subject: found with POS, missed by lists alone
    (_NOTICE + "Sở Tài chính hoàn tất việc khóa sổ kế toán ở thời điểm cuối năm.",
     [("Sở Tài chính", "subject")], []),
    (_NOTICE + "UBND tỉnh yêu cầu:\n- Sở Tài chính hoàn tất việc rà soát các khoản chi.\n"
     "- Công an tỉnh tăng cường tuần tra.",
     [("Sở Tài chính", "subject"), ("Công an tỉnh", "subject")], [("Công an tỉnh", "subject")]),
    # verbs of being open no task
    ("Các chủ rừng là tổ chức kinh tế được giao đất.", [], []),
    # a bulleted item of a directive part opening with a verb the lists lack ("Lấy mẫu", "Thiết lập")
    ("Sở Y tế có trách nhiệm:\n- Lấy mẫu xét nghiệm nhanh các nguồn nước sinh hoạt.\n"
     "- Thiết lập chế độ báo cáo nhanh hằng ngày về dịch bệnh.",
     [("Sở Y tế", "lead_in"), ("Sở Y tế", "lead_in")], []),
]


@pytest.mark.parametrize(("text", "with_pos", "lists_only"), EXTRACTED, ids=range(len(EXTRACTED)))
def test_pos_finds_actions_the_lists_lack(text, with_pos, lists_only):
    def leads(tokens):
        return [(t.lead[0].name, t.rule) for t in extract_text(text, tokens=tokens).tasks]

    assert leads("underthesea") == with_pos
    assert leads("whitespace") == lists_only


@pytest.mark.parametrize("text", ["Sở Y tế khẩn trương rà soát các dự án.",
                                  "Ủy ban nhân dân các huyện tiếp tục thu thập số liệu."])
def test_nhiemvu_pipeline_reaches_the_verb_after_a_subject_and_an_adverb(text):
    doc = build_nlp()(text)
    (agency,) = doc.spans["agencies"]
    assert predicate_at(doc, agency.end_char, lowercase=True)


# Fixture sentences written for this test: names the gazetteer lacks, that the patterns run on
# into their predicate; names whose own words include a verb; groups the nouns after them qualify.
NAME_ENDS = [
    ("Cục Điện ảnh phối hợp với Vụ Pháp chế đưa nội dung thực thi Phương án vào dự thảo Luật.",
     "Vụ Pháp chế"),
    ("Ủy ban nhân dân các xã rà soát dữ liệu; phối hợp với Công an xã đưa dữ liệu dân cư lên hệ thống.",
     "Công an xã"),
    ("Sở Tài chính phối hợp với Viện Nghiên cứu phát triển Thành phố đề xuất giải pháp.",
     "Viện Nghiên cứu phát triển Thành phố"),
    ("Sở Tài chính phối hợp với Trung tâm Phát triển quỹ đất tỉnh lập phương án bồi thường.",
     "Trung tâm Phát triển quỹ đất tỉnh"),
    # groups whose unit noun the nouns after it qualify
    ("Sở Công Thương chủ trì, phối hợp với các đơn vị điện lực tổ chức tuyên truyền an toàn điện.",
     "các đơn vị điện lực"),
    ("Sở Khoa học và Công nghệ phối hợp với các doanh nghiệp viễn thông lắp đặt trạm phát sóng.",
     "các doanh nghiệp viễn thông"),
    # ... even by a word the lists hold as an action ("truyền thông"), which no object follows there
    ("Sở Y tế chủ trì, phối hợp với các cơ quan thông tin truyền thông của tỉnh tuyên truyền phòng dịch.",
     "các cơ quan thông tin truyền thông"),
    ("Sở Công Thương phối hợp với các đơn vị điện lực, các đơn vị truyền thông, tuyên truyền an toàn điện.",
     "các đơn vị truyền thông"),
]


@pytest.mark.parametrize(("sentence", "partner"), NAME_ENDS, ids=[p for _, p in NAME_ENDS])
def test_a_name_ends_where_the_word_layer_sees_its_predicate(sentence: str, partner: str) -> None:
    tasks = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nKẾ HOẠCH\nVề dữ liệu dân cư\n\nII. NHIỆM VỤ\n"
                         f"1. {sentence}\n").tasks
    assert partner in [a.name for t in tasks for a in t.support]



# Fixture closings written for this test: a letter's last sentence conveys a leader's opinion. The
# sender's name has a proper part longer than one window ("Ủy ban nhân dân thành phố", "Kiểm soát bệnh
# tật thành phố") and ends on a level word the qualifiers also list; the verb after it, which no list
# holds, ends the name, and conveying is no task.
CONVEYING = ["Văn phòng Ủy ban nhân dân thành phố truyền đạt ý kiến chỉ đạo của Phó Chủ tịch Ủy ban nhân dân "
             "thành phố để các cơ quan, đơn vị liên quan tổ chức thực hiện./.",
             "Trung tâm Kiểm soát bệnh tật thành phố truyền đạt ý kiến chỉ đạo của Giám đốc Sở Y tế để các "
             "đơn vị thực hiện./."]


@pytest.mark.parametrize("closing", CONVEYING, ids=["office", "centre"])
def test_a_long_name_ends_at_the_verb_after_its_level(closing: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 15/VP-UBND\n\nKính gửi: Sở Tài chính\n\n"
            f"Giao Sở Tài chính rà soát các khoản nợ đọng.\n\n{closing}\n")
    assert [[a.name for a in t.lead] for t in extract_text(text).tasks] == [["Sở Tài chính"]]


def test_window_after_a_bracketed_list_of_bodies_reads_the_predicate():
    # a fixture written for this test: the bracket closing a list does not hide the verb after it
    text = "Các cơ quan (Sở Xây dựng, Sở Y tế) tham gia thẩm định"
    end = text.index(")")
    assert [text[s:].split()[0] for s in span_end_starts(text, [end])] == ["Y"]
    assert span_end_starts("Sở Y tế (Hà Nội), Sở Xây dựng", [len("Sở Y tế (Hà Nội")]) == []


def test_time_phrases_open_a_window_for_the_action_after_them():
    """A fixture written for this test: a schedule's step, whose verb stands after the span it runs."""
    text = ("Ban Thường vụ dự kiến: từ tháng 7 đến tháng 12-2024 quán triệt; "
            "từ tháng 1 đến tháng 3-2025 sẽ tiến hành đại hội.")
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe("nhiemvu_deadlines")
    nlp.add_pipe("nhiemvu_words", config={"openings": "none", "after_times": "deadlines", "window": 5})
    action = text.index("tiến hành")
    assert predicate_at(nlp(text), action, lowercase=True)
    without = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    without.add_pipe("nhiemvu_deadlines")
    without.add_pipe("nhiemvu_words", config={"openings": "none", "window": 5})
    assert not predicate_at(without(text), action, lowercase=True)


def test_a_window_seen_before_is_not_analysed_again(monkeypatch):
    window = ["Sở", "Y", "tế", "rà", "soát", "các", "dự", "án"]
    analysis.clear_cache()
    first = underthesea_analyser([window, window])
    calls = []
    monkeypatch.setattr(analysis, "segment", lambda windows: calls.append(windows) or segment(windows))
    again = underthesea_analyser([window, ["Sở", "Tài", "chính", "thẩm", "định"]])
    assert again[0] == first[0] == first[1]
    assert calls == [[["Sở", "Tài", "chính", "thẩm", "định"]]]  # only the new window went to the models
    analysis.clear_cache(limit=0)
    underthesea_analyser([window])
    assert len(calls) == 2  # with nothing kept, every window is analysed
    analysis.clear_cache()


def test_only_names_the_gazetteer_lacks_open_windows_inside_them():
    """A fixture written for this test: a known name ends where it ends, so the word layer is not
    asked where a predicate starts inside it; an open name's small words are analysed."""
    text = "Sở Y tế, Vụ Pháp chế đưa nội dung"
    doc = build_nlp()(text)
    assert [(s.text, s.label_) for s in doc.spans["agencies"]] == [("Sở Y tế", ""), ("Vụ Pháp chế đưa nội dung",
                                                                                     "OPEN_NAME")]
    words = {s.text for s in doc.spans["words"]}
    assert "đưa" in words and "Y tế" not in words
    every = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    every.add_pipe("nhiemvu_agencies")
    every.add_pipe("nhiemvu_words", config={"openings": "none", "after": "agencies", "window": 5})
    plain = every(text)
    assert "Y tế" in {s.text for s in plain.spans["words"]}  # without ``tails_of``: every name's
