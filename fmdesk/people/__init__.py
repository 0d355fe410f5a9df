"""People on duty (issue 14): staff, certificates, shift patterns and monthly rosters (值班表).

Built on the records' technicians, teams and contractors (``fmdesk.records.people``), which it
extends rather than copies: ``tables`` adds certificates, shifts, patterns and roster days;
``staff`` imports the staff list (xlsx/csv, Chinese headers); ``shifts`` expands a pattern over
a month with the Chinese workday calendar; ``roster`` saves, edits and queries the month and
answers "who is on duty now"; ``workbook`` writes the printable month grid.
"""
