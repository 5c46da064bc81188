<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="31" />
        <source>Parent agency:</source>
        <translation>Parent agency:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="31" />
        <source>Parent agency, abbreviated:</source>
        <translation>Parent agency, abbreviated:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="32" />
        <source>Issuing agency:</source>
        <translation>Issuing agency:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="32" />
        <source>Agency name in text:</source>
        <translation>Agency name in text:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="32" />
        <source>Short code:</source>
        <translation>Short code:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="33" />
        <source>Place name:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="33" />
        <source>Head's title:</source>
        <translation>Head's title:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="33" />
        <source>Head's name:</source>
        <translation>Head's name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="34" />
        <source>Deputy's title:</source>
        <translation>Deputy's title:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="34" />
        <source>Deputy's name:</source>
        <translation>Deputy's name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="42" />
        <source>Agency profile and units</source>
        <translation>Agency profile and units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="56" />
        <source>Default recipients (one per line):</source>
        <translation>Default recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="57" />
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="60" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="65" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="65" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="65" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="66" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="66" />
        <source>Also written as</source>
        <translation>Also written as</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="72" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="72" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="73" />
        <source>Activate / deactivate</source>
        <translation>Activate / deactivate</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="73" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="74" />
        <source>Merge units…</source>
        <translation>Merge units…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="84" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="94" />
        <source>Office of the agency</source>
        <translation>Office of the agency</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="94" />
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="95" />
        <source>Public service unit</source>
        <translation>Public service unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="95" />
        <source>Outside body</source>
        <translation>Outside body</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="96" />
        <source>Group of units</source>
        <translation>Group of units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="103" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="103" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="111" />
        <source>Also written as: {0}</source>
        <translation>Also written as: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="126" />
        <source>edit agency profile</source>
        <translation>edit agency profile</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="131" />
        <source>Add a unit</source>
        <translation>Add a unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="131" />
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="145" />
        <source>add unit</source>
        <translation>add unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="153" />
        <source>Rename unit</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="153" />
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="155" />
        <source>rename unit</source>
        <translation>rename unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="165" />
        <source>deactivate unit</source>
        <translation>deactivate unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="165" />
        <source>activate unit</source>
        <translation>activate unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="177" />
        <source>change unit kind</source>
        <translation>change unit kind</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="187" />
        <source>Delete unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="187" />
        <source>Delete the unit “{0}”?</source>
        <translation>Delete the unit “{0}”?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="190" />
        <source>delete unit</source>
        <translation>delete unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="204" />
        <source>{0} (inactive)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="206" />
        <source>Merge units</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="207" />
        <source>Merge “{0}” into the unit:
(its tasks, targets, projects and form figures go to that unit, and “{0}” becomes another way of writing its name)</source>
        <translation>Merge “{0}” into the unit:
(its tasks, targets, projects and form figures go to that unit, and “{0}” becomes another way of writing its name)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="221" />
        <source>merge “{0}” into “{1}”</source>
        <translation>merge “{0}” into “{1}”</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../dtidesk/gui/app.py" line="42" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/app.py" line="43" />
        <source>DTI Desk met an unexpected error. What you were doing at that moment may not have been saved; the changes made before it are in the file.

Details were written to:
{0}</source>
        <translation>DTI Desk met an unexpected error. What you were doing at that moment may not have been saved; the changes made before it are in the file.

