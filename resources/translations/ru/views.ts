<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChairRegisterEditing</name>
    <message>
        <source>{meeting} ({when}) already has a handover plan ({plan}); add the next Summit or Ministerial Council to the calendar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} already has a handover plan ({plan}); add the next Summit or Ministerial Council to the calendar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Summit or Ministerial Council is planned yet: add the meeting to the calendar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan next handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan handover to {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add chairmanship term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit chairmanship term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>term end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chairmanship term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the term of {country} ({starts} – {until}) from the register?

Handover plans and meetings are kept. Undo brings the term back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit term of {country} {years}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete term of {country} {years}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add body chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete body chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {holder} as chair of the {body} ({period})?

Undo brings the record back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairTimeline</name>
    <message>
        <source>Chairmanships of CICA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchored to {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;&lt;i&gt;Double-click to show the meeting&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status} — {day} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status} — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>milestone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>term end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{country}&lt;/b&gt;: {starts} – {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over at: {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over at: {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: &lt;i&gt;{theme}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroikaCard</name>
    <message>
        <source>open</source>
        <comment>term end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{starts} – {until}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnscheduledStrip</name>
    <message>
        <source>To be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show every event still to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewItem</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to be confirmed ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last} (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {start} – {end} ({place} time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {start} – {last} {end} ({place} time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Repeats&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
