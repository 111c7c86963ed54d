import shutil

import pytest
import yaml

from pipeline.errors import ResourceError
from pipeline.resources import default_models_dir, load_resources


@pytest.fixture()
def models_copy(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(default_models_dir(), target)
    return target


def test_bundled_rules_load(resources):
    assert len(resources.agencies) > 50 and resources.document_types


def test_bad_gazetteer_row_names_file_and_line(models_copy):
    path = models_copy / "agencies.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "Sở Bị Lỗi\tonly two columns")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"agencies.tsv:4"):
        load_resources(str(models_copy))


def test_bad_recurrence_value_is_rejected(models_copy):
    path = models_copy / "deadlines.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("hằng tháng: monthly",
                                                             "hằng tháng: sometimes"),
                    encoding="utf-8")
    with pytest.raises(ResourceError, match="recurrence"):
        load_resources(str(models_copy))


def test_invalid_yaml_names_the_line(models_copy):
    (models_copy / "directives.yaml").write_text("addressing_verbs: [yêu cầu\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="directives.yaml"):
        load_resources(str(models_copy))


def test_invalid_rule_regex_names_file_and_line(models_copy):
    path = models_copy / "directives.yaml"
    text = path.read_text(encoding="utf-8").replace("  - 'xét tờ trình'", "  - 'xét (tờ trình'")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "xét (tờ trình" in row)
    with pytest.raises(ResourceError, match=rf"directives.yaml:{line}.*non_task_openers"):
        load_resources(str(models_copy))


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("layout.yaml", "  - 'CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI'", "  - 'CỘNG\\s+H(?:ÒA|OÀ\\s+XÃ\\s+HỘI'", "mottos"),
        ("site_furniture.yaml", "  - 'Đang tải văn bản'", "  - 'Đang tải (văn bản'", "lines"),
        ("layout.yaml", "signature_titles:", "signature_offices:", "signature_titles"),
        ("layout.yaml", "  official_list_openers:", "  official_list_opener:", "official_list_openers"),
    ],
    ids=["bad-motto-regex", "bad-furniture-regex", "missing-key", "missing-line-joining-words"],
)
def test_layout_and_site_vocabulary_are_checked(models_copy, name, old, new, message):
    path = models_copy / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ResourceError, match=rf"{name}.*{message}"):
        load_resources(str(models_copy))


WORDS_ERRORS = [
    ("  V: VERB ", "  V: VERBAL", r"words.yaml:\d+.*'VERBAL' of 'V' is not a Universal POS"),
    ("not_actions:", "not_action:", r"words.yaml.*missing keys: not_actions"),
]


@pytest.mark.parametrize(("old", "new", "message"), WORDS_ERRORS, ids=["upos", "missing"])
def test_bad_word_analysis_data_is_rejected(models_copy, old, new, message):
    path = models_copy / "words.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        load_resources(str(models_copy))


def _phrase_lists(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _phrase_lists(value, f"{path}.{key}")
    elif isinstance(node, list) and node and all(isinstance(item, str) for item in node):
        yield path, node


@pytest.mark.parametrize("name", sorted(p.name for p in default_models_dir().glob("*.yaml")))
def test_no_phrase_is_shadowed_by_a_shorter_one_of_another_case(name):
    """A list's phrases become one alternation ordered as sorted, sharing the words they open with; most
    are matched in any case. A longer phrase that differs from a shorter one only in the case of their
    shared words ("trung ương và địa phương" after "Trung ương") sorts after it and never matches:
    write it in the shorter one's case."""
    data = yaml.safe_load((default_models_dir() / name).read_text(encoding="utf-8"))
    shadowed = [(path, short, long) for path, phrases in _phrase_lists(data) for short in phrases for long in phrases
                if long.lower().startswith(short.lower() + " ") and not long.startswith(short + " ")
                and short < long]
    assert shadowed == []
