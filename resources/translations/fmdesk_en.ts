<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssetCardPanel</name>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="140"/>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="275"/>
        <source>Select an asset in the model or the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="168"/>
        <source>This asset is no longer in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="171"/>
        <source>Repeated inspection findings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="241"/>
        <source>Open work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="241"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="241"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="247"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="248"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="249"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="250"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="251"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="252"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="253"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="254"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="255"/>
        <source>Warranty until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="256"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="257"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="262"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="262"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="262"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="262"/>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="265"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="265"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="265"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="268"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="268"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="268"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="268"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_card.py" line="270"/>
        <source>Report a fault on this asset…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetRegisterPanel</name>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="206"/>
        <source>{0} asset(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="213"/>
        <source>Filter by code, name or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="214"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="215"/>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="216"/>
        <source>All storeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="217"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="224"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="225"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="226"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="227"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="228"/>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="229"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="230"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/asset_register.py" line="231"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetSearchBox</name>
    <message>
        <location filename="../../fmdesk/ui/records/search_box.py" line="44"/>
        <source>Scan or type an asset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/search_box.py" line="47"/>
        <source>Type an asset code, serial number or GlobalId, or scan a QR label; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="74"/>
        <source>Frame selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="80"/>
        <source>Hide this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="86"/>
        <source>Isolate its storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="92"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="98"/>
        <source>Show only this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="104"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/context_actions.py" line="111"/>
        <source>Copy GlobalId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="92"/>
        <source>Trace upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="100"/>
        <source>Trace downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="107"/>
        <source>Isolate here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="114"/>
        <source>Trip / close this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="121"/>
        <source>Mark as inoperable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="129"/>
        <source>Mark as operable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="136"/>
        <source>Mark as source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="143"/>
        <source>Unmark as source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="71"/>
        <source>Report a fault here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../fmdesk/ui/dialogs.py" line="15"/>
        <source>Internal error ({name}): {detail}. Please report it to the maintainers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="35"/>
        <source>Import edited workbook: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="41"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="41"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="41"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="41"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="53"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="54"/>
        <source>Apply only the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="73"/>
        <source>{0} row(s) checked: {1} change(s) of date or team, {2} completion(s), {3} unchanged, {4} occurrence(s) without a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="77"/>
        <source>Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/import_report.py" line="82"/>
        <source>{0} row(s) have errors (listed below); nothing is applied unless you choose to apply only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="117"/>
        <source>Round {0} on {1} started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="140"/>
        <source>(repeated: found {0} time(s) before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="153"/>
        <source>Round finished: {0} checked, {1} passed, {2} failed, {3} not checked, {4} work order(s), {5} repeated finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="218"/>
        <source>New route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="219"/>
        <source>A route over the assets of one storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="220"/>
        <source>Start round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="222"/>
        <source>Stop / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="222"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="222"/>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="224"/>
        <source>Note (what was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="225"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="226"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="227"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="228"/>
        <source>Finish round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/inspection_panel.py" line="230"/>
        <source>Choose a route and start a round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../fmdesk/ui/planning/jobs.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/jobs.py" line="51"/>
        <source>Stop the planning job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../fmdesk/ui/planning/jobs.py" line="81"/>
        <source>Another planning job is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/jobs.py" line="126"/>
        <source>{0}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="55"/>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="69"/>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="70"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="55"/>
        <source>{0:.1f} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="71"/>
        <source>As of {0}; from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="76"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="78"/>
        <source>Reference service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="82"/>
        <source>Estimated service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="83"/>
        <source>Remaining life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="84"/>
        <source>End-of-life year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="87"/>
        <source>Recommended replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="91"/>
        <source>Replacement cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="92"/>
        <source>{0:,.0f} CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="96"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="98"/>
        <source>ISO 15686 factors (ESL = RSL × A × … × G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="109"/>
        <source>Next tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="112"/>
        <source>No plan yet: Planning → Generate plan for year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="115"/>
        <source>No visits for this asset in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/lifecycle_panel.py" line="135"/>
        <source>Select an element to see its lifecycle estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="208"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="224"/>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="236"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="237"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="238"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="239"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="240"/>
        <source>&amp;Standard views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="241"/>
        <source>&amp;Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="242"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="243"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="244"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="248"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="257"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="257"/>
        <source>Open an IFC model (.ifc, .ifczip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="258"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="258"/>
        <source>Close the current model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="260"/>
        <source>Export &amp;screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="261"/>
        <source>Save the 3D view as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="263"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="263"/>
        <source>Quit fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="264"/>
        <source>Fit &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="264"/>
        <source>Show the whole model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="266"/>
        <source>&amp;Frame selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="267"/>
        <source>Zoom to the selected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="269"/>
        <source>&amp;X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="269"/>
        <source>See through walls and slabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="271"/>
        <source>&amp;Colour by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="272"/>
        <source>Colour elements by their class instead of the model&apos;s own colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="275"/>
        <source>&amp;Walk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="276"/>
        <source>Walk through the building: W/A/S/D or arrows, drag to look, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="279"/>
        <source>Show a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="280"/>
        <source>Show every hidden element and storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="283"/>
        <source>&amp;Hide class of selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="284"/>
        <source>Hide every element of the selected element&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="287"/>
        <source>&amp;Isolate storey of selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="288"/>
        <source>Show only the storey of the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="291"/>
        <source>Section &amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="292"/>
        <source>Cut the model with a box around the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="295"/>
        <source>Walk &amp;faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="296"/>
        <source>Increase the walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="299"/>
        <source>Walk &amp;slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="300"/>
        <source>Decrease the walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="303"/>
        <source>&amp;Clear problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="304"/>
        <source>Empty the Problems panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="306"/>
        <source>&amp;About fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="306"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="307"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="307"/>
        <source>The Qt toolkit version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="310"/>
        <source>&amp;Isometric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="311"/>
        <source>&amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="312"/>
        <source>&amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="313"/>
        <source>&amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="314"/>
        <source>B&amp;ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="315"/>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="316"/>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_menus.py" line="318"/>
        <source>Look at the model from a standard direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="195"/>
        <source>Model tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="196"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="301"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="198"/>
        <source>Viewpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="116"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="235"/>
        <source>Open IFC model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="237"/>
        <source>IFC models (*.ifc *.ifczip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="288"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="306"/>
        <source>{0} element(s) are not placed on any storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="308"/>
        <source>The model defines no distribution systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="316"/>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="339"/>
        <source>Cannot open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="442"/>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="515"/>
        <source>Walk mode: W/A/S/D or arrows to move, drag to look, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="535"/>
        <source>Viewpoint {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="537"/>
        <source>Save viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="537"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="562"/>
        <location filename="../../fmdesk/ui/main_window.py" line="577"/>
        <source>Export screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="562"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="578"/>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="581"/>
        <source>Screenshot saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="587"/>
        <source>About fmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/main_window.py" line="589"/>
        <source>fmdesk {0}
BIM-aware facility management for property engineering departments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTreePanel</name>
    <message>
        <location filename="../../fmdesk/ui/panels/tree_panel.py" line="91"/>
        <source>Spatial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/tree_panel.py" line="92"/>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/tree_panel.py" line="93"/>
        <source>Filter by name, class or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/tree_panel.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/tree_panel.py" line="95"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCheckPanel</name>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="83"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="84"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="85"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="91"/>
        <source>Ports without an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="92"/>
        <source>Connections to ports without an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="93"/>
        <source>Unconnected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="94"/>
        <source>Elements with open ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="95"/>
        <source>Distribution elements without ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="96"/>
        <source>System members in no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="97"/>
        <source>Ports without a flow direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="98"/>
        <source>Connections with conflicting directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="99"/>
        <source>Network fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="100"/>
        <source>Directed loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="101"/>
        <source>Connections without a known direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="102"/>
        <source>Inferred connections to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="103"/>
        <source>Fragments without a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="108"/>
        <source>Check networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="110"/>
        <source>Check ports, connections and flow directions of the model&apos;s networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="115"/>
        <source>Finding / element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="116"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="117"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="118"/>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="119"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="125"/>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="138"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="154"/>
        <source>{0} errors, {1} warnings, {2} notes; {3} elements, {4} fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="172"/>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/check_panel.py" line="230"/>
        <source>How to fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFeature</name>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="81"/>
        <location filename="../../fmdesk/ui/network/controller.py" line="143"/>
        <source>Network results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="86"/>
        <location filename="../../fmdesk/ui/network/controller.py" line="144"/>
        <location filename="../../fmdesk/ui/network/controller.py" line="538"/>
        <source>Network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="235"/>
        <source>Building the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="250"/>
        <source>Cannot build the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="293"/>
        <source>Tracing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="296"/>
        <location filename="../../fmdesk/ui/network/controller.py" line="506"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="373"/>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="393"/>
        <location filename="../../fmdesk/ui/network/controller.py" line="417"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="395"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="412"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="414"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="451"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="460"/>
        <source>Work order {0} created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="465"/>
        <source>Create shut-off work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="507"/>
        <source>Cannot save the correction: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/controller.py" line="530"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="206"/>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="208"/>
        <source>Trace &amp;upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="208"/>
        <source>What feeds the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="210"/>
        <source>Trace &amp;downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="211"/>
        <source>What the selected element feeds, and the flats served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="214"/>
        <source>&amp;Isolate here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="215"/>
        <source>Valves or breakers to operate for a leak or fault at the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="218"/>
        <source>&amp;Trip / close this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="219"/>
        <source>Who loses supply when the selected valve or breaker opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="222"/>
        <source>&amp;Check networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/network.py" line="223"/>
        <source>Find missing connections, ports and flow directions in the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="73"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="73"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="110"/>
        <source>Devices to operate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="112"/>
        <source>Skipped: marked inoperable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="116"/>
        <source>Not cut off (no operable device in between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="119"/>
        <location filename="../../fmdesk/ui/network/report.py" line="129"/>
        <source>Affected flats and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="120"/>
        <source>Isolated segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="122"/>
        <source>Also lose supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="124"/>
        <source>Cut off from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="128"/>
        <source>Devices opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="130"/>
        <source>Lose supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="134"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="136"/>
        <source>Upstream elements (nearest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="138"/>
        <source>Spaces passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="142"/>
        <source>Flats and spaces served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="145"/>
        <source>Downstream elements (nearest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="149"/>
        <source>Sources passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="169"/>
        <source>{0} and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="171"/>
        <source>flat {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="177"/>
        <source>Isolate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="179"/>
        <source>Trip / close: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="181"/>
        <source>Upstream of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="182"/>
        <source>Downstream of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="188"/>
        <source>{0} to operate, {1} flats/spaces affected, {2} elements out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="192"/>
        <source>cannot be fully isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="195"/>
        <source>{0} flats/spaces affected, {1} elements out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="198"/>
        <source>{0} sources, {1} elements, {2} flats/spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="211"/>
        <location filename="../../fmdesk/ui/network/report.py" line="231"/>
        <location filename="../../fmdesk/ui/network/report.py" line="234"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="213"/>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="224"/>
        <source>Close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="227"/>
        <source>Open / switch off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="232"/>
        <source>Not usable (inoperable): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="237"/>
        <source>Warning: still connected to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="239"/>
        <source>Flats/spaces losing supply ({0}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="242"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="246"/>
        <source>Devices on the way (nearest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="249"/>
        <source>Flats/spaces served ({0}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/report.py" line="255"/>
        <source>Shut-off: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkResultsPanel</name>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="133"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="134"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="135"/>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="136"/>
        <source>Flat / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="137"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="141"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="143"/>
        <source>Copy what to close and which flats lose supply, as plain text for a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="145"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="146"/>
        <source>Save every element of the result to an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="147"/>
        <source>Create shut-off work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="149"/>
        <source>Report a work order with the valves to close and the flats affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="151"/>
        <source>Zoom to result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="152"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="153"/>
        <source>Remove the result and its highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="155"/>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="157"/>
        <source>Right-click a pipe, valve, cable or flat to trace or isolate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/network/results_panel.py" line="216"/>
        <source>… {0} more (all are in the Excel export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="215"/>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="216"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="220"/>
        <source>In-house and contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="221"/>
        <source>In-house teams only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="222"/>
        <source>Contractors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="302"/>
        <source>{0}-{1:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="320"/>
        <source>({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="324"/>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="331"/>
        <source>{0} visit(s), {1:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="347"/>
        <source>Week {0}: {1} – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="387"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="388"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="389"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="390"/>
        <source>Team / contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="391"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="392"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="397"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="398"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="399"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="425"/>
        <source>No plan yet: Planning → Generate plan for year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="430"/>
        <source>{0} plan, assets from {1}: {2} visit(s), {3:g} h in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="434"/>
        <source>; filtered: {0} visit(s), {1:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="439"/>
        <source>; this month: {0} visit(s), {1:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="444"/>
        <source>; {0} over capacity or outside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="475"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="476"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="477"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="478"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="479"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="480"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="481"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="485"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="486"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="487"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="488"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="489"/>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="490"/>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/plan_view.py" line="491"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../fmdesk/ui/features/planning.py" line="34"/>
        <source>Maintenance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/features/planning.py" line="35"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="122"/>
        <source>&amp;Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="125"/>
        <source>&amp;Generate plan for year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="126"/>
        <source>Plan a year of preventive maintenance on Chinese working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="129"/>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="130"/>
        <source>Write the plan as a workbook for approval and contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="133"/>
        <source>Export i&amp;Calendar per team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="134"/>
        <source>Write one .ics file per team or contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="137"/>
        <source>&amp;Import edited workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="138"/>
        <source>Check a planner&apos;s edited workbook row by row before applying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="141"/>
        <source>Edit &amp;task library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="142"/>
        <source>Routine tasks per equipment type: recurrence, hours, team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="145"/>
        <source>Import &amp;workday adjustments (调休)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="146"/>
        <source>The State Council&apos;s holiday and adjusted-workday notice (date,kind,name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="149"/>
        <source>Show the &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="150"/>
        <source>Show the plan calendar panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="180"/>
        <source>the records database ({0} assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="182"/>
        <source>the model {0} ({1} assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="190"/>
        <location filename="../../fmdesk/ui/planning/controller.py" line="233"/>
        <source>Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="191"/>
        <source>Plan year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="204"/>
        <source>No assets to plan: open a model or add assets to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="234"/>
        <source>Planning {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="246"/>
        <source>Planned {0}: {1} visit(s), {2:g} h, assets from {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="268"/>
        <source>Export plan to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="270"/>
        <location filename="../../fmdesk/ui/planning/controller.py" line="329"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="285"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="286"/>
        <source>Writing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="288"/>
        <source>Plan written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="296"/>
        <source>Folder for the iCalendar files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="310"/>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="311"/>
        <source>Writing calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="314"/>
        <source>{0} calendar file(s) written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="327"/>
        <location filename="../../fmdesk/ui/planning/controller.py" line="341"/>
        <location filename="../../fmdesk/ui/planning/controller.py" line="368"/>
        <source>Import edited workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="342"/>
        <source>Checking {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="363"/>
        <source>The plan changed meanwhile; import the workbook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="373"/>
        <source>Applied {0} change(s) and {1} completion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="398"/>
        <source>Task library saved ({0} tasks); generate the plan again to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="414"/>
        <location filename="../../fmdesk/ui/planning/controller.py" line="424"/>
        <source>Import workday adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="416"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="429"/>
        <source>{0} workday adjustment(s) imported for {1}; generate the plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="446"/>
        <source>{0} is not an element of the open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="491"/>
        <source>Select an element to see its lifecycle estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="500"/>
        <source>The selected element is not a maintained asset (no task or service life).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="528"/>
        <source>Lifecycle estimate: waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="532"/>
        <source>Reading the assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="543"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/controller.py" line="543"/>
        <source>Reading the assets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../fmdesk/ui/panels/problems_panel.py" line="38"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/problems_panel.py" line="38"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/problems_panel.py" line="38"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="63"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="63"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="95"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="97"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="100"/>
        <source>Long name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="101"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="102"/>
        <source>Predefined type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="103"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="104"/>
        <source>Elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="111"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="113"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="114"/>
        <source>Type class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="115"/>
        <source>Type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="117"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="120"/>
        <source>Storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="122"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="124"/>
        <source>Property sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="124"/>
        <source>Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="140"/>
        <source>Maintenance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="144"/>
        <source>(no maintenance records yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/properties_panel.py" line="170"/>
        <source>Double-click to select {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsController</name>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="234"/>
        <source>Maintenance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="277"/>
        <source>Records: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="279"/>
        <source>Records: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="281"/>
        <source>Records unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="354"/>
        <source>This element has no asset record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="396"/>
        <source>No asset has the code &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="407"/>
        <source>Asset {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="500"/>
        <location filename="../../fmdesk/ui/records/controller.py" line="506"/>
        <location filename="../../fmdesk/ui/records/controller.py" line="530"/>
        <location filename="../../fmdesk/ui/records/controller.py" line="546"/>
        <source>Import assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="501"/>
        <source>Open a model first, then import its assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="507"/>
        <source>Importing the assets of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="535"/>
        <source>{0}: {1} added, {2} changed, {3} removed, {4} unchanged; {5} space(s) added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="550"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="551"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="552"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="570"/>
        <source>QR labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="571"/>
        <source>Select one or more assets in the asset register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="576"/>
        <source>Print QR labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="578"/>
        <source>PDF (*.pdf);;PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="594"/>
        <source>QR labels written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="613"/>
        <location filename="../../fmdesk/ui/records/controller.py" line="676"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="614"/>
        <source>Import the model&apos;s assets before creating a route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="618"/>
        <location filename="../../fmdesk/ui/records/controller.py" line="624"/>
        <source>New route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="618"/>
        <source>Storey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="625"/>
        <source>Route name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="626"/>
        <source>{0} daily round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="673"/>
        <source>Asset card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="674"/>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="675"/>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="677"/>
        <source>Import &amp;assets from model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="679"/>
        <source>Create or update the asset register from the open model&apos;s equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="681"/>
        <source>Print &amp;QR labels for selected assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="683"/>
        <source>Write a PDF or PNG sheet of QR labels for the assets selected in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="685"/>
        <source>Reconnect to the records database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/controller.py" line="686"/>
        <source>Find an asset by code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsLabels</name>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="27"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="28"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="29"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="30"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="31"/>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="32"/>
        <source>Rechecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="33"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="34"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="35"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="37"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="38"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="39"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="40"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="42"/>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="43"/>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="44"/>
        <source>Faulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="45"/>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="46"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="49"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="50"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="51"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="52"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="53"/>
        <source>Preventive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="55"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="56"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="57"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="59"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="60"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="61"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="62"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="63"/>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="64"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="65"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="66"/>
        <source>Inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="68"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="69"/>
        <source>Hidden works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="70"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="71"/>
        <source>Test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="72"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="73"/>
        <source>Acceptance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="74"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="75"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="77"/>
        <source>Pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="78"/>
        <source>Tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="79"/>
        <source>Valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="80"/>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="81"/>
        <source>Breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="82"/>
        <source>Distribution board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="83"/>
        <source>Transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="84"/>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="85"/>
        <source>Fan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="86"/>
        <source>Hydrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="87"/>
        <source>Chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="88"/>
        <source>Junction box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="89"/>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="90"/>
        <source>Sprinkler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="105"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="107"/>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/labels.py" line="108"/>
        <source>{0} d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="96"/>
        <source>Stop opening the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="97"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="114"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="116"/>
        <source>Loading the 3D geometry of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="118"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="120"/>
        <source> (from cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="122"/>
        <source>; {0} element(s) without geometry, see Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="126"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="128"/>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="130"/>
        <source>Could not open the model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="132"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="137"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="140"/>
        <source>Selected: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="142"/>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="147"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="151"/>
        <source>{0} · {1} · {2} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="155"/>
        <source>Meshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/status_bar.py" line="155"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLibraryDialog</name>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="133"/>
        <source>the department&apos;s own library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="133"/>
        <source>the shipped library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="135"/>
        <source>{0} task(s) from {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="199"/>
        <source>Row {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="222"/>
        <source>{0}: task code {1} is used twice; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="239"/>
        <source>Nothing saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="248"/>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="297"/>
        <source>Task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="254"/>
        <source>Import task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="254"/>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="272"/>
        <source>Export task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="285"/>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="300"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="301"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="302"/>
        <source>Equipment type (IFC class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="303"/>
        <source>Predefined type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="304"/>
        <source>Recurrence (RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="305"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="306"/>
        <source>Window %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="307"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="308"/>
        <source>Team / skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="309"/>
        <source>Contractor (yes/empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="310"/>
        <source>Fixed / floating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="313"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="314"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="315"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="316"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="317"/>
        <source>Reset to shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="318"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/planning/task_editor.py" line="319"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <location filename="../../fmdesk/ui/panels/viewpoints_panel.py" line="44"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/viewpoints_panel.py" line="45"/>
        <source>Save the current camera as a named viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/viewpoints_panel.py" line="46"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/panels/viewpoints_panel.py" line="47"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderBoard</name>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="151"/>
        <source>Due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="145"/>
        <source>Overdue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="223"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="224"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="225"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="226"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="227"/>
        <source>Orders I reported or am assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="228"/>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="229"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="232"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="233"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="234"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="235"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="236"/>
        <source>Asset / space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="237"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="238"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/board.py" line="239"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="245"/>
        <source>Priority: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="246"/>
        <source>Assignee: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="249"/>
        <source>Next deadline: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="251"/>
        <source>Overdue by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="253"/>
        <source>Rated {0}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="272"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="273"/>
        <source>→ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="338"/>
        <source>Suggested: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="341"/>
        <source>No technician is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="347"/>
        <source>has the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="347"/>
        <source>lacks the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="348"/>
        <source>{0} open order(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="351"/>
        <source>on or based at this storey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="389"/>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="391"/>
        <source>Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="429"/>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="438"/>
        <source>Report a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="439"/>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="441"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="442"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="443"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="444"/>
        <source>Asset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="445"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="446"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="447"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="451"/>
        <source>What is wrong, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="452"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="453"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="454"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="455"/>
        <source>Resident satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="456"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="457"/>
        <source>Save rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="458"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="459"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="460"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="461"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="463"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="463"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="463"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fmdesk/ui/records/order_form.py" line="463"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
