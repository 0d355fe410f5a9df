"""Under a Chinese locale the command line speaks Chinese: help, output and errors.

The main commands run on the sample building (the scenario of ``tests/cli_golden.py``, without
``--json``) and every command's ``--help`` is printed, all under ``LANG=zh_CN.UTF-8``; the test
fails on any English word in what a user reads. Allowed, and only these:

- what the user types literally: option names, command and sub-command names, choice values
  (taken from the parser itself, not listed by hand);
- data: the paths, file names and database URL of the run and what the user typed, codes
  (upper-case tokens with a digit or a hyphen: ``SB-01``, ``PUMP-LEAK``, ``GD-2027-000001``,
  ``IFC4``), IFC class names (``Ifc…``), GlobalIds, content hashes, and what the model file itself
  says (its writing application, its system types and flow directions, the maker and model of an
  asset);
- ids a user types as option values without them being argparse choices: asset categories
  (``pump``), media (``water``); upper-case identifiers (``FMDESK_DATABASE_URL``, the STEP
  keyword ``FILE_DESCRIPTION`` a damaged file lacks);
- :data:`PROPER_NAMES`: formats, standards' prefixes, products and unit symbols that are written
  the same in a Chinese text (``Excel``, ``COBie``, ``GB``, ``MB``…).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fmdesk.cli import build_parser
from fmdesk.i18n import language
from tests.cli_golden import (
    SAMPLE,
    Context,
    element_ids,
    run_command,
    scenario,
)

REPO = Path(__file__).resolve().parents[2]
BAD_MODELS = (
    "AlmostEmptyIFC4.ifc",
    "Badly_formed_Ifc_file.ifc",
    "EmptyMultibyteString.ifc",
    "Header_example.ifc",
    "InvalidHeaderFileName.ifc",
    "fzk-haus.ifcxml",
    "tunnel_ifc4x4-unsupported.ifc",
)
"""The broken files of ``../shared/ifc/bad`` (each refused with its own sentence)."""

PROPER_NAMES = frozenset(
    {
        # formats and file extensions
        *("BCF", "COBie", "CSV", "Excel", "IDS", "IFC", "JSON", "PDF", "PNG", "STEP", "ifcXML"),
        *("iCalendar", "xlsx", "ifc", "ifczip", "csv", "ics", "pdf", "png", "zip", "URL"),
        # products, organisations and terms of the trade written in Latin letters
        *("BIM", "buildingSMART", "GlobalId", "PostgreSQL", "SQLite", "QR", "SLA", "lunar_python"),
        # standards' prefixes (GB 50974, TSG T5001, DL/T 596, BS EN 50172, SFG20, ISO 15686)
        *("GB", "GB/T", "TSG", "DL", "BS", "EN", "SFG20", "ISO"),
        # unit symbols
        *("KB", "MB"),
    }
)
"""Formats, standards and products, written the same way in Chinese technical text."""

WORD = re.compile(r"[A-Za-z][A-Za-z_']*[A-Za-z]")
RUN = re.compile(r"[A-Za-z0-9_$.#/:'-]+")
"""A run of ASCII: judged whole first (a code, a GlobalId), then word by word."""
DATA = re.compile(
    r"^(?=.*[0-9-])[A-Z0-9][A-Z0-9_#-]*$"  # codes: SB-01, 3AL-QF0, DN25, PUMP-LEAK, IFC4
    r"|^Ifc[A-Za-z0-9]+$"  # IFC class names
    r"|^[0-9A-Za-z_$]{22}$"  # IFC GlobalIds
    r"|^[0-9a-f]{6,}$"  # content hashes (document ids)
    r"|^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$"  # identifiers: FMDESK_DATABASE_URL, FILE_DESCRIPTION
    r"|^[\w.-]*/[\w./-]*\.\w+$|^[\w.-]+/$"  # paths
    r"|^\.\w+$|^[\w-]+\.[a-z]{2,6}$"  # file names, extensions
)


def _syntax_words() -> frozenset[str]:
    """Everything a user types literally, read from the whole parser."""
    from fmdesk.bim.classify import KINDS
    from fmdesk.network.labels import MEDIA_NAMES

    words: set[str] = {"fmdesk", "LANG", "LANGUAGE", *KINDS.values(), *MEDIA_NAMES}
    stack: list[argparse.ArgumentParser] = [build_parser(load_all=True)]
    while stack:
        parser = stack.pop()
        for action in parser._actions:
            words.update(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                words.update(action.choices)
                stack.extend(action.choices.values())
            elif action.choices:
                words.update(str(c) for c in action.choices)
    return frozenset(w for token in words for w in [token, *WORD.findall(token)])


@pytest.fixture(scope="module")
def chinese_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """FMDESK_HOME in a fresh folder, ``LANG=zh_CN.UTF-8`` and nothing else saying a language."""
    work = tmp_path_factory.mktemp("zh")
    names = ("FMDESK_HOME", "FMDESK_DATABASE_URL", "FMDESK_LANG", "LANGUAGE", "LC_ALL")
    names = (*names, "FMDESK_USER")
    saved = {k: os.environ.get(k) for k in (*names, "LANG", "LC_MESSAGES")}
    for key in (*names, "LC_MESSAGES"):
        os.environ.pop(key, None)
    os.environ["FMDESK_HOME"] = str(work / "home")
    os.environ["LANG"] = "zh_CN.UTF-8"
    os.environ["FMDESK_USER"] = "值班员"
    chosen = language._chosen
    language.set_language(None)
    try:
        yield work
    finally:
        language.set_language(chosen)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def english_words(text: str, allowed: frozenset[str], data: list[str]) -> list[str]:
    """The English words of ``text`` that are neither syntax, data nor proper names."""
    values = {d for d in data if len(d) >= 3 and not d.isdigit()}  # ids would cut words apart
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, "_")
    found = []
    for raw in RUN.findall(text):
        run = raw.strip(".-/:'")
        if DATA.match(raw) or run in allowed or run in PROPER_NAMES or DATA.match(run):
            continue
        for word in WORD.findall(run):
            if word not in allowed and word not in PROPER_NAMES and not DATA.match(word):
                found.append(word)
    return found


def test_main_commands_print_no_english_under_a_chinese_locale(chinese_env: Path) -> None:
    tmp = chinese_env / "tmp"
    tmp.mkdir()
    (tmp / "合格证.txt").write_text("合格证\n", encoding="utf-8")
    db = f"sqlite:///{chinese_env / 'records.sqlite3'}"
    context = Context({"sample": str(SAMPLE), "tmp": str(tmp), "db": db})
    context.values.update(element_ids())
    data = [str(tmp), str(SAMPLE), db, str(REPO), "合格证.txt", *context.values.values()]
    allowed = _syntax_words()
    problems: list[str] = []
    for step in scenario():
        if step.remember is not None:
            code, out, err = run_command(context.fill(step.command))
            assert code == 0, (step.name, err)
            step.remember(json.loads(out), context.values)
            data = [*data, *context.values.values()]
        if step.name == "info":  # the file's header and enumerations (system types, directions)
            facts = json.loads(run_command([*context.fill(step.command), "--json"])[1])
            data += [s["predefined_type"] or "" for s in facts["systems"]]
            data += list(facts["ports_by_flow_direction"])
            data += [facts["application"] or "", facts["originating_system"] or ""]
        if step.name == "assets_show":  # the maker and model read from the IFC file are data
            card = json.loads(run_command(context.fill(step.command))[1])
            data += [card["asset"]["manufacturer"], card["asset"]["model"]]
        argv = [a for a in context.fill(step.command) if a != "--json"]
        code, out, err = run_command(argv)
        echoed = [*data, *argv, *(Path(a).name for a in argv), *(Path(a).stem for a in argv)]
        words = english_words(out + err, allowed, echoed)
        if words or not (out + err).strip():
            problems.append(f"{' '.join(argv[:3])}: {sorted(set(words))}\n{out}{err}")
    for command in EXTRA_COMMANDS:
        argv = context.fill(command)
        code, out, err = run_command(argv)
        words = english_words(out + err, allowed, [*data, *argv])
        if code != 0 or words:
            problems.append(f"{command}: exit {code} {sorted(set(words))}\n{out}{err}")
    assert not problems, "\n\n".join(problems)


EXTRA_COMMANDS = (
    "network-graph {sample}",
    "diff {sample} {sample}",
    "handover start 一期 --delivered 2027-06-30 --db {db}",
    "handover list --db {db}",
    "review list --db {db}",
    "training trainees --db {db}",
    "leak 1-601 --model {sample} --db {db}",
    "db backup --out {tmp}/backup.fmbak --db {db}",
    "people list --db {db}",
    "roster generate --month 2027-01 --db {db}",
)
"""Commands the golden scenario does not run, checked the same way."""


def _every_parser() -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    stack = [build_parser(load_all=True)]
    while stack:
        parser = stack.pop()
        found.append((parser.prog, parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack.extend({id(p): p for p in action.choices.values()}.values())
    return found


def test_every_help_is_chinese(chinese_env: Path) -> None:
    allowed = _syntax_words()
    problems = []
    for prog, parser in _every_parser():
        words = english_words(parser.format_help(), allowed, [])
        if words:
            problems.append(f"{prog}: {sorted(set(words))}")
    assert not problems, "\n".join(problems)


def _fmdesk(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "FMDESK_LANG"))}
    env.update(LANG="zh_CN.UTF-8", LANGUAGE="")
    return subprocess.run(
        [sys.executable, "-m", "fmdesk", *argv],
        capture_output=True,
        text=True,
        env=env,
        encoding="utf-8",
        check=False,
    )


@pytest.mark.parametrize(
    "argv",
    [
        *(["info", "{bad}/" + name] for name in BAD_MODELS),
        ["info", "no-such-model.ifc"],
        ["wo", "advance", "GD-2027-999999", "--to", "closed", "--db", "sqlite:///{tmp}/x.db"],
        ["nosuch"],
        ["wo", "advance"],
    ],
)
def test_errors_are_one_chinese_sentence(
    argv: list[str], chinese_env: Path, tmp_path: Path
) -> None:
    if any("{bad}" in a for a in argv):
        bad = REPO.parent / "shared" / "ifc" / "bad"
        if not bad.is_dir():
            pytest.skip("../shared/ifc is not present on this machine")
        argv = [a.replace("{bad}", str(bad)) for a in argv]
    argv = [a.format(tmp=tmp_path) for a in argv]
    result = _fmdesk(*argv)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    line = result.stderr.strip()
    assert line.startswith("fmdesk: ") and "\n" not in line, line
    assert re.search(r"[\u4e00-\u9fff]", line), line
    echoed = [*argv, *(Path(a).name for a in argv)]  # the input, echoed back, is data
    assert not english_words(line, _syntax_words(), echoed), line


def test_lang_option_overrides_the_locale(chinese_env: Path) -> None:
    english = _fmdesk("--lang", "en", "info", "no-such-model.ifc")
    chinese = _fmdesk("info", "no-such-model.ifc", "--lang=zh_CN")
    assert english.returncode == chinese.returncode == 2
    assert "model" in english.stderr.lower() and not re.search(r"[\u4e00-\u9fff]", english.stderr)
    assert re.search(r"[\u4e00-\u9fff]", chinese.stderr)


def test_lang_reaches_a_command_with_its_own_lang_option(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fmdesk.cli import main
    from fmdesk.commands import gui

    seen: list[tuple[str | None, str]] = []
    monkeypatch.setattr(
        gui, "run", lambda args: seen.append((args.lang, language.current_language()))
    )
    assert main(["gui", "--lang", "en"]) == 0
    assert main(["--lang=zh_CN", "gui"]) == 0
    assert seen == [("en", "en"), ("zh_CN", "zh_CN")]
    assert language.chosen_language() is None  # the choice held for those runs only


def test_chinese_help_lines_up_and_fits_the_terminal(
    chinese_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fmdesk.commands._parser import display_width

    monkeypatch.setenv("COLUMNS", "80")
    parsers = dict(_every_parser())
    text = parsers["fmdesk wo create"].format_help()
    columns = set()
    for line in text.splitlines():
        found = re.match(r"^(  -\S+(?: \S+)?)( {2,})(\S.*)$", line)
        if found:
            columns.add(display_width(found.group(1) + found.group(2)))
    assert len(columns) == 1, text  # every help text starts in the same column
    for prog, parser in parsers.items():
        widest = max(display_width(line) for line in parser.format_help().splitlines())
        assert widest <= 80 or "{" in parser.format_help(), (prog, widest)


def test_a_positional_with_choices_is_named_by_them_in_errors(
    chinese_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fmdesk.commands._parser import Parser, translate_parser

    parser = Parser(prog="fmdesk demo")
    parser.add_argument("action", choices=["import", "list"])
    translate_parser(parser)
    assert "{import,list}" in parser.format_usage()
    with pytest.raises(SystemExit):
        parser.parse_args(["nosuch"])
    error = capsys.readouterr().err
    assert "{import,list}" in error and "action" not in error
    assert "无效的选项值" in error


def test_network_findings_keep_medium_ids_and_name_the_medium_in_the_detail(
    shared_ifc: Path,
) -> None:
    model = shared_ifc / "heating-fragmented_ifc2x3.ifc"
    code, out, err = run_command(["network-check", str(model), "--json", "--lang", "zh_CN"])
    assert code == 0, err
    findings = json.loads(out)["findings"]
    media = {f["medium"] for f in findings}
    assert media <= {"heating", "pipe", None} and "heating" in media  # ids, as data
    open_ends = [f["detail"] for f in findings if f["code"] == "open_end"]
    assert open_ends and all(d.startswith(("采暖水：", "管道介质：")) for d in open_ends)
