"""The edge cases found when probing the records database (issue 18), each with its test."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from fmdesk.app import App
from fmdesk.app.assets import add_asset
from fmdesk.app.documents import attach_document, export_document
from fmdesk.app.validation import InvalidTextError, check_limit, check_text, printable
from fmdesk.app.workorders import create_work_order, list_work_orders
from fmdesk.cli import main
from fmdesk.errors import UserError
from fmdesk.records.database import Records, open_records
from fmdesk.records.models import WorkOrder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _future_database(folder: Path) -> Path:
    path = folder / "future.sqlite3"
    records = open_records(f"sqlite:///{path.as_posix()}")
    records.dispose()
    engine = create_engine(f"sqlite:///{path.as_posix()}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "argv",
    [
        ("wo", "list"),
        ("wo", "create", "--title", "漏水"),
        ("db", "upgrade"),
        ("db", "info"),
        ("audit", "verify"),
        ("users", "list"),
    ],
)
def test_newer_database_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    path = _future_database(tmp_path)
    before = _snapshot(tmp_path)
    code, out, err = run(capsys, *argv, "--db", f"sqlite:///{path.as_posix()}")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "9999" in err and "upgrade" not in err.replace("update", "")
    assert "newer fmdesk" in err or "更新版本" in err or "fmdesk" in err
    assert _snapshot(tmp_path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("url", ["", "   ", "sqlite://host/x.db", "sqlite://user@host:5/x.db"])
def test_bad_database_urls_are_one_sentence(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chdir(tmp_path)
    code, out, err = run(capsys, "wo", "list", "--db", url, "--json")
    assert code == 2 and out == ""
    error = json.loads(err)
    assert error["code"] == 2 and error["error"] and "\n" not in error["error"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "title",
    ["漏水\x00", "bell\x07", "\x1b[2J\x1b[31m红色", "del\x7f", "line\nbreak", "tab\there"],
)
def test_control_characters_in_titles_are_refused(app: App, records: Records, title: str) -> None:
    with pytest.raises(InvalidTextError, match="U\\+00"):
        create_work_order(app, title)
    with records.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(WorkOrder)).scalar_one() == 0


def test_multiline_fields_take_newlines_and_tabs_but_not_escapes(app: App) -> None:
    order = create_work_order(app, "水泵异响", description="第一行\n第二行\t备注")
    assert "第二行" in order.description
    with pytest.raises(InvalidTextError):
        create_work_order(app, "水泵异响", description="\x1b]0;pwned\x07")


def test_lengths_beyond_the_column_are_refused(app: App, records: Records) -> None:
    with pytest.raises(InvalidTextError, match="300"):
        create_work_order(app, "漏" * 1_000_000)
    with pytest.raises(InvalidTextError, match="64"):
        add_asset(app, "C" * 65, "水泵", "pump")
    with pytest.raises(InvalidTextError):
        add_asset(app, "SB-\x1b01", "水泵", "pump")
    create_work_order(app, "漏" * 300)
    assert check_text("ok", "title", 2) == "ok"


def test_raw_escape_sequences_are_never_printed(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    """A title an older fmdesk let in (written here with SQL) is printed escaped."""
    db = ("--db", records.url)
    assert run(capsys, "wo", "create", "--title", "漏水", *db)[0] == 0
    with records.engine.begin() as conn:
        conn.execute(text("UPDATE work_orders SET title = :t"), {"t": "\x1b[2J\x07\x9b漏水"})
    code, out, _ = run(capsys, "wo", "list", *db)
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out
    assert "\x9b" not in out
    code, out, _ = run(capsys, "wo", "list", "--json", *db)
    assert code == 0 and not any(ch in out for ch in "\x1b\x07\x9b")
    assert json.loads(out)[0]["title"] == "\x1b[2J\x07\x9b漏水"
    assert printable("a\tb\nc\x1b") == "a\tb\nc\\x1b"


def test_negative_limit_is_refused(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UserError, match="-1"):
        list_work_orders(app, limit=-1)
    assert check_limit(0) == 0
    db = ("--db", app.database_url)
    for argv in (("wo", "list", "--limit", "-5"), ("assets", "list", "--limit", "-1")):
        code, out, err = run(capsys, *argv, *db)
        assert code == 2 and out == "" and err.count("\n") == 1


def test_docs_add_of_a_fifo_says_what_it_is(app: App, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as error:
        attach_document(app, fifo, "photo", element_global_id="x")
    assert ("folder" not in error.value.message and "pipe" in error.value.message.lower()) or (
        "管道" in error.value.message
    )
    with pytest.raises(UserError, match=r"folder|文件夹"):
        attach_document(app, tmp_path, "photo", element_global_id="x")


def test_docs_get_refuses_existing_targets_and_symlinks(app: App, tmp_path: Path) -> None:
    source = tmp_path / "合格证.txt"
    source.write_text("证书内容", encoding="utf-8")
    doc = attach_document(app, source, "certificate", element_global_id="2O2Fr$t4X7Zf8NOew3FLOH")
    target = tmp_path / "copy.txt"
    export_document(app, doc.id, target)
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(UserError, match="--force"):
        export_document(app, doc.id, target)
    assert target.read_text(encoding="utf-8") == "mine"
    export_document(app, doc.id, target, force=True)
    assert target.read_text(encoding="utf-8") == "证书内容"

    precious = tmp_path / "precious.txt"
    precious.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(precious)
    for force in (False, True):
        with pytest.raises(UserError):
            export_document(app, doc.id, link, force=force)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(UserError):
        export_document(app, doc.id, dangling)
    assert precious.read_text(encoding="utf-8") == "keep"
    assert not (tmp_path / "nowhere.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
