"""Property-based tests: whatever text or bytes come in, offsets hold, output validates, only our errors escape."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract_text
from pipeline.errors import NhiemvuError
from pipeline.export import document_json
from pipeline.parsers import parse_bytes
from pipeline.parsers.text import parse as parse_text
from pipeline.schema import DocumentResult

FRAGMENTS = [
    "UBND tỉnh giao ", "Sở Y tế ", "chủ trì, phối hợp với Sở Tài chính ", "xây dựng kế hoạch",
    "hoàn thành trước ngày 30/6/2024", "trong quý II/2024", ". ", "\n", "\n\n", "1. ", "a) ", "- ",
    "Quyết định số 4647/QĐ-UBND ngày 14/12/2023", "THÔNG BÁO", ": ", "\f", "\x00", "\udcff", "\ud800",
    "\ufffd", "\r\n", "\t", "|", "**", "Kính gửi: ", "…", "\u0301",
]
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map("".join)


def _check(result: DocumentResult) -> None:
    text = result.document.text
    DocumentResult.model_validate_json(document_json(result))  # written, the output validates
    for task in result.tasks:
        assert 0 <= task.span.start <= task.span.end <= len(text)
        assert text[task.span.start : task.span.end] == task.span.text
        if task.deadline:
            assert 0 <= task.deadline.start <= task.deadline.end <= len(text)
        if task.cue:
            assert text[task.cue.start : task.cue.end] == task.cue.text
    for ref in result.references:
        assert text[ref.start : ref.end] == ref.text


@PROPERTY
@given(texts)
def test_extract_text_keeps_its_invariants(text):
    try:
        result = extract_text(text)
    except NhiemvuError:
        return  # an empty text, noise ...: a clear error is an answer
    _check(result)


@PROPERTY
@given(st.binary(max_size=600))
def test_text_parser_only_raises_our_errors(data):
    try:
        doc = parse_text(data, Path("x.txt"))
    except NhiemvuError:
        return
    doc.text.encode("utf-8", errors="surrogatepass")  # a str, whatever the bytes


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from([f.encode("utf-8", "surrogatepass") for f in FRAGMENTS]),
                          st.binary(max_size=6)), max_size=25).map(b"".join))
def test_any_bytes_become_a_document_or_one_of_our_errors(data):
    try:
        raw = parse_bytes(data, Path("x.txt"))
    except NhiemvuError:
        return
    from pipeline.api import extract_raw

    try:
        result = extract_raw(raw, source="x.txt")
    except NhiemvuError:
        return
    _check(result)


names = st.binary(min_size=1, max_size=24).filter(lambda b: b"/" not in b and b"\x00" not in b
                                                 and b not in (b".", b".."))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(names, min_size=1, max_size=4, unique=True))
def test_file_names_of_any_bytes_are_walked_and_recorded(tmp_path_factory, raw_names):
    import json
    import os

    from pipeline.batch import collect
    from pipeline.inputs import shown

    root = tmp_path_factory.mktemp("names")
    for raw in raw_names:
        Path(os.fsdecode(bytes(root) + b"/" + raw)).write_text("UBND tỉnh giao Sở Y tế chủ trì.", encoding="utf-8")
    jobs, skipped = collect([root])
    assert len(jobs) + len(skipped) == len(raw_names)
    for line in [s.record() for s in skipped] + [{"file": shown(j.path)} for j in jobs]:
        json.dumps(line, ensure_ascii=False).encode("utf-8")  # never a lone surrogate in an output line


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12)


@PROPERTY
@given(spans=_SPANS, ordered=st.booleans(), bounds=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)),
                                                             min_size=1, max_size=6))
def test_the_agencies_of_a_stretch_are_those_wholly_inside_it(spans: list[tuple[int, int]], ordered: bool,
                                                               bounds: list[tuple[int, int]]) -> None:
    """The searched starts of a list in text order give what a scan of the whole list gives, asked again and
    again of the same list, and of a list out of order."""
    from pipeline.extractors.agencies import FoundAgency
    from pipeline.extractors.tasks.actors import agencies_in

    agencies = [FoundAgency("X", "X", start, start + size) for start, size in spans]
    if ordered:
        agencies.sort(key=lambda a: a.start)
    for start, end in bounds:
        assert agencies_in(agencies, start, end) == [a for a in agencies if start <= a.start and a.end <= end]
    agencies.append(FoundAgency("Y", "Y", 0, 1))  # a list that grew is read anew
    assert agencies_in(agencies, 0, 100) == [a for a in agencies if a.end <= 100]
