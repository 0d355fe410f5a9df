"""The command line's contract: exit codes and one-line messages, whatever the command."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

from fmdesk import commands
from fmdesk.bim import open_model, read_elements
from fmdesk.cli import build_parser, main, unregistered_modules
from tests.conftest import SAMPLES


def _choices(parser) -> dict:
    return parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]


def test_every_command_module_registers_a_command() -> None:
    assert {"info", "samples", "gui", "render", "trace", "isolate", "network-check"} <= set(
        _choices(build_parser())
    )


def test_every_command_module_is_in_the_registry_with_the_same_help() -> None:
    """``fmdesk --help`` lists the registry; each module's own parser must agree with it."""
    modules = {
        m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")
    } - commands.HELPER_MODULES
    assert modules == {c.module for c in commands.COMMANDS}, "add the command to COMMANDS"
    assert unregistered_modules() == []
    loaded = build_parser(load_all=True)
    helps = {a.dest: a.help for a in loaded._subparsers._group_actions[0]._choices_actions}
    for info in commands.COMMANDS:
        assert helps[info.name] == info.help, info.name


def test_help_imports_no_command_module() -> None:
    """The list of commands comes from the registry: nothing heavy is imported for it."""
    script = (
        "import sys, contextlib, io\n"
        "from fmdesk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "heavy = [m for m in sys.modules if m.startswith(('fmdesk.commands.', 'ifcopenshell',"
        " 'sqlalchemy', 'pyvista', 'PySide6', 'numpy'))]\n"
        "light = ('fmdesk.commands.output', 'fmdesk.commands._parser')\n"
        "print(','.join(m for m in heavy if m not in light))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_only_the_chosen_command_is_imported() -> None:
    script = (
        "import sys, contextlib, io\n"
        "from fmdesk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['holidays', '--help'])\n"
        "    except SystemExit: pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('fmdesk.commands.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    loaded = {m.removeprefix("fmdesk.commands.") for m in done.stdout.split()}
    assert {m for m in loaded if not m.startswith("_")} - commands.HELPER_MODULES == {"holidays"}


def test_argument_error_names_the_program_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--no-such-option"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "see 'fmdesk --help'" in err and "fmdesk fmdesk" not in err
    with pytest.raises(SystemExit):
        main(["assets", "import"])
    assert "see 'fmdesk assets import --help'" in capsys.readouterr().err


def test_json_errors_are_one_json_object_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "不存在的模型.ifc", "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    error = json.loads(err)
    assert error["code"] == 2 and error["category"]  # e.g. "missing", a UserError category
    assert "不存在的模型.ifc" in error["error"]


def test_json_usage_errors_are_json_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["trace", "--json"])
    assert exit_info.value.code == 2
    error = json.loads(capsys.readouterr().err)
    assert error["category"] == "usage" and error["code"] == 2
    assert "--from" in error["error"]


def test_unknown_command_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_missing_model_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "不存在的模型.ifc"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fmdesk: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_output_cut_short_by_a_pipe_is_not_an_error() -> None:
    """``fmdesk … | head`` closes the pipe early; the output here is far beyond a pipe buffer."""
    sample = SAMPLES / "sample_residential_ifc4.ifc"
    elements = read_elements(open_model(sample))
    transformer = next(e.global_id for e in elements if e.kind == "transformer")
    script = (
        "import subprocess, sys;"
        "p = subprocess.Popen([sys.executable, '-m', 'fmdesk', 'trace', sys.argv[1], '--from',"
        " sys.argv[2], '--direction', 'downstream', '--json'],"
        " stdout=subprocess.PIPE, stderr=subprocess.PIPE);"
        "p.stdout.readline(); p.stdout.close(); err = p.stderr.read(); p.wait();"
        "sys.stderr.buffer.write(err); sys.exit(p.returncode)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(sample), transformer], capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert b"error" not in done.stderr.lower()
