"""Load and validate the rule data in ``models/``; a bad entry names its file and line."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ResourceError
from .flat_tables import FlatTableVocab
from .normalize import LineJoining
from .schema import Recurrence, ReferenceKind

_RECURRENCES = {r.value for r in Recurrence}
_REFERENCE_KINDS = {k.value for k in ReferenceKind}


@dataclass(frozen=True)
class AgencyEntry:
    """One gazetteer row: a body, the forms it is written in, and its 2025 successor."""

    name: str
    forms: tuple[str, ...]
    kind: str
    level: str
    valid_until: dt.date | None = None
    successor: str | None = None


@dataclass(frozen=True)
class DocumentTypeEntry:
    name: str
    notation: str
    reference_kind: str
    doc_type: str


@dataclass(frozen=True)
class ProvinceEntry:
    """A province or centrally governed city, and the one it merged into (2025)."""

    name: str
    level: str  # "tỉnh" | "thành phố"
    valid_until: dt.date | None = None
    successor: str | None = None


@dataclass(frozen=True, eq=False)
class Resources:
    """Every rule table, validated (hashed by identity, so compiled patterns can be cached)."""

    agencies: tuple[AgencyEntry, ...]
    abbreviations: dict[str, str]
    agency_patterns: dict[str, Any]
    document_types: tuple[DocumentTypeEntry, ...]
    deadlines: dict[str, Any]
    directives: dict[str, Any]
    provinces: tuple[ProvinceEntry, ...] = ()
    layout: dict[str, Any] = field(default_factory=dict)
    site_furniture: dict[str, Any] = field(default_factory=dict)
    words: dict[str, Any] = field(default_factory=lambda: {"tags": {}, "pre_verbal": [], "not_actions": []},
                                  compare=False)
    rule_precision: dict[str, float] = field(default_factory=dict, compare=False)
    # the code a number gives its issuer ("44/2025/TT-NHNN", "9634/BCT-TTTN"): code -> issuer
    issuer_codes: dict[str, str] = field(default_factory=dict, compare=False)
    source: str = field(default="", compare=False)

    @functools.cached_property
    def line_joining(self) -> LineJoining:
        """The words that decide a wrapped line goes on (``line_joining`` in ``layout.yaml``)."""
        return LineJoining.from_vocabulary(self.layout["line_joining"],
                                           [form for entry in self.agencies for form in (entry.name, *entry.forms)],
                                           [entry.name for entry in self.document_types],
                                           self.layout.get("enacting", []))

    @functools.cached_property
    def flat_tables(self) -> FlatTableVocab:
        """The labels and words that rebuild a task table flattened to one cell per line."""
        return FlatTableVocab.from_vocabulary(self.directives.get("table_columns", {}),
                                              self.layout.get("flattened_tables", {}),
                                              self.layout["line_joining"]["open_endings"],
                                              self.site_furniture.get("lines", []), self._body_spans,
                                              [form for entry in self.agencies for form in (entry.name, *entry.forms)])

    def _body_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the agency finder reads bodies' names in a table's cell."""
        from .extractors.agencies import find_agencies  # the finder is built on these resources

        return [(agency.start, agency.end) for agency in find_agencies(text, self)]


def default_models_dir() -> Path:
    """The ``models/`` folder: installed as ``pipeline.models``, or beside a source checkout."""
    try:
        return Path(str(importlib_resources.files("pipeline.models")))
    except ModuleNotFoundError:  # running from a checkout without installing the package
        return Path(__file__).resolve().parent.parent / "models"


