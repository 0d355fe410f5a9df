"""The command line's contract: exit codes and one-line messages, whatever the command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fmdesk.bim import open_model, read_elements
from fmdesk.cli import build_parser, main
from tests.conftest import SAMPLES


def test_every_command_module_registers_a_command() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"info", "samples", "gui", "render", "trace", "isolate", "network-check"} <= set(
        commands
    )


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
