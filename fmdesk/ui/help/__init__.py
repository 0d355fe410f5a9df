"""Help: the user manual (F1) rendered from ``docs/manual`` in the app."""
