<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BackupsMenu</name>
    <message>
        <source>Backups on the Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this team calendar is backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, make and restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team calendar on a server: its backups are the server&apos;s job (for PostgreSQL, pg_dump run by the server&apos;s administrator), not CICA Planner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the calendar as it was is kept as a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDisplay</name>
    <message>
        <source>{country} chairmanship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseUnrecordedSteps</name>
    <message>
        <source>Close the unrecorded steps of {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMixin</name>
    <message>
        <source>Print — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file} ({counts}); no program opens {suffix} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day: {weekday} {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorNotices</name>
    <message>
        <source>Last changed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this event while you were editing it. Saving will not bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event was changed by {who} while you were editing it. Your changes are kept; when you save, you will see both versions and choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditing</name>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>CICA Planner</source>
        <comment>the exported calendar&apos;s name</comment>
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
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesEditing</name>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event in this period has preparation tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from {start} to {end}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} done ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>a task&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CICA Planner — Preparation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events}, {open_tasks}, {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {offset} (provisional: event date not fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Date</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due Date</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% Complete</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>Outlook task field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <comment>report column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Date</source>
        <comment>report column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Started</source>
        <comment>Outlook task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Progress</source>
        <comment>Outlook task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>Outlook task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on someone else</source>
        <comment>Outlook task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>Outlook task priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>Outlook task priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>Outlook task priority</comment>
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
