import pytest

from pipeline.api import extract_text
from pipeline.highlight import Mark, document_marks, locate, segments

from .fixtures.outputs import CORPUS


@pytest.mark.parametrize(("haystack", "needle", "taken", "expected"), [
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính", "Sở Tài chính", (), 30),
    ("Sở Y tế chủ trì, phối hợp với sở Tài chính", "Sở Tài chính", (), 30),
    ("Sở Y tế và Sở Y tế", "Sở Y tế", (0,), 11),
    ("Sở Y tế", "Sở Nội vụ", (), None),
    ("Sở Y tế", "", (), None),
], ids=["exact", "any-case", "skips-taken", "absent", "empty"])
def test_locate(haystack, needle, taken, expected):
    assert locate(haystack, needle, taken) == expected


def test_segments_cut_overlaps_flat_and_cover_the_text():
    marks = [Mark(2, 8, "task", "t1", ""), Mark(5, 10, "deadline", "t1", ""), Mark(6, 7, "lead", "t1", "")]
    cut = segments(12, marks)
    assert [(s.start, s.end) for s in cut] == [(0, 2), (2, 5), (5, 6), (6, 7), (7, 8), (8, 10), (10, 12)]
    assert [sorted(s.kinds) for s in cut] == [[], ["task"], ["deadline", "task"], ["deadline", "lead", "task"],
                                             ["deadline", "task"], ["deadline"], []]


def test_segments_of_an_unmarked_text_is_the_whole_text():
    assert [(s.start, s.end, s.marks) for s in segments(5, [])] == [(0, 5, ())]


def test_document_marks_point_at_what_they_name():
    text = ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch theo "
            "Quyết định số 4647/QĐ-UBND ngày 14/12/2023, hoàn thành trước ngày 15/3/2024.")
    result = extract_text(text)
    marks = document_marks(result)
    by_kind = {}
    for mark in marks:
        by_kind.setdefault(mark.kind, []).append(text[mark.start:mark.end])
    assert by_kind["lead"] == ["Sở Y tế"]
    assert by_kind["support"] == ["Sở Tài chính"]
    assert by_kind["reference"][0].startswith("Quyết định số 4647/QĐ-UBND")
    assert "15/3/2024" in by_kind["deadline"][0]
    assert len(by_kind["task"]) == len(result.tasks)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:24])
def test_corpus_marks_stay_inside_their_task(path):
    from pipeline.api import extract

    result = extract(path)
    tasks = {t.id: t for t in result.tasks}
    for mark in document_marks(result):
        assert 0 <= mark.start <= mark.end <= len(result.document.text)
        if mark.kind in ("lead", "support"):
            task = tasks[mark.key]
            assert task.span.start <= mark.start and mark.end <= task.span.end
            named = [a.text for a in (task.lead if mark.kind == "lead" else task.support)]
            assert result.document.text[mark.start:mark.end].lower() in [n.lower() for n in named]
