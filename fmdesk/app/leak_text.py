"""The texts of a leak plan: the 停水通知 for the residents, the work order's body and the
reopen checklist, in the current language (Chinese on a Chinese desk).

Kept apart from :mod:`fmdesk.app.leak` so the wording can change without touching the network
logic; every sentence goes through :func:`fmdesk.i18n.tr`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from fmdesk.i18n import tr


class PlaceRef(Protocol):
    """What the texts need of a place (``fmdesk.app.leak.PlaceRef``)."""

    label: str
    name: str
    storey: str
    flat: str
    room: str


__all__ = ["notice_text", "order_body", "reopen_checklist", "valve_line"]

_FLATS_SHOWN = 40


def _when(moment: datetime) -> str:
    return tr(
        "{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
        year=moment.year,
        month=moment.month,
        day=moment.day,
        hour=moment.hour,
        minute=moment.minute,
    )


def _list(items: Sequence[str]) -> str:
    shown = list(items[:_FLATS_SHOWN])
    text = tr(", ").join(shown)
    if len(items) > _FLATS_SHOWN:
        text += tr(" and {count} more", count=len(items) - _FLATS_SHOWN)
    return text


def valve_line(number: int, valve: PlaceRef) -> str:
    """``1. 户阀 1-601 — 六层 1-601 厨房``."""
    flat = valve.flat if valve.flat != valve.room else ""
    where = " ".join(p for p in (valve.storey, flat, valve.room) if p) or tr("unknown place")
    return tr(
        "{number}. {name} — {where}", number=number, name=valve.name or valve.label, where=where
    )


def notice_text(
    place: str,
    valves: Sequence[PlaceRef],
    flats: Sequence[str],
    start: datetime,
    until: datetime,
) -> str:
    """The water-stop notice to post in the lift lobby and send to the residents' group."""
    lines = [
        tr("Notice of water supply interruption"),
        "",
        tr("Dear residents,"),
        tr(
            "Because of an urgent repair of a water leak at {place}, the water supply will be "
            "shut off from {start} until about {until}.",
            place=place,
            start=_when(start),
            until=_when(until),
        ),
        tr("Flats without water: {flats}.", flats=_list(flats) if flats else tr("none")),
        tr(
            "When the water comes back, let the tap run for a moment before using it. Please "
            "keep taps closed meanwhile to avoid flooding."
        ),
        tr("We apologise for the inconvenience and thank you for your understanding."),
        "",
        tr("Property management service centre"),
        _when(start),
    ]
    if not valves:
        lines.insert(4, tr("(No valve can isolate this leak: call the engineer on duty.)"))
    return "\n".join(lines)


def reopen_checklist(valves: Sequence[PlaceRef], flats: Sequence[str]) -> list[str]:
    """After the repair: the steps to reopen, one line each, valves in their order."""
    steps = [tr("Check that the repair is finished and the area is dry.")]
    for number, valve in enumerate(valves, start=1):
        steps.append(tr("Open slowly: {valve}", valve=valve_line(number, valve)))
    steps += [
        tr("Let air out at the highest tap until the water runs clear."),
        tr("Check the repaired joint for drips under full pressure."),
        tr(
            "Tell the residents of {flats} that the water is back.",
            flats=_list(flats) if flats else tr("none"),
        ),
    ]
    return steps


def order_body(
    leak: PlaceRef,
    close: Sequence[PlaceRef],
    reopen: Sequence[PlaceRef],
    flats: Sequence[str],
    notice: str,
) -> str:
    """The work order's description: where, what to close, who is out, how to reopen."""
    lines = [tr("Leak at: {place}", place=leak.label), "", tr("Valves to close, in order:")]
    lines += [valve_line(n, v) for n, v in enumerate(close, start=1)] or [tr("none")]
    lines += ["", tr("Flats without water: {flats}.", flats=_list(flats) if flats else tr("none"))]
    lines += ["", tr("After the repair, reopen in this order:")]
    lines += [valve_line(n, v) for n, v in enumerate(reopen, start=1)] or [tr("none")]
    lines += ["", "-" * 20, notice]
    return "\n".join(lines)
