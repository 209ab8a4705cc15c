<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LocaleDates</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthNote</name>
    <message numerus="yes">
        <source>%n past event(s) with no recorded outcome</source>
        <translation>
            <numerusform>%n past event with no recorded outcome</numerusform>
            <numerusform>%n past events with no recorded outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the day still to fix</source>
        <translation>
            <numerusform>%n with the day still to fix</numerusform>
            <numerusform>%n with the day still to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message numerus="yes">
        <source>%n event(s) changed on the server</source>
        <translation>
            <numerusform>%n event changed on the server</numerusform>
            <numerusform>%n events changed on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommandTexts</name>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>Add %n task</numerusform>
            <numerusform>Add %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>Mark %n task done</numerusform>
            <numerusform>Mark %n tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) in progress</source>
        <translation>
            <numerusform>Mark %n task in progress</numerusform>
            <numerusform>Mark %n tasks in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) blocked</source>
        <translation>
            <numerusform>Mark %n task blocked</numerusform>
            <numerusform>Mark %n tasks blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) to do</source>
        <translation>
            <numerusform>Mark %n task to do</numerusform>
            <numerusform>Mark %n tasks to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n dated event</numerusform>
            <numerusform>%n dated events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation>
            <numerusform>%n undated</numerusform>
            <numerusform>%n undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
