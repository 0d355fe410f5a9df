"""Operations in the GUI (contractors, quality, KPIs, meters): each concept's panels in its own
modules (``meters_*`` for the meters panel), installed by ``fmdesk/ui/features/``."""
