"""``python -m fmdesk`` runs the command line."""

from fmdesk.cli import main

raise SystemExit(main())
