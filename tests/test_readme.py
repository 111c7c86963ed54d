"""README's command reference lists every option that --help shows, command by command."""

import re

import pytest
import typer.main

from pipeline.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
COMMANDS = typer.main.get_command(app).commands


def _section(command: str) -> str:
    """The README text under '### `nhiemvu COMMAND`', up to the next heading."""
    found = re.search(rf"^### `nhiemvu {command}`\n(.*?)(?=^#)", README, re.MULTILINE | re.DOTALL)
    assert found, f"README has no section '### `nhiemvu {command}`'"
    return found.group(1)


def _options(command: str) -> list[str]:
    return [name for param in COMMANDS[command].params if param.param_type_name == "option"
            for name in param.opts + param.secondary_opts]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_option_of_a_command_is_in_its_readme_section(command):
    section = _section(command)
    missing = [name for name in _options(command) if f"`{name}`" not in section]
    assert missing == []


def test_the_app_s_own_options_are_in_the_readme():
    for param in typer.main.get_command(app).params:
        for name in param.opts:
            assert f"`nhiemvu {name}`" in README
