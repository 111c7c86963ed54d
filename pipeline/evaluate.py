"""Scoring against gold files, as ANNOTATION.md defines it.

Tasks are matched one to one: a predicted task matches a gold task when the gold
anchor (case, diacritics, punctuation and whitespace removed) lies inside the
predicted task's text. Optional gold tasks and optional deadlines cost nothing.
On matched tasks, lead and support are compared as sets of agency names
(abbreviations expanded, fuzzy), deadlines by kind and due, references by number.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFileError
from .extractors.agencies import expand_abbreviations
from .resources import Resources, load_resources
from .schema import DocumentResult


def squash(text: str) -> str:
    """Lowercase, no diacritics, no punctuation, no whitespace: "Sở KH&ĐT" -> "sokhdt". A PDF font's
    "ƣ" for "ư" (an anchor copied from the raw text; the extracted text has it repaired) is "u" too."""
    text = unicodedata.normalize("NFD", text.lower().replace("ƣ", "ư")).replace("đ", "d")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", text)


def _agency_key(name: str, resources: Resources) -> str:
    expanded = expand_abbreviations(name, resources)
    expanded = re.sub(r"^(?:tất cả|toàn thể)\s+", "", expanded, flags=re.IGNORECASE)
    return squash(expanded)


def agencies_match(predicted: list[str], gold_alternatives: str, resources: Resources) -> bool:
    """A predicted agency (its name or its text) against "A|B" gold alternatives."""
    for alternative in gold_alternatives.split("|"):
        gold = _agency_key(alternative, resources)
        for form in predicted:
            pred = _agency_key(form, resources)
            if not pred or not gold:
                continue
            if pred == gold:
                return True
            shorter, longer = sorted((pred, gold), key=len)
            if shorter in longer and len(shorter) >= 0.6 * len(longer):
                return True
            if difflib.SequenceMatcher(None, pred, gold).ratio() >= 0.85:
                return True
    return False


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    file: str
    tasks: Counts = field(default_factory=Counts)
    lead: Counts = field(default_factory=Counts)
    support: Counts = field(default_factory=Counts)
    task_refs: Counts = field(default_factory=Counts)
    references: Counts = field(default_factory=Counts)
    deadline_total: int = 0
    deadline_correct: int = 0
    deadline_spurious: int = 0
    doc_type_ok: bool = True
    # number, issued_date, issuer, signer: True when the prediction equals the gold value
    metadata_ok: dict[str, bool] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)
    # per rule of task assembly: tasks it found that match a gold task (tp), and those that do not (fp)
    rules: dict[str, Counts] = field(default_factory=dict)


def _set_counts(predicted: list[str], gold: list[str], resources: Resources) -> Counts:
    counts = Counts()
    unused = list(predicted)
    for alternatives in gold:
        hit = next((p for p in unused if agencies_match([p], alternatives, resources)), None)
        if hit is None:
            counts.fn += 1
        else:
            counts.tp += 1
            unused.remove(hit)
    counts.fp = len(unused)
    return counts


def _number_key(number: str) -> str:
    return re.sub(r"\s+", "", number).upper()


def score_document(result: DocumentResult, gold: dict[str, Any],
                   resources: Resources | None = None) -> DocScore:
    """Score one predicted document against its gold file."""
    resources = resources or load_resources()
    score = DocScore(file=gold["file"])
    predicted = result.tasks
    squashed = [squash(t.span.text) for t in predicted]
    candidates = []
    for index, task in enumerate(gold["tasks"]):
        anchor = squash(task["anchor"])
        matches = [i for i, text in enumerate(squashed) if anchor and anchor in text]
        candidates.append((index, matches))
    # Fewest candidates first, so an anchor with one possible match keeps it.
    assignment: dict[int, int] = {}
    for index, matches in sorted(candidates, key=lambda c: (len(c[1]), c[0])):
        free = [m for m in matches if m not in assignment.values()]
        if free:
            assignment[index] = min(free, key=lambda m: len(squashed[m]))
    for index, task in enumerate(gold["tasks"]):
        optional = task.get("optional", False)
        if index not in assignment:
            if not optional:
                score.tasks.fn += 1
                score.misses.append(task["anchor"])
            continue
        if optional:
            continue
        score.tasks.tp += 1
        pred = predicted[assignment[index]]
        lead = _set_counts([a.name for a in pred.lead], task.get("lead", []), resources)
        lead_text = _set_counts([a.text for a in pred.lead], task.get("lead", []), resources)
        lead = lead if lead.tp >= lead_text.tp else lead_text
        score.lead.add(lead)
        support = _set_counts([a.name for a in pred.support], task.get("support", []), resources)
        score.support.add(support)
        refs = {_number_key(r) for r in pred.references}
        gold_refs = {_number_key(r) for r in task.get("references", [])}
        score.task_refs.add(Counts(len(refs & gold_refs), len(refs - gold_refs),
                                   len(gold_refs - refs)))
        if lead.fn or lead.fp or support.fn or support.fp:
            score.field_errors.append({"anchor": task["anchor"], "field": "agencies",
                                       "gold": [task.get("lead"), task.get("support")],
                                       "predicted": [[a.name for a in pred.lead],
                                                     [a.name for a in pred.support]]})
        if not task.get("deadline_optional", False):
            score.deadline_total += 1
            gold_deadline = task.get("deadline")
            got = pred.deadline
            ok = (gold_deadline is None and got is None) or (
                gold_deadline is not None and got is not None
                and gold_deadline["kind"] == got.kind
                and (gold_deadline.get("due") or None) == (got.due.isoformat() if got.due else None)
            )
            score.deadline_correct += ok
            if gold_deadline is None and got is not None:
                score.deadline_spurious += 1
            if not ok:
                score.field_errors.append({
                    "anchor": task["anchor"], "field": "deadline", "gold": gold_deadline,
                    "predicted": got.model_dump(mode="json", include={"text", "kind", "due"})
                    if got else None})
    matched = set(assignment.values())
    for i, task in enumerate(predicted):
        by_rule = score.rules.setdefault(task.rule, Counts())
        if i in matched:
            by_rule.tp += 1
        else:
            by_rule.fp += 1
            score.tasks.fp += 1
            score.false_positives.append(task.span.text[:160])
    got_refs = {_number_key(r.number) for r in result.references}
    gold_refs = {_number_key(r["number"]) for r in gold.get("references", [])}
    score.references = Counts(len(got_refs & gold_refs), len(got_refs - gold_refs),
                              len(gold_refs - got_refs))
    score.doc_type_ok = gold["document"].get("doc_type") == result.document.doc_type
    score.metadata_ok = _metadata_ok(result, gold["document"], resources)
    return score


METADATA_FIELDS = ("number", "issued_date", "issuer", "signer")


def _metadata_ok(result: DocumentResult, gold: dict[str, Any], resources: Resources) -> dict[str, bool]:
    """Per metadata field, whether the prediction equals the gold (the issuer as an agency name)."""
    meta = result.document
    predicted = {"number": meta.number, "issued_date": meta.issued_date.isoformat() if meta.issued_date else None,
                 "issuer": meta.issuer, "signer": meta.signer}
    ok = {}
    for name in METADATA_FIELDS:
        want, got = gold.get(name), predicted[name]
        if name == "issuer" and want and got:
            ok[name] = agencies_match([got], want, resources)
        elif name == "number" and want and got:
            ok[name] = _number_key(want) == _number_key(got)
        else:
            ok[name] = (want or None) == (got or None)
    return ok


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFileError(f"cannot read gold file: {exc}", path=path) from exc
    for key in ("file", "document", "tasks"):
        if key not in gold:
            raise GoldFileError(f"gold file lacks {key!r}", path=path)
    for i, task in enumerate(gold["tasks"]):
        if not task.get("anchor"):
            raise GoldFileError(f"task {i} has no anchor", path=path)
        task["references"] = [_reference_number(r, i, path) for r in task.get("references") or []]
    return gold


def _reference_number(reference: Any, task: int, path: Path) -> str:
    """A task's reference is a number ("4647/QĐ-UBND"); one written as the document's references
    are ({"number": ..., "kind": ..., "date": ...}) stands for its number."""
    if isinstance(reference, dict) and isinstance(reference.get("number"), str):
        return reference["number"]
    if isinstance(reference, str):
        return reference
    raise GoldFileError(f"task {task} cites {reference!r}: a reference is a document number", path=path)


@dataclass
class Report:
    documents: list[DocScore]

    def rule_precision(self) -> dict[str, dict[str, float | int]]:
        """Per rule of task assembly: tasks found, how many match a gold task, the precision."""
        rules: dict[str, Counts] = {}
        for doc in self.documents:
            for rule, counts in doc.rules.items():
                rules.setdefault(rule, Counts()).add(counts)
        return {rule: {"tasks": c.tp + c.fp, "correct": c.tp, "precision": round(c.precision, 4)}
                for rule, c in sorted(rules.items())}

    def subset(self, prefixes: list[str]) -> Report:
        """The documents whose file name starts with one of ``prefixes``."""
        return Report([d for d in self.documents if d.file.startswith(tuple(prefixes))])

    def totals(self) -> dict[str, Any]:
        tasks, lead, support, refs, task_refs = Counts(), Counts(), Counts(), Counts(), Counts()
        d_total = d_ok = d_spurious = types_ok = 0
        for doc in self.documents:
            tasks.add(doc.tasks)
            lead.add(doc.lead)
            support.add(doc.support)
            refs.add(doc.references)
            task_refs.add(doc.task_refs)
            d_total += doc.deadline_total
            d_ok += doc.deadline_correct
            d_spurious += doc.deadline_spurious
            types_ok += doc.doc_type_ok
        n = len(self.documents)
        return {
            "documents": n,
            "task_precision": round(tasks.precision, 4),
            "task_recall": round(tasks.recall, 4),
            "task_f1": round(tasks.f1, 4),
            "lead_f1": round(lead.f1, 4),
            "support_f1": round(support.f1, 4),
            "deadline_accuracy": round(d_ok / d_total, 4) if d_total else 1.0,
            "spurious_deadlines": d_spurious,
            "task_reference_f1": round(task_refs.f1, 4),
            "reference_f1": round(refs.f1, 4),
            "doc_type_accuracy": round(types_ok / n, 4) if n else 1.0,
            **{f"{name}_accuracy": round(sum(d.metadata_ok.get(name, False) for d in self.documents) / n, 4)
               if n else 1.0 for name in METADATA_FIELDS},
        }

    def to_json(self, groups: dict[str, list[str]] | None = None) -> dict[str, Any]:
        docs = []
        for d in self.documents:
            docs.append({
                "file": d.file, "task_f1": round(d.tasks.f1, 4),
                "tp": d.tasks.tp, "fp": d.tasks.fp, "fn": d.tasks.fn,
                "lead_f1": round(d.lead.f1, 4), "support_f1": round(d.support.f1, 4),
                "deadline_correct": d.deadline_correct, "deadline_total": d.deadline_total,
                "reference_f1": round(d.references.f1, 4), "doc_type_ok": d.doc_type_ok,
                "metadata_ok": d.metadata_ok,
                "misses": d.misses, "false_positives": d.false_positives,
                "field_errors": d.field_errors,
            })
        report: dict[str, Any] = {"overall": self.totals(), "rules": self.rule_precision()}
        if groups:
            report["groups"] = {name: self.subset(prefixes).totals() for name, prefixes in groups.items()}
        report["documents"] = docs
        return report


def evaluate(gold_dir: Path, *, docs_dir: Path | None = None, pred_dir: Path | None = None,
             models_dir: str | None = None, tokens: str = "underthesea") -> Report:
    """Score extraction of ``docs_dir`` (or saved predictions in ``pred_dir``) against gold;
    ``tokens="whitespace"`` extracts without word segmentation and POS (the ablation)."""
    from .api import extract

    resources = load_resources(models_dir)
    scores = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = load_gold(gold_path)
        if pred_dir is not None:
            pred_path = pred_dir / f"{gold['file']}.json"
            if not pred_path.exists():
                raise GoldFileError(f"no prediction {pred_path.name} for this gold file",
                                    path=gold_path)
            result = DocumentResult.model_validate_json(pred_path.read_text(encoding="utf-8"))
        else:
            result = extract((docs_dir or gold_dir) / gold["file"], models_dir=models_dir, tokens=tokens)
        scores.append(score_document(result, gold, resources))
    return Report(scores)
