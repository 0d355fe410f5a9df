"""One module per CLI command; each exposes ``register(subparsers)`` (see :mod:`fmdesk.cli`)."""
