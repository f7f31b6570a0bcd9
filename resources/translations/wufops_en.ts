<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="413"/>
        <source>%n change(s) since.</source>
        <translation>
            <numerusform>%n change since.</numerusform>
            <numerusform>%n changes since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="231"/>
        <source>move %n volunteer(s) from %1</source>
        <translation>
            <numerusform>move %n volunteer from %1</numerusform>
            <numerusform>move %n volunteers from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="234"/>
        <source>call %n more staff</source>
        <translation>
            <numerusform>call %n more staff member</numerusform>
            <numerusform>call %n more staff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="309"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n duplicate pickup flagged for supervisors</numerusform>
            <numerusform>%n duplicate pickups flagged for supervisors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="316"/>
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
        <location filename="../../ui/schedule/panels.py" line="212"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>Drop here: %n conflict</numerusform>
            <numerusform>Drop here: %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="219"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="349"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="351"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>The schedule cannot be released: %n conflict blocks it.</numerusform>
            <numerusform>The schedule cannot be released: %n conflicts block it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="374"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
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
        <location filename="../../ui/schedule/workspace.py" line="384"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="430"/>
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
        <location filename="../../ui/sync/status.py" line="61"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="63"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="67"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>%n refused: this desk&apos;s clock was wrong</numerusform>
            <numerusform>%n refused: this desk&apos;s clock was wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="107"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>The hub refused %n operation stamped with a wrong clock (clock_skew): it is kept on this desk — tell a supervisor</numerusform>
            <numerusform>The hub refused %n operations stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="160"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>%n session to place</numerusform>
            <numerusform>%n sessions to place</numerusform>
        </translation>
    </message>
</context>
</TS>
