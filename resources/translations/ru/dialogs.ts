<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>FieldConflictDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <extracomment>Longer values are cut in the grid (the tooltip shows them whole). Width of a value column; values wrap inside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; was changed here and on {where} by {author}. Choose, for each field, which version to keep. Nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; was changed here and on {where}. Choose, for each field, which version to keep. Nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {where} (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHandoverDialog</name>
    <message>
        <source>Plan next handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the handover from &lt;b&gt;{country}&lt;/b&gt; with the milestones of the handover template. Deadlines follow the meeting when it moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet — {placeholder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Summit or Ministerial Council is planned yet: add the meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date is not fixed yet, so the milestones&apos; deadlines are provisional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordConflict</name>
    <message>
        <source>{precision} of {day} (not fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;“{title}” was changed by {who}&lt;/b&gt; while you were editing it. Choose, for each field, which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
</TS>
