import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.api import extract
from pipeline.cli import app
from pipeline.evaluate import squash
from pipeline.schema import DocumentResult, Task

from .conftest import CORPUS, CORPUS_DEV, needs_shared
from .fixtures.documents import SMALL_NOTICE, crawled_markdown

runner = CliRunner()
SEED = CORPUS / "000_8090ff3dc2291dd3.txt"


@pytest.fixture()
def folder(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    shutil.copy(SEED, docs / "notice.txt")
    shutil.copy(CORPUS / "004_c594f55f3dc0e925.txt", docs / "sub" / "press.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "corrupt.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3 this is not a real pdf \x00\x01")
    (docs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return docs


def test_batch_writes_outputs_and_records_failures(folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "-j", "2"])
    assert result.exit_code == 1
    assert (out / "notice.txt.json").exists() and (out / "sub" / "press.txt.json").exists()
    parsed = DocumentResult.model_validate_json((out / "notice.txt.json").read_text("utf-8"))
    assert parsed.tasks
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    failed = {e["file"].rsplit("/", 1)[-1]: e for e in errors}
    assert set(failed) >= {"empty.txt", "corrupt.pdf", "image.png"}
    assert "empty" in failed["empty.txt"]["reason"]
    assert "png" in failed["image.png"]["reason"]
    assert all(e["stage"] and e["reason"] for e in errors)
    tasks = (out / "tasks.jsonl").read_text("utf-8").splitlines()
    assert len(tasks) == len(parsed.tasks) + len(DocumentResult.model_validate_json(
        (out / "sub" / "press.txt.json").read_text("utf-8")).tasks)
    assert not list(out.rglob("*.tmp"))


def test_folder_of_markdown_documents_and_notes(tmp_path):
    docs = tmp_path / "corpus"
    (docs / "gold").mkdir(parents=True)
    (docs / ".cache").mkdir()
    # fixtures of our own: a notice as a crawled Markdown page, the notes and gold file beside it
    (docs / "thong-bao.md").write_text(crawled_markdown(SMALL_NOTICE), encoding="utf-8")
    (docs / "README.md").write_text("# Kho văn bản\n\nCác văn bản mẫu.\n", encoding="utf-8")
    (docs / "gold" / "thong-bao.json").write_text('{"tasks": []}', encoding="utf-8")
    (docs / ".draft.md").write_text("**nháp**", encoding="utf-8")
    (docs / ".cache" / "a.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(docs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    parsed = DocumentResult.model_validate_json((out / "thong-bao.md.json").read_text("utf-8"))
    assert parsed.document.format == "markdown" and parsed.tasks
    skipped = [json.loads(line) for line in (out / "skipped.jsonl").read_text("utf-8").splitlines()]
    reasons = {e["file"].replace(str(docs) + "/", ""): e["reason"] for e in skipped}
    assert reasons == {
        ".cache": "hidden folder",
        ".draft.md": "hidden file",
        "README.md": "project notes (README.md), not a document",
        "gold/thong-bao.json": "JSON data (a gold file or an earlier result), not a document",
    }
    assert "1 documents" in result.output and "4 skipped" in result.output
    assert (out / "errors.jsonl").read_text("utf-8") == ""


def test_clean_batch_exits_zero(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    result = runner.invoke(app, ["extract", str(docs), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 0, result.output


def test_same_document_gives_same_task_ids(tmp_path):
    first = runner.invoke(app, ["extract", str(SEED)])
    second = runner.invoke(app, ["extract", str(SEED)])
    ids = [t["id"] for t in json.loads(first.stdout)["tasks"]]
    assert ids and ids == [t["id"] for t in json.loads(second.stdout)["tasks"]]
    assert len(set(ids)) == len(ids)


def test_jsonl_to_stdout(tmp_path):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all("action" in line and "document_id" in line for line in lines)


def test_running_out_of_memory_on_one_file_is_a_line_not_a_traceback(tmp_path, monkeypatch):
    import pipeline.api

    small = tmp_path / "small.txt"
    small.write_text("UBND tỉnh giao Sở Y tế rà soát các cơ sở.", encoding="utf-8")

    def exhausted(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(pipeline.api, "extract", exhausted)
    result = runner.invoke(app, ["extract", str(small), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "small.txt: out of memory while extracting it" in " ".join(result.stderr.split())  # (rich wraps)


def test_a_memory_error_inside_a_stage_is_not_an_internal_error():
    from pipeline.stages import stage

    with pytest.raises(MemoryError), stage("extract", "a.txt", "extracting tasks"):
        raise MemoryError  # the batch engine reports it as stage "memory", not as a bug


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"] == "DocumentResult"


def test_missing_path_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_eval_on_bundled_corpus_prints_figures():
    result = runner.invoke(app, ["eval", "--gold", str(CORPUS / "gold"), "--docs", str(CORPUS),
                                 "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["overall"]["documents"] >= 2
    assert report["overall"]["task_f1"] >= 0.7


# Floors a little under the figures measured when they were set (see the closing notes):
# a change that loses ground on one group fails here even when the total holds.
DEV_GROUPS = {"excerpts": "0,5", "legacy": "30", "full": "40,60"}
DEV_FLOORS = {
    "all": {"task_f1": 0.94, "lead_f1": 0.90, "deadline_accuracy": 0.97, "reference_f1": 0.94},
    "excerpts": {"task_f1": 0.95, "lead_f1": 0.94},
    "legacy": {"task_f1": 0.90},
    "full": {"task_f1": 0.94},
}


@needs_shared
def test_eval_on_dev_corpus_keeps_its_floor_in_every_group():
    args = ["eval", "--gold", str(CORPUS_DEV / "gold"), "--docs", str(CORPUS_DEV / "docs"), "--json"]
    for name, prefixes in DEV_GROUPS.items():
        args += ["--group", f"{name}={prefixes}"]
    result = runner.invoke(app, args)
    report = json.loads(result.stdout)
    figures = {"all": report["overall"], **report["groups"]}
    for group, floors in DEV_FLOORS.items():
        for key, floor in floors.items():
            assert figures[group][key] >= floor, (group, key, figures[group][key])
    assert report["overall"]["doc_type_accuracy"] >= 0.95
    assert set(report["rules"]) <= set(Task.model_fields["rule"].annotation.__args__)


def _task_f1(gold: Path, docs: Path, tokens: str) -> float:
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--docs", str(docs), "--json", "--tokens", tokens])
    return json.loads(result.stdout)["overall"]["task_f1"]


def _tasks_only_words_find(docs: Path) -> list[tuple[Path, str]]:
    """(document, task text) of the tasks found with underthesea's words and tags, not without."""
    found = []
    for path in sorted(docs.iterdir()):
        plain = {t.span.text for t in extract(path, tokens="whitespace").tasks}
        found += [(path, t.span.text) for t in extract(path).tasks if t.span.text not in plain]
    return found


@needs_shared
def test_word_analysis_carries_weight_on_real_documents(tmp_path):
    """The ablation of issue 10: whitespace syllables without POS in place of underthesea's words
    and tags. On the dev corpus it loses F1 (where a relative clause naming a kind of body ends,
    which only the tags tell: "cơ quan được giao quyền tổ chức thi nâng ngạch | xây dựng kế hoạch
    ..."), and every task only the words find is one the gold lists (some marked optional, which
    F1 does not count); on the real documents annotated into corpus/ it loses F1 too."""
    assert _task_f1(CORPUS_DEV / "gold", CORPUS_DEV / "docs", "underthesea") > _task_f1(
        CORPUS_DEV / "gold", CORPUS_DEV / "docs", "whitespace")
    added = _tasks_only_words_find(CORPUS_DEV / "docs")
    assert added
    for path, text in added:
        anchors = [squash(t["anchor"]) for t in json.loads((CORPUS_DEV / "gold" / f"{path.stem}.json").read_text(
            encoding="utf-8"))["tasks"]]
        assert any(anchor in squash(text) for anchor in anchors), (path.name, text)
    real = tmp_path / "gold"
    real.mkdir()
    for gold in (CORPUS / "gold").glob("r[lh]*.json"):
        (real / gold.name).write_bytes(gold.read_bytes())
    assert _task_f1(real, CORPUS, "underthesea") > _task_f1(real, CORPUS, "whitespace")


def _without_verb_lists(root: Path) -> Path:
    """A copy of the packaged models whose closed list of action verbs matches nothing."""
    import yaml

    from pipeline.resources import default_models_dir

    models = root / "models"
    shutil.copytree(default_models_dir(), models)
    directives = models / "directives.yaml"
    spec = yaml.safe_load(directives.read_text(encoding="utf-8"))
    spec["action_verbs"] = ["zzz không có động từ này"]
    directives.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return models


@needs_shared
def test_word_analysis_finds_the_verbs_the_lists_would_lack(tmp_path):
    """The ablation with the closed verb lists taken out: on the dev corpus, where the lists leave the
    ablation above a narrow gap (they were written from it), underthesea's words and tags find action verbs
    the lists then lack ("Các doanh nghiệp tiến hành ...", "...; thu thập số liệu ...") and
    whitespace syllables do not: the word layer generalises what the lists enumerate."""
    models = _without_verb_lists(tmp_path)

    def task_f1(tokens: str) -> float:
        result = runner.invoke(app, ["eval", "--gold", str(CORPUS_DEV / "gold"), "--docs", str(CORPUS_DEV / "docs"),
                                     "--json", "--tokens", tokens, "--models", str(models)])
        return json.loads(result.stdout)["overall"]["task_f1"]

    assert task_f1("underthesea") > task_f1("whitespace") + 0.03


def test_eval_reports_groups_and_rules_in_its_tables():
    result = runner.invoke(app, ["eval", "--gold", str(CORPUS / "gold"), "--docs", str(CORPUS),
                                 "--group", "seeds=000,004", "--group", "held-out=rh"])
    assert result.exit_code == 0, result.output
    assert "Per group" in result.stdout and "seeds" in result.stdout and "held-out" in result.stdout
    assert "Per rule" in result.stdout and "actor_heading" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].strip().startswith("signer_accuracy")


def test_eval_rejects_a_malformed_group():
    result = runner.invoke(app, ["eval", "--gold", str(CORPUS / "gold"), "--docs", str(CORPUS),
                                 "--group", "no-prefixes"])
    assert result.exit_code == 2
    assert "NAME=PREFIX" in result.output


def _one_gold(tmp_path, references):
    gold = tmp_path / "gold"
    gold.mkdir()
    (tmp_path / "cv.txt").write_text(SMALL_NOTICE.formal_text(), encoding="utf-8")
    (gold / "cv.json").write_text(json.dumps({
        "file": "cv.txt", "document": {}, "references": [],
        "tasks": [{"anchor": "chủ trì", "lead": [], "references": references}]}), encoding="utf-8")
    return gold


def test_eval_reads_a_task_reference_written_as_a_document_reference(tmp_path):
    gold = _one_gold(tmp_path, [{"number": "4647/QĐ-UBND", "kind": "decision", "date": "2023-12-14"}])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--docs", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_eval_names_the_gold_file_whose_reference_is_malformed(tmp_path):
    gold = _one_gold(tmp_path, [4647])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--docs", str(tmp_path)])
    assert result.exit_code == 2
    assert "cv.json" in result.output and "a reference is a document number" in result.output


def test_explain_prints_every_task_with_its_rule_and_cue():
    result = runner.invoke(app, ["explain", str(SEED)])
    assert result.exit_code == 0, result.output
    parsed = DocumentResult.model_validate_json(
        runner.invoke(app, ["extract", str(SEED)]).stdout)
    for index, task in enumerate(parsed.tasks, start=1):
        assert f"T{index}  rule {task.rule}  confidence {task.confidence:.2f}" in result.stdout
    assert result.stdout.count("    cue ") == sum(t.cue is not None for t in parsed.tasks)


def test_eval_from_saved_predictions(tmp_path):
    out = tmp_path / "pred"
    runner.invoke(app, ["extract", str(CORPUS), "--out", str(out), "--quiet"])
    result = runner.invoke(app, ["eval", "--gold", str(CORPUS / "gold"), "--pred", str(out)])
    assert result.exit_code == 0, result.output
    assert "task_f1" in result.stdout


def test_password_opens_an_encrypted_pdf_from_the_flag_or_the_environment(tmp_path):
    from .fixtures.pdfs import make_pdf, notice_pages

    path = tmp_path / "cong-van-mat.pdf"
    path.write_bytes(make_pdf(notice_pages(2), user_password="secret"))
    missing = runner.invoke(app, ["extract", str(path)], env={"NHIEMVU_PASSWORD": None})
    assert missing.exit_code == 1
    assert "password-protected PDF: wrong or missing --password (none was given)" in missing.stderr
    for args, env in ((["--password", "secret"], {"NHIEMVU_PASSWORD": None}), ([], {"NHIEMVU_PASSWORD": "secret"})):
        opened = runner.invoke(app, ["extract", str(path), *args], env=env)
        assert opened.exit_code == 0, opened.stderr
        assert json.loads(opened.stdout)["document"]["pages"] == 2


def test_password_in_a_batch_and_an_error_of_stage_password_without_it(tmp_path):
    from .fixtures.pdfs import make_pdf, notice_pages

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cong-van-mat.pdf").write_bytes(make_pdf(notice_pages(2), user_password="secret"))
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "-j", "1"]
    assert runner.invoke(app, args, env={"NHIEMVU_PASSWORD": None}).exit_code == 1
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert error["stage"] == "password" and "--password" in error["reason"]
    again = runner.invoke(app, [*args, "--password", "secret"], env={"NHIEMVU_PASSWORD": None})
    assert again.exit_code == 0  # the failure of stage password is retried, now with the password
    assert (out / "cong-van-mat.pdf.json").is_file()


def test_eval_matches_an_anchor_copied_with_a_pdf_font_s_letter(tmp_path):
    """A fixture written for this test: a letter whose "ư" a PDF font wrote "ƣ"; the extracted text
    has it repaired, and the anchor copied from the raw text still finds its task."""
    (tmp_path / "cv.txt").write_text(
        "Kính gửi: Sở Y tế\n\nỦy ban nhân dân tỉnh đề nghị Sở Y tế báo cáo kết quả thực hiện trƣớc ngày "
        "15/3/2025.\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "cv.json").write_text(json.dumps({
        "file": "cv.txt", "document": {}, "references": [],
        "tasks": [{"anchor": "báo cáo kết quả thực hiện trƣớc ngày", "lead": ["Sở Y tế"]}]}), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--docs", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["overall"]["task_f1"] == 1.0
