"""Screenshot scripts for the README and for checking layouts by eye (Xvfb works)::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.main_window \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

``main_window`` (the shell), ``records`` (asset card, work-order board), ``planning`` (plan,
lifecycle card), ``network`` (an isolation). Each uses a throw-away ``FMDESK_HOME``.
"""
