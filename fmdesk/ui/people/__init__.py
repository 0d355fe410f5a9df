"""People on duty in the GUI: the roster grid dialog (值班表), the staff list with certificate
warnings, and who is on duty in the status bar (installed by ``fmdesk.ui.features.people``)."""
