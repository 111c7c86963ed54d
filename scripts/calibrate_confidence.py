"""Measure the precision of each rule of task assembly on the gold corpora and write it to
models/rule_precision.tsv, which gives every task its ``confidence``.

    python scripts/calibrate_confidence.py            # corpus/ and ../shared/corpus-dev
    python scripts/calibrate_confidence.py --check    # exit 1 when the table is out of date

The held-out documents of corpus/ (``rh*``, ``rx*``) are left out: they measure, they do not tune.
Precision is smoothed ((correct + 1) / (tasks + 2)) so that a rule seen a few times does
not claim certainty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.evaluate import Counts, evaluate
from pipeline.export import write_atomic

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ("rh", "rx", "ry", "rz", "rw", "rv", "ru", "rt", "rr", "rq", "rp", "ro", "rn", "rm", "zc", "zd", "zg",
            "yc", "yd", "ye", "yf", "yg", "xa", "xb", "xc", "xd", "xe", "wa", "wb", "wc", "wd", "va", "vb", "vc",
            "qa", "qb", "qc", "ka", "kb", "kc", "la", "lb", "ma", "mb", "na", "nb", "pa", "pb", "ra", "rb", "sc", "vd",
            "ja", "jb", "fa", "fb", "ea", "eb", "da", "db", "ca", "cb", "ga", "gb", "ia", "ib", "oa", "ob", "ic",
            "id", "gc", "gd", "ie", "if", "ge", "gf", "ig", "ih", "gg", "gh",
            "ii", "ij", "gi", "gj", "ik", "il", "gk", "gl", "im", "in", "gm", "gn", "io", "ip", "gq", "gr",
            "iq", "ir", "gs", "gt", "iu", "iv", "gu", "gv", "iw", "ix", "gw", "gx", "iy", "iz", "gy", "gz",
            "kx", "ky", "kz", "lz", "mx", "my", "nx", "ny", "mz", "nz", "ox", "oy", "px", "py", "pz", "qx",
            "qy", "qz", "sx", "sy", "tx", "ty", "tz", "ux", "uy", "uz", "vx", "vy", "wx", "wy", "wz", "xx", "xy",
            "xz", "yx", "yy", "yz", "zx", "zy", "zz", "wv", "ww", "xv", "xw",
            "uv", "uw", "vv", "vw", "tu", "tv", "tw", "ut", "tt", "uu", "vu", "su", "sv", "sw", "vt", "ts", "rs", "st",
            "us", "vs", "ps", "os", "qs", "rk", "ns", "ms", "ls", "ks", "js", "jt", "ju", "jv", "hv", "hw", "hx",
            "hy", "fs", "ft", "fu", "fv", "ec", "ed", "ee", "ef", "eg", "eh", "em", "en", "eo", "ep",
            "eq", "er", "es", "et", "eu", "ev", "ew", "ex", "ey", "ez")
HEADER = "rule\ttasks\tcorrect\tprecision"


def measure(corpora: list[tuple[Path, Path]]) -> dict[str, Counts]:
    """Per rule, tasks that match a gold task (tp) and tasks that do not (fp)."""
    rules: dict[str, Counts] = {}
    for gold, docs in corpora:
        report = evaluate(gold, docs_dir=docs)
        for doc in report.documents:
            if doc.file.startswith(HELD_OUT):
                continue
            for rule, counts in doc.rules.items():
                rules.setdefault(rule, Counts()).add(counts)
    return rules


def table(rules: dict[str, Counts]) -> str:
    lines = [HEADER]
    for rule, c in sorted(rules.items()):
        tasks = c.tp + c.fp
        lines.append(f"{rule}\t{tasks}\t{c.tp}\t{(c.tp + 1) / (tasks + 2):.3f}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file, write nothing")
    args = parser.parse_args()
    corpora = [(ROOT / "corpus" / "gold", ROOT / "corpus")]
    shared = ROOT.parent / "shared" / "corpus-dev"
    if (shared / "gold").is_dir():
        corpora.append((shared / "gold", shared / "docs"))
    text = table(measure(corpora))
    target = ROOT / "models" / "rule_precision.tsv"
    if args.check:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print("up to date" if same else "out of date: run scripts/calibrate_confidence.py")
        return 0 if same else 1
    write_atomic(target, text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
