"""The core message catalogue: rendering, language choice, storage and the catalogue update."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.errors import UserError
from fmdesk.i18n import Msg, _t, catalogue, language_from_env, set_language
from fmdesk.i18n.extract import FoundMessage, collect_messages, update_catalogue


@pytest.fixture
def tmp_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Catalogues written to and read from ``tmp_path`` instead of ``resources/``."""
    monkeypatch.setattr(catalogue, "catalogue_path", lambda lang: tmp_path / f"core_{lang}.ts")
    import fmdesk.i18n.extract as extract

    monkeypatch.setattr(extract, "catalogue_path", lambda lang: tmp_path / f"core_{lang}.ts")
    catalogue.load_catalogue.cache_clear()
    yield tmp_path
    catalogue.load_catalogue.cache_clear()


def _translate(path: Path, source: str, text: str) -> None:
    body = path.read_text(encoding="utf-8")
    old = f'<source>{source}</source>\n            <translation type="unfinished" />'
    assert old in body, body
    body = body.replace(
        old, f"<source>{source}</source>\n            <translation>{text}</translation>"
    )
    path.write_text(body, encoding="utf-8")
    catalogue.load_catalogue.cache_clear()


def test_every_core_message_has_a_finished_chinese_translation() -> None:
    catalogue.load_catalogue.cache_clear()
    table = catalogue.load_catalogue("zh_CN")
    missing = sorted({m.text for m in collect_messages() if m.text not in table})
    assert not missing, f"{len(missing)} core messages lack a zh_CN translation: {missing[:20]}"


def test_message_renders_in_the_language_asked_for(tmp_catalogue: Path) -> None:
    found = [FoundMessage("Work order {number} does not exist.", "fmdesk/x.py", 1)]
    path = update_catalogue("zh_CN", found)
    _translate(path, "Work order {number} does not exist.", "工单 {number} 不存在。")
    message = _t("Work order {number} does not exist.", number="WO-7")
    assert message.render("zh_CN") == "工单 WO-7 不存在。"
    assert message.render("en") == "Work order WO-7 does not exist."


def test_update_keeps_translations_and_marks_new_messages_unfinished(tmp_catalogue: Path) -> None:
    path = update_catalogue("zh_CN", [FoundMessage("Cancel", "fmdesk/a.py", 3)])
    _translate(path, "Cancel", "取消")
    update_catalogue(
        "zh_CN", [FoundMessage("Cancel", "fmdesk/a.py", 3), FoundMessage("Close", "fmdesk/b.py", 9)]
    )
    table = catalogue.load_catalogue("zh_CN")
    assert table == {"Cancel": "取消"}
    assert 'type="unfinished"' in path.read_text(encoding="utf-8")


def test_untranslated_message_falls_back_to_english(tmp_catalogue: Path) -> None:
    assert _t("Nothing to see {x}", x=1).render("zh_CN") == "Nothing to see 1"


def test_nested_messages_and_lists_render_in_the_same_language(tmp_catalogue: Path) -> None:
    found = [FoundMessage(t, "fmdesk/x.py", 1) for t in ("valve", "Close {what}: {names}")]
    path = update_catalogue("zh_CN", found)
    _translate(path, "valve", "阀门")
    _translate(path, "Close {what}: {names}", "关闭{what}：{names}")
    message = _t("Close {what}: {names}", what=_t("valve"), names=["V-1", "V-2"])
    assert message.render("zh_CN") == "关闭阀门：V-1、V-2"
    assert message.render("en") == "Close valve: V-1, V-2"


def test_messages_survive_storage_as_plain_data() -> None:
    message = _t("Close {what}: {names}", what=_t("valve"), names=["V-1"])
    again = Msg.from_data(message.to_data())
    assert again.render("en") == message.render("en")
    assert Msg.from_data("reported via phone").render("zh_CN") == "reported via phone"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANGUAGE": "en:zh", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"FMDESK_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_follows_the_environment(env: dict[str, str], expected: str) -> None:
    assert language_from_env(env) == expected


def test_user_error_renders_in_the_current_language(monkeypatch: pytest.MonkeyPatch) -> None:
    error = UserError(_t("Work order {number} does not exist.", number="WO-1"))
    set_language("en")
    try:
        assert error.message == "Work order WO-1 does not exist."
        assert str(error) == error.message
    finally:
        set_language(None)


DEVELOPER_ONLY = (
    ".__call__() not defined",
    "conflicting subparser",
    "cannot merge actions",
    "invalid option string",
    "dest= is required",
    "invalid conflict_resolution",
    "conflicting option string",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "is not callable",
    "deprecated",
    "is an invalid argument for positionals",
)
"""argparse sentences that only a programming error can produce (never a user's input)."""


def test_every_user_facing_argparse_sentence_is_in_the_catalogue() -> None:
    """The running Python's argparse says nothing a Chinese user cannot read."""
    import argparse
    import ast

    from fmdesk.commands._parser import ARGPARSE_MESSAGES

    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    sentences = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            sentences |= {a.value for a in node.args if isinstance(a, ast.Constant)}
    sentences = {s for s in sentences if isinstance(s, str) and not s.startswith(DEVELOPER_ONLY)}
    sentences = {s for s in sentences if not any(d in s for d in DEVELOPER_ONLY)}
    listed = {m.text for m in ARGPARSE_MESSAGES}
    assert sentences <= listed, sorted(sentences - listed)
    table = catalogue.load_catalogue("zh_CN")
    assert all(table.get(text) for text in listed)


def test_a_data_file_error_names_the_row_in_either_language() -> None:
    from fmdesk.maintenance.workdays import CalendarDataError, parse_adjustments

    with pytest.raises(CalendarDataError) as caught:
        parse_adjustments("date,kind,name\n2027-02-20,workday,x\n2027-13-01,holiday,y\n")
    assert caught.value.msg.render("zh_CN").startswith("调休文件 第 3 行日期 '2027-13-01' 无效")
    assert caught.value.msg.render("en").startswith("the workday adjustments file row 3: ")


def test_help_passed_through_a_local_helper_is_collected(tmp_path: Path) -> None:
    """``_action(actions, "add", run_add, "help")`` style helpers, called directly or in a loop."""
    package = tmp_path / "fmdesk"
    package.mkdir()
    (package / "cmd.py").write_text(
        "def _action(actions, name, func, help_text):\n"
        "    return actions.add_parser(name, help=help_text)\n"
        "def register(actions):\n"
        "    _action(actions, 'add', None, 'register a thing')\n"
        "    for name, func, help_text in (('close', None, 'close a thing'),):\n"
        "        _action(actions, name, func, help_text)\n"
        "    for name, text in (('enable', 'enable a thing'),):\n"
        "        actions.add_parser(name, help=text)\n",
        encoding="utf-8",
    )
    texts = {m.text for m in collect_messages(package)}
    assert {"register a thing", "close a thing", "enable a thing"} <= texts