Details were written to:
{0}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="53" />
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="54" />
        <source>Save this chart as a picture (PNG) to put in a document or slide</source>
        <translation>Save this chart as a picture (PNG) to put in a document or slide</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="33" />
        <source>edit self score {0}</source>
        <translation>edit self score {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="35" />
        <source>edit appraised score {0}</source>
        <translation>edit appraised score {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="64" />
        <source>edit rank {0}</source>
        <translation>edit rank {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="82" />
        <source>enter the inputs of {0}</source>
        <translation>enter the inputs of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="96" />
        <source>change the score of {0}</source>
        <translation>change the score of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="120" />
        <source>import index {0}</source>
        <translation>import index {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="115" />
        <source>Framework:</source>
        <translation>Framework:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="123" />
        <source>Find a criterion by code or name…</source>
        <translation>Find a criterion by code or name…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="127" />
        <source>See tasks</source>
        <translation>See tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="128" />
        <source>Open the Tasks tab at the tasks of the selected criterion</source>
        <translation>Open the Tasks tab at the tasks of the selected criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="129" />
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="130" />
        <source>Create a task that raises the selected criterion</source>
        <translation>Create a task that raises the selected criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="133" />
        <source>Points at stake…</source>
        <translation>Points at stake…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="134" />
        <source>The criteria ranked by points lost and by points that can be won back, with the tasks linked to each</source>
        <translation>The criteria ranked by points lost and by points that can be won back, with the tasks linked to each</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="172" />
        <source>lost points at appraisal</source>
        <translation>lost points at appraisal</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="173" />
        <source>appraised below the self score</source>
        <translation>appraised below the self score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="174" />
        <source>Double-click a score to edit it; Ctrl+Z undoes.</source>
        <translation>Double-click a score to edit it; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="190" />
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="191" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="343" />
        <source>Create the {0} assessment</source>
        <translation>Create the {0} assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="345" />
        <source>Open a file and choose a year.</source>
        <translation>Open a file and choose a year.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="346" />
        <source>Choose the assessment year on the toolbar.</source>
        <translation>Choose the assessment year on the toolbar.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="350" />
        <source>{0} (version {1})</source>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="353" />
        <source>no assessment for {0} yet: create it to enter the self and appraised scores.</source>
        <translation>no assessment for {0} yet: create it to enter the self and appraised scores.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="357" />
        <source>appraised {0}/{1} points ({2})</source>
        <translation>appraised {0}/{1} points ({2})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="360" />
        <source>self score {0}</source>
        <translation>self score {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="361" />
        <source>rank {0}</source>
        <translation>rank {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="362" />
        <source>rating: {0}</source>
        <translation>rating: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="362" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="365" />
        <source>{0} of {1} criteria lost points</source>
        <translation>{0} of {1} criteria lost points</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="366" />
        <source>assessment {0}</source>
        <translation>assessment {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="474" />
        <source>See tasks of {0}</source>
        <translation>See tasks of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="475" />
        <source>New task for {0}…</source>
        <translation>New task for {0}…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="476" />
        <source>Add evidence…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="478" />
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="481" />
        <source>Edit rank…</source>
        <translation>Edit rank…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="483" />
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="484" />
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="106" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="106" />
        <source>Code of the index or criterion</source>
        <translation>Code of the index or criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="107" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="107" />
        <source>Component index or criterion</source>
        <translation>Component index or criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="108" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="108" />
        <source>Maximum score</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="109" />
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="109" />
        <source>Appraised score of the year before</source>
        <translation>Appraised score of the year before</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="110" />
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="110" />
        <source>Self score (double-click to edit)</source>
        <translation>Self score (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="111" />
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="111" />
        <source>Appraised score, the one that counts (double-click to edit)</source>
        <translation>Appraised score, the one that counts (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="112" />
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="112" />
        <source>Points lost: maximum minus appraised score</source>
        <translation>Points lost: maximum minus appraised score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="113" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="113" />
        <source>Appraised score as a percent of the maximum</source>
        <translation>Appraised score as a percent of the maximum</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="114" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="114" />
        <source>Rank among the agencies, e.g. 3/18 (double-click to edit)</source>
        <translation>Rank among the agencies, e.g. 3/18 (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="115" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="115" />
        <source>Number of evidence documents</source>
        <translation>Number of evidence documents</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="116" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="116" />
        <source>Number of linked tasks (double-click to open them)</source>
        <translation>Number of linked tasks (double-click to open them)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="323" />
        <source>Total — rating: {0}</source>
        <translation>Total — rating: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="323" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="365" />
        <source>Self score {0} — appraised {1}: cut by {2} points</source>
        <translation>Self score {0} — appraised {1}: cut by {2} points</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="368" />
        <source>Lost {0} of {1} points</source>
        <translation>Lost {0} of {1} points</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="370" />
        <source>Double-click to see the tasks of this criterion</source>
        <translation>Double-click to see the tasks of this criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="386" />
        <source>Rank: “{0}” is not a rank; write it like 3/18.</source>
        <translation>Rank: “{0}” is not a rank; write it like 3/18.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="445" />
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>CriterionMethodPanel</name>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="190" />
        <source>Record as not met</source>
        <translation>Record as not met</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="191" />
        <source>Record every item above as not met (0)</source>
        <translation>Record every item above as not met (0)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="201" />
        <source>Change score…</source>
        <translation>Change score…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="202" />
        <source>Type a self score other than the computed one, with the reason</source>
        <translation>Type a self score other than the computed one, with the reason</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="205" />
        <source>Evidence…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="206" />
        <source>See and add the evidence of this criterion</source>
        <translation>See and add the evidence of this criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="288" />
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="289" />
        <source>Select a criterion to see how it is scored and enter its inputs.</source>
        <translation>Select a criterion to see how it is scored and enter its inputs.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="298" />
        <source>maximum {0} points</source>
        <translation>maximum {0} points</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="301" />
        <source>How it is scored:</source>
        <translation>How it is scored:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="303" />
        <source>The document:</source>
        <translation>The document:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="304" />
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="316" />
        <source>Scored by the council: enter the self score in the table (double-click its self score cell).</source>
        <translation>Scored by the council: enter the self score in the table (double-click its self score cell).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="319" />
        <source>There is no {0} assessment yet: create it to enter the inputs.</source>
        <translation>There is no {0} assessment yet: create it to enter the inputs.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="322" />
        <source>The file is open read-only.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="324" />
        <source>Create the {0} assessment</source>
        <translation>Create the {0} assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="333" />
        <source>none: the council scores it</source>
        <translation>none: the council scores it</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="339" />
        <source>not computed yet — missing: {0}</source>
        <translation>not computed yet — missing: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="340" />
        <source>Computed score:</source>
        <translation>Computed score:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="343" />
        <source>Self score:</source>
        <translation>Self score:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="346" />
        <source>changed by hand — reason: {0}</source>
        <translation>changed by hand — reason: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="351" />
        <source>Evidence the decision requires:</source>
        <translation>Evidence the decision requires:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="352" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="355" />
        <source>{0} documents entered</source>
        <translation>{0} documents entered</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="361" />
        <source>Still missing:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="364" />
        <source>Nothing missing.</source>
        <translation>Nothing missing.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="387" />
        <source>— choose the case —</source>
        <translation>— choose the case —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="395" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="400" />
        <source>Yes (met)</source>
        <translation>Yes (met)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="415" />
        <source>day/month/year, e.g. 30/6/2024</source>
        <translation>day/month/year, e.g. 30/6/2024</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="417" />
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="419" />
        <source>a number, e.g. 92,4</source>
        <translation>a number, e.g. 92,4</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="106" />
        <source>Index whose scores are shown over the years</source>
        <translation>Index whose scores are shown over the years</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="107" />
        <source>Index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="109" />
        <source>Component index whose criteria are shown</source>
        <translation>Component index whose criteria are shown</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="110" />
        <source>Component index:</source>
        <translation>Component index:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="112" />
        <source>Form whose sending is shown</source>
        <translation>Form whose sending is shown</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="113" />
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="200" />
        <source>{0}: component indices and the total over the years {1}–{2} (% of the maximum)</source>
        <translation>{0}: component indices and the total over the years {1}–{2} (% of the maximum)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="202" />
        <source>{0}: component indices and the total in {1} (% of the maximum)</source>
        <translation>{0}: component indices and the total in {1} (% of the maximum)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="203" />
        <source>% of the maximum</source>
        <translation>% of the maximum</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="203" />
        <location filename="../dtidesk/gui/dashboard_view.py" line="232" />
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="203" />
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="204" />
        <source>The file has no assessment yet: enter a year's scores in the Criteria tab, or import the appraisal results.</source>
        <translation>The file has no assessment yet: enter a year's scores in the Criteria tab, or import the appraisal results.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="208" />
        <source>No lead unit yet</source>
        <translation>No lead unit yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="208" />
        <source>Other tasks</source>
        <translation>Other tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="212" />
        <source>Overdue, not done</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="213" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="217" />
        <source>Choose a plan in the toolbar to see its task progress.</source>
        <translation>Choose a plan in the toolbar to see its task progress.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="224" />
        <source>Task progress by lead unit, as of {0}</source>
        <translation>Task progress by lead unit, as of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="225" />
        <location filename="../dtidesk/gui/dashboard_view.py" line="251" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="226" />
        <source>The plan has no tasks yet.</source>
        <translation>The plan has no tasks yet.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="230" />
        <source>Task progress by component index, as of {0}</source>
        <translation>Task progress by component index, as of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="231" />
        <source>Task progress by area of the plan, as of {0}</source>
        <translation>Task progress by area of the plan, as of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="232" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="233" />
        <source>The plan's tasks are not grouped by area or criterion.</source>
        <translation>The plan's tasks are not grouped by area or criterion.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="239" />
        <source>Task progress by criterion of index {0}, as of {1}</source>
        <translation>Task progress by criterion of index {0}, as of {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="241" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="242" />
        <source>No task of this plan is tied to a criterion.</source>
        <translation>No task of this plan is tied to a criterion.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="249" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="249" />
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="249" />
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="250" />
        <source>{0}, {1}: periods each unit has sent</source>
        <translation>{0}, {1}: periods each unit has sent</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="251" />
        <source>Reporting periods</source>
        <translation>Reporting periods</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="252" />
        <source>No unit has sent a statistics form yet.</source>
        <translation>No unit has sent a statistics form yet.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="262" />
        <source>score trends</source>
        <translation>score trends</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="262" />
        <source>progress by unit</source>
        <translation>progress by unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="263" />
        <source>progress by index</source>
        <translation>progress by index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="263" />
        <source>progress by criterion</source>
        <translation>progress by criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="264" />
        <source>forms sent</source>
        <translation>forms sent</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="265" />
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="266" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="272" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="272" />
        <source>The chart could not be saved to {0}: check that the folder exists and can be written.</source>
        <translation>The chart could not be saved to {0}: check that the folder exists and can be written.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="278" />
        <source>Chart saved: {0}</source>
        <translation>Chart saved: {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="75" />
        <source>Missing information</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="75" />
        <source>Enter the name of the issuing agency.</source>
        <translation>Enter the name of the issuing agency.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="80" />
        <source>Where to save the new file</source>
        <translation>Where to save the new file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="81" />
        <source>DTI Desk files (*.dtidesk)</source>
        <translation>DTI Desk files (*.dtidesk)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="88" />
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="89" />
        <source>The file {0} already exists. Choose another name.</source>
        <translation>The file {0} already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="94" />
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="107" />
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="108" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="109" />
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="110" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="111" />
        <source>“Open anyway” is safe only if that computer no longer has the file open.</source>
        <translation>“Open anyway” is safe only if that computer no longer has the file open.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="123" />
        <source>Damaged file</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="123" />
        <source>Restore from a backup copy now?</source>
        <translation>Restore from a backup copy now?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="130" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="131" />
        <source>There is no backup copy of {0} on this computer yet. A copy is made automatically before the first change each time the file is opened.</source>
        <translation>There is no backup copy of {0} on this computer yet. A copy is made automatically before the first change each time the file is opened.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="136" />
        <source>Backups of {0}</source>
        <translation>Backups of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="139" />
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="139" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="149" />
        <source>Restore this copy</source>
        <translation>Restore this copy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="154" />
        <source>The current content is itself backed up before it is replaced.</source>
        <translation>The current content is itself backed up before it is replaced.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="163" />
        <source>About DTI Desk</source>
        <translation>About DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="164" />
        <source>&lt;b&gt;DTI Desk&lt;/b&gt; {0}&lt;br&gt;Plans, scores, tasks and periodic reports for the Digital Transformation Index and administrative reform of provincial departments.&lt;br&gt;&lt;br&gt;Your data stays in one file on this computer.</source>
        <translation>&lt;b&gt;DTI Desk&lt;/b&gt; {0}&lt;br&gt;Plans, scores, tasks and periodic reports for the Digital Transformation Index and administrative reform of provincial departments.&lt;br&gt;&lt;br&gt;Your data stays in one file on this computer.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="174" />
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="177" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="177" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="177" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="178" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="178" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="178" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="190" />
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="200" />
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="203" />
        <source>&lt;opened file&gt;</source>
        <translation>&lt;opened file&gt;</translation>
    </message>
</context>
<context>
    <name>DirectiveTasksPane</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="182" />
        <source>Find a task (accents optional)…</source>
        <translation>Find a task (accents optional)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="197" />
        <source>Select a directive to tick the tasks it gave rise to.</source>
        <translation>Select a directive to tick the tasks it gave rise to.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="201" />
        <source>Tasks it gave rise to:</source>
        <translation>Tasks it gave rise to:</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="23" />
        <location filename="../dtidesk/gui/dossier_export.py" line="55" />
        <location filename="../dtidesk/gui/dossier_export.py" line="72" />
        <source>Self-assessment dossier</source>
        <translation>Self-assessment dossier</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="28" />
        <source>The file has no self-assessment yet.</source>
        <translation>The file has no self-assessment yet.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="31" />
        <source>Which year's self-assessment?</source>
        <translation>Which year's self-assessment?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="37" />
        <source>There is no self-assessment for {0} yet: create it on the Criteria tab.</source>
        <translation>There is no self-assessment for {0} yet: create it on the Criteria tab.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="47" />
        <source>Which index's self-assessment?</source>
        <translation>Which index's self-assessment?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="56" />
        <source>{0} points are still missing or would be questioned by the appraisers. Write the dossier as it is, or stop and complete them first?</source>
        <translation>{0} points are still missing or would be questioned by the appraisers. Write the dossier as it is, or stop and complete them first?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="61" />
        <source>… and {0} more (see the details).</source>
        <translation>… and {0} more (see the details).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="63" />
        <source>Write it anyway</source>
        <translation>Write it anyway</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="64" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="73" />
        <source>Write the dossier as a folder, or as one .zip file to send by email or on a USB stick?</source>
        <translation>Write the dossier as a folder, or as one .zip file to send by email or on a USB stick?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="75" />
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="76" />
        <source>Zip file…</source>
        <translation>Zip file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="83" />
        <source>Save the dossier as</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="84" />
        <source>Zip file (*.zip)</source>
        <translation>Zip file (*.zip)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="92" />
        <source>Folder in which to make the dossier</source>
        <translation>Folder in which to make the dossier</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="78" />
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="79" />
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="80" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="81" />
        <source>Unit's form</source>
        <translation>Unit's form</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="87" />
        <source>{0} days left</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="89" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="91" />
        <source>{0} days overdue</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="92" />
        <source>passed {0} days ago</source>
        <translation>passed {0} days ago</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="98" />
        <source>Report for {0}</source>
        <translation>Report for {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="100" />
        <source>Send the self-assessment dossier of {0}</source>
        <translation>Send the self-assessment dossier of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="102" />
        <source>Send the figures for {0}</source>
        <translation>Send the figures for {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="116" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="116" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="117" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="117" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="118" />
        <source>Plan or form</source>
        <translation>Plan or form</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="118" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="119" />
        <source>Reminder from</source>
        <translation>Reminder from</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="203" />
        <source>Warnings start {0} days before a report, {1} days before the self-assessment, {2} days before a task and {3} days before a unit's form.</source>
        <translation>Warnings start {0} days before a report, {1} days before the self-assessment, {2} days before a task and {3} days before a unit's form.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="214" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="221" />
        <source>due within </source>
        <translation>due within </translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="222" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="223" />
        <source>Overdue items are always listed</source>
        <translation>Overdue items are always listed</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="225" />
        <source>Export calendar (.ics)…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="226" />
        <source>Every date of the file for Outlook or a phone, with a reminder when its warning starts</source>
        <translation>Every date of the file for Outlook or a phone, with a reminder when its warning starts</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="228" />
        <source>Print the list (PDF)…</source>
        <translation>Print the list (PDF)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="229" />
        <source>The list shown, as a table to print</source>
        <translation>The list shown, as a table to print</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="258" />
        <source>Double-click a line to open the task, report, form or self-assessment. Overdue lines are red.</source>
        <translation>Double-click a line to open the task, report, form or self-assessment. Overdue lines are red.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="342" />
        <source>Cannot read the file: {0}</source>
        <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="346" />
        <source>Nothing overdue and nothing due within {0} days.</source>
        <translation>Nothing overdue and nothing due within {0} days.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="348" />
        <source>Overdue: {0}</source>
        <translation>Overdue: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="349" />
        <source>due within {0} days: {1}</source>
        <translation>due within {0} days: {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="363" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="376" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="379" />
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="387" />
        <source>Print the list</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="400" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="404" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="405" />
        <source>Saved to:
{0}</source>
        <translation>Saved to:
{0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="406" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="407" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="408" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="427" />
        <location filename="../dtidesk/gui/due_panel.py" line="438" />
        <source>Due / overdue</source>
        <translation>Due / overdue</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="428" />
        <source>Reports, the self-assessment, tasks and units' forms due soon or overdue, across every plan and year</source>
        <translation>Reports, the self-assessment, tasks and units' forms due soon or overdue, across every plan and year</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="53" />
        <source>attach “{0}” to {1}</source>
        <translation>attach “{0}” to {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="82" />
        <source>Storing “{0}” ({1}) in the data file…</source>
        <translation>Storing “{0}” ({1}) in the data file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="115" />
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="129" />
        <source>Storing “{0}” in the data file…</source>
        <translation>Storing “{0}” in the data file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="142" />
        <source>replace the file of “{0}” ({1})</source>
        <translation>replace the file of “{0}” ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="145" />
        <source>Replace the file</source>
        <translation>Replace the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="158" />
        <source>edit evidence “{0}” ({1})</source>
        <translation>edit evidence “{0}” ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="169" />
        <source>unlink “{0}” from {1}</source>
        <translation>unlink “{0}” from {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="179" />
        <source>remove evidence “{0}” ({1})</source>
        <translation>remove evidence “{0}” ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="194" />
        <source>explanation of {0}</source>
        <translation>explanation of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="202" />
        <source>Open the evidence file</source>
        <translation>Open the evidence file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="204" />
        <source>Copying “{0}” out of the data file…</source>
        <translation>Copying “{0}” out of the data file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="211" />
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="213" />
        <source>Writing “{0}”…</source>
        <translation>Writing “{0}”…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="62" />
        <source>Attach evidence — criterion {0}</source>
        <translation>Attach evidence — criterion {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="64" />
        <source>Evidence — criterion {0}</source>
        <translation>Evidence — criterion {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="72" />
        <source>e.g. Decision approving the digitisation plan</source>
        <translation>e.g. Decision approving the digitisation plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="75" />
        <source>each file's name (change it afterwards with Edit…)</source>
        <translation>each file's name (change it afterwards with Edit…)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="77" />
        <source>e.g. 40/QĐ-STP</source>
        <translation>e.g. 40/QĐ-STP</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="79" />
        <source>day/month/year, e.g. 30/1/2021</source>
        <translation>day/month/year, e.g. 30/1/2021</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="81" />
        <source>e.g. UBND tỉnh, Sở Thông tin và Truyền thông</source>
        <translation>e.g. UBND tỉnh, Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="83" />
        <source>e.g. Văn phòng, hồ sơ năm 2022, tủ số 3</source>
        <translation>e.g. Văn phòng, hồ sơ năm 2022, tủ số 3</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="84" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="84" />
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="88" />
        <source>&amp;Issued by:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="89" />
        <source>&amp;Paper copy kept at:</source>
        <translation>&amp;Paper copy kept at:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="92" />
        <source>Find a criterion by code or name</source>
        <translation>Find a criterion by code or name</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="109" />
        <source>Also &amp;supports these criteria:</source>
        <translation>Also &amp;supports these criteria:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="121" />
        <source>The number, date, issuing body and criteria below apply to each of the {0} files.</source>
        <translation>The number, date, issuing body and criteria below apply to each of the {0} files.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="140" />
        <source>and {0} more</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="144" />
        <source>none kept in the data file</source>
        <translation>none kept in the data file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="145" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="85" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="86" />
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="87" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="182" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="175" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="176" />
        <source>Keep PDF scans, Word, Excel or image files in the data file for this criterion (you can also drag files onto this panel)</source>
        <translation>Keep PDF scans, Word, Excel or image files in the data file for this criterion (you can also drag files onto this panel)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="178" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="179" />
        <source>Open the file with the program of this computer</source>
        <translation>Open the file with the program of this computer</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="180" />
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="181" />
        <source>Replace file…</source>
        <translation>Replace file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="183" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="184" />
        <source>Attach this file to the data file</source>
        <translation>Attach this file to the data file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="185" />
        <source>This item only names a file on this computer: copy the file into the data file so it travels with it</source>
        <translation>This item only names a file on this computer: copy the file into the data file so it travels with it</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="209" />
        <source>Saved when you leave the box, or with Ctrl+Enter</source>
        <translation>Saved when you leave the box, or with Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="274" />
        <source>Select a criterion to see and attach its evidence.</source>
        <translation>Select a criterion to see and attach its evidence.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="278" />
        <source>Drop files here (PDF scans, Word, Excel, images) or click “Attach files…”. Missing evidence is the commonest reason a score is cut.</source>
        <translation>Drop files here (PDF scans, Word, Excel, images) or click “Attach files…”. Missing evidence is the commonest reason a score is cut.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="291" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="294" />
        <source>{0} documents</source>
        <translation>{0} documents</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="294" />
        <source>no document yet</source>
        <translation>no document yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="295" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="313" />
        <source>No. {0}</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="313" />
        <source>no number</source>
        <translation>no number</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="314" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="319" />
        <source>File: {0} ({1})</source>
        <translation>File: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="321" />
        <source>Paper copy: {0}</source>
        <translation>Paper copy: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="323" />
        <source>Path only, not in the data file: {0}</source>
        <translation>Path only, not in the data file: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="325" />
        <source>No file kept; noted: {0}</source>
        <translation>No file kept; noted: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="327" />
        <source>No file and no note of the paper copy</source>
        <translation>No file and no note of the paper copy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="333" />
        <source>Attached to criterion {0}, also supports {1}</source>
        <translation>Attached to criterion {0}, also supports {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="335" />
        <source>Also supports criteria {0}</source>
        <translation>Also supports criteria {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="375" />
        <source>… and {0} more (point here to see them)</source>
        <translation>… and {0} more (point here to see them)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="378" />
        <source>What an appraiser would hold against the evidence of this criterion</source>
        <translation>What an appraiser would hold against the evidence of this criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="401" />
        <source>Explanation — no evidence attached</source>
        <translation>Explanation — no evidence attached</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="402" />
        <source>The decision requires: {0}. Attach it, or explain here why it is missing.</source>
        <translation>The decision requires: {0}. Attach it, or explain here why it is missing.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="408" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="409" />
        <source>where evidence is missing; it goes into the dossier</source>
        <translation>where evidence is missing; it goes into the dossier</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="440" />
        <source>Unlink it from this criterion (it stays with its own)</source>
        <translation>Unlink it from this criterion (it stays with its own)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="442" />
        <source>Remove the item and its file (Ctrl+Z brings them back)</source>
        <translation>Remove the item and its file (Ctrl+Z brings them back)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="486" />
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="487" />
        <location filename="../dtidesk/gui/evidence_panel.py" line="552" />
        <source>PDF, Word, Excel and images ({0});;All files (*)</source>
        <translation>PDF, Word, Excel and images ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="533" />
        <source>Save a copy of the evidence file</source>
        <translation>Save a copy of the evidence file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="534" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="542" />
        <source>Copy saved: {0}</source>
        <translation>Copy saved: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="551" />
        <source>Replace the file of “{0}”</source>
        <translation>Replace the file of “{0}”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="566" />
        <source>attach the file of “{0}” to the data file ({1})</source>
        <translation>attach the file of “{0}” to the data file ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="276" />
        <source>Create the assessment of this year first.</source>
        <translation>Create the assessment of this year first.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="44" />
        <source>Periodic report (period chosen in the Reports tab)</source>
        <translation>Periodic report (period chosen in the Reports tab)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="52" />
        <source>Index (PDF)…</source>
        <translation>Index (PDF)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="52" />
        <source>Index (Excel)…</source>
        <translation>Index (Excel)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="54" />
        <source>The index version shown on the Criteria tab, as the program understood it, to check against the decision</source>
        <translation>The index version shown on the Criteria tab, as the program understood it, to check against the decision</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="58" />
        <source>Self-assessment dossier…</source>
        <translation>Self-assessment dossier…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="59" />
        <source>The self-assessment table, the cover letter and every evidence file of the year, as a folder or a .zip</source>
        <translation>The self-assessment table, the cover letter and every evidence file of the year, as a folder or a .zip</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="70" />
        <source>Numbers below 10 in headings</source>
        <translation>Numbers below 10 in headings</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="74" />
        <source>As the sample plan: 5/5 points, 05 criteria, rank 01/18, deduction 03</source>
        <translation>As the sample plan: 5/5 points, 05 criteria, rank 01/18, deduction 03</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="75" />
        <source>Always a leading zero: 05/05 points, 05 criteria, rank 01/18</source>
        <translation>Always a leading zero: 05/05 points, 05 criteria, rank 01/18</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="76" />
        <source>Never a leading zero: 5/5 points, 5 criteria, rank 1/18</source>
        <translation>Never a leading zero: 5/5 points, 5 criteria, rank 1/18</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="80" />
        <source>How the plan document writes numbers below 10 in the index and criterion headings; kept in the file</source>
        <translation>How the plan document writes numbers below 10 in the index and criterion headings; kept in the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="92" />
        <source>numbers in headings</source>
        <translation>numbers in headings</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="97" />
        <source>Plan document</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="97" />
        <source>Appendix: tasks</source>
        <translation>Appendix: tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="98" />
        <source>Appendix: targets</source>
        <translation>Appendix: targets</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="98" />
        <source>Appendix: projects</source>
        <translation>Appendix: projects</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="99" />
        <source>Appendix: directive documents</source>
        <translation>Appendix: directive documents</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="100" />
        <source>Criteria score sheet</source>
        <translation>Criteria score sheet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="161" />
        <source>The report would state these figures in two places with two values:</source>
        <translation>The report would state these figures in two places with two values:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="163" />
        <source>Export anyway? Choose No to fix the figures first.</source>
        <translation>Export anyway? Choose No to fix the figures first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="164" />
        <source>Figures differ</source>
        <translation>Figures differ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="199" />
        <source>Export index</source>
        <translation>Export index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="200" />
        <source>Which index version to export?</source>
        <translation>Which index version to export?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="206" />
        <location filename="../dtidesk/gui/export_menu.py" line="224" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="226" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="157" />
        <location filename="../dtidesk/gui/export_menu.py" line="225" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="232" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="233" />
        <source>Saved to:
{0}</source>
        <translation>Saved to:
{0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="234" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="235" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="236" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="237" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="90" />
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="96" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="101" />
        <source>Figures of:</source>
        <translation>Figures of:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="108" />
        <source>Send to a unit (Excel)…</source>
        <translation>Send to a unit (Excel)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="109" />
        <source>Export this form for one unit to fill in offline</source>
        <translation>Export this form for one unit to fill in offline</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="110" />
        <source>Import units' files…</source>
        <translation>Import units' files…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="111" />
        <source>Read filled files from units; each file is taken whole or refused</source>
        <translation>Read filled files from units; each file is taken whole or refused</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="112" />
        <location filename="../dtidesk/gui/form_panel.py" line="395" />
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="113" />
        <source>The agency's figures = the sum of the units' submissions</source>
        <translation>The agency's figures = the sum of the units' submissions</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="114" />
        <source>Carry cumulative figures</source>
        <translation>Carry cumulative figures</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="115" />
        <source>Blank cumulative rows take the previous period's figure</source>
        <translation>Blank cumulative rows take the previous period's figure</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="116" />
        <source>Fill the province's workbook…</source>
        <translation>Fill the province's workbook…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="117" />
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="118" />
        <source>Add a form (JSON)…</source>
        <translation>Add a form (JSON)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="158" />
        <source>Checks:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="233" />
        <source>{0} (version of {1})</source>
        <translation>{0} (version of {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="247" />
        <source>The agency (consolidated)</source>
        <translation>The agency (consolidated)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="282" />
        <source>No statistics form in this file.</source>
        <translation>No statistics form in this file.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="306" />
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="323" />
        <source>This unit has not sent its figures for the period yet.</source>
        <translation>This unit has not sent its figures for the period yet.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="326" />
        <source>Received {0}</source>
        <translation>Received {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="328" />
        <source>Not submitted yet ({0}): {1}</source>
        <translation>Not submitted yet ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="330" />
        <source>Every unit has submitted its figures.</source>
        <translation>Every unit has submitted its figures.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="361" />
        <source>edit figure {0}</source>
        <translation>edit figure {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="373" />
        <source>edit table rows</source>
        <translation>edit table rows</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="394" />
        <source>consolidate figures</source>
        <translation>consolidate figures</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="389" />
        <source>Consolidated the figures of {0} units.</source>
        <translation>Consolidated the figures of {0} units.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="391" />
        <source>Not submitted yet: {0}.</source>
        <translation>Not submitted yet: {0}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="396" />
        <source>Consolidating the units' figures…</source>
        <translation>Consolidating the units' figures…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="402" />
        <source>carry cumulative figures</source>
        <translation>carry cumulative figures</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="419" />
        <location filename="../dtidesk/gui/form_panel.py" line="424" />
        <location filename="../dtidesk/gui/form_panel.py" line="429" />
        <location filename="../dtidesk/gui/form_panel.py" line="435" />
        <location filename="../dtidesk/gui/form_panel.py" line="441" />
        <source>Send to a unit</source>
        <translation>Send to a unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="419" />
        <source>The file has no units yet.</source>
        <translation>The file has no units yet.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="424" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="430" />
        <source>Prefill the file with the unit's figures of the previous period?</source>
        <translation>Prefill the file with the unit's figures of the previous period?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="436" />
        <location filename="../dtidesk/gui/form_panel.py" line="455" />
        <location filename="../dtidesk/gui/form_panel.py" line="492" />
        <location filename="../dtidesk/gui/form_panel.py" line="505" />
        <location filename="../dtidesk/gui/form_panel.py" line="530" />
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="445" />
        <location filename="../dtidesk/gui/form_panel.py" line="539" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="444" />
        <location filename="../dtidesk/gui/form_panel.py" line="538" />
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="446" />
        <location filename="../dtidesk/gui/form_panel.py" line="540" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="454" />
        <location filename="../dtidesk/gui/form_panel.py" line="483" />
        <source>Import units' files</source>
        <translation>Import units' files</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="482" />
        <source>import {0} files</source>
        <translation>import {0} files</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="484" />
        <source>Reading the units' files…</source>
        <translation>Reading the units' files…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="491" />
        <source>The province's workbook</source>
        <translation>The province's workbook</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="495" />
        <location filename="../dtidesk/gui/form_panel.py" line="499" />
        <location filename="../dtidesk/gui/form_panel.py" line="514" />
        <location filename="../dtidesk/gui/form_panel.py" line="516" />
        <source>Fill the province's workbook</source>
        <translation>Fill the province's workbook</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="496" />
        <source>Column holding the row codes:</source>
        <translation>Column holding the row codes:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="500" />
        <source>Column to write the figures into:</source>
        <translation>Column to write the figures into:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="504" />
        <source>Save the filled copy</source>
        <translation>Save the filled copy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="519" />
        <source>Not filled</source>
        <translation>Not filled</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="511" />
        <source>Wrote {0} figures into {1}.</source>
        <translation>Wrote {0} figures into {1}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="520" />
        <source>Filling the workbook…</source>
        <translation>Filling the workbook…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="529" />
        <location filename="../dtidesk/gui/form_panel.py" line="535" />
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="545" />
        <source>Add a form</source>
        <translation>Add a form</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="546" />
        <source>Form templates (*.json)</source>
        <translation>Form templates (*.json)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="561" />
        <source>add form {0}</source>
        <translation>add form {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="572" />
        <source>✔ {0}: imported ({1})</source>
        <translation>✔ {0}: imported ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="575" />
        <source>✖ {0}: refused, nothing imported</source>
        <translation>✖ {0}: refused, nothing imported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="578" />
        <source>{0} imported, {1} refused.</source>
        <translation>{0} imported, {1} refused.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="581" />
        <source>Import of units' files</source>
        <translation>Import of units' files</translation>
    </message>
</context>
<context>
    <name>FormRowsTableModel</name>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="88" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="88" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="89" />
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="89" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="90" />
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="90" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="185" />
        <source>{0} pts</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="196" />
        <source>Computed: {0}</source>
        <translation>Computed: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="198" />
        <source>Cumulative figure carried from the previous period; type a figure to replace it.</source>
        <translation>Cumulative figure carried from the previous period; type a figure to replace it.</translation>
    </message>
</context>
<context>
    <name>FormTableEditor</name>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="38" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="40" />
        <source>Delete row</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="41" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="42" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="60" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="60" />
        <source>Field (group)</source>
        <translation>Field (group)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="60" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="69" />
        <source>Row kind</source>
        <translation>Row kind</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="94" />
        <source>Computed from the rows below</source>
        <translation>Computed from the rows below</translation>
    </message>
</context>
<context>
    <name>FrameworkMapDialog</name>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="36" />
        <source>save criteria mapping</source>
        <translation>save criteria mapping</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="51" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="51" />
        <source>Renumbered</source>
        <translation>Renumbered</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="51" />
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="52" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="52" />
        <source>Reworded</source>
        <translation>Reworded</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="54" />
        <source>Criteria across framework versions</source>
        <translation>Criteria across framework versions</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="70" />
        <source>&amp;Old version:</source>
        <translation>&amp;Old version:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="71" />
        <source>&amp;New version:</source>
        <translation>&amp;New version:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="73" />
        <source>Old code</source>
        <translation>Old code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="73" />
        <source>Old criterion</source>
        <translation>Old criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="74" />
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="74" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="85" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="85" />
        <source>Self score</source>
        <translation>Self score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="91" />
        <source>History of the selected criterion:</source>
        <translation>History of the selected criterion:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="104" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="149" />
        <source>(no counterpart)</source>
        <translation>(no counterpart)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="163" />
        <source>New criteria with no predecessor: {0}</source>
        <translation>New criteria with no predecessor: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="45" />
        <source>User guide — DTI Desk</source>
        <translation>User guide — DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="50" />
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="52" />
        <source>A word in the guide, e.g. evidence (Enter: next match)</source>
        <translation>A word in the guide, e.g. evidence (Enter: next match)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="61" />
        <source>Topics of the guide</source>
        <translation>Topics of the guide</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="169" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="51" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="52" />
        <source>Scores and results</source>
        <translation>Scores and results</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="53" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="54" />
        <source>Forms and figures</source>
        <translation>Forms and figures</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="55" />
        <source>Units and agency</source>
        <translation>Units and agency</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="56" />
        <source>Plans, targets, projects, directives</source>
        <translation>Plans, targets, projects, directives</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="57" />
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="58" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="143" />
        <location filename="../dtidesk/gui/history_view.py" line="314" />
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="149" />
        <source>Every change made to {0}</source>
        <translation>Every change made to {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="152" />
        <source>This history is kept in the file: it is still here after the file is closed and opened again, on any computer. Undo (Ctrl+Z) is not: it only reaches back to the changes made since the file was opened.</source>
        <translation>This history is kept in the file: it is still here after the file is closed and opened again, on any computer. Undo (Ctrl+Z) is not: it only reaches back to the changes made since the file was opened.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="162" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="168" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="172" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="175" />
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="175" />
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="176" />
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="176" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="212" />
        <source>Select a line to see everything it changed.</source>
        <translation>Select a line to see everything it changed.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="216" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="218" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="248" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="259" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="260" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="292" />
        <source>Changes: {0}</source>
        <translation>Changes: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="315" />
        <source>Export the history to Excel</source>
        <translation>Export the history to Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="316" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="326" />
        <source>Exported: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="328" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="330" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="331" />
        <source>Writing the change history to {0}…</source>
        <translation>Writing the change history to {0}…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="25" />
        <source>Change &amp;history…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="26" />
        <source>Who changed what in this file, on which computer, and when</source>
        <translation>Who changed what in this file, on which computer, and when</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="75" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="75" />
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>IndexEditorDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="42" />
        <source>new index version {0}</source>
        <translation>new index version {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="50" />
        <source>copy index {0} to {1}</source>
        <translation>copy index {0} to {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="65" />
        <source>delete index version {0}/{1}</source>
        <translation>delete index version {0}/{1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="80" />
        <source>edit index version {0}</source>
        <translation>edit index version {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="88" />
        <source>add {0}</source>
        <translation>add {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="112" />
        <source>edit {0}</source>
        <translation>edit {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="127" />
        <source>delete {0}</source>
        <translation>delete {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="52" />
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="87" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="65" />
        <source>&amp;New version…</source>
        <translation>&amp;New version…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="66" />
        <source>&amp;Copy for next year</source>
        <translation>&amp;Copy for next year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="67" />
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="409" />
        <source>Delete version</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="74" />
        <source>Index versions in this file:</source>
        <translation>Index versions in this file:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="87" />
        <source>Component / criterion</source>
        <translation>Component / criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="87" />
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="100" />
        <source>Add &amp;component…</source>
        <translation>Add &amp;component…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="101" />
        <source>Add c&amp;riterion…</source>
        <translation>Add c&amp;riterion…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="102" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="103" />
        <source>Check &amp;sums</source>
        <translation>Check &amp;sums</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="125" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="126" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="127" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="153" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="162" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="164" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="166" />
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="168" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="170" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="172" />
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="182" />
        <source>Selected criterion</source>
        <translation>Selected criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="184" />
        <source>How it is scored, in the decision's words</source>
        <translation>How it is scored, in the decision's words</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="186" />
        <source>Evidence the decision requires</source>
        <translation>Evidence the decision requires</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="192" />
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="197" />
        <source>Scoring method (the decision's words):</source>
        <translation>Scoring method (the decision's words):</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="198" />
        <source>Evidence required:</source>
        <translation>Evidence required:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="289" />
        <source>Sum of its criteria (a component has no maximum of its own)</source>
        <translation>Sum of its criteria (a component has no maximum of its own)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="292" />
        <source>Deduction row</source>
        <translation>Deduction row</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="311" />
        <source>Select a criterion to see how it is scored.</source>
        <translation>Select a criterion to see how it is scored.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="313" />
        <source>A component scores the sum of its criteria.</source>
        <translation>A component scores the sum of its criteria.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="322" />
        <source>The program computes: {0}</source>
        <translation>The program computes: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="324" />
        <source>Not settled: {0}</source>
        <translation>Not settled: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="352" />
        <source>A component has no maximum of its own: it is the sum of its criteria.</source>
        <translation>A component has no maximum of its own: it is the sum of its criteria.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="410" />
        <source>Delete the index version {0}/{1} with all its criteria? (Undo brings it back.)</source>
        <translation>Delete the index version {0}/{1} with all its criteria? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="452" />
        <source>Nothing wrong found.</source>
        <translation>Nothing wrong found.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="452" />
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="454" />
        <source>Check sums</source>
        <translation>Check sums</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="22" />
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="22" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="23" />
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>IndexImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="55" />
        <location filename="../dtidesk/gui/index_import_dialog.py" line="179" />
        <source>Import an index</source>
        <translation>Import an index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="59" />
        <source>the province's decision: Word (.docx), Excel (.xlsx) or text (.txt)</source>
        <translation>the province's decision: Word (.docx), Excel (.xlsx) or text (.txt)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="63" />
        <source>Paste the table of the index here (copied from Word, Excel, a web page or a PDF), then press Preview.</source>
        <translation>Paste the table of the index here (copied from Word, Excel, a web page or a PDF), then press Preview.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="70" />
        <source>Choose the decision that issues the index, or paste its table.</source>
        <translation>Choose the decision that issues the index, or paste its table.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="82" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="83" />
        <source>The year the index applies from; required when the document does not say</source>
        <translation>The year the index applies from; required when the document does not say</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="89" />
        <source>A short code for this version, e.g. DTI-TN-SO (letters without accents, digits, hyphens)</source>
        <translation>A short code for this version, e.g. DTI-TN-SO (letters without accents, digits, hyphens)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="98" />
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="100" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="102" />
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="104" />
        <source>&amp;Year applied:</source>
        <translation>&amp;Year applied:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="106" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="108" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="114" />
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="124" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="134" />
        <source>Click a line to see its row in the index</source>
        <translation>Click a line to see its row in the index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="195" />
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="148" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="60" />
        <source>Choose the index decision</source>
        <translation>Choose the index decision</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="61" />
        <source>Index decisions (*.docx *.xlsx *.txt);;All files (*)</source>
        <translation>Index decisions (*.docx *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="180" />
        <source>Reading the index…</source>
        <translation>Reading the index…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="211" />
        <source>{0} component indices, {1} criteria ({2} scored from inputs)</source>
        <translation>{0} component indices, {1} criteria ({2} scored from inputs)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="213" />
        <source>Assessment period: {0}</source>
        <translation>Assessment period: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="216" />
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="217" />
        <location filename="../dtidesk/gui/index_import_dialog.py" line="218" />
        <location filename="../dtidesk/gui/index_import_dialog.py" line="219" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="222" />
        <source>{0} (the document states {1})</source>
        <translation>{0} (the document states {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="241" />
        <source>Text after the table, kept with the index: {0}</source>
        <translation>Text after the table, kept with the index: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="247" />
        <source>To check ({0})</source>
        <translation>To check ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="248" />
        <source>Nothing to check: the sums add up.</source>
        <translation>Nothing to check: the sums add up.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="259" />
        <source>{0} {1} of the document</source>
        <translation>{0} {1} of the document</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="263" />
        <source>As understood: {0}</source>
        <translation>As understood: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="265" />
        <source>The document: {0}</source>
        <translation>The document: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="316" />
        <source>Nothing to import: no criterion was recognised.</source>
        <translation>Nothing to import: no criterion was recognised.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="319" />
        <source>Cannot import: criteria {0} have no maximum score.</source>
        <translation>Cannot import: criteria {0} have no maximum score.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="339" />
        <source>Choose a file or paste the text of the index first.</source>
        <translation>Choose a file or paste the text of the index first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="345" />
        <source>The document does not state the year the index applies from: choose it.</source>
        <translation>The document does not state the year the index applies from: choose it.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="351" />
        <source>The file already has the index {0} for {1}: choose another code.</source>
        <translation>The file already has the index {0} for {1}: choose another code.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="374" />
        <source>Not imported.</source>
        <translation>Not imported.</translation>
    </message>
</context>
<context>
    <name>IssuesBox</name>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="87" />
        <source>To check</source>
        <translation>To check</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../dtidesk/gui/jobs.py" line="70" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/jobs.py" line="90" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="32" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="35" />
        <location filename="../dtidesk/gui/labels.py" line="45" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="36" />
        <location filename="../dtidesk/gui/labels.py" line="44" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="37" />
        <location filename="../dtidesk/gui/labels.py" line="42" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="40" />
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="41" />
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="48" />
        <source>Quarter I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="49" />
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="50" />
        <source>9 months</source>
        <translation>9 months</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="51" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="52" />
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="55" />
        <source>quarter I of {0}</source>
        <translation>quarter I of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="56" />
        <source>first 6 months of {0}</source>
        <translation>first 6 months of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="57" />
        <source>9 months of {0}</source>
        <translation>9 months of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="58" />
        <source>year {0}</source>
        <translation>year {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="59" />
        <source>ad hoc, {0}</source>
        <translation>ad hoc, {0}</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="68" />
        <location filename="../dtidesk/gui/list_import_dialog.py" line="221" />
        <location filename="../dtidesk/gui/list_import_dialog.py" line="380" />
        <source>Import a list from Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="75" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="76" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="80" />
        <source>Excel file:</source>
        <translation>Excel file:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="84" />
        <source>List of:</source>
        <translation>List of:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="86" />
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="92" />
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="97" />
        <source>Assessment year:</source>
        <translation>Assessment year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="100" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="100" />
        <source>Heading in the file</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="101" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="113" />
        <source>Create the units not yet in the file</source>
        <translation>Create the units not yet in the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="128" />
        <source>Download template…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="130" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="133" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="161" />
        <source>Choose an Excel list</source>
        <translation>Choose an Excel list</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="162" />
        <location filename="../dtidesk/gui/list_import_dialog.py" line="344" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="205" />
        <source>Choose the Excel file to import.</source>
        <translation>Choose the Excel file to import.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="225" />
        <source>Reading the workbook…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="241" />
        <source>New units: {0}</source>
        <translation>New units: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="247" />
        <source>{0} rows, {1} headings, {2} errors, {3} warnings</source>
        <translation>{0} rows, {1} headings, {2} errors, {3} warnings</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="265" />
        <source>Column mapping remembered from the last import of these headings.</source>
        <translation>Column mapping remembered from the last import of these headings.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="266" />
        <source>Column mapping proposed from the headings; change it if needed.</source>
        <translation>Column mapping proposed from the headings; change it if needed.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="267" />
        <source>Column mapping as you chose it.</source>
        <translation>Column mapping as you chose it.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="268" />
        <source>Header row: {0}</source>
        <translation>Header row: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="274" />
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="304" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="343" />
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="350" />
        <source>Template not saved</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="353" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="353" />
        <source>Template saved: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="379" />
        <source>import a list from Excel</source>
        <translation>import a list from Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="381" />
        <source>Importing the list…</source>
        <translation>Importing the list…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="373" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="6" />
        <source>DTI Desk</source>
        <translation>DTI Desk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="16" />
        <location filename="../dtidesk/gui/main_window.py" line="81" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="17" />
        <location filename="../dtidesk/gui/main_window.py" line="82" />
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="18" />
        <location filename="../dtidesk/gui/main_window.py" line="83" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="26" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="27" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="43" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="49" />
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="52" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="61" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="68" />
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="69" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="72" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="73" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="76" />
        <source>Open the &amp;demo file</source>
        <translation>Open the &amp;demo file</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="79" />
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="80" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="83" />
        <source>&amp;Backups / Restore…</source>
        <translation>&amp;Backups / Restore…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="86" />
        <source>Agency &amp;profile and units…</source>
        <translation>Agency &amp;profile and units…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="89" />
        <source>&amp;Import an index catalog…</source>
        <translation>&amp;Import an index catalog…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="92" />
        <source>C&amp;heck the file</source>
        <translation>C&amp;heck the file</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="95" />
        <source>Close the file</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="96" />
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="99" />
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="100" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="103" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="104" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="107" />
        <source>Undo &amp;history</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="110" />
        <source>&amp;About DTI Desk</source>
        <translation>&amp;About DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="86" />
        <source>Targets, projects, directives</source>
        <translation>Targets, projects, directives</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="90" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="225" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="228" />
        <source>Assessment year shown in the Criteria tab</source>
        <translation>Assessment year shown in the Criteria tab</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="230" />
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="233" />
        <source>Plan whose tasks and reports are shown</source>
        <translation>Plan whose tasks and reports are shown</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="240" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="242" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="255" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="258" />
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="261" />
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="263" />
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="265" />
        <source>How to enter scores, write the plan, track tasks, collect forms and print</source>
        <translation>How to enter scores, write the plan, track tasks, collect forms and print</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="280" />
        <source>Import a plan &amp;document (Word, text)…</source>
        <translation>Import a plan &amp;document (Word, text)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="281" />
        <source>Read criteria, scores and tasks from an existing plan</source>
        <translation>Read criteria, scores and tasks from an existing plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="282" />
        <source>Import a &amp;list from Excel…</source>
        <translation>Import a &amp;list from Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="283" />
        <source>Tasks, targets, projects, units or scores from a spreadsheet</source>
        <translation>Tasks, targets, projects, units or scores from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="286" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="289" />
        <source>Create &amp;next year's plan…</source>
        <translation>Create &amp;next year's plan…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="290" />
        <source>Copy the selected plan to next year, timelines moved on</source>
        <translation>Copy the selected plan to next year, timelines moved on</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="291" />
        <source>&amp;Match criteria between index versions…</source>
        <translation>&amp;Match criteria between index versions…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="303" />
        <source>Import &amp;index…</source>
        <translation>Import &amp;index…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="304" />
        <source>Read the criteria, maximum scores and scoring methods from the province's decision (Word, Excel, text)</source>
        <translation>Read the criteria, maximum scores and scoring methods from the province's decision (Word, Excel, text)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="325" />
        <source>Index imported: {0} ({1}). Ctrl+Z removes it.</source>
        <translation>Index imported: {0} ({1}). Ctrl+Z removes it.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="354" />
        <source>&amp;Indices…</source>
        <translation>&amp;Indices…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="355" />
        <source>Create an index version, edit its components and criteria, copy it for next year, check the sums</source>
        <translation>Create an index version, edit its components and criteria, copy it for next year, check the sums</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="414" />
        <source>Open a DTI Desk file</source>
        <translation>Open a DTI Desk file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="415" />
        <source>DTI Desk files (*.dtidesk);;All files (*)</source>
        <translation>DTI Desk files (*.dtidesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="433" />
        <location filename="../dtidesk/gui/main_window.py" line="436" />
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="455" />
        <source>Cannot create the demo file</source>
        <translation>Cannot create the demo file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="479" />
        <location filename="../dtidesk/gui/main_window.py" line="590" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="494" />
        <source>&amp;Undo {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="497" />
        <source>&amp;Redo {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="521" />
        <source> [read only]</source>
        <translation> [read only]</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="582" />
        <location filename="../dtidesk/gui/main_window.py" line="588" />
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="582" />
        <source> (copy)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="583" />
        <source>DTI Desk files (*.dtidesk)</source>
        <translation>DTI Desk files (*.dtidesk)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="589" />
        <source>Copy saved: {0}</source>
        <translation>Copy saved: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="596" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="596" />
        <source>Open a file first.</source>
        <translation>Open a file first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="607" />
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="610" />
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="611" />
        <source>Restoring {0}…</source>
        <translation>Restoring {0}…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="623" />
        <source>Import an index catalog</source>
        <translation>Import an index catalog</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="625" />
        <source>Index catalogs (*.json)</source>
        <translation>Index catalogs (*.json)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="631" />
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="634" />
        <source>Index catalog</source>
        <translation>Index catalog</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="635" />
        <source>Imported: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="636" />
        <source>The file already has every index in this catalog.</source>
        <translation>The file already has every index in this catalog.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="164" />
        <source>New self-assessment</source>
        <translation>New self-assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="168" />
        <source>&amp;Index:</source>
        <translation>&amp;Index:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="169" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="171" />
        <source>Create the self-assessment</source>
        <translation>Create the self-assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="174" />
        <source>The year is added to the year list. Enter the self scores, appraised scores, ranks and evidence in the Criteria tab.</source>
        <translation>The year is added to the year list. Enter the self scores, appraised scores, ranks and evidence in the Criteria tab.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="177" />
        <source>The file has no index yet: import your province's index first (File → Import an index catalog…).</source>
        <translation>The file has no index yet: import your province's index first (File → Import an index catalog…).</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="6" />
        <source>Create a new file</source>
        <translation>Create a new file</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="8" />
        <source>One file holds every year of your agency: scores, plans, tasks and reports. These details print in the header of every document; you can change them later.</source>
        <translation>One file holds every year of your agency: scores, plans, tasks and reports. These details print in the header of every document; you can change them later.</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="10" />
        <source>Parent agency (upper case):</source>
        <translation>Parent agency (upper case):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="11" />
        <source>ỦY BAN NHÂN DÂN TỈNH …</source>
        <translation>ỦY BAN NHÂN DÂN TỈNH …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="12" />
        <source>Issuing agency (upper case):</source>
        <translation>Issuing agency (upper case):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="13" />
        <source>SỞ …</source>
        <translation>SỞ …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="14" />
        <source>Agency name as written in text:</source>
        <translation>Agency name as written in text:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="15" />
        <source>Sở …</source>
        <translation>Sở …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="16" />
        <source>Short code used in symbols:</source>
        <translation>Short code used in symbols:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="17" />
        <source>STP</source>
        <translation>STP</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="18" />
        <source>Place name on documents:</source>
        <translation>Place name on documents:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="19" />
        <source>Tuyên Quang</source>
        <translation>Tuyên Quang</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="20" />
        <source>Signer's title:</source>
        <translation>Signer's title:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="21" />
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="22" />
        <source>Signer's name:</source>
        <translation>Signer's name:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="24" />
        <source>Units, one per line:</source>
        <translation>Units, one per line:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="25" />
        <source>Văn phòng Sở
Thanh tra Sở
Phòng …</source>
        <translation>Văn phòng Sở
Thanh tra Sở
Phòng …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="28" />
        <source>Index to import now (optional):</source>
        <translation>Index to import now (optional):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="30" />
        <source>Tick an index only if your agency is scored on it; nothing is ticked for you. Your province's own index can be imported later: File → Import an index catalog…</source>
        <translation>Tick an index only if your agency is scored on it; nothing is ticked for you. Your province's own index can be imported later: File → Import an index catalog…</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="74" />
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="74" />
        <source>New component</source>
        <translation>New component</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="79" />
        <source>points; negative for a deduction row</source>
        <translation>points; negative for a deduction row</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="81" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="82" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="84" />
        <source>&amp;Maximum:</source>
        <translation>&amp;Maximum:</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="66" />
        <source>(no index)</source>
        <translation>(no index)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="92" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="94" />
        <source>Digital Transformation Index (DTI)</source>
        <translation>Digital Transformation Index (DTI)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="95" />
        <source>Administrative reform (CCHC)</source>
        <translation>Administrative reform (CCHC)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="96" />
        <source>Digital transformation</source>
        <translation>Digital transformation</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="96" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="99" />
        <source>optional, e.g. 09</source>
        <translation>optional, e.g. 09</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="107" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="108" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="109" />
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="110" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="111" />
        <source>&amp;Index followed:</source>
        <translation>&amp;Index followed:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="112" />
        <source>Create the plan</source>
        <translation>Create the plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="140" />
        <source>The file has no index yet. The plan can be made now; import your province's index (File → Import an index catalog…) to score criteria.</source>
        <translation>The file has no index yet. The plan can be made now; import your province's index (File → Import an index catalog…) to score criteria.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="143" />
        <source>The plan follows the {0} results of this index, the ones it sets out to raise. If the file has no {0} assessment yet, an empty one is created for you to enter them.</source>
        <translation>The plan follows the {0} results of this index, the ones it sets out to raise. If the file has no {0} assessment yet, an empty one is created for you to enter them.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="147" />
        <source>Without an index the plan lists tasks only, with no scores.</source>
        <translation>Without an index the plan lists tasks only, with no scores.</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="31" />
        <source>New index version</source>
        <translation>New index version</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="39" />
        <source>Administrative reform (PAR Index)</source>
        <translation>Administrative reform (PAR Index)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="40" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="46" />
        <source>e.g. Decision No. 2747/QĐ-UBND of 18/12/2019</source>
        <translation>e.g. Decision No. 2747/QĐ-UBND of 18/12/2019</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="49" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="50" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="52" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="53" />
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="54" />
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="55" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
</context>
<context>
    <name>OverrideScoreDialog</name>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="111" />
        <source>Change the score of {0}</source>
        <translation>Change the score of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="114" />
        <source>Computed from the inputs: {0} (maximum {1})</source>
        <translation>Computed from the inputs: {0} (maximum {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="115" />
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="118" />
        <source>blank: the computed score</source>
        <translation>blank: the computed score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="120" />
        <source>e.g. the council counted the meeting of 12/3 as chaired by the chairman</source>
        <translation>e.g. the council counted the meeting of 12/3 as chaired by the chairman</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="126" />
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="127" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="150" />
        <source>Write why the score differs from the computed one.</source>
        <translation>Write why the score differs from the computed one.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="81" />
        <location filename="../dtidesk/gui/print_pages.py" line="114" />
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="82" />
        <location filename="../dtidesk/gui/print_pages.py" line="128" />
        <source>The PDF to print could not be read: {0}</source>
        <translation>The PDF to print could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="90" />
        <source>Print — {0}</source>
        <translation>Print — {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="108" />
        <source>Sent {0} page(s) to {1}.</source>
        <translation>Sent {0} page(s) to {1}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="117" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="119" />
        <source>Sending the pages to the printer…</source>
        <translation>Sending the pages to the printer…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="133" />
        <source>Sending page {0} ({1} of {2}) to the printer…</source>
        <translation>Sending page {0} ({1} of {2}) to the printer…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="139" />
        <source>The printer could not be opened. Check it and print again.</source>
        <translation>The printer could not be opened. Check it and print again.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="141" />
        <source>The printer took no more pages. Check it and print again.</source>
        <translation>The printer took no more pages. Check it and print again.</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../dtidesk/gui/plan_commands.py" line="42" />
        <source>create plan {0}</source>
        <translation>create plan {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_commands.py" line="60" />
        <source>create {0} self-assessment</source>
        <translation>create {0} self-assessment</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="59" />
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="135" />
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="292" />
        <source>Import a plan from a document</source>
        <translation>Import a plan from a document</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="63" />
        <source>a Word (.docx) or text (.txt) file of the plan</source>
        <translation>a Word (.docx) or text (.txt) file of the plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="66" />
        <source>Paste the text of the plan here (copied from Word or a PDF), then press Preview.</source>
        <translation>Paste the text of the plan here (copied from Word or a PDF), then press Preview.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="73" />
        <source>Choose a file or paste the text of a plan.</source>
        <translation>Choose a file or paste the text of a plan.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="89" />
        <source>Ticked names are added to the file's units; an unticked name is kept in the task's unit note</source>
        <translation>Ticked names are added to the file's units; an unticked name is kept in the task's unit note</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="92" />
        <source>Not understood</source>
        <translation>Not understood</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="93" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="94" />
        <source>New units</source>
        <translation>New units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="102" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="64" />
        <source>Choose the plan document</source>
        <translation>Choose the plan document</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="65" />
        <source>Plans (*.docx *.txt);;All files (*)</source>
        <translation>Plans (*.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="136" />
        <source>Reading the plan…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="150" />
        <source>Projects ({0})</source>
        <translation>Projects ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="153" />
        <source>{0} million VND</source>
        <translation>{0} million VND</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="175" />
        <source>Not understood ({0})</source>
        <translation>Not understood ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="176" />
        <source>Warnings ({0})</source>
        <translation>Warnings ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="177" />
        <source>New units ({0})</source>
        <translation>New units ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="188" />
        <source>Scores of {0} go into the index {1}</source>
        <translation>Scores of {0} go into the index {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="189" />
        <source>A new index will be created: {0} (scores of {1})</source>
        <translation>A new index will be created: {0} (scores of {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="202" />
        <source>{0} (kept as a note)</source>
        <translation>{0} (kept as a note)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="204" />
        <source>{0} (new)</source>
        <translation>{0} (new)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="208" />
        <source>with: {0}</source>
        <translation>with: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="223" />
        <source> (self {0})</source>
        <translation> (self {0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="240" />
        <source>, rank {0}/{1}</source>
        <translation>, rank {0}/{1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="247" />
        <source>Target: {0}</source>
        <translation>Target: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="291" />
        <source>import plan {0}</source>
        <translation>import plan {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="293" />
        <source>Importing the plan…</source>
        <translation>Importing the plan…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="282" />
        <source>Plan imported</source>
        <translation>Plan imported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="282" />
        <source>Imported: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
</context>
<context>
    <name>PlanListPage</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="96" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="98" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="114" />
        <source>Search (accents optional)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="115" />
        <source>Finds words in any column, with or without accents</source>
        <translation>Finds words in any column, with or without accents</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="125" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="128" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="167" />
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="293" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PlanListsTab</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="54" />
        <source>edit target</source>
        <translation>edit target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="56" />
        <source>edit project</source>
        <translation>edit project</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="57" />
        <source>edit directive</source>
        <translation>edit directive</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="110" />
        <source>add target</source>
        <translation>add target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="112" />
        <source>add project</source>
        <translation>add project</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="114" />
        <source>add directive</source>
        <translation>add directive</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="129" />
        <source>delete {0} targets</source>
        <translation>delete {0} targets</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="131" />
        <source>delete {0} projects</source>
        <translation>delete {0} projects</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="133" />
        <source>delete {0} directives</source>
        <translation>delete {0} directives</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="147" />
        <source>record target result</source>
        <translation>record target result</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="161" />
        <source>link tasks to a directive</source>
        <translation>link tasks to a directive</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="27" />
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="38" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="27" />
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="38" />
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="54" />
        <source>Type as the plan words it: ≥ 97%, tối thiểu 97%, đạt trên 70%</source>
        <translation>Type as the plan words it: ≥ 97%, tối thiểu 97%, đạt trên 70%</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="55" />
        <source>The plan year's most recent achieved figure (record it on the right)</source>
        <translation>The plan year's most recent achieved figure (record it on the right)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="56" />
        <source>Whether the latest result meets the period's planned figure, or the threshold</source>
        <translation>Whether the latest result meets the period's planned figure, or the threshold</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="58" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="58" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="59" />
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="60" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="60" />
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="61" />
        <location filename="../dtidesk/gui/plan_item_models.py" line="124" />
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="62" />
        <source>Monitoring unit</source>
        <translation>Monitoring unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="62" />
        <source>Unit that monitors and urges</source>
        <translation>Unit that monitors and urges</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="63" />
        <source>Latest result</source>
        <translation>Latest result</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="64" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="121" />
        <source>million đồng</source>
        <translation>million đồng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="122" />
        <source>Project, investment item</source>
        <translation>Project, investment item</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="123" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="123" />
        <source>Implementation period</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="125" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="125" />
        <source>Total budget, {0}</source>
        <translation>Total budget, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="126" />
        <source>State budget</source>
        <translation>State budget</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="127" />
        <source>State budget (NSNN), {0}</source>
        <translation>State budget (NSNN), {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="128" />
        <source>Socialised</source>
        <translation>Socialised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="129" />
        <source>Socialised capital (xã hội hóa), {0}</source>
        <translation>Socialised capital (xã hội hóa), {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="130" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="130" />
        <source>Other sources, {0}</source>
        <translation>Other sources, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="131" />
        <source>Disbursed</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="131" />
        <source>Disbursed so far, {0}</source>
        <translation>Disbursed so far, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="132" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="156" />
        <source>The sources do not add up to the total</source>
        <translation>The sources do not add up to the total</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="158" />
        <source>More disbursed than the total budget</source>
        <translation>More disbursed than the total budget</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="160" />
        <source>{0} of the budget</source>
        <translation>{0} of the budget</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="190" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="190" />
        <source>Number, symbol</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="191" />
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="191" />
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="192" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="193" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="193" />
        <source>Tasks the directive gave rise to</source>
        <translation>Tasks the directive gave rise to</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="200" />
        <source>{0} tasks</source>
        <translation>{0} tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="212" />
        <source>(cited by every plan)</source>
        <translation>(cited by every plan)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_delegates.py" line="53" />
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_delegates.py" line="74" />
        <source>day/month/year</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="35" />
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="35" />
        <source>Add a target after the selected one</source>
        <translation>Add a target after the selected one</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="36" />
        <source>Delete the selected targets</source>
        <translation>Delete the selected targets</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="36" />
        <source>Delete targets</source>
        <translation>Delete targets</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="37" />
        <source>Delete these {0} targets (with their results)?</source>
        <translation>Delete these {0} targets (with their results)?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="38" />
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="39" />
        <source>No result yet</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="41" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="41" />
        <source>Add a project after the selected one</source>
        <translation>Add a project after the selected one</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="42" />
        <source>Delete the selected projects</source>
        <translation>Delete the selected projects</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="42" />
        <source>Delete projects</source>
        <translation>Delete projects</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="43" />
        <source>Delete these {0} projects?</source>
        <translation>Delete these {0} projects?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="44" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="46" />
        <source>New directive</source>
        <translation>New directive</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="46" />
        <source>Add a directive to this plan</source>
        <translation>Add a directive to this plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="47" />
        <source>Delete the selected directives</source>
        <translation>Delete the selected directives</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="47" />
        <source>Delete directives</source>
        <translation>Delete directives</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="48" />
        <source>Delete these {0} directives?</source>
        <translation>Delete these {0} directives?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="49" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="61" />
        <source>Targets ({0})</source>
        <translation>Targets ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="61" />
        <source>Projects ({0})</source>
        <translation>Projects ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="61" />
        <source>Directives ({0})</source>
        <translation>Directives ({0})</translation>
    </message>
</context>
<context>
    <name>PlanSetupController</name>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="26" />
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="27" />
        <source>A DTI, administrative reform or other plan for a year, to which tasks are added</source>
        <translation>A DTI, administrative reform or other plan for a year, to which tasks are added</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="29" />
        <source>New &amp;self-assessment…</source>
        <translation>New &amp;self-assessment…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="30" />
        <source>Score an index for a year: the year is added to the list</source>
        <translation>Score an index for a year: the year is added to the list</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="41" />
        <source>Add a year: create a self-assessment for it</source>
        <translation>Add a year: create a self-assessment for it</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="88" />
        <source>Plan created. Add its tasks with “{0}” ({1}).</source>
        <translation>Plan created. Add its tasks with “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="100" />
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="101" />
        <source>Create a plan for the year (DTI, administrative reform, digital transformation…) and add its tasks, or import a plan you already have as a Word document.</source>
        <translation>Create a plan for the year (DTI, administrative reform, digital transformation…) and add its tasks, or import a plan you already have as a Word document.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="106" />
        <source>No index yet</source>
        <translation>No index yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="107" />
        <source>Import your province's index from its decision (Word, Excel or text) or from a catalog file, to enter self scores and appraised scores; a plan document you import also brings the criteria it lists.</source>
        <translation>Import your province's index from its decision (Word, Excel or text) or from a catalog file, to enter self scores and appraised scores; a plan document you import also brings the criteria it lists.</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="58" />
        <source>Points at stake</source>
        <translation>Points at stake</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="65" />
        <source>&lt;b&gt;Lost&lt;/b&gt; = maximum − appraised score (not appraised yet: maximum − self score, shown as such); a deduction row counts the points it took. &lt;b&gt;Recoverable&lt;/b&gt; = self score − appraised score, what the council cut: &lt;i&gt;with evidence&lt;/i&gt; attached a request for review can argue it, &lt;i&gt;without&lt;/i&gt; next year's evidence can win it back.</source>
        <translation>&lt;b&gt;Lost&lt;/b&gt; = maximum − appraised score (not appraised yet: maximum − self score, shown as such); a deduction row counts the points it took. &lt;b&gt;Recoverable&lt;/b&gt; = self score − appraised score, what the council cut: &lt;i&gt;with evidence&lt;/i&gt; attached a request for review can argue it, &lt;i&gt;without&lt;/i&gt; next year's evidence can win it back.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="72" />
        <source>Points lost</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="73" />
        <source>Points recoverable</source>
        <translation>Points recoverable</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="80" />
        <source>Rank by:</source>
        <translation>Rank by:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="91" />
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="91" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="91" />
        <source>Recoverable
with evidence</source>
        <translation>Recoverable
with evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="92" />
        <source>Recoverable
without evidence</source>
        <translation>Recoverable
without evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="92" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="100" />
        <source>Double-click a criterion to select it on the Criteria tab</source>
        <translation>Double-click a criterion to select it on the Criteria tab</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="130" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="131" />
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="132" />
        <source>Plan next year…</source>
        <translation>Plan next year…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="133" />
        <source>Create next year's plan from the newest plan, the criteria that lost points first</source>
        <translation>Create next year's plan from the newest plan, the criteria that lost points first</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="178" />
        <source>No plan of this index up to next year to start from: create this year's plan first.</source>
        <translation>No plan of this index up to next year to start from: create this year's plan first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="191" />
        <source>{0} (version {1}), assessment {2}</source>
        <translation>{0} (version {1}), assessment {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="193" />
        <source>{0} criteria lost {1} points; {2} points recoverable ({3} with evidence, {4} without).</source>
        <translation>{0} criteria lost {1} points; {2} points recoverable ({3} with evidence, {4} without).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="203" />
        <source>not appraised</source>
        <translation>not appraised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="215" />
        <source>Not appraised yet: maximum − self score</source>
        <translation>Not appraised yet: maximum − self score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="217" />
        <source>Deduction row: the points it took</source>
        <translation>Deduction row: the points it took</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="220" />
        <source>{0} evidence items attached: a request for review can argue these points</source>
        <translation>{0} evidence items attached: a request for review can argue these points</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="224" />
        <source>No task of this year's or next year's plan is linked to it yet</source>
        <translation>No task of this year's or next year's plan is linked to it yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="250" />
        <source>Tasks linked to the selected criterion</source>
        <translation>Tasks linked to the selected criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="253" />
        <source>Tasks linked to {0} in the plans of {1}: {2}</source>
        <translation>Tasks linked to {0} in the plans of {1}: {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="278" />
        <location filename="../dtidesk/gui/points_dialog.py" line="291" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="292" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="293" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="297" />
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="66" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="68" />
        <source>Print what this tab shows: the filtered task list, the score sheet, the periodic report or the statistics form</source>
        <translation>Print what this tab shows: the filtered task list, the score sheet, the periodic report or the statistics form</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="70" />
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="72" />
        <source>See the pages of what this tab shows before printing them</source>
        <translation>See the pages of what this tab shows before printing them</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="73" />
        <source>Print a &amp;document</source>
        <translation>Print a &amp;document</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="96" />
        <source>Plan document</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="96" />
        <source>Appendix: tasks (the whole plan)</source>
        <translation>Appendix: tasks (the whole plan)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="97" />
        <source>Appendix: targets</source>
        <translation>Appendix: targets</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="97" />
        <source>Appendix: projects</source>
        <translation>Appendix: projects</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="98" />
        <source>Appendix: directive documents</source>
        <translation>Appendix: directive documents</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="99" />
        <source>Criteria score sheet</source>
        <translation>Criteria score sheet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="100" />
        <source>Periodic report (period chosen in the Reports tab)</source>
        <translation>Periodic report (period chosen in the Reports tab)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="120" />
        <source>Open a file first.</source>
        <translation>Open a file first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="122" />
        <location filename="../dtidesk/gui/printing.py" line="137" />
        <location filename="../dtidesk/gui/printing.py" line="158" />
        <location filename="../dtidesk/gui/printing.py" line="198" />
        <source>Choose a plan on the toolbar first.</source>
        <translation>Choose a plan on the toolbar first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="129" />
        <source>There is no assessment for this year: no score sheet to print.</source>
        <translation>There is no assessment for this year: no score sheet to print.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="131" />
        <source>Score sheet {0}</source>
        <translation>Score sheet {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="145" />
        <source>This tab has nothing of its own to print: choose a document under File → Print a document.</source>
        <translation>This tab has nothing of its own to print: choose a document under File → Print a document.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="160" />
        <source>Task list (all {0} tasks)</source>
        <translation>Task list (all {0} tasks)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="162" />
        <source>No task is shown: change the filters to print.</source>
        <translation>No task is shown: change the filters to print.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="164" />
        <source>Task list ({0} of {1} tasks, filtered)</source>
        <translation>Task list ({0} of {1} tasks, filtered)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="170" />
        <source>No statistics form is shown.</source>
        <translation>No statistics form is shown.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="182" />
        <source>Periodic report: {0} {1}</source>
        <translation>Periodic report: {0} {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="205" />
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="219" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="220" />
        <source>Nothing printed</source>
        <translation>Nothing printed</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="221" />
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="40" />
        <source>Print preview — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="56" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="57" />
        <source>Choose a printer and print these pages</source>
        <translation>Choose a printer and print these pages</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="62" />
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="64" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="70" />
        <source>of {0}</source>
        <translation>of {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="72" />
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="75" />
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="76" />
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="77" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="78" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="82" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProjectPane</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="136" />
        <source>Content, scale:</source>
        <translation>Content, scale:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="137" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="156" />
        <source>Select a project.</source>
        <translation>Select a project.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="162" />
        <source>The sources do not add up to the total budget.</source>
        <translation>The sources do not add up to the total budget.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="164" />
        <source>More has been disbursed than the total budget.</source>
        <translation>More has been disbursed than the total budget.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="166" />
        <source>Disbursed: {0} of the budget.</source>
        <translation>Disbursed: {0} of the budget.</translation>
    </message>
</context>
<context>
    <name>ReportTextPanel</name>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="45" />
        <source>Sections written by you:</source>
        <translation>Sections written by you:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="50" />
        <source>Figures, task progress and directives are filled in from the file when the report is exported.</source>
        <translation>Figures, task progress and directives are filled in from the file when the report is exported.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="60" />
        <source>Write this section of the report here. An empty section prints as a dotted line to fill in by hand.</source>
        <translation>Write this section of the report here. An empty section prints as a dotted line to fill in by hand.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="71" />
        <source>Save text</source>
        <translation>Save text</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="72" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="77" />
        <source>Report (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="77" />
        <source>Report (Word)…</source>
        <translation>Report (Word)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="78" />
        <source>Report appendices (Excel)…</source>
        <translation>Report appendices (Excel)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="93" />
        <source>Results achieved</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="94" />
        <source>II.1 Direction and management</source>
        <translation>II.1 Direction and management</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="95" />
        <source>II.2 Institutional reform</source>
        <translation>II.2 Institutional reform</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="96" />
        <source>II.3 Administrative procedure reform, one-stop shop</source>
        <translation>II.3 Administrative procedure reform, one-stop shop</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="97" />
        <source>II.4 Reform of the administrative apparatus</source>
        <translation>II.4 Reform of the administrative apparatus</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="98" />
        <source>II.5 Civil service reform</source>
        <translation>II.5 Civil service reform</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="99" />
        <source>II.6 Public finance reform</source>
        <translation>II.6 Public finance reform</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="100" />
        <source>II.7 E-government and digital government</source>
        <translation>II.7 E-government and digital government</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="101" />
        <source>Positive aspects</source>
        <translation>Positive aspects</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="102" />
        <source>Shortcomings and limitations</source>
        <translation>Shortcomings and limitations</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="103" />
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="104" />
        <source>Directions and tasks for the next period</source>
        <translation>Directions and tasks for the next period</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="105" />
        <source>Proposals and recommendations</source>
        <translation>Proposals and recommendations</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="161" />
        <source>The report would state these figures in two places with two values; fix them before exporting:</source>
        <translation>The report would state these figures in two places with two values; fix them before exporting:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="183" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="202" />
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="218" />
        <source>edit report section “{0}”</source>
        <translation>edit report section “{0}”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="229" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="44" />
        <source>Reporting period:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="78" />
        <source>Progress of the plan</source>
        <translation>Progress of the plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>Done (no due date)</source>
        <translation>Done (no due date)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="81" />
        <source>Statistics forms</source>
        <translation>Statistics forms</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="75" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="83" />
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="91" />
        <source>Plan document (PDF)</source>
        <translation>Plan document (PDF)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="92" />
        <source>Plan document (Word)</source>
        <translation>Plan document (Word)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="93" />
        <source>Task appendix (Excel)</source>
        <translation>Task appendix (Excel)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="94" />
        <source>Score sheet (PDF)</source>
        <translation>Score sheet (PDF)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="30" />
        <source>in {0} days</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="30" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="32" />
        <source>{0} report of “{1}”: by {2} ({3})</source>
        <translation>{0} report of “{1}”: by {2} ({3})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="34" />
        <source>Next reports due:</source>
        <translation>Next reports due:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="139" />
        <source>No plan selected.</source>
        <translation>No plan selected.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="152" />
        <source>{0} days left</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="154" />
        <source>{0} days ago</source>
        <translation>{0} days ago</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="155" />
        <source>national default</source>
        <translation>national default</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="155" />
        <source>set by the plan</source>
        <translation>set by the plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="156" />
        <source>Report due by {0} ({1}; {2})</source>
        <translation>Report due by {0} ({1}; {2})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="157" />
        <source>Tasks due by {0} and recurring tasks; figures counted from {1} to {2}</source>
        <translation>Tasks due by {0} and recurring tasks; figures counted from {1} to {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="159" />
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="67" />
        <source>import appraisal results {0}</source>
        <translation>import appraisal results {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="84" />
        <location filename="../dtidesk/gui/results_import_dialog.py" line="159" />
        <source>Import appraisal results</source>
        <translation>Import appraisal results</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="88" />
        <source>the province's result table: Excel (.xlsx), Word (.docx) or text (.txt)</source>
        <translation>the province's result table: Excel (.xlsx), Word (.docx) or text (.txt)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="97" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="102" />
        <source>The agency whose row is taken from a table of every agency</source>
        <translation>The agency whose row is taken from a table of every agency</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="105" />
        <source>&amp;Year assessed:</source>
        <translation>&amp;Year assessed:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="107" />
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="116" />
        <source>Choose the table of results the province published.</source>
        <translation>Choose the table of results the province published.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="123" />
        <source>Click a line to see its row</source>
        <translation>Click a line to see its row</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="138" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="89" />
        <source>Choose the appraisal results</source>
        <translation>Choose the appraisal results</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="90" />
        <source>Result tables (*.xlsx *.docx *.txt);;All files (*)</source>
        <translation>Result tables (*.xlsx *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="161" />
        <source>Reading the table…</source>
        <translation>Reading the table…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="169" />
        <source>— this file's agency —</source>
        <translation>— this file's agency —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="209" />
        <source>will be written</source>
        <translation>will be written</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="209" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="210" />
        <source>not matched: not written</source>
        <translation>not matched: not written</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="211" />
        <source>above the maximum: not written</source>
        <translation>above the maximum: not written</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="212" />
        <source>no appraised score</source>
        <translation>no appraised score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="212" />
        <source>repeated: not written</source>
        <translation>repeated: not written</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="213" />
        <source>component index</source>
        <translation>component index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="213" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="220" />
        <source>Results of {0} for the index {1}</source>
        <translation>Results of {0} for the index {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="232" />
        <source>To check ({0})</source>
        <translation>To check ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="233" />
        <source>Nothing to check.</source>
        <translation>Nothing to check.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="234" />
        <source>{0} appraised scores</source>
        <translation>{0} appraised scores</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="236" />
        <source>{0} component ranks</source>
        <translation>{0} component ranks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="238" />
        <source>rank {0}/{1}</source>
        <translation>rank {0}/{1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="240" />
        <source>rating {0}</source>
        <translation>rating {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="244" />
        <source>Import writes: {0}.</source>
        <translation>Import writes: {0}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>In the file now</source>
        <translation>In the file now</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="268" />
        <source>{0} (by name)</source>
        <translation>{0} (by name)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="288" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="333" />
        <source>Choose the table of results first.</source>
        <translation>Choose the table of results first.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="335" />
        <source>Choose the agency in the table.</source>
        <translation>Choose the agency in the table.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="337" />
        <source>Nothing to write: no appraised score, rank or rating matches this assessment.</source>
        <translation>Nothing to write: no appraised score, rank or rating matches this assessment.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="362" />
        <source>Not imported.</source>
        <translation>Not imported.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="372" />
        <source>Import appraisal results…</source>
        <translation>Import appraisal results…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="373" />
        <source>Read the province's appraised scores, ranks and rating into the year's assessment</source>
        <translation>Read the province's appraised scores, ranks and rating into the year's assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="385" />
        <source>Appraisal results imported. Ctrl+Z undoes it.</source>
        <translation>Appraisal results imported. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="397" />
        <source>Request a review…</source>
        <translation>Request a review…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="398" />
        <source>A letter asking the council to appraise again the criteria scored below the self score that have evidence</source>
        <translation>A letter asking the council to appraise again the criteria scored below the self score that have evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="427" />
        <source>Request a review</source>
        <translation>Request a review</translation>
    </message>
</context>
<context>
    <name>RollForwardDialog</name>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="53" />
        <source>create next year's plan</source>
        <translation>create next year's plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="54" />
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="64" />
        <source>Create next year's plan</source>
        <translation>Create next year's plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="55" />
        <source>Creating next year's plan…</source>
        <translation>Creating next year's plan…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="68" />
        <source>Leave out one-off tasks already done</source>
        <translation>Leave out one-off tasks already done</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="69" />
        <source>Recurring tasks (regular, yearly, quarterly) are always kept.</source>
        <translation>Recurring tasks (regular, yearly, quarterly) are always kept.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="71" />
        <source>Automatic: the version in force next year</source>
        <translation>Automatic: the version in force next year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="75" />
        <source>Criteria of next year:</source>
        <translation>Criteria of next year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="79" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="79" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="79" />
        <source>Timeline this year</source>
        <translation>Timeline this year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="80" />
        <source>Timeline next year</source>
        <translation>Timeline next year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="80" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="80" />
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="81" />
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="92" />
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="92" />
        <source>Next year's criterion</source>
        <translation>Next year's criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="92" />
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="101" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="102" />
        <source>Criteria that lost points</source>
        <translation>Criteria that lost points</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="103" />
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="109" />
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="140" />
        <source>&lt;b&gt;{0}&lt;/b&gt; (year {1})&lt;br&gt;{2} tasks kept, {3} left out; {4} criteria lost points in the assessment of {5}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (year {1})&lt;br&gt;{2} tasks kept, {3} left out; {4} criteria lost points in the assessment of {5}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="146" />
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="146" />
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="167" />
        <source>To check ({0})</source>
        <translation>To check ({0})</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="49" />
        <source>Score by component index (% of the maximum)</source>
        <translation>Score by component index (% of the maximum)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="56" />
        <source>Self score</source>
        <translation>Self score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="57" />
        <source>Appraised score</source>
        <translation>Appraised score</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="99" />
        <source>{0}. {1}
Self score: {2}/{3} ({4})</source>
        <translation>{0}. {1}
Self score: {2}/{3} ({4})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="100" />
        <source>{0}. {1}
Appraised score: {2}/{3} ({4})</source>
        <translation>{0}. {1}
Appraised score: {2}/{3} ({4})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="41" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="41" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="42" />
        <source>Directive</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="42" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="92" />
        <source>Find in the whole file</source>
        <translation>Find in the whole file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="95" />
        <source>Words to find, accents optional…</source>
        <translation>Words to find, accents optional…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="96" />
        <source>Tasks, targets, directives and evidence of every plan and year: “ra soat” finds “Rà soát”</source>
        <translation>Tasks, targets, directives and evidence of every plan and year: “ra soat” finds “Rà soát”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="99" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="122" />
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="126" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="171" />
        <source>Type words from a task, target, directive or evidence item.</source>
        <translation>Type words from a task, target, directive or evidence item.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="173" />
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="175" />
        <source>{0} found; the first {1} are listed: add a word to narrow the search.</source>
        <translation>{0} found; the first {1} are listed: add a word to narrow the search.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="177" />
        <source>{0} found. Double-click or press Enter to go to one.</source>
        <translation>{0} found. Double-click or press Enter to go to one.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="210" />
        <source>This directive belongs to no plan of the file.</source>
        <translation>This directive belongs to no plan of the file.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="43" />
        <source>Find in the &amp;whole file…</source>
        <translation>Find in the &amp;whole file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="45" />
        <source>Tasks, targets, directives and evidence of every plan and year</source>
        <translation>Tasks, targets, directives and evidence of every plan and year</translation>
    </message>
</context>
<context>
    <name>SearchResultTableModel</name>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>Plan or index</source>
        <translation>Plan or index</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="51" />
        <source>Content</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../dtidesk/gui/session.py" line="21" />
        <source>Not saved: “{0}”. A program error stopped it, so the file is as it was before this action; earlier changes are saved. Details were written to {1}.</source>
        <translation>Not saved: “{0}”. A program error stopped it, so the file is as it was before this action; earlier changes are saved. Details were written to {1}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/session.py" line="28" />
        <source>No backup</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/session.py" line="30" />
        <source>Continue without a backup</source>
        <translation>Continue without a backup</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/session.py" line="32" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="33" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="36" />
        <location filename="../dtidesk/gui/settings_dialog.py" line="76" />
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="42" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="44" />
        <source>Numbers and dates:</source>
        <translation>Numbers and dates:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="45" />
        <source>Menus, buttons, numbers and dates on screen follow this language. Official documents — plans, reports, statistics forms — are always in Vietnamese.</source>
        <translation>Menus, buttons, numbers and dates on screen follow this language. Official documents — plans, reports, statistics forms — are always in Vietnamese.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="77" />
        <source>{0} will be used from the next start of DTI Desk.

Restart DTI Desk now?</source>
        <translation>{0} will be used from the next start of DTI Desk.

Restart DTI Desk now?</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="37" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="44" />
        <source>From a file</source>
        <translation>From a file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="50" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="56" />
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="36" />
        <source>DTI Desk</source>
        <translation>DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="42" />
        <source>Digital transformation index, administrative reform plans, tasks and periodic reports of your agency — in one file on this computer.</source>
        <translation>Digital transformation index, administrative reform plans, tasks and periodic reports of your agency — in one file on this computer.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="48" />
        <source>Starting from nothing: create a new file for your agency, import your province's index (File → Import an index catalog…), then create the year's plan or self-assessment from the Plan menu — or import a plan you already have as a Word document.</source>
        <translation>Starting from nothing: create a new file for your agency, import your province's index (File → Import an index catalog…), then create the year's plan or self-assessment from the Plan menu — or import a plan you already have as a Word document.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="56" />
        <source>Create a new file…</source>
        <translation>Create a new file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="57" />
        <source>Open the demo file</source>
        <translation>Open the demo file</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="58" />
        <source>Open a file…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="63" />
        <source>New to DTI Desk? Read the user guide (F1)</source>
        <translation>New to DTI Desk? Read the user guide (F1)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="72" />
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="76" />
        <source>No file opened yet.</source>
        <translation>No file opened yet.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="110" />
        <source>Due soon and overdue in {0}</source>
        <translation>Due soon and overdue in {0}</translation>
    </message>
</context>
<context>
    <name>TargetValuesPane</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="62" />
        <source>Results of the year:</source>
        <translation>Results of the year:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="65" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="65" />
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="65" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="73" />
        <source>Leave “Planned” empty to judge the period against the target's threshold.</source>
        <translation>Leave “Planned” empty to judge the period against the target's threshold.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="84" />
        <source>Select a target to record its results.</source>
        <translation>Select a target to record its results.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="87" />
        <source>no threshold</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="89" />
        <source>Threshold: {0}</source>
        <translation>Threshold: {0}</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="52" />
        <source>edit task</source>
        <translation>edit task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="62" />
        <source>change lead unit</source>
        <translation>change lead unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="64" />
        <source>change coordinating units</source>
        <translation>change coordinating units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="72" />
        <source>record progress</source>
        <translation>record progress</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="94" />
        <source>add task</source>
        <translation>add task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="112" />
        <source>duplicate task</source>
        <translation>duplicate task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="129" />
        <source>delete task</source>
        <translation>delete task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="131" />
        <source>delete {0} tasks</source>
        <translation>delete {0} tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="138" />
        <source>move task</source>
        <translation>move task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="157" />
        <source>change status</source>
        <translation>change status</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="158" />
        <source>change status of {0} tasks</source>
        <translation>change status of {0} tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="179" />
        <location filename="../dtidesk/gui/task_model.py" line="503" />
        <source>link criterion</source>
        <translation>link criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="72" />
        <location filename="../dtidesk/gui/tasks_tab.py" line="718" />
        <source>(no criterion)</source>
        <translation>(no criterion)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="89" />
        <source>e.g. Quý IV/2023, Năm 2023, Thường xuyên</source>
        <translation>e.g. Quý IV/2023, Năm 2023, Thường xuyên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="120" />
        <location filename="../dtidesk/gui/tasks_tab.py" line="419" />
        <source>{0} (inactive)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="129" />
        <source>Space: tick · Enter: save · Esc: cancel</source>
        <translation>Space: tick · Enter: save · Esc: cancel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="197" />
        <source>{0} (several units)</source>
        <translation>{0} (several units)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="198" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="213" />
        <location filename="../dtidesk/gui/task_delegates.py" line="424" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="390" />
        <source>Select a task to see and edit it here.</source>
        <translation>Select a task to see and edit it here.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="407" />
        <source>Task (Ctrl+Enter saves)</source>
        <translation>Task (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="408" />
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="409" />
        <source>Output / product</source>
        <translation>Output / product</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="410" />
        <location filename="../dtidesk/gui/task_model.py" line="353" />
        <source>Result achieved</source>
        <translation>Result achieved</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="415" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="418" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="420" />
        <source>e.g. theo chức năng, nhiệm vụ được giao</source>
        <translation>e.g. theo chức năng, nhiệm vụ được giao</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="422" />
        <source>Note on the units</source>
        <translation>Note on the units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="428" />
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="435" />
        <source>What was done by the end of this period</source>
        <translation>What was done by the end of this period</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="481" />
        <source>{0} tasks selected</source>
        <translation>{0} tasks selected</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="483" />
        <source>“Change status…” and “Link criterion…” apply to all of them.</source>
        <translation>“Change status…” and “Link criterion…” apply to all of them.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="504" />
        <source>Task {0}</source>
        <translation>Task {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="509" />
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="510" />
        <source>Coordinating:</source>
        <translation>Coordinating:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="511" />
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="521" />
        <source>Set the status to “{0}” first; the completion date is then today and can be corrected here.</source>
        <translation>Set the status to “{0}” first; the completion date is then today and can be corrected here.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="528" />
        <source>(no target)</source>
        <translation>(no target)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="535" />
        <source>Progress in {0}</source>
        <translation>Progress in {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="265" />
        <source>Not in a group</source>
        <translation>Not in a group</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="339" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="339" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="340" />
        <source>Criterion / target</source>
        <translation>Criterion / target</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="340" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="341" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="341" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="342" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="342" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="342" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="346" />
        <source>Number as printed in the plan</source>
        <translation>Number as printed in the plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="347" />
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="348" />
        <source>Criterion or target the task serves</source>
        <translation>Criterion or target the task serves</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="349" />
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="349" />
        <source>Coordinating units</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="350" />
        <source>Timeline as printed in the plan</source>
        <translation>Timeline as printed in the plan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="351" />
        <source>Due date derived from the timeline</source>
        <translation>Due date derived from the timeline</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="352" />
        <source>Status; “Quá hạn” when the due date has passed</source>
        <translation>Status; “Quá hạn” when the due date has passed</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="478" />
        <source>Overdue: due {0}; recorded status: {1}</source>
        <translation>Overdue: due {0}; recorded status: {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="481" />
        <source>Completed on {0}</source>
        <translation>Completed on {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="516" />
        <source>→ Due: {0}</source>
        <translation>→ Due: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="518" />
        <source>{0} — no due date</source>
        <translation>{0} — no due date</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="520" />
        <source>Depends on an event — no due date</source>
        <translation>Depends on an event — no due date</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="522" />
        <source>No due date recognised</source>
        <translation>No due date recognised</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="178" />
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="179" />
        <source>Who changed this task, when, and from what to what</source>
        <translation>Who changed this task, when, and from what to what</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="209" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="210" />
        <source>Add a task after the selected one</source>
        <translation>Add a task after the selected one</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="212" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="213" />
        <source>Copy the selected task right below it</source>
        <translation>Copy the selected task right below it</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="215" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="215" />
        <source>Delete the selected tasks</source>
        <translation>Delete the selected tasks</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="217" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="217" />
        <source>Move the task up</source>
        <translation>Move the task up</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="219" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="219" />
        <source>Move the task down</source>
        <translation>Move the task down</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="221" />
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="222" />
        <source>Set the status of every selected task at once</source>
        <translation>Set the status of every selected task at once</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="224" />
        <source>Link criterion…</source>
        <translation>Link criterion…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="225" />
        <source>Link the selected tasks to a criterion</source>
        <translation>Link the selected tasks to a criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="249" />
        <source>Search (accents optional)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="250" />
        <source>Finds words in any column, with or without accents: “thuong xuyen” finds “Thường xuyên”</source>
        <translation>Finds words in any column, with or without accents: “thuong xuyen” finds “Thường xuyên”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="257" />
        <source>Tasks the unit leads or coordinates</source>
        <translation>Tasks the unit leads or coordinates</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="260" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="265" />
        <source>Tasks due in the reporting period, and those without a due date</source>
        <translation>Tasks due in the reporting period, and those without a due date</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="266" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="270" />
        <source>Showing one criterion's tasks; click to show all</source>
        <translation>Showing one criterion's tasks; click to show all</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="274" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="277" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="277" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="278" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="417" />
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="421" />
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="468" />
        <source>Criterion {0}</source>
        <translation>Criterion {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="597" />
        <source>{0} tasks · {1} overdue · {2} shown</source>
        <translation>{0} tasks · {1} overdue · {2} shown</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="633" />
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="666" />
        <source>Delete the task “{0}”?</source>
        <translation>Delete the task “{0}”?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="669" />
        <source>Delete these {0} tasks?</source>
        <translation>Delete these {0} tasks?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="670" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="671" />
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="703" />
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="704" />
        <source>New status for {0} selected tasks:</source>
        <translation>New status for {0} selected tasks:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="724" />
        <source>Link criterion</source>
        <translation>Link criterion</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="725" />
        <source>Criterion for {0} selected tasks:</source>
        <translation>Criterion for {0} selected tasks:</translation>
    </message>
</context>
</TS>