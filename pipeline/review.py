"""The review report: one self-contained HTML file with every document of an output folder.

Each document's text is shown with its task spans, references, deadlines and agencies
highlighted; one task table (action, lead, support, deadline, references, confidence)
links every task to its span and filters by agency, deadline status and document type.

Safety: every piece of document data goes through ``html.escape`` (text and attribute
values alike); the only markup is the report's own. The inline CSS and JS are pinned by
a Content-Security-Policy of their SHA-256 hashes with ``default-src 'none'``, so even a
mistake in escaping could not load or run anything, and the file makes no network request.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Any

from .highlight import document_marks, segments
from .schema import Agency, DocumentResult, Task

DEADLINE_FILTERS = (("", "any deadline"), ("overdue", "overdue"), ("upcoming", "upcoming"),
                    ("later", "later"), ("undated", "no due date"))
LOW_CONFIDENCE = 0.5


def _asset(name: str) -> str:
    return (files("pipeline") / "assets" / name).read_text(encoding="utf-8")


def _e(value: Any) -> str:
    """Escape for text and for double- or single-quoted attribute values."""
    return escape("" if value is None else str(value), quote=True)


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


@dataclass
class Numbering:
    """Report-wide task numbers (T1, T2 ...) and anchor keys, per document: task id -> value.

    Keys are unique across the report even when two files hold the same text (and so the
    same task ids): ``task-<key>`` marks the span, ``row-<key>`` the table row.
    """

    keys: list[dict[str, str]]
    numbers: list[dict[str, int]]

    @classmethod
    def of(cls, results: Sequence[DocumentResult]) -> Numbering:
        keys: list[dict[str, str]] = []
        numbers: list[dict[str, int]] = []
        used: set[str] = set()
        for result in results:
            keys.append({})
            numbers.append({})
            for task in result.tasks:
                key = re.sub(r"[^A-Za-z0-9_-]", "_", task.id) or "task"
                candidate, n = key, 1
                while candidate in used:
                    n += 1
                    candidate = f"{key}_{n}"
                used.add(candidate)
                keys[-1][task.id] = candidate
                numbers[-1][task.id] = len(used)
        return cls(keys, numbers)


def text_html(result: DocumentResult, doc_index: int = 0, numbering: Numbering | None = None,
              *, links: bool = True) -> str:
    """The document text, escaped, with every mark as a ``<span class="hl KIND ...">``.

    A tag ``T<n>`` (anchor ``task-<key>``) opens each task span; with ``links`` it links
    back to the task's table row.
    """
    if numbering is None:
        numbering, doc_index = Numbering.of([result]), 0
    keys, numbers = numbering.keys[doc_index], numbering.numbers[doc_index]
    text = result.document.text
    anchors: dict[int, list[str]] = {}
    for task in result.tasks:
        key, n = keys[task.id], numbers[task.id]
        title = _e(f"T{n}: {task.action}")
        tag = (f'<a class="tag" id="task-{key}" href="#row-{key}" title="{title}">T{n}</a>' if links
               else f'<span class="tag" title="{title}">T{n}</span>')
        anchors.setdefault(task.span.start, []).append(tag)
    for j, ref in enumerate(result.references):
        anchors.setdefault(ref.start, []).insert(0, f'<a class="ref-anchor" id="ref-{doc_index}-{j}"></a>')
    parts: list[str] = []
    for segment in segments(len(text), document_marks(result)):
        parts.extend(anchors.pop(segment.start, []))
        chunk = _e(text[segment.start:segment.end])
        if not segment.marks:
            parts.append(chunk)
            continue
        kinds = [k for k in ("task", "reference", "deadline", "lead", "support") if k in segment.kinds]
        tasks = [keys[t] for t in dict.fromkeys(segment.keys("task"))]
        if len(tasks) > 1:
            kinds.append("overlap")
        titles = "; ".join(dict.fromkeys(m.label for m in segment.marks if m.kind != "task"))
        attrs = f' data-task="{" ".join(tasks)}"' if tasks else ""
        attrs += f' title="{_e(titles)}"' if titles else ""
        parts.append(f'<span class="hl {" ".join(kinds)}"{attrs}>{chunk}</span>')
    for leftover in anchors.values():  # anchors at the very end of the text
        parts.extend(leftover)
    return "".join(parts)


def _agencies_html(agencies: list[Agency]) -> str:
    out = []
    for a in agencies:
        now = f" <small>→ {_e(a.successor)}</small>" if a.successor else ""
        if a.inferred:
            out.append(f'<span class="inferred" title="inferred from the section or document">{_e(a.name)}</span>{now}')
        else:
            out.append(f"{_e(a.name)}{now}")
    return "; ".join(out)


def _doc_label(result: DocumentResult) -> str:
    doc = result.document
    return doc.number or (Path(doc.source).name if doc.source else doc.id)


def _task_row(task: Task, result: DocumentResult, doc_index: int, numbering: Numbering) -> str:
    key, n = numbering.keys[doc_index][task.id], numbering.numbers[doc_index][task.id]
    deadline = task.deadline
    due = deadline.due.isoformat() if deadline and deadline.due else ""
    lead = json.dumps([a.name for a in task.lead], ensure_ascii=False)
    support = json.dumps([a.name for a in task.support], ensure_ascii=False)
    data = (f'data-key="{key}" data-type="{_e(result.document.doc_type)}" '
            f'data-lead="{_e(lead)}" data-support="{_e(support)}"' + (f' data-due="{due}"' if due else ""))
    if deadline:
        kind = deadline.kind + (f", {deadline.recurrence}" if deadline.recurrence else "")
        deadline_cell = f"{_e(deadline.text)}<br><small>{_e(kind)}</small>"
    else:
        deadline_cell = ""
    ref_index = {r.number: j for j, r in reversed(list(enumerate(result.references)))}
    refs = "; ".join(f'<a href="#ref-{doc_index}-{ref_index[r]}">{_e(r)}</a>' if r in ref_index else _e(r)
                     for r in task.references)
    low = " low" if task.confidence < LOW_CONFIDENCE else ""
    return (f'<tr class="task" id="row-{key}" {data}>'
            f'<td class="num"><a href="#task-{key}">T{n}</a></td>'
            f'<td class="doc"><a href="#doc-{doc_index}">{_e(_doc_label(result))}</a></td>'
            f'<td class="action"><a href="#task-{key}">{_e(task.action)}</a></td>'
            f"<td>{_agencies_html(task.lead)}</td><td>{_agencies_html(task.support)}</td>"
            f'<td>{deadline_cell}</td><td class="due">{due}</td><td>{refs}</td>'
            f'<td class="conf{low}">{task.confidence:.2f}</td></tr>')


def _legend(*, inferred: bool = False) -> str:
    marks = "".join(f'<span class="hl {kind}">{kind}</span>' for kind in ("task", "lead", "support", "deadline",
                                                                            "reference"))
    extra = '<span class="inferred">inferred lead</span>' if inferred else ""
    return f'<p class="legend">{marks}{extra}</p>'


def _options(values: Counter[str], everything: str) -> str:
    out = [f'<option value="">{_e(everything)}</option>']
    for value in sorted(values, key=str.casefold):
        out.append(f'<option value="{_e(value)}">{_e(value)} ({values[value]})</option>')
    return "".join(out)


def _filters(results: Sequence[DocumentResult], today: dt.date | None, total: int) -> str:
    agencies: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for result in results:
        for task in result.tasks:
            agencies.update({a.name for a in task.lead + task.support})
            types[result.document.doc_type] += 1
    deadline = "".join(f'<option value="{v}">{label}</option>' for v, label in DEADLINE_FILTERS)
    return (
        '<div class="filters" role="search">'
        f'<label>Agency <select id="f-agency">{_options(agencies, "all agencies")}</select></label>'
        '<label>as <select id="f-role"><option value="">lead or support</option>'
        '<option value="lead">lead</option><option value="support">support</option></select></label>'
        f'<label>Deadline <select id="f-deadline">{deadline}</select></label>'
        '<label>upcoming = next <input id="f-days" type="number" min="0" value="30"> days</label>'
        f'<label>Type <select id="f-type">{_options(types, "all types")}</select></label>'
        f'<label>Today <input id="f-today" type="date" value="{today.isoformat() if today else ""}"></label>'
        f'<span id="f-count">{total} tasks</span></div>'
    )


def _document_section(result: DocumentResult, doc_index: int, numbering: Numbering) -> str:
    doc = result.document
    heading = " ".join(x for x in (doc.number, doc.title) if x) or _doc_label(result)
    issued = doc.issued_date.isoformat() if doc.issued_date else doc.issued_year and str(doc.issued_year)
    facts = [("Source", doc.source), ("Type", doc.doc_type), ("Number", doc.number),
             ("Issued", issued), ("Issuer", doc.issuer),
             ("Signer", doc.signer), ("Tasks", str(len(result.tasks))),
             ("Warnings", "; ".join(result.warnings) or None)]
    meta = "".join(f"<dt>{name}</dt><dd>{_e(value)}</dd>" for name, value in facts if value)
    refs = ""
    if result.references:
        items = "".join(
            f'<li><a href="#ref-{doc_index}-{j}">{_e(r.number)}</a> <small>{_e(r.kind)}'
            f'{", " + r.date.isoformat() if r.date else ""}{", " + _e(r.issuer) if r.issuer else ""}</small></li>'
            for j, r in enumerate(result.references))
        refs = f"<details><summary>References ({len(result.references)})</summary><ul>{items}</ul></details>"
    return (f'<section class="doc" id="doc-{doc_index}"><h2>{doc_index + 1}. {_e(heading)}</h2>'
            f'<dl class="meta">{meta}</dl>{refs}'
            f'<div class="text">{text_html(result, doc_index, numbering)}</div>'
            '<p class="back"><a href="#tasks">↑ task table</a></p></section>')


def _errors_section(errors: Sequence[dict[str, Any]]) -> str:
    if not errors:
        return ""
    rows = "".join(f"<tr><td>{_e(e.get('file'))}</td><td>{_e(e.get('stage'))}</td><td>{_e(e.get('reason'))}</td></tr>"
                   for e in errors)
    return (f'<section id="failures"><h2>Files that failed ({len(errors)})</h2><table class="errors">'
            f"<thead><tr><th>File</th><th>Stage</th><th>Reason</th></tr></thead><tbody>{rows}</tbody></table></section>")


def render_report(results: Sequence[DocumentResult], *, errors: Sequence[dict[str, Any]] = (),
                  today: dt.date | None = None, title: str = "nhiemvu review") -> str:
    """The whole report as one HTML string; ``today`` fixes the overdue/upcoming reference date
    (default: the viewer's date when the file is opened)."""
    css, js = _asset("review.css"), _asset("review.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    numbering = Numbering.of(results)
    total = sum(len(r.tasks) for r in results)
    rows = "".join(_task_row(task, result, i, numbering)
                   for i, result in enumerate(results) for task in result.tasks)
    contents = "".join(f'<li><a href="#doc-{i}">{_e(_doc_label(r))}</a> <small>{len(r.tasks)} tasks</small></li>'
                       for i, r in enumerate(results))
    docs = "".join(_document_section(r, i, numbering) for i, r in enumerate(results))
    head = ("<thead><tr><th>#</th><th>Document</th><th>Action</th><th>Lead</th><th>Support</th>"
            "<th>Deadline</th><th>Due</th><th>References</th><th>Confidence</th></tr></thead>")
    failed = f", {len(errors)} failed files" if errors else ""
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f"<title>{_e(title)}</title><style>{css}</style></head>\n"
        f'<body class="nv-report"><header><h1>{_e(title)}</h1>'
        f'<p class="summary">{len(results)} documents, {total} tasks{failed}.</p>{_legend(inferred=True)}</header>\n'
        f'{_filters(results, today, total)}\n'
        f'<section id="tasks"><h2>Tasks</h2><table class="tasks">{head}<tbody>{rows}</tbody></table></section>\n'
        f'<nav id="documents"><h2>Documents</h2><ol>{contents}</ol></nav>\n{docs}\n{_errors_section(errors)}\n'
        f"<script>{js}</script></body></html>\n"
    )


def notebook_html(result: DocumentResult) -> str:
    """One document, highlighted, for ``IPython.display.HTML`` (styles scoped to ``.nv-report``)."""
    return (f'<style>{_asset("review.css")}</style><div class="nv-report">{_legend()}'
            f'<div class="text">{text_html(result, links=False)}</div></div>')
