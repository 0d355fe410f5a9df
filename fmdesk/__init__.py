"""fmdesk: BIM-aware desktop facility management (物业工程部工作站).

The package is a functional core (``bim``, ``network``, ``records``, ``maintenance``, ``exports``,
``render``) with a thin Qt shell in ``fmdesk.ui``; nothing outside ``ui`` imports Qt.
"""

__version__ = "0.1.0"
