"""Confidence is the measured precision of each rule: the table in models/ must be the one the
gold corpora give today (regenerate with `python scripts/calibrate_confidence.py`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline.api import extract_text
from pipeline.resources import load_resources

from .conftest import needs_shared

ROOT = Path(__file__).resolve().parent.parent


@needs_shared
def test_the_confidence_table_is_up_to_date():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "calibrate_confidence.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_task_s_confidence_is_its_rule_s_precision():
    table = load_resources().rule_precision
    result = extract_text("UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch phòng, chống dịch.")
    task = result.tasks[0]
    assert task.rule == "addressee"
    assert task.confidence == table["addressee"]
    assert all(0 < value <= 1 for value in table.values())
