"""Throughput of the whole pipeline against underthesea's own word_tokenize, same texts,
same process, so the ratio does not depend on the machine; and how throughput holds up as
one text grows (``run_scaling``), which shows whether the work is linear."""

from __future__ import annotations

import time
from pathlib import Path

from underthesea import word_tokenize

from .analysis import clear_cache as forget_windows
from .api import extract_raw
from .extractors.agencies import clear_cache
from .normalize import canonical_text
from .parsers import RawDocument, read_document


def _read_folder(folder: Path) -> list[RawDocument]:
    raws = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        try:
            raws.append(read_document(path))
        except Exception:  # noqa: BLE001 - unreadable files are not part of the benchmark
            continue
    return raws


def run_benchmark(folder: Path, repeat: int = 3, tokens: str = "underthesea") -> dict[str, float | int | str]:
    """Best-of-``repeat`` seconds for the pipeline and for bare tokenisation of the corpus."""
    raws = _read_folder(folder)
    texts = [canonical_text(raw.text) for raw in raws]
    for raw in raws[:1]:  # warm up: load models and compile patterns once
        extract_raw(raw, tokens=tokens)
        word_tokenize(texts[0])
    pipeline_best = tokenize_best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            word_tokenize(text)
        tokenize_best = min(tokenize_best, time.perf_counter() - started)
        clear_cache()  # a document's agencies are cached; a repeat must not reuse them
        forget_windows()  # ... nor the windows the run before analysed
        started = time.perf_counter()
        for raw in raws:
            extract_raw(raw, tokens=tokens)
        pipeline_best = min(pipeline_best, time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    return {
        "tokens": tokens,
        "documents": len(raws),
        "characters": chars,
        "word_tokenize_seconds": round(tokenize_best, 4),
        "pipeline_seconds": round(pipeline_best, 4),
        "pipeline_chars_per_second": round(chars / pipeline_best),
        "ratio_pipeline_to_tokenize": round(tokenize_best / pipeline_best, 3),
    }


def scaled_text(texts: list[str], size: int) -> str:
    """The documents one after another, repeated until ``size`` characters, cut at a line end."""
    if not any(t.strip() for t in texts):
        raise ValueError("no text to repeat")
    parts: list[str] = []
    length = 0
    while length < size:
        for text in texts:
            parts.append(text)
            length += len(text) + 2
            if length >= size:
                break
    joined = "\n\n".join(parts)
    cut = joined.rfind("\n", 0, size)
    return joined[: cut if cut > size // 2 else size]


def run_scaling(folder: Path, sizes: list[int], tokens: str = "underthesea") -> list[dict[str, float | int]]:
    """Characters per second of the pipeline (one extraction) and of word_tokenize on one
    text of each size: per-character cost that stays flat as the text grows means linear work."""
    texts = [canonical_text(raw.text) for raw in _read_folder(folder)]
    extract_raw(RawDocument(text=texts[0], format="txt"), tokens=tokens)  # warm up
    forget_windows(limit=0)  # the text repeats its documents: each window is analysed anew
    try:
        return _scaling_rows(texts, sizes, tokens)
    finally:
        forget_windows()


def _scaling_rows(texts: list[str], sizes: list[int], tokens: str) -> list[dict[str, float | int]]:
    rows = []
    for size in sizes:
        text = scaled_text(texts, size)
        clear_cache()
        started = time.perf_counter()
        extract_raw(RawDocument(text=text, format="txt"), tokens=tokens)
        pipeline = time.perf_counter() - started
        started = time.perf_counter()
        word_tokenize(text)
        tokenize = time.perf_counter() - started
        rows.append({
            "characters": len(text),
            "pipeline_seconds": round(pipeline, 3),
            "pipeline_chars_per_second": round(len(text) / pipeline),
            "word_tokenize_chars_per_second": round(len(text) / tokenize),
        })
    return rows
