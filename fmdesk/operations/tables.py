"""The operations tables of the records database, gathered for ``fmdesk/records/models.py``.

``records/models.py`` imports ``fmdesk.<feature>.tables`` at its end so the records ``Base``
knows every table (the one import the layers contract allows upwards); each operations concept
keeps its tables in its own module and adds one import line here.
"""

# Modules, not names: whichever of these a program imports first pulls in records.models, whose
# end imports this module again while that first one is still half-initialised.
from fmdesk.operations import contract_tables, quality_tables
from fmdesk.operations.meters import tables as meter_tables

__all__ = ["contract_tables", "meter_tables", "quality_tables"]
