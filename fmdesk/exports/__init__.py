"""Writers and readers of files people exchange: Excel (openpyxl), iCalendar, labels, reports.

Plain data in, file out (and, for the plan workbook, file in again with every row checked).
No Qt, no database session: callers pass dataclasses from the core packages.
"""
