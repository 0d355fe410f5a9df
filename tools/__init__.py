"""Developer tools (screenshots, translation helpers); never installed with the package.

Run them from the repository root, e.g. ``.venv/bin/python -m tools.screenshots.main_window``.
"""
