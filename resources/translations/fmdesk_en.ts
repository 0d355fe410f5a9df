<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Three-level acceptance — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail (back to the contractor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checked the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Contractor self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Property initial check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Third-party final check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed {0} of 3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three levels passed: the work is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the acceptance once the work is rectified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetCardPanel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated inspection findings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a fault on this asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset in the model or the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asset is no longer in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetRegisterPanel</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All storeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asset(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetSearchBox</name>
    <message>
        <source>Scan or type an asset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an asset code, serial number or GlobalId, or scan a QR label; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetSlots</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an asset by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the assets of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset has the code &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first, then import its assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR labels written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more assets in the asset register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This element has no asset record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} changed, {3} removed, {4} unchanged; {5} space(s) added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0} ({1:.1f} MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup holds every record, document and photo; restore it with &apos;fmdesk db restore FILE --db URL&apos; into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily (at start-up, or when a day has passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmProgressBar</name>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <source>Copy GlobalId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided leak handling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolate here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolate its storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak drill here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as inoperable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as operable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a fault here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip / close this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark as source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>New contract — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systems, separated by commas (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buildings or storeys (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per SLA breach (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per concealed fault (% of fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per repeated finding (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractorForm</name>
    <message>
        <source>New contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lift maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup supplier (备选)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractorScorecard</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concealed faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {0}, {1} – {2}, monthly fee ¥{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties this month: ¥{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractorsDialog</name>
    <message>
        <source>Contractors and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contractor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards: response / completion / acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥{0} per SLA breach
{1}% of the fee per concealed fault
¥{2} per repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} contract(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>A new connection takes effect the next time fmdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded SQLite file (one workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (several workstations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password on this workstation (in a file only you can read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the default file in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Internal error ({name}): {detail}. Please report it to the maintainers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffTab</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an older revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move records to regenerated GlobalIds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}: matched {matched} of {count} ({by_id} by GlobalId)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(practice, not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drill set and press Start, or right-click a pipe: Leak drill here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillSession</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found, but after the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needlessly cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only valves, breakers and switches count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice finished: {0}/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still wet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnecessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}/100 (pass mark {2}), {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillSetActions</name>
    <message>
        <source>Choosing a leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill set {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the drill set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an element on the model first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>(in-house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concealed fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>&amp;Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check handover data (IDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an older revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit IDS requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export COBie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <source>Checking the model against the IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an IDS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating review issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date (2027-06-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;Web page (*.html);;BCF (*.bcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export COBie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the IDS report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS files (*.ids *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS files (*.ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFC models (*.ifc *.ifczip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the COBie workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} review issues created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Handover inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdsEditorDialog</name>
    <message>
        <source>Add requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit IDS requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFC classes (| between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties (| between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property sets (| between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdsTab</name>
    <message>
        <source>Check model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose IDS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create review issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One review issue per failed element (the selected ones, else all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification / element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default FM handover IDS (物业承接查验设备交付信息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applicable} applicable, {passed} passed, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {verdict} — {specs} specifications, {failed} failed, {elements} elements to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply only the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import edited workbook: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} row(s) checked: {1} change(s) of date or team, {2} completion(s), {3} unchanged, {4} occurrence(s) without a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} row(s) have errors (listed below); nothing is applied unless you choose to apply only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>(repeated: found {0} time(s) before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route over the assets of one storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a route and start a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (what was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round finished: {0} checked, {1} passed, {2} failed, {3} not checked, {4} work order(s), {5} repeated finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {0} on {1} started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSlots</name>
    <message>
        <source>Import the model&apos;s assets before creating a route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} daily round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>Delivered {delivered}; quality revisit {start} – {end}; {findings} findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (review issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover yet: start one with “New handover…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System / space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>KPI dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPI dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} work orders ({2} – {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>target {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leak</name>
    <message>
        <source>From a reported leak to the valves to close, the notice and the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;leak handling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided leak handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut-off work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valve picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water-stop notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flats and notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valves to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {0}; from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-life year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 15686 factors (ESL = RSL × A × … × G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: Planning → Generate plan for year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits for this asset in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an element to see its lifecycle estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,.0f} CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleSlots</name>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle estimate: waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an element to see its lifecycle estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected element is not a maintained asset (no task or service life).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an element of the open model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocatedPage</name>
    <message>
        <source>Flat / room: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaking pipe isolated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the 3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leak in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the user name on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This records database has users: sign in to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;About fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide class of selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isolate storey of selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour elements by their class instead of the model&apos;s own colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the model with a box around the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease the walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the Problems panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every element of the selected element&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the model from a standard direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an IFC model (.ifc, .ifczip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user manual: daily tasks step by step (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the 3D view as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See through walls and slabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every hidden element and storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the storey of the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt toolkit version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk &amp;faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk &amp;slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the building: W/A/S/D or arrows, drag to look, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selected elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fmdesk {0}
BIM-aware facility management for property engineering departments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>The user manual is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fmdesk user manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterChartWidget</name>
    <message>
        <source>Choose a meter to see its use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters and anomalies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order {0} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} readings added, {1} updated, {2} unchanged, {3} bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}/day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelOpening</name>
    <message>
        <source>Cannot open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFC models (*.ifc *.ifczip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open IFC model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model defines no distribution systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} element(s) are not placed on any storey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTreePanel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, class or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCheckPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check ports, connections and flow directions of the model&apos;s networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to ports without an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections with conflicting directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution elements without ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements with open ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding / element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow directions that go round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred connections to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loops (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces that feed and serve nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces without a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports without a flow direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports without an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs that end open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System members in no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings, {2} notes; {3} elements, {4} fragments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFeature</name>
    <message>
        <source>Cannot save the correction: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <source>&amp;Check networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isolate here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trip / close this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find missing connections, ports and flow directions in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace &amp;downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace &amp;upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valves or breakers to operate for a leak or fault at the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What feeds the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected element feeds, and the flats served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who loses supply when the selected valve or breaker opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected flats and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lose supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on the way (nearest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices to operate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream elements (nearest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flats and spaces served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flats/spaces losing supply ({0}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flats/spaces served ({0}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cut off (no operable device in between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable (inoperable): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / switch off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut-off: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: marked inoperable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip / close: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream elements (nearest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: still connected to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be fully isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (by geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} flats/spaces affected, {1} elements out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sources, {1} elements, {2} flats/spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to operate, {1} flats/spaces affected, {2} elements out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkResultsPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what to close and which flats lose supply, as plain text for a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create shut-off work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the result and its highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a work order with the valves to close and the flats affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a pipe, valve, cable or flat to trace or isolate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every element of the result to an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {0} more (all are in the Excel export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements: {0} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. 给排水, 泵房</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>&amp;Copy the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flats without water ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who loses water, and the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>{0}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractors and contracts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderButtons</name>
    <message>
        <source>Acceptance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>C&amp;reate the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;dispatch sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shut-off work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order {0} created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleFeature</name>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: nobody rostered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and &amp;certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff list, teams and certificates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s duty roster: generate, edit, print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFilters</name>
    <message>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house and contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house teams only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; filtered: {0} visit(s), {1:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this month: {0} visit(s), {1:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} over capacity or outside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: Planning → Generate plan for year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {0}: {1} – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} plan, assets from {1}: {2} visit(s), {3:g} h in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} visit(s), {1:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}-{1:02d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <source>&amp;Generate plan for year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import edited workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied {0} change(s) and {1} completion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a planner&apos;s edited workbook row by row before applying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;task library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export i&amp;Calendar per team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the iCalendar files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;workday adjustments (调休)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import edited workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workday adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a year of preventive maintenance on Chinese working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned {0}: {1} visit(s), {2:g} h, assets from {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine tasks per equipment type: recurrence, hours, team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan calendar panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task library saved ({0} tasks); generate the plan again to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State Council&apos;s holiday and adjusted-workday notice (date,kind,name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changed meanwhile; import the workbook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one .ics file per team or contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan as a workbook for approval and contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model {0} ({1} assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records database ({0} assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} calendar file(s) written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} workday adjustment(s) imported for {1}; generate the plan again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flats without water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valves to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order (dispatch sheet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>(no maintenance records yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to select {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predefined type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityChecks</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (销项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated only (屡查屡犯)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingWarningsFeed</name>
    <message>
        <source>Checking the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsController</name>
    <message>
        <source>Asset card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the asset register from the open model&apos;s equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an asset by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;assets from model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the records database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the label sheet of the selected assets and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;QR labels for selected assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR labels with pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to the records database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF or PNG sheet of QR labels for the assets selected in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsLabels</name>
    <message>
        <source>Acceptance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junction box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprinkler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenPage</name>
    <message>
        <source>After the repair: reopen in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Expected shut-off (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the flat (1-601), a room or an element&apos;s code, or select the leaking element in the 3D view and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1-601</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create shut-off work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order {0} created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryBar</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again with the fields as they are now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export BCF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import BCF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issue on selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review issues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Adding comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCF 2.1 (*.bcfzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCF 3.0 (*.bcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCF files (*.bcf *.bcfzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating review issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export BCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} issue(s) to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting BCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import BCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} topic(s) from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing BCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading review issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raising work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order {0} raised from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>(no snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an issue on the selected elements with this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export BCF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import BCF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a rework work order (返修) for the builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title, assignee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate from patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: {0}. Red dates are weekends or holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster for this month yet: press Generate from patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster {0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as another user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-user mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionMirror</name>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBuilderPanel</name>
    <message>
        <source>Add random leaks (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: open breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak: close valves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher (months, 0 = none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 关阀演练</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Certificates (expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within {0} days or has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate expires within {0} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff list (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} certificates expire within {1} days or have expired (in red).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source> (from cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} element(s) without geometry, see Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the 3D geometry of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0} in {1:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2} elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLibraryDialog</name>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor (yes/empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment type (IFC class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed / floating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predefined type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence (RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department&apos;s own library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} task(s) from {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: task code {1} is used twice; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourPlayer</name>
    <message>
        <source>Document: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} element(s) of this stop are not in this revision of the model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourSidePanel</name>
    <message>
        <source>Back to the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk freely: W/A/S/D, drag to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToursPanel</name>
    <message>
        <source>Add stop from the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the camera, hidden elements, x-ray, section and the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours of this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 地下一层水泵房</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 泵房与管井</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>Add trainee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresher due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresher due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingFeature</name>
    <message>
        <source>&amp;Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Random leak drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this tour for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tour a title first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} ({1} stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour with photos (*.fmtour);;Tour as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours (*.fmtour *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees and &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} element(s) are not in this model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamPage</name>
    <message>
        <source>Fed from: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream: from the source to the leak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet: everything is allowed. The first user must be an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValvesPage</name>
    <message>
        <source>Drawing the valves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the valves in the 3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valves cannot fully isolate this leak: call the engineer on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valves to close, in this order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk mode: W/A/S/D or arrows to move, drag to look, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewHost</name>
    <message>
        <source>Preparing the 3D view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewpointSlots</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewpoint {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current camera as a named viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderBoard</name>
    <message>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset / space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders I reported or am assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technician is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated {0}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or based at this storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open order(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