def _read_tsv(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read rule file ({exc.strerror})", path=path) from exc
    if not lines or lines[0].split("\t") != columns:
        raise ResourceError(f"header must be {' TAB '.join(columns)}", path=path, line=1)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise ResourceError(
                f"expected {len(columns)} tab-separated columns, found {len(cells)}",
                path=path,
                line=number,
            )
        rows.append((number, dict(zip(columns, (c.strip() for c in cells), strict=True))))
    return rows


def _read_yaml(path: Path, required: list[str]) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResourceError(f"cannot read rule file ({exc.strerror})", path=path) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise ResourceError(f"invalid YAML: {exc}", path=path, line=line) from exc
    if not isinstance(data, dict):
        raise ResourceError("top level must be a mapping", path=path, line=1)
    missing = [key for key in required if key not in data]
    if missing:
        raise ResourceError(f"missing keys: {', '.join(missing)}", path=path)
    return data


def _check_patterns(data: dict[str, Any], keys: list[str], path: Path) -> None:
    """Every regular expression listed under ``keys`` (lists or mappings of lists) compiles."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for key in keys:
        value = data.get(key, [])
        groups = value.values() if isinstance(value, dict) else [value]
        for pattern in (p for group in groups for p in group):
            try:
                re.compile(str(pattern))
            except re.error as exc:
                line = next((i for i, text in enumerate(lines, 1) if str(pattern)[:20] in text), None)
                raise ResourceError(f"{key}: invalid regular expression {pattern!r} ({exc})",
                                    path=path, line=line) from exc


def _load_agencies(path: Path) -> tuple[AgencyEntry, ...]:
    columns = ["name", "abbreviations", "kind", "level", "valid_until", "successor"]
    entries = []
    for line, row in _read_tsv(path, columns):
        if not row["name"]:
            raise ResourceError("empty agency name", path=path, line=line)
        try:
            until = dt.date.fromisoformat(row["valid_until"]) if row["valid_until"] else None
        except ValueError as exc:
            raise ResourceError(f"valid_until {row['valid_until']!r} is not an ISO date",
                                path=path, line=line) from exc
        if row["successor"] and not until:
            raise ResourceError("a successor needs valid_until", path=path, line=line)
        forms = tuple(f for f in row["abbreviations"].split("|") if f)
        entries.append(AgencyEntry(row["name"], forms, row["kind"], row["level"], until,
                                   row["successor"] or None))
    return tuple(entries)


def _load_provinces(path: Path) -> tuple[ProvinceEntry, ...]:
    entries = []
    rows = _read_tsv(path, ["name", "level", "valid_until", "successor"])
    names = {row["name"] for _, row in rows}
    for line, row in rows:
        if row["level"] not in {"tỉnh", "thành phố"}:
            raise ResourceError(f"level must be 'tỉnh' or 'thành phố', not {row['level']!r}", path=path, line=line)
        if row["successor"] and row["successor"] not in names:
            raise ResourceError(f"successor {row['successor']!r} is not a province of this table",
                                path=path, line=line)
        try:
            until = dt.date.fromisoformat(row["valid_until"]) if row["valid_until"] else None
        except ValueError as exc:
            raise ResourceError(f"valid_until {row['valid_until']!r} is not an ISO date", path=path,
                                line=line) from exc
        entries.append(ProvinceEntry(row["name"], row["level"], until, row["successor"] or None))
    return tuple(entries)


def _load_document_types(path: Path) -> tuple[DocumentTypeEntry, ...]:
    from .schema import DocType

    doc_types = {d.value for d in DocType}
    entries = []
    for line, row in _read_tsv(path, ["name", "notation", "reference_kind", "doc_type"]):
        if row["reference_kind"] not in _REFERENCE_KINDS:
            raise ResourceError(f"unknown reference kind {row['reference_kind']!r}",
                                path=path, line=line)
        if row["doc_type"] not in doc_types:
            raise ResourceError(f"unknown doc_type {row['doc_type']!r}", path=path, line=line)
        entries.append(DocumentTypeEntry(**row))
    return tuple(entries)


def _check_recurrences(deadlines: dict[str, Any], path: Path) -> None:
    for phrase, value in deadlines["recurrence"].items():
        if value not in _RECURRENCES:
            raise ResourceError(f"recurrence of {phrase!r} must be one of {sorted(_RECURRENCES)}",
                                path=path)


def _load_rule_precision(path: Path) -> dict[str, float]:
    """Measured precision of each task-assembly rule (``scripts/calibrate_confidence.py``)."""
    if not path.exists():
        return {}
    table = {}
    for number, row in _read_tsv(path, ["rule", "tasks", "correct", "precision"]):
        try:
            value = float(row["precision"])
        except ValueError:
            value = -1.0
        if not 0.0 <= value <= 1.0:
            raise ResourceError("precision must be a number from 0 to 1", path=path, line=number)
        table[row["rule"]] = value
    return table


def _check_word_lists(section: Any, keys: list[str], path: Path) -> None:
    """Each of ``keys`` in ``section`` is a non-empty list of words."""
    for key in keys:
        words = section.get(key) if isinstance(section, dict) else None
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ResourceError(f"{key} must be a non-empty list of words", path=path)


def _load_words(path: Path) -> dict[str, Any]:
    """The POS tag map, the pre-verbal adverbs and the verbs that are no action, of ``words.yaml``."""
    import spacy.parts_of_speech

    words = _read_yaml(path, ["tags", "pre_verbal", "not_actions"])
    lines = path.read_text(encoding="utf-8").splitlines()
    for tag, upos in words["tags"].items():
        if upos not in spacy.parts_of_speech.IDS:
            line = next((i for i, text in enumerate(lines, 1) if text.strip().startswith(f"{tag}:")), None)
            raise ResourceError(f"tags: {upos!r} of {tag!r} is not a Universal POS tag", path=path, line=line)
    for key in ("pre_verbal", "not_actions"):
        if not isinstance(words[key], list) or not all(isinstance(w, str) and w.strip() for w in words[key]):
            raise ResourceError(f"{key} must be a list of words", path=path)
    return words


@functools.lru_cache(maxsize=4)
def load_resources(models_dir: str | None = None) -> Resources:
    """Load every rule file from ``models_dir`` (default: the packaged ``models/``)."""
    root = Path(models_dir) if models_dir else default_models_dir()
    deadlines = _read_yaml(root / "deadlines.yaml",
                           ["quarter_numerals", "due_cues", "asap", "recurrence"])
    _check_recurrences(deadlines, root / "deadlines.yaml")
    directives = _read_yaml(root / "directives.yaml", ["addressing_verbs", "action_verbs", "support_roles"])
    _check_patterns(directives, ["non_task_openers", "non_directive_headings", "procedure_headings",
                                 "structured_fields", "table_columns", "closing_formulas", "rule_clause_openers",
                                 "portal_link_headings", "coordinator_phrases", "clause_vocabulary",
                                 "counterpart_prefixes"],
                    root / "directives.yaml")
    layout = _read_yaml(root / "layout.yaml", ["mottos", "motto_lines", "number_labels", "months", "annex_headings",
                                               "annex_citations", "enacting", "signature_titles",
                                               "line_joining"])
    _check_word_lists(layout["line_joining"], ["open_endings", "official_list_openers"], root / "layout.yaml")
    _check_patterns(layout, ["mottos", "motto_lines", "number_labels"], root / "layout.yaml")
    furniture = _read_yaml(root / "site_furniture.yaml", ["lines", "panel_labels", "page_end"])
    _check_patterns(furniture, ["lines", "panel_labels", "page_end"], root / "site_furniture.yaml")
    abbreviations = {
        row["abbreviation"]: row["expansion"]
        for _, row in _read_tsv(root / "abbreviations.tsv", ["abbreviation", "expansion"])
    }
    return Resources(
        agencies=_load_agencies(root / "agencies.tsv"),
        abbreviations=abbreviations,
        agency_patterns=_read_yaml(root / "agency_patterns.yaml",
                                   ["heads", "units", "qualifiers", "titles", "levels"]),
        document_types=_load_document_types(root / "document_types.tsv"),
        deadlines=deadlines,
        directives=directives,
        provinces=_load_provinces(root / "provinces.tsv"),
        layout=layout,
        site_furniture=furniture,
        words=_load_words(root / "words.yaml"),
        rule_precision=_load_rule_precision(root / "rule_precision.tsv"),
        issuer_codes={row["code"]: row["issuer"]
                      for _, row in _read_tsv(root / "issuer_codes.tsv", ["code", "issuer"])},
        source=str(root),
    )
