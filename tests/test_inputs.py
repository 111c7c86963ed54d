"""Input paths before they are opened: odd names, special files, symlinks out of the tree."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from pipeline.batch import collect, run_batch
from pipeline.inputs import shown, skip_reason, special_reason
from pipeline.walk import walk
from tests.conftest import CORPUS

DOCUMENT = CORPUS / "000_8090ff3dc2291dd3.txt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"thong-bao.txt", "thong-bao.txt"),
        ("thông-báo.txt".encode(), "thông-báo.txt"),
        (b"bad\xff.txt", "bad\\xff.txt"),
        (b"c\xf4ng-v\xe4n.txt", "c\\xf4ng-v\\xe4n.txt"),  # Latin-1 bytes of a Windows archive
    ],
    ids=["ascii", "utf8", "ff", "latin1"],
)
def test_shown_escapes_undecodable_bytes(raw, expected):
    name = shown(Path(os.fsdecode(raw)))
    assert name == expected
    name.encode("utf-8")  # never a lone surrogate


def test_special_files_are_named(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert special_reason(fifo) == "a FIFO (named pipe), not a document: never opened"
    assert special_reason(Path("/dev/null")) == "a character device, not a document: never opened"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "s.sock"))
        assert special_reason(tmp_path / "s.sock").startswith("a socket")
    assert special_reason(DOCUMENT) is None


@pytest.fixture
def tree(tmp_path):
    """An input folder with a FIFO, symlinks in and out of it and an undecodable name."""
    root, outside = tmp_path / "in", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("bí mật", encoding="utf-8")
    (root / "sub" / "doc.txt").write_bytes(DOCUMENT.read_bytes())
    Path(os.fsdecode(bytes(root) + b"/bad\xff.txt")).write_bytes(DOCUMENT.read_bytes())
    os.mkfifo(root / "pipe.txt")
    (root / "out-link.txt").symlink_to(outside / "secret.txt")
    (root / "in-link.txt").symlink_to(root / "sub" / "doc.txt")
    (root / "broken.txt").symlink_to(root / "nowhere")
    (root / "out-dir").symlink_to(outside)
    return root


def test_walk_skips_special_files_and_symlinks_out_of_the_tree(tree):
    documents, skipped = walk(tree)
    names = sorted(shown(d.relative_to(tree)) for d in documents)
    assert names == ["bad\\xff.txt", "in-link.txt", "sub/doc.txt"]
    reasons = {s.path.name: s.reason for s in skipped}
    assert reasons["pipe.txt"].startswith("a FIFO")
    assert "outside the input folder" in reasons["out-link.txt"]
    assert "outside the input folder" in reasons["out-dir"]
    assert reasons["broken.txt"].startswith("a broken symlink")
    assert skip_reason(tree / "in-link.txt", tree) is None


def test_a_fifo_named_on_the_command_line_is_skipped_not_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block this test forever
    jobs, skipped = collect([fifo])
    assert jobs == [] and skipped[0].reason.startswith("a FIFO")


def test_batch_of_odd_names_and_links_writes_every_record(tree, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([tree], out)
    # the link inside the tree is the same file as its target: read once, the link accounted for
    assert summary.documents == 2 and summary.failures == 0 and summary.skipped == 5
    skipped = [json.loads(line) for line in (out / "skipped.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {s["file"].rsplit("/", 1)[-1] for s in skipped} == {"pipe.txt", "out-link.txt", "broken.txt", "out-dir",
                                                              "in-link.txt"}
    assert any("read once" in s["reason"] for s in skipped if s["file"].endswith("in-link.txt"))
    sources = {json.loads(line)["source"] for line in (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()}
    assert any(s.endswith("bad\\xff.txt") for s in sources)
    assert not any("secret" in s for s in sources)


def test_an_error_on_a_file_named_like_markup_prints_the_name(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    empty = tmp_path / "[red]thong-bao[i].txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(empty)])
    assert result.exit_code == 1
    assert "[red]thong-bao[i].txt: the file is empty" in result.output.replace("\n", "")  # rich wraps
