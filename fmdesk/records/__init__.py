"""Records (issue 5): the asset register, spaces, people, documents and history, on SQLite or
PostgreSQL, behind repositories and a unit of work. Services return plain dataclasses.

Typical use from a front end (no Qt here)::

    from fmdesk.bootstrap import bootstrap
    from fmdesk.records.assets import asset_card, list_assets, lookup_asset
    from fmdesk.workorders.service import create_work_order, work_order_board

    app = bootstrap()                               # upgrade to head, SQLite by default
    rows = list_assets(app.uow(), AssetFilters(storey="B1"))
    card = asset_card(app.uow(), "SB-01")          # record + orders + documents + history

Modules: ``models`` (tables), ``engine``/``database``/``migrate`` (connecting and migrating),
``uow``/``repositories`` (transactions), ``history`` (audit trail), ``assets``, ``people``,
``documents``, ``model_import`` (IFC → register), ``dto`` (what callers receive).
"""
