"""Design review and handover (承接查验): IDS checks, handover inspection, warranty reminders.

Qt-free domain package: ``fmdesk.handover.ids`` checks a model against an IDS file (buildingSMART
Information Delivery Specification) with IfcTester plus our corrections; ``fmdesk.handover``'s
other modules hold the 7-step handover checklist, the archive of handed-over documents and the
warranty calendar.
"""
