"""Size limits are checked before the work; spaCy's own limit never fires; overlap tests scale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import extract, extract_text
from pipeline.cli import app
from pipeline.errors import LimitError
from pipeline.extractors.intervals import Intervals
from pipeline.nlp import annotate, build_nlp
from pipeline.parsers import ReadOptions, parse_bytes
from tests.fixtures.pdfs import make_pdf, notice_pages

SENTENCE = "UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch, hoàn thành trước ngày 30/6/2024.\n"


def test_a_text_over_the_limit_fails_naming_the_limit_and_the_flag():
    with pytest.raises(LimitError) as caught:
        extract_text(SENTENCE * 10, max_chars=100)
    assert caught.value.stage == "limit"
    assert "over the limit of 100 per document" in caught.value.reason
    assert "--max-chars" in caught.value.reason


def test_no_limit_and_a_text_under_it_are_read():
    assert extract_text(SENTENCE, max_chars=None).tasks
    assert extract_text(SENTENCE, max_chars=len(SENTENCE)).tasks


def test_spacy_max_length_follows_the_text(monkeypatch):
    nlp = build_nlp(None, "whitespace")
    monkeypatch.setattr(nlp, "max_length", 50)  # as if the text were over spaCy's default 1,000,000
    doc = annotate(SENTENCE * 3, year=2024, issued=None, tokens="whitespace")
    assert doc.text == SENTENCE * 3


def test_max_chars_flag_records_a_limit_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kh.txt").write_text(SENTENCE * 10, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                      "--max-chars", "100", "--quiet"])
    assert result.exit_code == 1
    line = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8")
    assert '"stage": "limit"' in line and "--max-chars" in line


@pytest.mark.parametrize(
    ("spans", "query", "overlaps"),
    [
        ([(10, 20)], (20, 30), False),
        ([(10, 20)], (19, 30), True),
        ([(10, 20)], (0, 10), False),
        ([(10, 20), (15, 40)], (35, 36), True),  # merged
        ([(10, 20), (30, 40)], (20, 30), False),  # the gap between two spans
        ([(10, 20), (30, 40)], (12, 12), False),  # an empty span overlaps nothing
        ([], (0, 5), False),
    ],
    ids=["touching-after", "overlap", "touching-before", "merged", "gap", "empty", "none"],
)
def test_intervals_overlap(spans, query, overlaps):
    assert Intervals(spans).overlaps(*query) is overlaps


def test_overlap_tests_look_at_one_interval_each_whatever_the_count():
    """The quadratic scan looked at every taken span for each new match: n * (n - 1) / 2 probes."""
    for n in (100, 1000):
        taken = Intervals()
        for k in range(n):  # "trước ngày 30/6/2024, " repeated: one span every 22 characters
            start = 22 * k
            assert not taken.overlaps(start, start + 20)
            taken.add(start, start + 20)
        assert len(taken) == n and taken.probes == n


def test_a_repeated_deadline_phrase_is_read_once_per_repetition(resources):
    from pipeline.extractors.deadlines import find_deadlines

    found = find_deadlines("trước ngày 30/6/2024, " * 2000, resources)
    assert len(found) == 2000 and {d.kind for d in found} == {"date"}


def test_a_file_over_the_byte_limit_fails_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "kh.txt"
    path.write_text(SENTENCE * 10, encoding="utf-8")

    def never(_self):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(LimitError) as caught:
        extract(path, max_bytes=100)
    assert caught.value.stage == "limit"
    size = path.stat().st_size
    assert caught.value.reason.startswith(f"{size:,} bytes, over the limit of 100 per file: raise it with "
                                          "--max-bytes (max_bytes= in the API)")


def test_a_file_at_the_byte_limit_is_read(tmp_path):
    path = tmp_path / "kh.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    assert extract(path, max_bytes=path.stat().st_size).tasks
    assert extract(path, max_bytes=None).tasks


def test_bytes_given_to_the_parser_are_held_to_the_limit():
    with pytest.raises(LimitError, match="over the limit of 10 per file"):
        parse_bytes(SENTENCE.encode(), Path("kh.txt"), ReadOptions(max_bytes=10))


def test_limit_flags_in_a_batch_fail_files_unread_and_a_raised_limit_reads_them(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kh.txt").write_text(SENTENCE * 10, encoding="utf-8")
    (tmp_path / "in" / "bao-cao.pdf").write_bytes(make_pdf(notice_pages(3, lines_per_page=2)))
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "-j", "1"]
    result = CliRunner().invoke(app, [*args, "--max-bytes", "300", "--max-pages", "2"])
    assert result.exit_code == 1
    errors = {Path(e["file"]).name: e for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())}
    assert errors["kh.txt"]["stage"] == "limit" and "--max-bytes" in errors["kh.txt"]["reason"]
    assert errors["bao-cao.pdf"]["stage"] == "limit"
    assert "over the limit of" in errors["bao-cao.pdf"]["reason"]
    # The same folder again with the limits raised: the limit failures are retried, not kept.
    result = CliRunner().invoke(app, [*args, "--max-pages", "3"])
    assert result.exit_code == 0, result.output
    assert (out / "errors.jsonl").read_text("utf-8") == ""
    assert (out / "bao-cao.pdf.json").is_file()
