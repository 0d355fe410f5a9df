"""Keyboard shortcuts of the standard views (numeric keypad style, as in Blender and Revit).

Kept apart from :mod:`fmdesk.ui.view3d` so the menus can be built before the 3D view (and VTK)
is imported.
"""

STANDARD_VIEWS = {
    "iso": "0",
    "top": "7",
    "bottom": "Ctrl+7",
    "front": "1",
    "back": "Ctrl+1",
    "left": "Ctrl+3",
    "right": "3",
}
