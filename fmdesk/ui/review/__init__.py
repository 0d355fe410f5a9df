"""Review feature widgets: the Review panel, the new-issue dialog, and their controller."""
