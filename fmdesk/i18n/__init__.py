"""Messages a user can read, in the user's language, for the Qt-free core and the CLI.

One translation system for the whole package: Qt Linguist ``.ts`` catalogues. The widgets use
Qt's own ``tr()`` with ``resources/translations/fmdesk_<lang>.ts`` (compiled to ``.qm``); the
core, the CLI, history, reports and exports use ``resources/translations/core_<lang>.ts``, read
here by a small XML lookup so nothing below ``fmdesk.ui`` needs Qt. Translators work on both in
the same tool (Qt Linguist) and in the same format.

The English source text is the message id. A message is created where the fact is known and
rendered where it is shown, so an error raised in a worker, a history row written last year or a
finding stored in a file reads in whoever's language looks at it::

    error = UserError(_t("Work order {number} does not exist.", number="WO-1"))
    error.msg.render("zh_CN")   # '工单 WO-1 不存在。'
    tr("Elements reached: {n}", n=3)  # rendered now, in the current language

``_t`` and ``tr`` calls with a literal first argument are collected by
:func:`fmdesk.i18n.extract.update_catalogue` (``python -m fmdesk.i18n.extract``); a test fails on
any collected message without a Chinese translation.
"""

from __future__ import annotations

from fmdesk.i18n.catalogue import LANGUAGES, lookup
from fmdesk.i18n.language import (
    chosen_language,
    current_language,
    language_from_env,
    set_language,
)
from fmdesk.i18n.message import Msg, _t, as_msg, render, tr

__all__ = [
    "LANGUAGES",
    "Msg",
    "_t",
    "as_msg",
    "chosen_language",
    "current_language",
    "language_from_env",
    "lookup",
    "render",
    "set_language",
    "tr",
]
