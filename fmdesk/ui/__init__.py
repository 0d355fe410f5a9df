"""The Qt desktop shell: the only package that imports PySide6 and pyvistaqt.

``app`` creates the application and the :class:`~fmdesk.ui.main_window.MainWindow`;
``main_window`` wires the shared :class:`~fmdesk.ui.selection.SelectionModel`, the panels
(``panels/``), the 3D view (``view3d``, ``walk``), the menus (``main_menus``) and the status bar
(``status_bar``); ``loading``/``workers``/``geometry_process`` open models off the GUI thread;
``features/`` plug later issues in (network, records, planning); ``i18n`` handles languages.
"""
