"""Meters (水表, 电表, 热量表, 燃气表): their readings, their place on the networks, anomalies.

Qt-free. ``tables`` maps the readings and the meters' network links; ``readings`` parses CSV and
Excel files of cumulative readings; ``series`` turns readings into hourly consumption;
``detect`` finds anomalies (numpy, vectorised over all meters at once); ``simulate`` generates
readings with known injected faults, for the tests, the benchmark and ``samples --history``.
"""
