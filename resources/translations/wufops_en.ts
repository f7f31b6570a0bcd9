<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="304" />
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n duplicate pickup flagged for supervisors</numerusform>
            <numerusform>%n duplicate pickups flagged for supervisors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="311" />
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n pickup undone</numerusform>
            <numerusform>%n pickups undone</numerusform>
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
</context>
</TS>