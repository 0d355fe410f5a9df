"""Every session factory gets the history hook and the text guard, however many came before.

The hooks used to be installed "once" with ``sqlalchemy.event.contains``, whose registry is keyed
by ``id()``: a new sessionmaker at the address of a collected one was taken for it and got no
hook, so its changes wrote no history and passed the text guard (a full test run caught the
guard missing once; throw-away factories show it almost every time).
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from fmdesk.records.database import open_records
from fmdesk.records.errors import InvalidInputError
from fmdesk.records.history import install_history_hook
from fmdesk.records.models import Asset, History
from fmdesk.records.text_guard import install_text_guard


def _hooked_factory(engine) -> sessionmaker:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    install_history_hook(factory)
    install_text_guard(factory)
    return factory


def test_a_new_factory_after_many_collected_ones_keeps_both_hooks(tmp_path: Path) -> None:
    records = open_records(f"sqlite:///{tmp_path / 'hooks.sqlite3'}", backup=False)
    for made in range(60):
        _hooked_factory(records.engine)
        if made % 3 == 0:
            gc.collect()  # the factories hold cycles: collect them so their addresses come back
    factory = _hooked_factory(records.engine)
    with factory() as session:
        session.add(Asset(code="SB-01", name="生活水泵", category="pump"))
        session.commit()
    with records.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(History)).scalar_one() >= 1
    with pytest.raises(InvalidInputError, match="U\\+001B"), factory() as session:
        session.add(Asset(code="SB-02", name="泵\x1b[31m", category="pump"))
        session.commit()
    records.engine.dispose()
