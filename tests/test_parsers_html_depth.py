"""Web pages nested deeper than libxml2 builds trees: the deep tags are taken out, the text kept."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.parsers import read_document
from pipeline.parsers.html_depth import MAX_DEPTH, flatten_deep
from tests.fixtures.documents import SMALL_NOTICE, portal_html

ITEMS = ("1. Giao Sở Y tế chủ trì xây dựng kế hoạch phòng chống dịch, hoàn thành trước ngày 30/6/2024.",
         "2. Giao Sở Tài chính bố trí kinh phí thực hiện kế hoạch.")


def _deep_page(depth: int) -> str:
    body = "".join(f"<p>{item}</p>" for item in ITEMS)
    return ("<html><head><title>Thông báo kết luận</title></head><body><h1>Thông báo kết luận</h1>"
            + "<div>" * depth + body + "</div>" * depth + "</body></html>")


@pytest.mark.parametrize(
    ("html", "max_depth", "expected", "dropped"),
    [
        ("<div><p>Sở Y tế</p></div>", 2, "<div><p>Sở Y tế</p></div>", 0),
        ("<div><div><p>Sở Y tế</p></div></div>", 1, "<div><br><br>Sở Y tế</div>", 4),
        ("<div><span><b>Sở</b> Y tế</span></div>", 1, "<div>Sở Y tế</div>", 4),  # inline tags leave nothing
        ("<div><br><img src='a.png'><hr/><p>Sở Y tế</p></div>", 2,
         "<div><br><img src='a.png'><hr/><p>Sở Y tế</p></div>", 0),  # void elements hold nothing: no level
        ("<ul><li>Một<li>Hai<li>Ba</ul>", 2, "<ul><li>Một<li>Hai<li>Ba</ul>", 0),  # an unclosed <li> ends at the next
        ("<div><script>if (a<b) x = '<div><div>';</script><p>Sở</p></div>", 2,
         "<div><script>if (a<b) x = '<div><div>';</script><p>Sở</p></div>", 0),  # a script's text is no markup
        ("<div><!-- <div><div> --><p title='a>b'>Sở</p></div>", 2,
         "<div><!-- <div><div> --><p title='a>b'>Sở</p></div>", 0),
        ("<div>Sở Y tế</span></div>", 1, "<div>Sở Y tế</span></div>", 0),  # a stray end tag is left to the parser
    ],
    ids=["shallow", "deep-blocks", "deep-inline", "void", "unclosed-li", "script", "comment-and-quoted-gt",
         "stray-end"],
)
def test_flatten_deep(html, max_depth, expected, dropped):
    assert flatten_deep(html, max_depth) == (expected, dropped)


def test_a_page_within_the_depth_is_left_as_it_is():
    html = portal_html(SMALL_NOTICE)
    assert flatten_deep(html) == (html, 0)


@pytest.mark.parametrize("depth", [300, 100_000], ids=["past-libxml2", "100k"])
def test_text_nested_deeper_than_the_parser_goes_is_read(tmp_path, depth):
    path = tmp_path / "sau.html"
    path.write_text(_deep_page(depth), encoding="utf-8")
    doc = read_document(path)
    lines = doc.text.split("\n")
    assert all(item in lines for item in ITEMS)  # each paragraph still a line of its own
    dropped = 2 * (depth - (MAX_DEPTH - 2)) + 4  # <html> and <body> hold the first levels; each <p> dropped too
    assert doc.warnings == [f"HTML nested deeper than {MAX_DEPTH} levels: {dropped:,} tags below that were "
                            "taken out, their text kept"]


def test_a_100k_deep_page_gives_its_tasks(tmp_path):
    path = tmp_path / "sau.html"
    path.write_text(_deep_page(100_000), encoding="utf-8")
    result = extract(path)
    assert [task.lead[0].name for task in result.tasks] == ["Sở Y tế", "Sở Tài chính"]


def test_a_lone_angle_bracket_run_costs_a_bounded_look_ahead():
    """A "<" never closed is tried against at most a few hundred characters, not the rest of the page."""
    html = "<a" * 20_000
    assert flatten_deep(html) == (html, 0)
