<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="1" />
        <source>move %n volunteer(s) from %1</source>
        <translation>
            <numerusform>move %n volunteer from %1</numerusform>
            <numerusform>move %n volunteers from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="1" />
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
        <location filename="../../ui/attendees/detail.py" line="306" />
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n duplicate pickup flagged for supervisors</numerusform>
            <numerusform>%n duplicate pickups flagged for supervisors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="313" />
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n pickup undone</numerusform>
            <numerusform>%n pickups undone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="172" />
        <source>%n devices</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="173" />
        <source>%n duplicate pickups</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="174" />
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="175" />
        <source>%n rejected changes from this device</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="60" />
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62" />
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="66" />
        <source>%n refused: this desk's clock was wrong</source>
        <translation>
            <numerusform>%n refused: this desk's clock was wrong</numerusform>
            <numerusform>%n refused: this desk's clock was wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="101" />
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>The hub refused %n operation stamped with a wrong clock (clock_skew): it is kept on this desk — tell a supervisor</numerusform>
            <numerusform>The hub refused %n operations stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</numerusform>
        </translation>
    </message>
</context>
</TS>