"""The spaCy pipeline: Vietnamese Language with the syllable tokenizer, one rule component
per target and the word analysis of the places assembly reads (``pipeline.words``). Each
rule component calls the pure extractor of its target and writes ``doc.spans[...]``; the
found object rides on ``span._.found``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .extractors.agencies import find_agencies
from .extractors.deadlines import find_deadlines
from .extractors.name_bounds import OPEN_NAME, is_open_name, known_names
from .extractors.references import find_references
from .resources import Resources, load_resources
from .tokenizer import SyllableTokenizer, text_of
from .words import make_words  # noqa: F401 - registers the "nhiemvu_words" factory

TOKENIZER = "nhiemvu.syllable_tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer():
    """Registered so that a config can name it: the tokenizer of every nhiemvu pipeline
    (syllables and punctuation; words are built by the ``nhiemvu_words`` component)."""

    def make(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make


if not Span.has_extension("found"):
    Span.set_extension("found", default=None)
if not Doc.has_extension("year"):
    Doc.set_extension("year", default=None)
if not Doc.has_extension("issued"):
    Doc.set_extension("issued", default=None)


def _write_spans(doc: Doc, key: str, found: list, label: Callable[[object], str] | None = None) -> None:
    spans = []
    for item in found:
        span = doc.char_span(item.start, item.end, label=label(item) if label else "", alignment_mode="expand")
        if span is None:
            continue
        span._.found = item
        spans.append(span)
    doc.spans[key] = spans


class _RuleComponent:
    def __init__(self, models_dir: str | None) -> None:
        self.resources: Resources = load_resources(models_dir or None)


@Language.factory("nhiemvu_references", default_config={"models_dir": ""})
def make_references(nlp: Language, name: str, models_dir: str) -> ReferenceComponent:
    return ReferenceComponent(models_dir)


class ReferenceComponent(_RuleComponent):
    """doc.spans["references"]: "Quyết định số 4647/QĐ-UBND ngày 14/12/2023"."""

    def __call__(self, doc: Doc) -> Doc:
        _write_spans(doc, "references", find_references(text_of(doc), self.resources))
        return doc


@Language.factory("nhiemvu_agencies", default_config={"models_dir": ""})
def make_agencies(nlp: Language, name: str, models_dir: str) -> AgencyComponent:
    return AgencyComponent(models_dir)


class AgencyComponent(_RuleComponent):
    """doc.spans["agencies"]: "Sở Kế hoạch và Đầu tư", "UBND các huyện, thị xã, thành phố"; a
    proper name the gazetteer lacks is labelled ``OPEN_NAME`` (where a predicate may start inside it)."""

    def __init__(self, models_dir: str | None) -> None:
        super().__init__(models_dir)
        self.known = known_names(self.resources)

    def __call__(self, doc: Doc) -> Doc:
        _write_spans(doc, "agencies", find_agencies(text_of(doc), self.resources),
                     lambda agency: OPEN_NAME if is_open_name(agency, self.known) else "")
        return doc


@Language.factory("nhiemvu_deadlines", default_config={"models_dir": ""})
def make_deadlines(nlp: Language, name: str, models_dir: str) -> DeadlineComponent:
    return DeadlineComponent(models_dir)


class DeadlineComponent(_RuleComponent):
    """doc.spans["deadlines"]; needs doc._.year / doc._.issued and runs after references."""

    def __call__(self, doc: Doc) -> Doc:
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get("references", [])]
        found = find_deadlines(text_of(doc), self.resources, year=doc._.year,
                               issued=doc._.issued, blocked=blocked)
        _write_spans(doc, "deadlines", found)
        return doc


@lru_cache(maxsize=4)
def build_nlp(models_dir: str | None = None, tokens: str = "underthesea") -> Language:
    """The nhiemvu Language: syllable tokenizer, reference, agency and deadline components,
    then the word analysis (``tokens``: "underthesea", or "whitespace" for the ablation
    without segmentation and POS)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    config = {"models_dir": models_dir or ""}
    nlp.add_pipe("nhiemvu_references", config=config)
    nlp.add_pipe("nhiemvu_agencies", config=config)
    nlp.add_pipe("nhiemvu_deadlines", config=config)
    # Words where assembly asks for them: after agencies (their action), at clause openings
    # in lowercase, at bulleted items (the next action of a list of tasks) and at the sentences
    # after a paragraph's first (the next action of its actor), after time phrases (the action of a
    # schedule's step: "...; từ tháng 1 đến tháng 3-2020 sẽ tiến hành ..."); any other capitalised opening
    # is decided by the closed lists alone. Five syllables reach a verb
    # after an adverb ("khẩn trương rà soát các"): a window's last word may be cut, so it is
    # not kept unless the line ends there.
    nlp.add_pipe("nhiemvu_words", config={**config, "analyser": tokens, "openings": "sentences",
                                          "after": "agencies", "after_times": "deadlines", "tails_of": OPEN_NAME,
                                          "window": 5})
    return nlp


def annotate(text: str, *, year: int | None, issued: dt.date | None,
             models_dir: str | None = None, tokens: str = "underthesea") -> Doc:
    """Run the pipeline on canonical text."""
    nlp = build_nlp(models_dir, tokens)
    # The size limit is checked before (limits.check_chars): spaCy's own (E088) must not fire.
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    doc = nlp.make_doc(text)
    doc._.year = year
    doc._.issued = issued
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
