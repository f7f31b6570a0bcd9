<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessTexts</name>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="74"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="76"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="157"/>
        <source>The proposal changes %n slot(s).</source>
        <translation>
            <numerusform>The proposal changes %n slot.</numerusform>
            <numerusform>The proposal changes %n slots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="185"/>
        <source>Accepted: %n slot(s) changed.</source>
        <translation>
            <numerusform>Accepted: %n slot changed.</numerusform>
            <numerusform>Accepted: %n slots changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="415"/>
        <source>%n change(s) since then.</source>
        <translation>
            <numerusform>%n change since then.</numerusform>
            <numerusform>%n changes since then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="325"/>
        <source>%n conflict(s) block the release</source>
        <translation>
            <numerusform>%n conflict blocks the release</numerusform>
            <numerusform>%n conflicts block the release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="326"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="246"/>
        <source>Move %n volunteer(s) from %1.</source>
        <translation>
            <numerusform>Move %n volunteer from %1.</numerusform>
            <numerusform>Move %n volunteers from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="251"/>
        <source>Call %n more staff.</source>
        <translation>
            <numerusform>Call %n more staff member.</numerusform>
            <numerusform>Call %n more staff.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="337"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n duplicate pickup flagged for supervisors</numerusform>
            <numerusform>%n duplicate pickups flagged for supervisors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="344"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n pickup undone</numerusform>
            <numerusform>%n pickups undone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropPreview</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="213"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>Drop here: %n conflict</numerusform>
            <numerusform>Drop here: %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="105"/>
        <source>Type to search %Ln attendee(s)</source>
        <translation>
            <numerusform>Type to search %Ln attendee</numerusform>
            <numerusform>Type to search %Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="127"/>
        <source>%n more match(es) — type more of the name</source>
        <translation>
            <numerusform>%n more match — type more of the name</numerusform>
            <numerusform>%n more matches — type more of the name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="227"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="357"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="237"/>
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln attendee</numerusform>
            <numerusform>%Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="238"/>
        <source>%Ln checked in</source>
        <translation>
            <numerusform>%Ln checked in</numerusform>
            <numerusform>%Ln checked in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices (%n not syncing)</source>
        <translation>
            <numerusform>Devices (%n not syncing)</numerusform>
            <numerusform>Devices (%n not syncing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message numerus="yes">
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%Ln attendee(s) from 182 countries — only on the first run.</source>
        <translation>
            <numerusform>%Ln attendee from 182 countries — only on the first run.</numerusform>
            <numerusform>%Ln attendees from 182 countries — only on the first run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="330"/>
        <source>Travel to another room: %n min.</source>
        <translation>
            <numerusform>Travel to another room: %n min.</numerusform>
            <numerusform>Travel to another room: %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="362"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="352"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>The schedule cannot be released: %n conflict blocks it.</numerusform>
            <numerusform>The schedule cannot be released: %n conflicts block it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="378"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>%Ln badge(s) selected</source>
        <translation>
            <numerusform>%Ln badge selected</numerusform>
            <numerusform>%Ln badges selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="407"/>
        <source>%Ln badge(s) written to %1</source>
        <translation>
            <numerusform>%Ln badge written to %1</numerusform>
            <numerusform>%Ln badges written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%Ln newly issued</source>
        <translation>
            <numerusform>%Ln newly issued</numerusform>
            <numerusform>%Ln newly issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="418"/>
        <source>%Ln character(s) could not be set in any bundled font: check those badges</source>
        <translation>
            <numerusform>%Ln character could not be set in any bundled font: check that badge</numerusform>
            <numerusform>%Ln characters could not be set in any bundled font: check those badges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/editor.py" line="48"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflict:</numerusform>
            <numerusform>%n conflicts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="462"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="508"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>%n refused: this desk&apos;s clock was wrong</numerusform>
            <numerusform>%n refused: this desk&apos;s clock was wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="108"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>The hub refused %n operation stamped with a wrong clock (clock_skew): it is kept on this desk — tell a supervisor</numerusform>
            <numerusform>The hub refused %n operations stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmetPanel</name>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="208"/>
        <source>%n more provider(s) of %1 on the morning of %2.</source>
        <translation>
            <numerusform>%n more provider of %1 on the morning of %2.</numerusform>
            <numerusform>%n more providers of %1 on the morning of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="209"/>
        <source>%n more provider(s) of %1 on the afternoon of %2.</source>
        <translation>
            <numerusform>%n more provider of %1 on the afternoon of %2.</numerusform>
            <numerusform>%n more providers of %1 on the afternoon of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="210"/>
        <source>%n more provider(s) of %1 on the evening of %2.</source>
        <translation>
            <numerusform>%n more provider of %1 on the evening of %2.</numerusform>
            <numerusform>%n more providers of %1 on the evening of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="231"/>
        <source>%n required unit(s) open.</source>
        <translation>
            <numerusform>%n required unit open.</numerusform>
            <numerusform>%n required units open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="233"/>
        <source>%n advised unit(s) open.</source>
        <translation>
            <numerusform>%n advised unit open.</numerusform>
            <numerusform>%n advised units open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="161"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>%n session to place</numerusform>
            <numerusform>%n sessions to place</numerusform>
        </translation>
    </message>
</context>
</TS>
