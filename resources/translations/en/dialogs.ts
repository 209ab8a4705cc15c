<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplyTemplateDialog</name>
    <message numerus="yes">
        <source>{name} (%n step(s))</source>
        <translation>
            <numerusform>{name} (%n step)</numerusform>
            <numerusform>{name} (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{taken}&lt;/b&gt; · %n event(s) · schema {revision}</source>
        <translation>
            <numerusform>&lt;b&gt;{taken}&lt;/b&gt; · %n event · schema {revision}</numerusform>
            <numerusform>&lt;b&gt;{taken}&lt;/b&gt; · %n events · schema {revision}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the calendar by the backup of {taken} (%n event(s))?

The calendar as it is now is backed up first: restoring that copy undoes this.</source>
        <translation>
            <numerusform>Replace the calendar by the backup of {taken} (%n event)?

The calendar as it is now is backed up first: restoring that copy undoes this.</numerusform>
            <numerusform>Replace the calendar by the backup of {taken} (%n events)?

The calendar as it is now is backed up first: restoring that copy undoes this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashWords</name>
    <message numerus="yes">
        <source>Also at this time: {events} and %n more</source>
        <extracomment>Precisions edited as a month, quarter or year; and those edited with first and last day fields.</extracomment>
        <translation>
            <numerusform>Also at this time: {events} and %n more</numerusform>
            <numerusform>Also at this time: {events} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n unexpected errors occurred.&lt;/b&gt; The first: {error}</source>
        <translation>
            <numerusform>&lt;b&gt;%n unexpected error occurred.&lt;/b&gt; The first: {error}</numerusform>
            <numerusform>&lt;b&gt;%n unexpected errors occurred.&lt;/b&gt; The first: {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventRepeatSection</name>
    <message numerus="yes">
        <source> time(s)</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source> minute(s) before each timed event</source>
        <translation>
            <numerusform> minute before each timed event</numerusform>
            <numerusform> minutes before each timed event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will write %n event(s)</source>
        <translation>
            <numerusform>Will write %n event</numerusform>
            <numerusform>Will write %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) whose day is not fixed yet are left out</source>
        <translation>
            <numerusform>%n event whose day is not fixed yet is left out</numerusform>
            <numerusform>%n events whose day is not fixed yet are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a reminder {minutes} before each of the %n timed ones</source>
        <translation>
            <numerusform>a reminder {minutes} before the %n timed one</numerusform>
            <numerusform>a reminder {minutes} before each of the %n timed ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDateDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>&amp;History (%n)</numerusform>
            <numerusform>&amp;History (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) changed in stored series</source>
        <translation>
            <numerusform>%n occurrence changed in stored series</numerusform>
            <numerusform>%n occurrences changed in stored series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>Import %n event</numerusform>
            <numerusform>Import %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n change(s)</source>
        <translation>
            <numerusform>Import %n change</numerusform>
            <numerusform>Import %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Default: today ({today}) and the %n day(s) after it (to {end}), as &lt;code&gt;cica-planner report&lt;/code&gt; without --from and --to.</source>
        <translation>
            <numerusform>Default: today ({today}) and the %n day after it (to {end}), as &lt;code&gt;cica-planner report&lt;/code&gt; without --from and --to.</numerusform>
            <numerusform>Default: today ({today}) and the %n days after it (to {end}), as &lt;code&gt;cica-planner report&lt;/code&gt; without --from and --to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n time</numerusform>
            <numerusform>{rule}, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message numerus="yes">
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n Member State</numerusform>
            <numerusform>%n Member States</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{meeting} %n day(s) earlier</source>
        <translation>
            <numerusform>{meeting} %n day earlier</numerusform>
            <numerusform>{meeting} %n days earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{meeting} %n day(s) later</source>
        <translation>
            <numerusform>{meeting} %n day later</numerusform>
            <numerusform>{meeting} %n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{line} (+%n more step(s))</source>
        <translation>
            <numerusform>{line} (+%n more step)</numerusform>
            <numerusform>{line} (+%n more steps)</numerusform>
        </translation>
    </message>
</context>
</TS>
