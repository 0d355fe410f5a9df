"""Which language the user reads: an explicit choice, else the environment's locale.

The CLI follows ``--lang``, then ``FMDESK_LANG``, then the POSIX variables in gettext's order
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); the GUI sets the language it chose (the
saved setting or the system locale) so core messages shown in dialogs match the widgets.
"""

from __future__ import annotations

import os

__all__ = [
    "chosen_language",
    "current_language",
    "language_from_env",
    "normalise_language",
    "set_language",
]

_chosen: str | None = None


def normalise_language(value: str | None) -> str | None:
    """``zh_CN`` for any Chinese locale name (``zh``, ``zh_CN.UTF-8``, ``zh-Hans``), ``en`` for
    any other real locale, None for empty, ``C`` and ``POSIX`` (they say nothing).

    >>> normalise_language("zh_CN.UTF-8"), normalise_language("en_GB"), normalise_language("C")
    ('zh_CN', 'en', None)
    """
    text = (value or "").strip()
    if not text or text.split(".")[0] in ("C", "POSIX"):
        return None
    return "zh_CN" if text.lower().replace("-", "_").startswith("zh") else "en"


def language_from_env(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for; English when it says nothing usable."""
    env = os.environ if environ is None else environ
    first = normalise_language(env.get("FMDESK_LANG"))
    if first:
        return first
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (env.get(name) or "").split(":"):
            found = normalise_language(part)
            if found:
                return found
    return "en"


def set_language(language: str | None) -> None:
    """Choose the language of every message rendered from now on (None: follow the locale)."""
    global _chosen
    _chosen = normalise_language(language) if language else None


def chosen_language() -> str | None:
    """The explicit choice (None: the environment decides)."""
    return _chosen


def current_language() -> str:
    """``zh_CN`` or ``en``: the explicit choice, else the environment's."""
    return _chosen or language_from_env()
