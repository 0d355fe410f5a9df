"""The main window's responsibilities, one module each, combined by
:class:`fmdesk.ui.main_window.MainWindow`: opening models (:mod:`.opening`), mirroring the
selection (:mod:`.selection`), view commands (:mod:`.view_actions`), saved viewpoints
(:mod:`.viewpoints`) and the remembered layout (:mod:`.layout`)."""
