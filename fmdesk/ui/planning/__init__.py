"""The Planning feature's widgets: plan calendar, lifecycle card, task library editor, jobs."""
