"""Hostile and broken input (issue 12): every file a document or a clear error, nothing lost, nothing leaked."""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from pipeline.batch import run_batch
from pipeline.errors import NhiemvuError
from pipeline.inputs import shown
from pipeline.parsers import archive
from tests.fixtures import hostile
from tests.fixtures.tools import has_soffice

LIMIT = 100_000  # the hostile corpus's huge.txt holds 165,000 characters; its good documents < 10,000


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_EXPANDED", 1024 * 1024)  # bomb.docx expands to 2 MB: kept small
    expected = hostile.build(tmp_path / "in", tmp_path / "outside")
    if not has_soffice():  # the noise .doc then fails for want of LibreOffice, still a clear error
        expected["noise.doc"] = "parse"
    return tmp_path / "in", expected


@pytest.mark.parametrize(
    ("name", "stage", "says"),
    [
        ("empty.txt", "read", "the file is empty"),
        ("noise.txt", "detect", "not supported"),
        ("latin-noise.txt", "detect", "does not read as Vietnamese text"),
        ("encrypted.pdf", "password", "password-protected PDF: wrong or missing --password"),
        ("encrypted.docx", "password", "password-protected Office file"),
        ("truncated.docx", "parse", "damaged DOCX (not a valid ZIP archive"),
        ("bad-crc.docx", "parse", "damaged DOCX (not a valid ZIP archive"),
        ("bomb.docx", "parse", "would expand from"),
        ("huge.txt", "limit", "over the limit of 100,000 per document"),
    ],
    ids=lambda v: str(v),
)
def test_each_broken_file_is_a_clear_error(corpus, name, stage, says):
    root, _ = corpus
    with pytest.raises(NhiemvuError) as caught:
        extract(root / name, max_chars=LIMIT)
    assert caught.value.stage == stage
    assert says in caught.value.reason


def test_ole_noise_is_not_a_document(corpus):
    root, expected = corpus
    with pytest.raises(NhiemvuError) as caught:
        extract(root / "noise.doc")
    assert caught.value.stage == expected["noise.doc"]


def test_a_batch_of_hostile_files_beside_good_ones_accounts_for_every_input(corpus, tmp_path):
    root, expected = corpus
    out = tmp_path / "out"
    summary = run_batch([root], out, max_chars=LIMIT)

    def lines(name):
        return [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]

    errors = {e["file"].rsplit("/", 1)[-1]: e for e in lines("errors.jsonl")}
    skipped = {s["file"].rsplit("/", 1)[-1]: s for s in lines("skipped.jsonl")}
    documents = {shown(p.name)[: -len(".json")] for p in out.glob("*.json")}
    seen = {**{n: "document" for n in documents}, **{n: e["stage"] for n, e in errors.items()},
            **{n: "skipped" for n in skipped}}
    assert seen == expected
    assert all(e["reason"] and "traceback" not in e for e in errors.values())
    assert all(s["reason"] for s in skipped.values())
    assert summary.documents == len(documents) and summary.failures == len(errors)
    # The good documents' tasks are all there, and nothing from outside the input tree was read.
    tasks = lines("tasks.jsonl")
    for name in hostile.GOOD:
        alone = extract(root / name)
        assert sum(t["source"].endswith(name) for t in tasks) == len(alone.tasks) > 0
    assert not any("Bí mật" in json.dumps(t, ensure_ascii=False) for t in tasks)
    assert "outside the input folder" in skipped["out-link.txt"]["reason"]
