<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgoWords</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
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
    <name>ChairmanshipView</name>
    <message numerus="yes">
        <source>%n done</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>%n not recorded</numerusform>
            <numerusform>%n not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities · e.g. {first}</source>
        <translation>
            <numerusform>%n priority · e.g. {first}</numerusform>
            <numerusform>%n priorities · e.g. {first}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected task(s)?</source>
        <translation>
            <numerusform>Delete the %n selected task?</numerusform>
            <numerusform>Delete the %n selected tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is/are milestone(s) of the handover plan {plans} and will be deleted from the plan.</source>
        <translation>
            <numerusform>%n of them is a milestone of the handover plan {plans} and will be deleted from the plan.</numerusform>
            <numerusform>%n of them are milestones of the handover plan {plans} and will be deleted from the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added from the template.</source>
        <translation>
            <numerusform>%n task added from the template.</numerusform>
            <numerusform>%n tasks added from the template.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s) shown · {overdue} overdue · today {today}</source>
        <translation>
            <numerusform>{shown} of %n task shown · {overdue} overdue · today {today}</numerusform>
            <numerusform>{shown} of %n tasks shown · {overdue} overdue · today {today}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>due in the next %n day(s)</source>
        <translation>
            <numerusform>due in the next %n day</numerusform>
            <numerusform>due in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>Deadlines in the next %n day</numerusform>
            <numerusform>Deadlines in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n event(s)</source>
        <translation>
            <numerusform>{day}: %n event</numerusform>
            <numerusform>{day}: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsConfirmingCard</name>
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
    <name>OwnerLoadChart</name>
    <message numerus="yes">
        <source>%n open</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message numerus="yes">
        <source>{title}
{done} of %n task(s) done, {overdue} overdue</source>
        <translation>
            <numerusform>{title}
{done} of %n task done, {overdue} overdue</numerusform>
            <numerusform>{title}
{done} of %n tasks done, {overdue} overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message numerus="yes">
        <source>… and %n more (hover for all)</source>
        <translation>
            <numerusform>… and %n more (hover for all)</numerusform>
            <numerusform>… and %n more (hover for all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>%n event(s) found</source>
        <translation>
            <numerusform>%n event found</numerusform>
            <numerusform>%n events found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledStrip</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more all-day event(s)</source>
        <translation>
            <numerusform>%n more all-day event</numerusform>
            <numerusform>%n more all-day events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
