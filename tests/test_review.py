import base64
import datetime as dt
import hashlib
import html
import json
import re
import shutil
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import load_results
from pipeline.review import notebook_html, render_report, text_html

from .fixtures.outputs import CORPUS, HOSTILE_NAME, PAYLOADS, extract_corpus, extract_hostile

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    return extract_corpus(tmp_path_factory.mktemp("corpus-out"))


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    return extract_hostile(tmp_path_factory.mktemp("hostile"))


class Elements(HTMLParser):
    """Every start tag with its attributes; the text of <script>, <style> and <title> apart."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": [], "title": []}
        self.text: list[str] = []
        self._in: str | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.raw else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.text.append(data)

    def with_attr(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.tags if name in attrs]


def test_every_task_has_a_row_and_a_span_anchor(corpus_out):
    results = load_results(corpus_out)
    page = Elements(render_report(results))
    rows = [a for tag, a in page.tags if tag == "tr" and a.get("class") == "task"]
    assert len(rows) == sum(len(r.tasks) for r in results)
    ids = {a["id"] for _, a in page.tags if "id" in a}
    for row in rows:
        assert f"task-{row['data-key']}" in ids
    # The row's action links to the span; the span's tag links back to the row.
    hrefs = {a["href"] for tag, a in page.tags if tag == "a" and "href" in a}
    assert all(f"#task-{row['data-key']}" in hrefs and f"#{row['id']}" in hrefs for row in rows)


def test_anchor_ids_are_unique_even_for_duplicate_documents(corpus_out, tmp_path):
    folder = tmp_path / "dup"
    folder.mkdir()
    seed = next(corpus_out.glob("000_*.json"))
    shutil.copy(seed, folder / "a.txt.json")
    shutil.copy(seed, folder / "b.txt.json")  # same text, so the same task ids
    page = Elements(render_report(load_results(folder)))
    ids = [a["id"] for _, a in page.tags if "id" in a]
    assert len(ids) == len(set(ids))


def test_report_is_self_contained(corpus_out):
    source = render_report(load_results(corpus_out))
    page = Elements(source)
    assert not [t for t, _ in page.tags if t in ("link", "img", "iframe", "object", "embed", "base")]
    assert not page.with_attr("src")
    assert all(a["href"].startswith("#") for a in page.with_attr("href"))
    css = "".join(page.raw["style"])
    assert "url(" not in css and "@import" not in css
    assert not re.search(r"\b(fetch|XMLHttpRequest|import\(|WebSocket)\b", "".join(page.raw["script"]))


def test_content_security_policy_pins_the_inline_code(corpus_out):
    page = Elements(render_report(load_results(corpus_out)))
    policy = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") ==
                  "Content-Security-Policy")
    assert "default-src 'none'" in policy
    for kind, directive in (("script", "script-src"), ("style", "style-src")):
        (code,) = page.raw[kind]
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy


def test_hostile_text_is_escaped_everywhere(hostile_out):
    results = load_results(hostile_out)
    source = render_report(results)
    for payload in PAYLOADS:
        assert payload not in source
    page = Elements(source)
    assert [t for t, _ in page.tags if t == "script"] == ["script"]  # only the report's own
    assert not [t for t, _ in page.tags if t in ("img", "svg", "iframe", "textarea")]
    assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)]
    text = "".join(page.text)
    assert "<script>document.title='PWNED'</script>" in text  # shown to the reviewer, as text
    assert HOSTILE_NAME in text
    # Attribute values survive the round trip: the agency lists stay valid JSON.
    leads = [json.loads(a["data-lead"]) for t, a in page.tags if t == "tr" and "data-lead" in a]
    assert ["Sở Y tế"] in leads


def test_text_html_keeps_the_document_text():
    from pipeline.api import extract

    result = extract(CORPUS / "nv05_thainguyen-tb-ket-luan-du-an-giao-thong-2025.txt")
    rendered = text_html(result)
    without_tags = re.sub(r'<(a|span) class="tag"[^>]*>T\d+</\1>', "", rendered)
    assert html.unescape(re.sub(r"<[^>]+>", "", without_tags)) == result.document.text
    assert rendered.count('class="tag"') == len(result.tasks)


def test_notebook_view_has_scoped_styles_and_no_links(corpus_out):
    result = max(load_results(corpus_out), key=lambda r: len(r.tasks))
    fragment = notebook_html(result)
    page = Elements(fragment)
    assert not page.with_attr("href") and not page.raw["script"]
    selectors = [s.strip() for rule in re.findall(r"([^{}]+)\{[^{}]*\}", "".join(page.raw["style"]))
                 for s in rule.split(",")]
    assert len(selectors) > 20
    assert all(s.startswith(".nv-report") for s in selectors), selectors


def test_filters_list_agencies_types_and_fixed_today(corpus_out):
    results = load_results(corpus_out)
    page = Elements(render_report(results, today=dt.date(2024, 5, 1)))
    options = {}
    select = None
    for tag, attrs in page.tags:
        if tag == "select":
            select = attrs["id"]
        elif tag == "option":
            options.setdefault(select, []).append(attrs["value"])
    names = {a.name for r in results for t in r.tasks for a in t.lead + t.support}
    assert set(options["f-agency"]) == names | {""}
    assert set(options["f-type"]) == {r.document.doc_type for r in results if r.tasks} | {""}
    assert set(options["f-deadline"]) == {"", "overdue", "upcoming", "later", "undated"}
    assert next(a for _, a in page.tags if a.get("id") == "f-today")["value"] == "2024-05-01"


def test_cli_review_writes_the_report(corpus_out, tmp_path):
    target = tmp_path / "r" / "report.html"
    result = runner.invoke(app, ["review", str(corpus_out), "-o", str(target), "--today", "2024-05-01"])
    assert result.exit_code == 0, result.output
    page = Elements(target.read_text("utf-8"))
    tasks = sum(len(r.tasks) for r in load_results(corpus_out))
    assert len([1 for t, a in page.tags if t == "tr" and a.get("class") == "task"]) == tasks
    assert f"{tasks} tasks" in result.output


def test_cli_review_lists_failed_files(tmp_path):
    out = tmp_path / "out"
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(CORPUS / "000_8090ff3dc2291dd3.txt", docs / "a.txt")
    (docs / "<b>empty<b>.txt").write_bytes(b"")
    runner.invoke(app, ["extract", str(docs), "--out", str(out), "--quiet"])
    result = runner.invoke(app, ["review", str(out)])
    assert result.exit_code == 0, result.output
    source = (out / "review.html").read_text("utf-8")
    assert "Files that failed (1)" in source and "&lt;b&gt;empty&lt;b&gt;.txt" in source


@pytest.mark.parametrize(("setup", "message"), [
    (lambda d: None, "no such folder"),
    (lambda d: d.mkdir(), "holds no document JSON"),
    (lambda d: (d.mkdir(), (d / "x.json").write_text('{"not": "a result"}')), "not an nhiemvu document result"),
], ids=["missing", "empty", "foreign-json"])
def test_cli_review_refuses_a_folder_without_results(tmp_path, setup, message):
    folder = tmp_path / "out"
    setup(folder)
    result = runner.invoke(app, ["review", str(folder), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert not (tmp_path / "r.html").exists()
