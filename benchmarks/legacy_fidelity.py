"""Syllable fidelity on the real legacy-encoded files of ../shared/legacy-files.

For each file, nhiemvu reads it (``read_document``) and normalises it
(``canonical_text``); the transcript in ``truth/`` goes through the same
normalisation (NFC, one tone-mark placement). Fidelity is the multiset recall of
the transcript's diacritic-bearing syllables in the output: the share of its
Vietnamese syllables with tone or vowel marks ("Sở", "hoạch", "Đầu") that the
output carries exactly, case included. Target: >= 0.99 per file.

    python benchmarks/legacy_fidelity.py [FOLDER]
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "legacy-files"
TARGET = 0.99

_WORD = re.compile(r"[^\W\d_]+")


def marked_syllables(text: str) -> Counter[str]:
    """Syllables carrying a Vietnamese mark, counted, after nhiemvu's normalisation."""
    from pipeline.normalize import canonical_text

    return Counter(w for w in _WORD.findall(canonical_text(text)) if not w.isascii())


def syllable_recall(output: str, truth: str) -> tuple[float, int]:
    """Share of the transcript's marked syllables found in the output, and their number."""
    found, wanted = marked_syllables(output), marked_syllables(truth)
    total = sum(wanted.values())
    hits = sum(min(count, found[word]) for word, count in wanted.items())
    return (hits / total if total else 1.0), total


def measure(folder: Path = DEFAULT) -> list[tuple[str, float, int, float]]:
    """(file name, recall, marked syllables in the transcript, seconds) for each file."""
    from pipeline.normalize import canonical_text
    from pipeline.parsers import read_document

    rows = []
    for path in sorted((folder / "files").iterdir()):
        truth = folder / "truth" / f"{path.stem}.txt"
        if not truth.is_file():
            continue
        start = time.perf_counter()
        text = canonical_text(read_document(path).text)
        seconds = time.perf_counter() - start
        recall, total = syllable_recall(text, truth.read_text(encoding="utf-8"))
        rows.append((path.name, recall, total, seconds))
    return rows


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not (folder / "files").is_dir():
        print(f"{folder}/files not found", file=sys.stderr)
        return 2
    rows = measure(folder)
    print(f"{'file':45} {'fidelity':>9} {'syllables':>10} {'seconds':>8}")
    for name, recall, total, seconds in rows:
        print(f"{name:45} {recall:9.4f} {total:10d} {seconds:8.1f}")
    return 0 if all(recall >= TARGET for _, recall, _, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
