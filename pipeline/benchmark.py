"""Throughput of the whole pipeline against underthesea's own word_tokenize, same texts,
same process, so the ratio does not depend on the machine."""

from __future__ import annotations

import time
from pathlib import Path

from underthesea import word_tokenize

from .api import extract_raw
from .extractors.agencies import clear_cache
from .normalize import canonical_text
from .parsers import read_document


def run_benchmark(folder: Path, repeat: int = 3) -> dict[str, float | int]:
    """Best-of-``repeat`` seconds for the pipeline and for bare tokenisation of the corpus."""
    raws = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        try:
            raws.append(read_document(path))
        except Exception:  # noqa: BLE001 - unreadable files are not part of the benchmark
            continue
    texts = [canonical_text(raw.text) for raw in raws]
    for raw in raws[:1]:  # warm up: load models and compile patterns once
        extract_raw(raw)
        word_tokenize(texts[0])
    pipeline_best = tokenize_best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            word_tokenize(text)
        tokenize_best = min(tokenize_best, time.perf_counter() - started)
        clear_cache()  # a document's agencies are cached; a repeat must not reuse them
        started = time.perf_counter()
        for raw in raws:
            extract_raw(raw)
        pipeline_best = min(pipeline_best, time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    return {
        "documents": len(raws),
        "characters": chars,
        "word_tokenize_seconds": round(tokenize_best, 4),
        "pipeline_seconds": round(pipeline_best, 4),
        "pipeline_chars_per_second": round(chars / pipeline_best),
        "ratio_pipeline_to_tokenize": round(tokenize_best / pipeline_best, 3),
    }
