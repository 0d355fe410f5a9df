"""A translatable message: English source text (the id) plus named arguments.

Messages are plain, immutable and JSON-friendly (:meth:`Msg.to_data`), so they can be raised in
a worker thread, stored in the history or a plan's basis column, and rendered later in the
reader's language. Arguments that are messages themselves are rendered in the same language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fmdesk.i18n.catalogue import lookup
from fmdesk.i18n.language import current_language

__all__ = ["Msg", "_t", "as_msg", "render", "tr"]


@dataclass(frozen=True)
class Msg:
    """``Msg("Work order {number} does not exist.", {"number": "WO-1"})``."""

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the current one), arguments filled in."""
        language = language or current_language()
        template = lookup(self.text, language)
        values = {key: _render_value(value, language) for key, value in self.args.items()}
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):  # a translation with a typo: show the source
            return self.text.format(**values) if values else self.text

    def __str__(self) -> str:
        return self.render()

    def to_data(self) -> dict[str, Any]:
        """``{"msg": text, "args": {...}}`` for storing (history, files, JSON)."""
        return {"msg": self.text, "args": {k: _plain(v) for k, v in self.args.items()}}

    @classmethod
    def from_data(cls, data: Any) -> Msg:
        """The inverse of :meth:`to_data`; plain strings (older rows) become untranslated
        messages that render as they were written."""
        if isinstance(data, Mapping) and "msg" in data:
            args = {k: _from_plain(v) for k, v in dict(data.get("args") or {}).items()}
            return cls(str(data["msg"]), args)
        return cls(str(data or ""))


def _t(text: str, /, **args: Any) -> Msg:
    """Mark ``text`` for translation and bind its arguments; render it where it is shown."""
    return Msg(text, args)


def tr(text: str, /, **args: Any) -> str:
    """Translate ``text`` into the current language now (for output printed at once)."""
    return Msg(text, args).render()


def render(value: Any, language: str | None = None) -> str:
    """Render a message, or ``str()`` anything else (names, numbers, older plain strings)."""
    return value.render(language) if isinstance(value, Msg) else str(value)


def as_msg(value: Msg | str) -> Msg:
    """A message from a message or a plain string (which renders unchanged)."""
    return value if isinstance(value, Msg) else Msg(str(value))


def _render_value(value: Any, language: str) -> Any:
    if isinstance(value, Msg):
        return value.render(language)
    if isinstance(value, list | tuple):
        rendered = [_render_value(v, language) for v in value]
        return ("、" if language == "zh_CN" else ", ").join(str(v) for v in rendered)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.to_data()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _from_plain(value: Any) -> Any:
    if isinstance(value, Mapping) and "msg" in value:
        return Msg.from_data(value)
    if isinstance(value, list):
        return [_from_plain(v) for v in value]
    return value
