"""The output contract (schema 1.x): every model a DocumentResult is built from.

All offsets are half-open ``[start, end)`` character offsets into ``document.text``,
the canonical (normalised) text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.2.0"


class DocType(StrEnum):
    notice = "notice"
    decision = "decision"
    plan = "plan"
    directive = "directive"
    official_letter = "official_letter"
    report = "report"
    resolution = "resolution"
    program = "program"
    press_release = "press_release"
    other = "other"


class DeadlineKind(StrEnum):
    date = "date"
    month = "month"
    quarter = "quarter"
    half_year = "half_year"
    year = "year"
    recurring = "recurring"
    relative = "relative"
    asap = "asap"


class Recurrence(StrEnum):
    daily = "daily"
    weekly = "weekly"
    monthly = "monthly"
    quarterly = "quarterly"
    half_yearly = "half_yearly"
    yearly = "yearly"


class ReferenceKind(StrEnum):
    decision = "decision"
    resolution = "resolution"
    decree = "decree"
    circular = "circular"
    directive = "directive"
    plan = "plan"
    notice = "notice"
    official_letter = "official_letter"
    program = "program"
    conclusion = "conclusion"
    law = "law"
    ordinance = "ordinance"
    report = "report"
    submission = "submission"
    dispatch = "dispatch"
    other = "other"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


Offset = Annotated[int, Field(ge=0)]


class Span(_Model):
    """A piece of the canonical text."""

    start: Offset
    end: Offset
    text: str
    page: int | None = Field(default=None, description="1-based page of the start, when known")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Agency(_Model):
    """An agency as named in the text, with its canonical gazetteer name."""

    name: str = Field(description="canonical name (abbreviations expanded)")
    text: str = Field(description="the words as written in the document")
    inferred: bool = Field(
        default=False, description="true when taken from the section or document, not the item"
    )
    successor: str | None = Field(
        default=None, description="today's owner after the 2025 reorganisation, when it changed"
    )


class Deadline(_Model):
    text: str
    kind: DeadlineKind
    due: dt.date | None = None
    recurrence: Recurrence | None = None
    start: Offset | None = None
    end: Offset | None = None


class Reference(_Model):
    """A citation of another document, e.g. "Quyết định số 4647/QĐ-UBND ngày 14/12/2023"."""

    number: str = Field(description="number as written without 'số', e.g. 4647/QĐ-UBND")
    kind: ReferenceKind
    date: dt.date | None = None
    issuer: str | None = None
    serial: str | None = Field(default=None, description="the number part, e.g. 4647")
    notation: str | None = Field(default=None, description="the notation part, e.g. QĐ-UBND")
    articles: str | None = Field(default=None, description='cited part, e.g. "khoản 3 Điều 2"')
    text: str
    start: Offset
    end: Offset


Rule = Literal[
    "addressee",           # "giao/yêu cầu/đề nghị X ..."
    "subject",             # "X chủ trì ...", "X có trách nhiệm ...", "X khẩn trương ..."
    "labelled_actor",      # "+ Sở KH&ĐT: chủ trì ..."
    "actor_heading",       # an item under "1. Sở Y tế:" or "Điều 5. Trách nhiệm của Sở X"
    "lead_in",             # an item under "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở:"
    "parent_item",         # a sub-item of "a) Sở X chủ trì ..."
    "same_item",           # a later sentence of an item whose first sentence names the actor
    "previous_task",       # a sentence right after a task, same actor
    "document_addressee",  # nobody named anywhere above: the body the document speaks to
    "coordinator",  # nobody is named in a decision delegating a power: the delegate
    "cross_reference",     # a part the plan hands to a body by its number ("nhiệm vụ tại mục IV.5")
    "table_row",           # a row of a task table
    "labelled_fields",     # "Cơ quan chủ trì: X" lines under a content item
]


class Task(_Model):
    id: str = Field(description="stable id derived from document and task content")
    action: str
    span: Span
    section: str | None = None
    lead: list[Agency] = Field(default_factory=list)
    support: list[Agency] = Field(default_factory=list)
    deadline: Deadline | None = None
    references: list[str] = Field(default_factory=list)
    rule: Rule = Field(description="the path of task assembly that found the task")
    cue: Span | None = Field(default=None, description="the text that triggered the rule: a directive "
                             "verb, a subject and its role, a heading, a lead-in, a table cell")
    confidence: float = Field(ge=0.0, le=1.0, description="measured precision of the rule on the gold corpora")


class DocumentMeta(_Model):
    id: str = Field(description="content hash of the canonical text")
    source: str | None = None
    format: str | None = None
    doc_type: DocType
    number: str | None = None
    issued_date: dt.date | None = None
    issued_year: int | None = Field(default=None, description="the year of issue, also when the day is "
                                    "not known: a blank date line, the number's year, the file's name")
    issuer: str | None = None
    signer: str | None = None
    title: str | None = None
    recipients: list[str] = Field(default_factory=list)
    pages: int | None = None
    text: str


class DocumentResult(_Model):
    schema_version: str = SCHEMA_VERSION
    document: DocumentMeta
    references: list[Reference] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _offsets_inside_text(self) -> DocumentResult:
        n = len(self.document.text)
        for task in self.tasks:
            s = task.span
            if s.end > n or self.document.text[s.start : s.end] != s.text:
                raise ValueError(f"task {task.id} span does not match document.text")
        for ref in self.references:
            if ref.end > n:
                raise ValueError(f"reference {ref.number} offsets outside document.text")
        return self


def document_id(text: str) -> str:
    """A content hash of the canonical text: same text, same id, on every machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def task_id(doc_id: str, start: int, end: int, action: str) -> str:
    """Stable task id from the document id and the task's own span and action."""
    key = json.dumps([doc_id, start, end, action], ensure_ascii=False)
    return f"{doc_id}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


def json_schema() -> dict:
    """The JSON Schema of a DocumentResult."""
    return DocumentResult.model_json_schema()
