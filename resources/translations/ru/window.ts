<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>FileOperations</name>
    <message>
        <source>Import iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitching</name>
    <message>
        <source>This calendar is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocaleDates</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>between {first} and {last}, day not known</source>
        <translation>между {first} и {last}, день не известен</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{roman} кв. {year}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>early {month} {year}</source>
        <translation>начало {month} {year}</translation>
    </message>
    <message>
        <source>mid {month} {year}</source>
        <translation>середина {month} {year}</translation>
    </message>
    <message>
        <source>late {month} {year}</source>
        <translation>конец {month} {year}</translation>
    </message>
    <message>
        <source>early {quarter}</source>
        <translation>начало {quarter}</translation>
    </message>
    <message>
        <source>mid {quarter}</source>
        <translation>середина {quarter}</translation>
    </message>
    <message>
        <source>late {quarter}</source>
        <translation>конец {quarter}</translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a date known only to its year</comment>
        <translation>{year} г.</translation>
    </message>
    <message>
        <source>early {year}</source>
        <translation>начало {year} г.</translation>
    </message>
    <message>
        <source>mid {year}</source>
        <translation>середина {year} г.</translation>
    </message>
    <message>
        <source>late {year}</source>
        <translation>конец {year} г.</translation>
    </message>
    <message>
        <source>{period} (provisional)</source>
        <translation>{period} — дата уточняется</translation>
    </message>
    <message>
        <source>end</source>
        <comment>a deadline counted from the event&apos;s last day</comment>
        <translation>оконч.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This calendar is read-only: changes cannot be saved.</source>
        <extracomment>Additions to the shared stylesheet for the window&apos;s own parts (title, accent button, status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is hidden by the sidebar filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} chairmanship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairmanship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events from an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events to an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display time zone, your name and the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preparation status report as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the month, week, day or agenda shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected event, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, places and descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a given date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only What Needs &amp;Confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only past plans with no recorded outcome and events whose day is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CICA Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the calendar holds and how to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-run welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>{dated} · {undated}</source>
        <extracomment>The display zone as the zone label names it, without its caption (printing repeats it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · repeats cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {day} ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is the day in the display zone ({zone}); change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
