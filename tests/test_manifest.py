"""The manifest: which rows already hold their document's result."""

import pytest

from pipeline.manifest import Manifest, Row, is_current, pipeline_version


def _row(status="done", digest="h1", version="v1", stage=None, output="a.txt.json"):
    return Row("a.txt", "docs/a.txt", digest, version, status, output if status == "done" else None, 3,
               {"file": "docs/a.txt", "stage": stage, "reason": "..."} if stage else None, None)


@pytest.mark.parametrize(("row", "current"), [
    (_row(), True),
    (_row(digest="h0"), False),
    (_row(version="v0"), False),
    (_row(output="gone.json"), False),
    (_row(status="running"), False),
    (_row(status="failed", stage="decode"), True),
    (_row(status="failed", stage="timeout"), False),
    (_row(status="failed", stage="worker"), False),
    (_row(status="failed", stage="memory"), False),
    (_row(status="failed", stage="limit"), False),  # the limit may have been raised
    (_row(status="failed", stage="password"), False),  # a --password may be given now
    (None, False),
], ids=["done", "content-changed", "rules-changed", "json-removed", "in-flight", "failure-again",
        "timeout-retried", "worker-retried", "memory-retried", "limit-retried", "password-retried", "new"])
def test_is_current(tmp_path, row, current):
    (tmp_path / "a.txt.json").write_text("{}", encoding="utf-8")
    assert is_current(row, "h1", "v1", tmp_path) is current


def test_rows_survive_a_new_connection(tmp_path):
    manifest = Manifest(tmp_path)
    manifest.running("a.txt", "docs/a.txt", "h1", "v1", pid=42)
    manifest.done("b.txt", "docs/b.txt", "h2", "v1", "b.txt.json", 5)
    manifest.failed("c.txt", "docs/c.txt", "h3", "v1", {"file": "docs/c.txt", "stage": "read", "reason": "trống"})
    manifest.close()  # no commit call: every write is committed at once
    again = Manifest(tmp_path)
    rows = again.rows()
    again.drop(["a.txt"])
    assert set(again.rows()) == {"b.txt", "c.txt"}
    again.close()
    assert (rows["a.txt"].status, rows["a.txt"].pid) == ("running", 42)
    assert (rows["b.txt"].output, rows["b.txt"].tasks) == ("b.txt.json", 5)
    assert rows["c.txt"].error == {"file": "docs/c.txt", "stage": "read", "reason": "trống"}


def test_pipeline_version_names_the_package_and_the_rules():
    from pipeline import __version__

    version = pipeline_version()
    assert version.startswith(f"{__version__}+") and version == pipeline_version()
