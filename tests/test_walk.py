"""Which files of a folder are documents; every other one is skipped with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import extract_text
from pipeline.batch import collect, run_batch
from pipeline.exporters import export
from pipeline.review import render_report
from pipeline.walk import export_kind, file_skip_reason, is_output_folder, walk
from tests.fixtures.documents import SMALL_NOTICE, crawled_markdown


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("thong-bao.md", None),
        ("thong-bao.markdown", None),
        ("thong-bao.txt", None),
        ("README.md", "project notes (README.md), not a document"),
        ("readme.txt", "project notes (readme.txt), not a document"),
        ("README.vi.md", "project notes (README.vi.md), not a document"),
        ("CHANGELOG.md", "project notes (CHANGELOG.md), not a document"),
        ("LICENSE", "project notes (LICENSE), not a document"),
        ("CONTRIBUTING.md", "project notes (CONTRIBUTING.md), not a document"),
        (".ghi-chu.txt", "hidden file"),
        ("thong-bao.json", "JSON data (a gold file or an earlier result), not a document"),
        ("tasks.jsonl", "nhiemvu output (tasks.jsonl)"),
        ("errors.jsonl", "nhiemvu output (errors.jsonl)"),
        ("skipped.jsonl", "nhiemvu output (skipped.jsonl)"),
        ("trang.html", None),
    ],
    ids=lambda v: str(v),
)
def test_file_skip_reason(tmp_path, name, reason):
    path = tmp_path / name
    path.write_text("<html><body>Thông báo</body></html>" if name.endswith("html") else "x", encoding="utf-8")
    assert file_skip_reason(path) == reason


@pytest.fixture(scope="module")
def result():
    return extract_text(SMALL_NOTICE.formal_text())


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "ics"])
def test_exports_are_recognised(tmp_path, result, fmt):
    path = tmp_path / f"tasks.{fmt}"
    export([result], fmt, path)
    assert export_kind(path) == f"{fmt} export"


def test_the_review_report_is_recognised_and_a_web_page_is_not(tmp_path, result):
    report, page = tmp_path / "review.html", tmp_path / "trang.html"
    report.write_text(render_report([result]), encoding="utf-8")
    page.write_text("<html><body><p>Thông báo</p></body></html>", encoding="utf-8")
    assert export_kind(report) == "review report"
    assert export_kind(page) is None


def test_a_csv_of_a_user_is_not_an_export(tmp_path):
    path = tmp_path / "danh-sach.csv"
    path.write_text("TT,Nội dung\n1,Xây dựng kế hoạch\n", encoding="utf-8")
    assert export_kind(path) is None


def _documents(root: Path) -> None:
    """A folder as users keep it: documents beside notes, gold files, hidden files and old outputs."""
    (root / "gold").mkdir(parents=True)
    (root / "sub").mkdir()
    (root / ".git").mkdir()
    (root / "thong-bao.md").write_text(crawled_markdown(SMALL_NOTICE), encoding="utf-8")
    (root / "sub" / "thong-bao.txt").write_text(SMALL_NOTICE.formal_text(), encoding="utf-8")
    (root / "README.md").write_text("# Văn bản của phòng\n", encoding="utf-8")
    (root / "gold" / "thong-bao.json").write_text("{}", encoding="utf-8")
    (root / ".ghi-chu.txt").write_text("nháp", encoding="utf-8")
    (root / ".git" / "config").write_text("[core]", encoding="utf-8")
    (root / ".git" / "HEAD").write_text("ref", encoding="utf-8")


def test_walk_reads_documents_and_accounts_for_the_rest(tmp_path):
    _documents(tmp_path)
    documents, skipped = walk(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in documents] == ["sub/thong-bao.txt", "thong-bao.md"]
    records = {Path(s.record()["file"]).relative_to(tmp_path).as_posix(): s.record() for s in skipped}
    assert set(records) == {".ghi-chu.txt", ".git", "README.md", "gold/thong-bao.json"}
    assert records[".git"]["files"] == 2 and records[".git"]["reason"] == "hidden folder"
    assert "files" not in records["README.md"]


def test_an_output_folder_inside_the_input_is_skipped_whole(tmp_path):
    docs = tmp_path / "docs"
    _documents(docs)
    run_batch([docs], docs / "out")
    assert is_output_folder(docs / "out")
    jobs, skipped = collect([docs])  # a later run, writing elsewhere
    assert len(jobs) == 2
    out = next(s for s in skipped if s.path.name == "out")
    assert out.reason.startswith("an nhiemvu output folder") and out.files >= 5


def test_the_output_folder_of_the_run_is_skipped_even_before_it_holds_tasks(tmp_path):
    docs = tmp_path / "docs"
    _documents(docs)
    (docs / "out").mkdir()
    (docs / "out" / "notes.txt").write_text("ghi chú", encoding="utf-8")
    jobs, skipped = collect([docs], docs / "out")
    assert len(jobs) == 2
    assert any(s.reason == "the output folder of this run" for s in skipped)


def test_writing_into_the_input_folder_reads_its_documents_again(tmp_path):
    _documents(tmp_path)
    first = run_batch([tmp_path], tmp_path)
    second = run_batch([tmp_path], tmp_path)
    assert first.documents == second.documents == 2
    assert second.tasks == first.tasks
    lines = [json.loads(line) for line in (tmp_path / "skipped.jsonl").read_text("utf-8").splitlines()]
    reasons = {Path(line["file"]).name: line["reason"] for line in lines}
    assert reasons["tasks.jsonl"] == "nhiemvu output (tasks.jsonl)"
    assert reasons["thong-bao.md.json"].startswith("JSON data")


def test_a_file_named_explicitly_is_always_read(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(crawled_markdown(SMALL_NOTICE), encoding="utf-8")
    jobs, skipped = collect([readme])
    assert [job.path for job in jobs] == [readme] and not skipped
