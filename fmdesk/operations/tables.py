"""The operations tables of the records database, gathered for ``fmdesk/records/models.py``.

``records/models.py`` imports ``fmdesk.<feature>.tables`` at its end so the records ``Base``
knows every table (the one import the layers contract allows upwards); each operations concept
keeps its tables in its own module and adds one import line here.
"""

from fmdesk.operations.contract_tables import Contract, WorkAcceptance
from fmdesk.operations.quality_tables import QualityFinding, QualityPlan

__all__ = ["Contract", "QualityFinding", "QualityPlan", "WorkAcceptance"]
