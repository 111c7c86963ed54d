"""--engine dask under the limits, on real Dask clusters: each document in a sandbox child process."""

import json
import os
from pathlib import Path

import pytest

from pipeline.batch import run_batch

from .fixtures.documents import SMALL_NOTICE
from .test_batch_processes import _huge

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")

SMALL = SMALL_NOTICE.formal_text()


@pytest.fixture()
def huge_and_small(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _huge(docs)
    (docs / "b.txt").write_text(SMALL, encoding="utf-8")
    return docs


def _errors(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]


def test_a_document_past_the_time_limit_fails_alone_on_an_existing_cluster(huge_and_small, tmp_path):
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary = run_batch([huge_and_small], out, engine="dask", scheduler=cluster.scheduler_address, timeout=1)
        worker_pids = list(client.run(os.getpid).values())
        # the batch's end stops the sandboxes: the cluster's workers are left without children
        assert [child for pid in worker_pids for child in psutil.Process(pid).children()] == []
    assert (summary.documents, summary.failures) == (1, 1)
    errors = _errors(out)
    assert [(Path(e["file"]).name, e["stage"]) for e in errors] == [("a-huge.txt", "timeout")]
    assert "time limit of 1 s" in errors[0]["reason"]
    assert (out / "b.txt.json").is_file()


def test_a_document_past_the_memory_cap_fails_alone_on_a_local_cluster(huge_and_small, tmp_path):
    out = tmp_path / "out"
    # a sandbox child with the models loaded maps some 370 MB; the huge document needs far more
    summary = run_batch([huge_and_small], out, workers=1, engine="dask", memory_mb=450)
    errors = _errors(out)
    assert [(Path(e["file"]).name, e["stage"]) for e in errors] == [("a-huge.txt", "memory")]
    assert summary.documents == 1 and (out / "b.txt.json").is_file()
