"""Operations (运营管理): contractors and contracts, quality checks, KPIs, reports, meters.

Feature package above the core domain; each concept is a module or subpackage of its own
(``fmdesk.operations.meters`` holds meters, readings and their anomalies).
"""
