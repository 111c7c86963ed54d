"""The review report in a real headless browser (Debian's chromium): its own script runs, nothing injected does.

``--dump-dom`` prints the DOM after the page's scripts have run, so whatever an injected
script or event handler did (a changed title, a ``data-pwned`` attribute, a new element)
shows in it.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from pipeline.export import load_results, to_dataframe
from pipeline.frames import deadline_status, filter_tasks
from pipeline.review import render_report

from .fixtures.outputs import HOSTILE_NAME, HOSTILE_NOTICE, extract_corpus, extract_hostile
from .test_review import Elements


def _browser() -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    return next((found for found in map(shutil.which, names) if found), None)


BROWSER = _browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no headless chromium on PATH (apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    return extract_corpus(tmp_path_factory.mktemp("corpus-out"))


@pytest.fixture(scope="module")
def corpus_page(corpus_out, tmp_path_factory):
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text(render_report(load_results(corpus_out)), encoding="utf-8")
    return page


def dump_dom(page: Path, query: dict[str, str] | None = None, fragment: str = "") -> Elements:
    """The DOM chromium holds once ``page`` has loaded and its scripts have run."""
    url = page.resolve().as_uri()
    if query:
        url += "?" + urllib.parse.urlencode(query)
    if fragment:
        url += "#" + fragment
    done = subprocess.run(
        [BROWSER, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
         "--mute-audio", f"--user-data-dir={page.parent / '.chromium-profile'}", "--virtual-time-budget=5000",
         "--dump-dom", url],
        capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-3000:]
    return Elements(done.stdout)


def effects(dom: Elements) -> list[str]:
    """What the hostile payloads would have left behind, had any of them run."""
    found = ["title changed"] if "PWNED" in "".join(dom.raw["title"]) else []
    found += [f"<{tag} data-pwned={attrs['data-pwned']}>" for tag, attrs in dom.tags if "data-pwned" in attrs]
    found += [f"<{tag}> element" for tag, _ in dom.tags if tag in ("img", "svg", "iframe", "textarea")]
    return found


def ready(dom: Elements) -> bool:
    """The report's own script ran to its end (it is allowed by the page's CSP)."""
    return any(tag == "html" and attrs.get("data-ready") == "1" for tag, attrs in dom.tags)


def rows(dom: Elements) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in dom.tags if tag == "tr" and "task" in (attrs.get("class") or "").split()]


def test_the_check_sees_payloads_that_do_run(tmp_path):
    """A control: the same payloads pasted unescaped into a page do leave their marks."""
    page = tmp_path / "unescaped.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body><pre>{HOSTILE_NOTICE}</pre>"
                    "</body></html>", encoding="utf-8")
    found = effects(dump_dom(page))
    assert "title changed" in found
    assert any("data-pwned" in f for f in found)


def test_hostile_document_runs_nothing_and_shows_as_text(tmp_path):
    results = load_results(extract_hostile(tmp_path))
    page = tmp_path / "report.html"
    page.write_text(render_report(results), encoding="utf-8")
    dom = dump_dom(page)
    assert ready(dom)
    assert effects(dom) == []
    text = "".join(dom.text)
    assert "<script>document.title='PWNED'</script>" in text
    assert "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">" in text
    assert HOSTILE_NAME in text
    assert len(rows(dom)) == len(results[0].tasks)


def test_escaping_alone_stops_the_payloads(tmp_path):
    """Without the Content-Security-Policy (a viewer that ignores it) nothing runs either."""
    results = load_results(extract_hostile(tmp_path))
    source = render_report(results)
    without_csp, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", source)
    assert removed == 1
    page = tmp_path / "no-csp.html"
    page.write_text(without_csp, encoding="utf-8")
    dom = dump_dom(page)
    assert ready(dom)
    assert effects(dom) == []


def test_corpus_report_shows_every_task(corpus_out, corpus_page):
    results = load_results(corpus_out)
    tasks = [t for r in results for t in r.tasks]
    dom = dump_dom(corpus_page)
    assert ready(dom)
    shown = rows(dom)
    assert len(shown) == len(tasks) and not [r for r in shown if "hidden" in r]
    ids = {attrs["id"] for _, attrs in dom.tags if "id" in attrs}
    assert all(f"task-{r['data-key']}" in ids for r in shown)
    text = " ".join("".join(dom.text).split())
    assert all(" ".join(t.action.split()) in text for t in tasks)
    assert f"{len(tasks)} of {len(tasks)} tasks" in text  # the filter count, written by the script


def _queries(corpus_out) -> list[dict[str, str]]:
    """Filter settings each chosen from the data so that it selects some rows, and not all."""
    frame = to_dataframe(load_results(corpus_out))
    dated = frame.dropna(subset=["deadline_due"]).sort_values("deadline_due")
    middle = dated.deadline_due.iloc[len(dated) // 2]
    today = (middle - dt.timedelta(days=10)).date().isoformat()
    undated = frame[frame.deadline_due.isna()]
    lead = undated.lead[undated.lead != ""].str.split("; ").explode().value_counts().index[0]
    support = frame.support[frame.support != ""].str.split("; ").explode().value_counts().index[0]
    later_type = dated[dated.deadline_due > middle].doc_type.iloc[0]
    edge = (middle - dt.timedelta(days=30)).date().isoformat()  # ``middle`` falls due on the last day
    return [
        {"today": today, "deadline": "overdue"},
        {"today": today, "deadline": "upcoming", "days": "30"},
        {"today": edge, "deadline": "upcoming", "days": "30"},
        {"today": middle.date().isoformat(), "deadline": "overdue"},  # due today is not overdue
        {"today": today, "deadline": "undated", "agency": lead, "role": "lead"},
        {"today": today, "agency": support, "role": "support"},
        {"today": today, "agency": support},
        {"today": today, "type": later_type, "deadline": "later"},
    ]


def test_filters_pick_the_rows_python_picks(corpus_out, corpus_page):
    frame = to_dataframe(load_results(corpus_out))
    for query in _queries(corpus_out):
        dom = dump_dom(corpus_page, query)
        status = deadline_status(frame.deadline_due, query["today"], int(query.get("days", 30)))
        assert {r["data-key"]: r["data-status"] for r in rows(dom)} == dict(zip(frame.task_id, status, strict=True))
        expected = filter_tasks(frame, agency=query.get("agency"), role=query.get("role") or "any",
                                doc_type=query.get("type"))
        if query.get("deadline"):
            expected = expected[status[expected.index] == query["deadline"]]
        visible = {r["data-key"] for r in rows(dom) if "hidden" not in r}
        assert visible == set(expected.task_id), query
        assert 0 < len(visible) < len(frame), f"a query that selects none or all tests little: {query}"


def test_task_link_focuses_its_span_and_row(corpus_page, corpus_out):
    task = max((t for r in load_results(corpus_out) for t in r.tasks), key=lambda t: len(t.span.text))
    dom = dump_dom(corpus_page, fragment=f"task-{task.id}")
    row = next(a for t, a in dom.tags if a.get("id") == f"row-{task.id}")
    assert "current" in row["class"].split()
    focused = [a for _, a in dom.tags if "focus" in (a.get("class") or "").split()]
    assert focused and all(task.id in a["data-task"].split() for a in focused)
