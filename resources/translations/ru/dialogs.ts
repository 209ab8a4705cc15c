<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <source>Apply a checklist template</source>
        <translation>Применить шаблон контрольного списка</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n step(s))</source>
        <translation>
            <numerusform>{name} (%n шаг)</numerusform>
            <numerusform>{name} (%n шага)</numerusform>
            <numerusform>{name} (%n шагов)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Steps the event already has (same title) are left out.</source>
        <translation>Шаги, которые у события уже есть (с тем же названием), не добавляются.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>choose an event and a template</source>
        <translation>выберите событие и шаблон</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily, before the first change</source>
        <translation>Ежедневная, перед первым изменением</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Half-upgraded copy</source>
        <translation>Не до конца обновлённая копия</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Copies of &lt;b&gt;{file}&lt;/b&gt;, kept beside it in {folder}. A copy is taken before the first change of each day, before every import and every upgrade; the first copy of each of the last 14 days and of the last 8 weeks is kept.</source>
        <translation>Копии файла &lt;b&gt;{file}&lt;/b&gt; хранятся рядом с ним в папке {folder}. Копия создаётся перед первым изменением за день, перед каждым импортом и каждым обновлением; хранится первая копия каждого из последних 14 дней и каждой из последних 8 недель.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>This calendar is read-only: no backup can be written beside it</source>
        <translation>Календарь открыт только для чтения: рядом с ним нельзя записать резервную копию</translation>
    </message>
    <message>
        <source>No backup yet. “Back Up Now” makes one.</source>
        <translation>Резервных копий пока нет. Кнопка «Создать копию» создаёт её.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{taken}&lt;/b&gt; · %n event(s) · schema {revision}</source>
        <translation>
            <numerusform>&lt;b&gt;{taken}&lt;/b&gt; · %n событие · схема {revision}</numerusform>
            <numerusform>&lt;b&gt;{taken}&lt;/b&gt; · %n события · схема {revision}</numerusform>
            <numerusform>&lt;b&gt;{taken}&lt;/b&gt; · %n событий · схема {revision}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the calendar by the backup of {taken} (%n event(s))?

The calendar as it is now is backed up first: restoring that copy undoes this.</source>
        <translation>
            <numerusform>Заменить календарь резервной копией от {taken} (%n событие)?

Сначала создаётся копия текущего календаря: её восстановление отменит это действие.</numerusform>
            <numerusform>Заменить календарь резервной копией от {taken} (%n события)?

Сначала создаётся копия текущего календаря: её восстановление отменит это действие.</numerusform>
            <numerusform>Заменить календарь резервной копией от {taken} (%n событий)?

Сначала создаётся копия текущего календаря: её восстановление отменит это действие.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
</context>
<context>
    <name>BlackoutDialog</name>
    <message>
        <source>In use</source>
        <translation>Учитывать</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Blackout Periods</source>
        <translation>Периоды без встреч</translation>
    </message>
    <message>
        <source>Periods that Find a Date and &lt;i&gt;suggest&lt;/i&gt; keep meetings away from. Days are inclusive (YYYY-MM-DD); the country is an ISO code, or empty for all.</source>
        <translation>Периоды, на которые «Подбор даты» и &lt;i&gt;suggest&lt;/i&gt; не назначают встречи. Дни включаются в период (ГГГГ-ММ-ДД); страна — код ISO или пусто для всех.</translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation>&amp;Добавить период</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Every year, by rule ({rule}); the days of {year} are shown</source>
        <translation>Ежегодно, по правилу ({rule}); показаны дни {year} года</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Новый период</translation>
    </message>
    <message>
        <source>Row {row}: every period needs a name.</source>
        <translation>Строка {row}: у каждого периода должно быть название.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): write the country as an ISO code such as KZ, or leave it empty.</source>
        <translation>Строка {row} ({name}): укажите страну кодом ISO, например KZ, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): write the days as YYYY-MM-DD.</source>
        <translation>Строка {row} ({name}): укажите дни в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): the last day comes before the first.</source>
        <translation>Строка {row} ({name}): последний день раньше первого.</translation>
    </message>
</context>
<context>
    <name>BodyChairDialog</name>
    <message>
        <source>Edit body chair</source>
        <translation>Изменить председателя органа</translation>
    </message>
    <message>
        <source>Add body chair</source>
        <translation>Добавить председателя органа</translation>
    </message>
    <message>
        <source>— choose a body —</source>
        <translation>— выберите орган —</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>a person, a ministry or an institute</source>
        <translation>лицо, министерство или институт</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>recorded</source>
        <comment>a date is recorded</comment>
        <translation>указана</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>open</source>
        <comment>no end yet</comment>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>ChairTermDialog</name>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Edit chairmanship term</source>
        <translation>Изменить срок председательства</translation>
    </message>
    <message>
        <source>Add chairmanship term</source>
        <translation>Добавить срок председательства</translation>
    </message>
    <message>
        <source>— choose a Member State —</source>
        <translation>— выберите государство-член —</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>The handover day: the new chair presides from this day</source>
        <translation>День передачи: новый председатель председательствует с этого дня</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>open (not handed on yet)</source>
        <translation>не завершён (ещё не передан)</translation>
    </message>
    <message>
        <source>The day the chair is handed on (the next chair presides from it)</source>
        <translation>День передачи председательства (следующий председатель председательствует с этого дня)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>recorded</source>
        <comment>a date is recorded</comment>
        <translation>указана</translation>
    </message>
    <message>
        <source>Without a date, the chairmanship counts as decided from its first day</source>
        <translation>Без даты председательство считается утверждённым с первого дня срока</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>e.g. Ministerial Council by silence procedure on the SOC&apos;s recommendation</source>
        <translation>например, СМИД по процедуре умолчания по рекомендации КСДЛ</translation>
    </message>
    <message>
        <source>Decided &amp;how:</source>
        <translation>&amp;Как принято:</translation>
    </message>
    <message>
        <source>the meeting that handed over the chair</source>
        <translation>встреча, на которой председательство было передано</translation>
    </message>
    <message>
        <source>&amp;Opened by:</source>
        <translation>&amp;Открыт на:</translation>
    </message>
    <message>
        <source>the meeting that hands the chair on</source>
        <translation>встреча, на которой председательство передаётся</translation>
    </message>
    <message>
        <source>C&amp;losed by:</source>
        <translation>&amp;Завершён на:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>one priority per line</source>
        <translation>по одному приоритету в строке</translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation>П&amp;риоритеты:</translation>
    </message>
    <message>
        <source>The open term of {chair} (since {since}) will end on {day}, the handover day.</source>
        <translation>Незавершённый срок председательства: {chair} (с {since}) закончится {day}, в день передачи.</translation>
    </message>
    <message>
        <source>choose the Member State that chairs</source>
        <translation>выберите государство-член, которое председательствует</translation>
    </message>
</context>
<context>
    <name>ClashWords</name>
    <message numerus="yes">
        <source>Also at this time: {events} and %n more</source>
        <extracomment>Precisions edited as a month, quarter or year; and those edited with first and last day fields.</extracomment>
        <translation>
            <numerusform>В это же время: {events} и ещё %n событие</numerusform>
            <numerusform>В это же время: {events} и ещё %n события</numerusform>
            <numerusform>В это же время: {events} и ещё %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CICA Planner: unexpected error</source>
        <translation>CICA Planner: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>The last action may not have been completed; changes saved before it are kept. CICA Planner keeps running, but if something looks wrong, close it and start it again.</source>
        <translation>Последнее действие могло не завершиться; изменения, сохранённые до него, не потеряны. CICA Planner продолжает работу, но если что-то выглядит неправильно, закройте программу и запустите её снова.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>Подробности записаны в файл журнала:
{path}</translation>
    </message>
    <message>
        <source>The log file could not be written; copy the details below instead.</source>
        <translation>Не удалось записать файл журнала; скопируйте подробности ниже.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Copy the error report to the clipboard, to paste into an e-mail</source>
        <translation>Скопировать отчёт об ошибке в буфер обмена, чтобы вставить в письмо</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error occurred:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Произошла непредвиденная ошибка:&lt;/b&gt; {error}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unexpected errors occurred.&lt;/b&gt; The first: {error}</source>
        <translation>
            <numerusform>&lt;b&gt;Произошла %n непредвиденная ошибка.&lt;/b&gt; Первая: {error}</numerusform>
            <numerusform>&lt;b&gt;Произошло %n непредвиденные ошибки.&lt;/b&gt; Первая: {error}</numerusform>
            <numerusform>&lt;b&gt;Произошло %n непредвиденных ошибок.&lt;/b&gt; Первая: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete Event</source>
        <translation>Удаление события</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; repeats. Delete only the occurrence on {day}, this and the following occurrences, or every occurrence?</source>
        <translation>Событие &lt;b&gt;{title}&lt;/b&gt; повторяется. Удалить только повторение {day}, это и следующие повторения или все повторения?</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;{title}&lt;/b&gt;? Its preparation tasks are deleted too. You can undo this.</source>
        <translation>Удалить &lt;b&gt;{title}&lt;/b&gt;? Задачи по подготовке тоже будут удалены. Это действие можно отменить.</translation>
    </message>
    <message>
        <source>This &amp;Occurrence</source>
        <translation>&amp;Только это</translation>
    </message>
    <message>
        <source>This and &amp;Following</source>
        <translation>Это и &amp;следующие</translation>
    </message>
    <message>
        <source>&amp;All Occurrences</source>
        <translation>&amp;Все повторения</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>DomainProblems</name>
    <message>
        <source>an event needs a title</source>
        <extracomment>The domain&apos;s messages without a value in them (domain/model.py, chairmanship.py, tasks.py).</extracomment>
        <translation>у события должно быть название</translation>
    </message>
    <message>
        <source>start and end must both be dates or both be times</source>
        <translation>начало и окончание должны быть либо датами, либо временем</translation>
    </message>
    <message>
        <source>a timed event needs times with a time zone</source>
        <translation>для события со временем нужно время с часовым поясом</translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation>окончание должно быть позже начала</translation>
    </message>
    <message>
        <source>the last day cannot come before the first day</source>
        <translation>последний день не может быть раньше первого</translation>
    </message>
    <message>
        <source>an event without a fixed day cannot have a time of day</source>
        <translation>у события без точной даты не может быть времени</translation>
    </message>
    <message>
        <source>an undated event cannot carry a date; choose another precision to give it one</source>
        <translation>у события без даты не может быть даты; чтобы указать её, выберите другую точность</translation>
    </message>
    <message>
        <source>a reason is needed to reschedule an event</source>
        <translation>для переноса события нужна причина</translation>
    </message>
    <message>
        <source>a chairmanship term needs a country</source>
        <translation>для срока председательства нужна страна</translation>
    </message>
    <message>
        <source>a body chair needs the body it chairs</source>
        <translation>для председателя нужен орган, которым он руководит</translation>
    </message>
    <message>
        <source>a body chair needs a holder</source>
        <translation>укажите, кто председательствует в органе</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>у задачи должно быть название</translation>
    </message>
    <message>
        <source>a task has either a fixed or a relative deadline, not both</source>
        <translation>у задачи может быть либо фиксированный, либо относительный срок, но не оба</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <extracomment>Messages that name a value: (pattern of the English message, translatable text with {named} fields).</extracomment>
        <translation>нет DTSTART</translation>
    </message>
    <message>
        <source>DTSTART is a time but DTEND is a date</source>
        <translation>DTSTART — время, а DTEND — дата</translation>
    </message>
    <message>
        <source>DTSTART is a date but DTEND is a time</source>
        <translation>DTSTART — дата, а DTEND — время</translation>
    </message>
    <message>
        <source>DTEND comes before DTSTART</source>
        <translation>DTEND раньше DTSTART</translation>
    </message>
    <message>
        <source>unknown time zone {zone} and no VTIMEZONE for it in the file</source>
        <translation>неизвестный часовой пояс {zone}, и в файле нет его VTIMEZONE</translation>
    </message>
    <message>
        <source>the file holds UID {uid} twice</source>
        <translation>UID {uid} встречается в файле дважды</translation>
    </message>
    <message>
        <source>bad {name}: {detail}</source>
        <translation>неверное значение {name}: {detail}</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>неизвестный часовой пояс {zone}</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks go forward); choose {later} or later</source>
        <translation>времени {time} нет {day} в поясе {zone} (часы переводятся вперёд); выберите {later} или позже</translation>
    </message>
    <message>
        <source>the term of {chair} must end after it starts ({day})</source>
        <translation>срок председательства {chair} должен заканчиваться после начала ({day})</translation>
    </message>
    <message>
        <source>the chairmanship of {chair} cannot be decided after its term ended</source>
        <translation>решение о председательстве {chair} не может быть принято после окончания срока</translation>
    </message>
    <message>
        <source>the chair of {body} must end after it starts</source>
        <translation>председательство в органе {body} должно заканчиваться после начала</translation>
    </message>
    <message>
        <source>the term of {chair} from {day} overlaps the term of {other} ({years})</source>
        <translation>срок председательства {chair} с {day} пересекается со сроком {other} ({years})</translation>
    </message>
    <message>
        <source>cannot read the deadline {text}; write it like &apos;T-30 days&apos; or &apos;end+2 weeks&apos;</source>
        <translation>не удаётся прочитать срок {text}; укажите его в виде «T−30 дней» или «оконч.+2 недели»</translation>
    </message>
    <message>
        <source>cannot read the recurrence rule {rule}{rest}</source>
        <translation>не удаётся прочитать правило повторения {rule}{rest}</translation>
    </message>
    <message>
        <source>the recurrence rule {rule} never occurs (not within {years} years)</source>
        <translation>правило повторения {rule} не даёт ни одного повторения (в пределах {years} лет)</translation>
    </message>
    <message>
        <source>the recurrence rule {rule} needs an INTERVAL of 1 or more</source>
        <translation>в правиле повторения {rule} INTERVAL должен быть 1 или больше</translation>
    </message>
    <message>
        <source>cannot read it: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New Event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>Edit Event — {title}</source>
        <translation>Изменение события — {title}</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Событие</translation>
    </message>
    <message>
        <source>Agenda, participants, references, outcome…</source>
        <translation>Повестка, участники, ссылки, итоги…</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Контрольный список</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>e.g. 7th CICA Ministerial Council</source>
        <translation>например, Седьмое Совещание министров иностранных дел СВМДА</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Building or hall</source>
        <translation>Здание или зал</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>О&amp;рганизатор:</translation>
    </message>
    <message>
        <source>Outcome to confirm</source>
        <translation>Итог не подтверждён</translation>
    </message>
    <message>
        <source>Recorded as {status}, but the event is over: record whether it was held, postponed or cancelled.</source>
        <translation>Записано как «{status}», но событие уже прошло: укажите, состоялось ли оно, перенесено или отменено.</translation>
    </message>
    <message>
        <source>Enter a title for the event.</source>
        <translation>Введите название события.</translation>
    </message>
    <message>
        <source>end</source>
        <comment>word in a message about the end</comment>
        <translation>окончан</translation>
    </message>
    <message>
        <source>last day</source>
        <comment>words in a message about the last day</comment>
        <translation>последний день</translation>
    </message>
    <message>
        <source>title</source>
        <comment>word in a message about the title</comment>
        <translation>назван</translation>
    </message>
    <message>
        <source>reason</source>
        <comment>word in a message about the reason</comment>
        <translation>причин</translation>
    </message>
    <message>
        <source>rule</source>
        <comment>word in a message about the repeat rule</comment>
        <translation>правил</translation>
    </message>
    <message>
        <source>zone</source>
        <comment>word in a message about the time zone</comment>
        <translation>пояс</translation>
    </message>
</context>
<context>
    <name>EventHistorySection</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Причина изменения:</translation>
    </message>
    <message>
        <source>Required: why the date, place or format changed (kept in the history)</source>
        <translation>Обязательно: почему изменились дата, место или формат (сохраняется в журнале)</translation>
    </message>
    <message>
        <source>Recorded by {author} on {day}</source>
        <translation>Записал(а) {author}, {day}</translation>
    </message>
    <message>
        <source>No change of date, place or format has been recorded.</source>
        <translation>Изменений даты, места или формата не записано.</translation>
    </message>
    <message>
        <source>{before} → {after}: {reason}</source>
        <translation>{before} → {after}: {reason}</translation>
    </message>
    <message>
        <source>Give a reason for the change of date, place or format; it is kept in the history.</source>
        <translation>Укажите причину изменения даты, места или формата; она сохраняется в журнале.</translation>
    </message>
</context>
<context>
    <name>EventRepeatSection</name>
    <message>
        <source>Does not repeat</source>
        <extracomment>The presets offered, as (label, rule); the labels are translated where the combo is filled.</extracomment>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Своё правило</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>RRULE, e.g. FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3</source>
        <translation>RRULE, например FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повторять:</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a series ends</comment>
        <translation>никогда</translation>
    </message>
    <message>
        <source>after</source>
        <comment>a series ends after N times</comment>
        <translation>после</translation>
    </message>
    <message>
        <source>until</source>
        <comment>a series ends on a day</comment>
        <translation>до даты</translation>
    </message>
    <message>
        <source>Ends:</source>
        <comment>a series</comment>
        <translation>Окончание:</translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <translation>
            <numerusform> раз</numerusform>
            <numerusform> раза</numerusform>
            <numerusform> раз</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this rule: {problem}</source>
        <translation>Не удаётся прочитать правило: {problem}</translation>
    </message>
</context>
<context>
    <name>EventWhenSection</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Весь день</translation>
    </message>
    <message>
        <source>Date &amp;known to:</source>
        <translation>&amp;Точность даты:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <comment>an event</comment>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Q1 (Jan–Mar)</source>
        <translation>I кв. (янв.–март)</translation>
    </message>
    <message>
        <source>Q2 (Apr–Jun)</source>
        <translation>II кв. (апр.–июнь)</translation>
    </message>
    <message>
        <source>Q3 (Jul–Sep)</source>
        <translation>III кв. (июль–сент.)</translation>
    </message>
    <message>
        <source>Q4 (Oct–Dec)</source>
        <translation>IV кв. (окт.–дек.)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>Also at this time: {events}</source>
        <translation>В это же время: {events}</translation>
    </message>
    <message>
        <source>Venue local time: {period} — date to be confirmed</source>
        <translation>Местное время места проведения: {period} — дата уточняется</translation>
    </message>
    <message>
        <source>Venue local time: — ({problem})</source>
        <translation>Местное время места проведения: — ({problem})</translation>
    </message>
    <message>
        <source>Venue local time: {span} in {place} ({offset})</source>
        <translation>Местное время места проведения: {span}, {place} ({offset})</translation>
    </message>
    <message>
        <source>{span} in {place}</source>
        <translation>{span}, {place}</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
    <message>
        <source>Venue local time: all day, {days} in {place}</source>
        <translation>Местное время места проведения: весь день, {days}, {place}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export iCalendar</source>
        <translation>Экспорт iCalendar</translation>
    </message>
    <message>
        <source>Only events &amp;between</source>
        <translation>Только события &amp;между</translation>
    </message>
    <message>
        <source>and</source>
        <comment>between one day and another</comment>
        <translation>и</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Снять все</translation>
    </message>
    <message>
        <source>Include events whose &amp;day is not fixed yet (month, quarter, year)</source>
        <translation>Включить события без точной &amp;даты (месяц, квартал, год)</translation>
    </message>
    <message>
        <source>Include open checklist &amp;deadlines as all-day reminders</source>
        <translation>Включить открытые &amp;сроки контрольных списков как напоминания на весь день</translation>
    </message>
    <message>
        <source>Add a &amp;reminder</source>
        <translation>Добавить &amp;напоминание</translation>
    </message>
    <message>
        <source>Off by default: Outlook and Thunderbird then use their own reminder settings</source>
        <translation>По умолчанию выключено: тогда Outlook и Thunderbird используют свои настройки напоминаний</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message numerus="yes">
        <source> minute(s) before each timed event</source>
        <translation>
            <numerusform> минуту до каждого события со временем</numerusform>
            <numerusform> минуты до каждого события со временем</numerusform>
            <numerusform> минут до каждого события со временем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will write %n event(s)</source>
        <translation>
            <numerusform>Будет записано %n событие</numerusform>
            <numerusform>Будет записано %n события</numerusform>
            <numerusform>Будет записано %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) whose day is not fixed yet are left out</source>
        <translation>
            <numerusform>%n событие без точной даты не включено</numerusform>
            <numerusform>%n события без точной даты не включены</numerusform>
            <numerusform>%n событий без точной даты не включены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a reminder {minutes} before each of the %n timed ones</source>
        <translation>
            <numerusform>напоминание за {minutes} до каждого из %n события со временем</numerusform>
            <numerusform>напоминание за {minutes} до каждого из %n событий со временем</numerusform>
            <numerusform>напоминание за {minutes} до каждого из %n событий со временем</numerusform>
        </translation>
    </message>
    <message>
        <source>no reminders (Outlook&apos;s own settings apply)</source>
        <translation>без напоминаний (действуют настройки Outlook)</translation>
    </message>
    <message>
        <source>open checklist deadlines are added as all-day reminders</source>
        <translation>открытые сроки контрольных списков добавляются как напоминания на весь день</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <comment>a sentence made of parts joined by semicolons</comment>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>Choose at least one category to export.</source>
        <translation>Выберите для экспорта хотя бы одну категорию.</translation>
    </message>
    <message>
        <source>The last day of the period cannot come before the first day.</source>
        <translation>Последний день периода не может быть раньше первого.</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <extracomment>Longer values are cut in the grid (the tooltip shows them whole). Width of a value column; values wrap inside it.</extracomment>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервере</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; was changed here and on {where} by {author}. Choose, for each field, which version to keep. Nothing is saved until you press Save.</source>
        <translation>Запись &lt;b&gt;{title}&lt;/b&gt; изменена здесь и на {where} (автор: {author}). Выберите для каждого поля, какую версию сохранить. Ничего не сохраняется, пока вы не нажмёте «Сохранить».</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; was changed here and on {where}. Choose, for each field, which version to keep. Nothing is saved until you press Save.</source>
        <translation>Запись &lt;b&gt;{title}&lt;/b&gt; изменена здесь и на {where}. Выберите для каждого поля, какую версию сохранить. Ничего не сохраняется, пока вы не нажмёте «Сохранить».</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Здесь (моя)</translation>
    </message>
    <message>
        <source>On {where} (theirs)</source>
        <translation>На {where} (их)</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>До обоих изменений</translation>
    </message>
    <message>
        <source>{field}: keep mine</source>
        <translation>{field}: оставить мою</translation>
    </message>
    <message>
        <source>{field}: take theirs</source>
        <translation>{field}: взять их</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Оставить все &amp;мои</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Взять все &amp;их</translation>
    </message>
</context>
<context>
    <name>FindDateDialog</name>
    <message>
        <source>All Member States</source>
        <translation>Все государства-члены</translation>
    </message>
    <message>
        <source>The troika</source>
        <translation>Тройка</translation>
    </message>
    <message>
        <source>Host country only</source>
        <translation>Только страна проведения</translation>
    </message>
    <message>
        <source>Custom set</source>
        <translation>Свой список</translation>
    </message>
    <message>
        <source>Find a Date — {title}</source>
        <translation>Подбор даты — {title}</translation>
    </message>
    <message>
        <source>Find a Date</source>
        <translation>Подбор даты</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>What they hit</source>
        <translation>С чем совпадают</translation>
    </message>
    <message>
        <source>Use These Dates</source>
        <translation>Использовать эти даты</translation>
    </message>
    <message>
        <source>Reschedule to These Dates</source>
        <translation>Перенести на эти даты</translation>
    </message>
    <message>
        <source>Create Event on These Dates</source>
        <translation>Создать событие на эти даты</translation>
    </message>
    <message>
        <source>in</source>
        <comment>a meeting in a country</comment>
        <translation>в стране</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Встреча:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one day to another</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Между:</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Праздники:</translation>
    </message>
    <message>
        <source>Keep &amp;away from other meetings by:</source>
        <translation>&amp;Отступ от других встреч:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Reason for the move:</source>
        <translation>&amp;Причина переноса:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{category} meeting</source>
        <translation>Встреча: {category}</translation>
    </message>
    <message>
        <source>Date chosen with Find a Date (fewer clashes with holidays and meetings)</source>
        <translation>Дата выбрана с помощью «Подбора даты» (меньше совпадений с праздниками и встречами)</translation>
    </message>
    <message>
        <source>nothing against these dates</source>
        <translation>нет препятствий</translation>
    </message>
    <message>
        <source>No possible date: every start falls on a holiday or a weekend of the host.</source>
        <translation>Подходящей даты нет: каждое начало приходится на праздник или выходной страны проведения.</translation>
    </message>
    <message>
        <source>Choose one of the dates in the list.</source>
        <translation>Выберите одну из дат в списке.</translation>
    </message>
    <message>
        <source>Enter a title for the new event.</source>
        <translation>Введите название нового события.</translation>
    </message>
    <message>
        <source>Give a reason for the move; it is kept in the event&apos;s history.</source>
        <translation>Укажите причину переноса; она сохраняется в журнале события.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>27 June 2024, 27.06.2024, 2024-06-27 or June 2024</source>
        <translation>27.06.2024, 2024-06-27, 27 June 2024 или June 2024</translation>
    </message>
    <message>
        <source>Type {examples}, or today; ↑ and ↓ step the day, month or year under the cursor</source>
        <translation>Введите {examples} или today; клавиши ↑ и ↓ меняют день, месяц или год под курсором</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>The calendar ships with the events of the CICA digest &lt;i&gt;Voice of Asia&lt;/i&gt; 2024/2 (April–June 2024) and the verified events around it, 1999–2026: Summits, Ministerial Councils, SOC and SWG meetings, advisory bodies, chairmanships and handovers. Where a source is unsure of a date, the event says so (“Q4 2024 — date to be confirmed”).</source>
        <extracomment>What the shipped calendar holds, said the same way in the welcome, Getting started and About.</extracomment>
        <translation>Календарь поставляется с событиями дайджеста СВМДА &lt;i&gt;Voice of Asia&lt;/i&gt; 2024/2 (апрель–июнь 2024 г.) и проверенными событиями вокруг них, 1999–2026 гг.: саммиты, Совещания министров иностранных дел, заседания Комитета старших должностных лиц и Специальной рабочей группы, консультативные органы, председательства и их передача. Если источник не уверен в дате, событие говорит об этом («IV кв. 2024 — дата уточняется»).</translation>
    </message>
    <message>
        <source>Events: the CICA digest &lt;i&gt;Voice of Asia&lt;/i&gt; 2024/2 and the public statements of CICA and its Member States that confirm or complete it. Time zones: the IANA time-zone database (tzdata).</source>
        <translation>События: дайджест СВМДА &lt;i&gt;Voice of Asia&lt;/i&gt; 2024/2 и публичные заявления СВМДА и его государств-членов, которые его подтверждают или дополняют. Часовые пояса: база данных часовых поясов IANA (tzdata).</translation>
    </message>
    <message>
        <source>Proprietary — for the CICA Secretariat.</source>
        <translation>Проприетарная лицензия — для Секретариата СВМДА.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with {app}&lt;/h2&gt;&lt;p&gt;{shipped}&lt;/p&gt;&lt;h3&gt;Find your way&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Views:&lt;/b&gt; Month, Week, Day, Agenda and Year (Ctrl+1 … Ctrl+5); Chairmanship, Checklists and the managers&apos; Dashboard (Ctrl+6 … Ctrl+8).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Today&lt;/b&gt; (T) is the day in the display time zone, shown in the status bar; change the zone in File → Settings.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Search&lt;/b&gt; (Ctrl+F) finds titles, places, countries (“Türkiye”, “TR”) and bodies (“SOC”, “Senior Officials Committee”), whatever the case and accents. Esc clears it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Go to Date&lt;/b&gt; (Ctrl+G) takes “27 June 2024”, “27.06.2024” or “2024-06-27”.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Plan&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;New event&lt;/b&gt; (Ctrl+N): an event whose day is not fixed yet can be entered for a month, a quarter or a year, and shows under “to be confirmed”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Move&lt;/b&gt; a published event with Ctrl+R or by dragging it in the month or week view: the reason is kept in the event&apos;s history. Every change can be undone (Ctrl+Z).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Checklists:&lt;/b&gt; preparation tasks with deadlines relative to the event (T−30 days) follow the event when it moves.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Share&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; (Ctrl+P) the month, week, day or agenda shown, with a preview.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt; (File → Report…): the preparation status as PDF or CSV for Excel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; an .ics file for Outlook; &lt;b&gt;import&lt;/b&gt; theirs, with a preview of each event.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your calendar file: &lt;code&gt;{file}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Начало работы с {app}&lt;/h2&gt;&lt;p&gt;{shipped}&lt;/p&gt;&lt;h3&gt;Как ориентироваться&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Виды:&lt;/b&gt; Месяц, Неделя, День, Список событий и Год (Ctrl+1 … Ctrl+5); Председательство, Контрольные списки и Панель руководителя (Ctrl+6 … Ctrl+8).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Сегодня&lt;/b&gt; (T) — день в часовом поясе отображения, он показан в строке состояния; пояс меняется в меню Файл → Параметры.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Поиск&lt;/b&gt; (Ctrl+F) находит названия, места, страны («Türkiye», «TR») и органы («SOC», «Комитет старших должностных лиц») без учёта регистра и диакритических знаков. Esc очищает поиск.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Перейти к дате&lt;/b&gt; (Ctrl+G) понимает «27.06.2024», «2024-06-27» и «27 June 2024».&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Планирование&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Новое событие&lt;/b&gt; (Ctrl+N): событие без точной даты можно указать с точностью до месяца, квартала или года; оно показывается как «дата уточняется».&lt;/li&gt;&lt;li&gt;&lt;b&gt;Перенос&lt;/b&gt; опубликованного события — Ctrl+R или перетаскиванием в виде «Месяц» или «Неделя»: причина сохраняется в журнале события. Любое изменение можно отменить (Ctrl+Z).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Контрольные списки:&lt;/b&gt; задачи по подготовке со сроками относительно события (T−30 дней) переносятся вместе с событием.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Обмен&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Печать&lt;/b&gt; (Ctrl+P) показанного месяца, недели, дня или списка событий, с предварительным просмотром.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Отчёт&lt;/b&gt; (Файл → Отчёт…): ход подготовки в PDF или в CSV для Excel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Экспорт&lt;/b&gt; файла .ics для Outlook; &lt;b&gt;импорт&lt;/b&gt; их файлов с предварительным просмотром каждого события.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ваш файл календаря: &lt;code&gt;{file}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Events, chairmanships and preparation checklists of the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources:&lt;/b&gt; {sources}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; &lt;code&gt;{file}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;События, председательства и контрольные списки подготовки Секретариата Совещания по взаимодействию и мерам доверия в Азии (СВМДА).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Лицензия:&lt;/b&gt; {licence}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Источники данных:&lt;/b&gt; {sources}&lt;/p&gt;&lt;p&gt;&lt;b&gt;База данных:&lt;/b&gt; &lt;code&gt;{file}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>&amp;Журнал (%n)</numerusform>
            <numerusform>&amp;Журнал (%n)</numerusform>
            <numerusform>&amp;Журнал (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import iCalendar</source>
        <translation>Импорт iCalendar</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новое</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) changed in stored series</source>
        <translation>
            <numerusform>%n повторение изменено в сохранённых сериях</numerusform>
            <numerusform>%n повторения изменено в сохранённых сериях</numerusform>
            <numerusform>%n повторений изменено в сохранённых сериях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n вероятный дубликат</numerusform>
            <numerusform>%n вероятных дубликата</numerusform>
            <numerusform>%n вероятных дубликатов</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Update the existing event</source>
        <translation>Обновить существующее событие</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Всё равно добавить</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>Импортировать %n событие</numerusform>
            <numerusform>Импортировать %n события</numerusform>
            <numerusform>Импортировать %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n change(s)</source>
        <translation>
            <numerusform>Импортировать %n изменение</numerusform>
            <numerusform>Импортировать %n изменения</numerusform>
            <numerusform>Импортировать %n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowText</name>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (весь день)</translation>
    </message>
    <message>
        <source>skip: {reason}</source>
        <translation>пропустить: {reason}</translation>
    </message>
    <message>
        <source>likely duplicate of “{title}” ({day})</source>
        <translation>вероятный дубликат «{title}» ({day})</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>remove (no longer in the series)</source>
        <translation>удалить (больше нет в серии)</translation>
    </message>
    <message>
        <source>{action} — already past: outcome to confirm</source>
        <translation>{action} — уже прошло: итог не подтверждён</translation>
    </message>
</context>
<context>
    <name>KeyboardDialog</name>
    <message>
        <source>new event</source>
        <extracomment>The keyboard sheet: keys and what they do (the README&apos;s &quot;Keyboard&quot; table, row for row).</extracomment>
        <translation>новое событие</translation>
    </message>
    <message>
        <source>open the selected event</source>
        <translation>открыть выбранное событие</translation>
    </message>
    <message>
        <source>reschedule the selected event (asks for the reason)</source>
        <translation>перенести выбранное событие (спрашивает причину)</translation>
    </message>
    <message>
        <source>delete (a recurring event asks: this occurrence, this and following, or all)</source>
        <translation>удалить (для повторяющегося события — вопрос: только это, это и следующие или все)</translation>
    </message>
    <message>
        <source>undo / redo every change</source>
        <translation>отменить / повторить любое изменение</translation>
    </message>
    <message>
        <source>search titles, places, countries and bodies (Esc clears)</source>
        <translation>поиск по названиям, местам, странам и органам (Esc очищает)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>previous / next month, week, day or year</source>
        <translation>предыдущий / следующий месяц, неделя, день или год</translation>
    </message>
    <message>
        <source>move the selected day</source>
        <translation>переместить выбранный день</translation>
    </message>
    <message>
        <source>go to a date</source>
        <translation>перейти к дате</translation>
    </message>
    <message>
        <source>month, week, day, agenda, year, chairmanship, checklists, dashboard</source>
        <translation>месяц, неделя, день, список событий, год, председательство, контрольные списки, панель</translation>
    </message>
    <message>
        <source>import / export iCalendar</source>
        <translation>импорт / экспорт iCalendar</translation>
    </message>
    <message>
        <source>print the current month, week, day or agenda</source>
        <translation>печать текущего месяца, недели, дня или списка событий</translation>
    </message>
    <message>
        <source>show or hide the sidebar</source>
        <translation>показать или скрыть боковую панель</translation>
    </message>
    <message>
        <source>find a date for a meeting (moves the selected event)</source>
        <translation>подобрать дату встречи (переносит выбранное событие)</translation>
    </message>
    <message>
        <source>sync now with the calendar server (see Publishing and sync)</source>
        <translation>синхронизировать с сервером календаря (см. «Публикация и синхронизация»)</translation>
    </message>
    <message>
        <source>this keyboard sheet</source>
        <translation>эта таблица клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>arrows</source>
        <comment>the arrow keys</comment>
        <translation>стрелки</translation>
    </message>
</context>
<context>
    <name>MoveReasonDialog</name>
    <message>
        <source>Move — {title}</source>
        <translation>Перенос — {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;from {before}&lt;br&gt;to {after}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;с {before}&lt;br&gt;на {after}</translation>
    </message>
    <message>
        <source>Required: why it moves (kept in the history)</source>
        <translation>Обязательно: почему событие переносится (сохраняется в журнале)</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>button that moves an event</comment>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Give a reason for the move; it is kept in the history.</source>
        <translation>Укажите причину переноса; она сохраняется в журнале.</translation>
    </message>
</context>
<context>
    <name>OpenTeamCalendarDialog</name>
    <message>
        <source>A PostgreSQL URL such as postgresql://you@db.example/cica, or a service name: postgresql:///?service=cica. Leave the password empty to use PGPASSWORD, your .pgpass file or the password kept in the system keyring.</source>
        <translation>Адрес PostgreSQL, например postgresql://you@db.example/cica, или имя службы: postgresql:///?service=cica. Оставьте пароль пустым, чтобы использовать PGPASSWORD, файл .pgpass или пароль из системного хранилища ключей.</translation>
    </message>
    <message>
        <source>Open Team Calendar</source>
        <translation>Открыть общий календарь</translation>
    </message>
    <message>
        <source>(from PGPASSWORD, .pgpass or the keyring)</source>
        <translation>(из PGPASSWORD, .pgpass или хранилища ключей)</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Сохранить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календарь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter the URL of the team calendar.</source>
        <translation>Введите адрес общего календаря.</translation>
    </message>
    <message>
        <source>{url} is not a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>{url} — не адрес PostgreSQL (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome — {title}</source>
        <translation>Запись итога — {title}</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Состоялось</translation>
    </message>
    <message>
        <source>&amp;Postponed</source>
        <translation>&amp;Перенесено</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Отменено</translation>
    </message>
    <message>
        <source>Required: the source or reason (kept in the event&apos;s History)</source>
        <translation>Обязательно: источник или причина (сохраняется в журнале события)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Close its open preparation steps (done, date not recorded)</source>
        <translation>Закрыть открытые шаги подготовки (выполнено, дата не указана)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>outcome to confirm</source>
        <translation>итог не подтверждён</translation>
    </message>
    <message>
        <source>Say why: the source or reason is kept in the event&apos;s History.</source>
        <translation>Укажите основание: источник или причина сохраняется в журнале события.</translation>
    </message>
</context>
<context>
    <name>PlanHandoverDialog</name>
    <message>
        <source>Plan next handover</source>
        <translation>Планирование следующей передачи</translation>
    </message>
    <message>
        <source>Plan the handover from &lt;b&gt;{country}&lt;/b&gt; with the milestones of the handover template. Deadlines follow the meeting when it moves.</source>
        <translation>Запланировать передачу председательства от &lt;b&gt;{country}&lt;/b&gt; с этапами шаблона передачи. Сроки переносятся вместе со встречей.</translation>
    </message>
    <message>
        <source>Not decided yet — {placeholder}</source>
        <translation>Ещё не решено — {placeholder}</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Next chair:</source>
        <translation>Следующий председатель:</translation>
    </message>
    <message>
        <source>Handover at:</source>
        <translation>Передача на встрече:</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Создать план</translation>
    </message>
    <message>
        <source>No Summit or Ministerial Council is planned yet: add the meeting first.</source>
        <translation>Саммит или Совещание министров иностранных дел ещё не запланированы: сначала добавьте встречу.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date is not fixed yet, so the milestones&apos; deadlines are provisional.</source>
        <translation>Дата встречи ещё не определена, поэтому сроки этапов предварительные.</translation>
    </message>
</context>
<context>
    <name>PublishingDialog</name>
    <message>
        <source>Publishing</source>
        <extracomment>The longest automatic sync interval offered (a day).</extracomment>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>без изменений (хранится в системном хранилище ключей)</translation>
    </message>
    <message>
        <source>only if the server gives a separate read-only link</source>
        <translation>только если сервер даёт отдельную ссылку для чтения</translation>
    </message>
    <message>
        <source>Publish after every change (in the background)</source>
        <translation>Публиковать после каждого изменения (в фоне)</translation>
    </message>
    <message>
        <source>Include checklist tasks (deadlines for Outlook, tasks for Thunderbird)</source>
        <translation>Включать задачи контрольных списков (сроки для Outlook, задачи для Thunderbird)</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> мин</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>только по запросу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Outlook: Add calendar → From Internet, paste this address. Outlook refreshes a subscription every few hours and shows it read-only; Thunderbird and phones sync both ways over CalDAV.</source>
        <translation>Outlook: «Добавить календарь» → «Из Интернета», вставьте этот адрес. Outlook обновляет подписку раз в несколько часов и показывает её только для чтения; Thunderbird и телефоны синхронизируются в обе стороны по CalDAV.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календарь:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation>Синхронизировать &amp;автоматически каждые:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Публичный &amp;адрес:</translation>
    </message>
    <message>
        <source>Outlook subscription address:</source>
        <translation>Адрес подписки для Outlook:</translation>
    </message>
    <message>
        <source>give the server&apos;s address to publish or sync</source>
        <translation>укажите адрес сервера для публикации или синхронизации</translation>
    </message>
</context>
<context>
    <name>RecordConflict</name>
    <message>
        <source>{precision} of {day} (not fixed)</source>
        <translation>{precision}: {day} (не определено)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Fixed deadline</source>
        <translation>Фиксированный срок</translation>
    </message>
    <message>
        <source>Relative deadline</source>
        <translation>Относительный срок</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{title}” was changed by {who}&lt;/b&gt; while you were editing it. Choose, for each field, which value to keep.</source>
        <translation>&lt;b&gt;Запись «{title}» изменил(а) {who}&lt;/b&gt;, пока вы её редактировали. Выберите для каждого поля, какое значение сохранить.</translation>
    </message>
    <message>
        <source>the team calendar</source>
        <translation>общем календаре</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Preparation status report</source>
        <translation>Отчёт о ходе подготовки</translation>
    </message>
    <message>
        <source>&amp;PDF, to read and print</source>
        <translation>&amp;PDF — для чтения и печати</translation>
    </message>
    <message>
        <source>&amp;CSV, for Excel and Outlook Tasks</source>
        <translation>&amp;CSV — для Excel и задач Outlook</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one day to another</comment>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Default: today ({today}) and the %n day(s) after it (to {end}), as &lt;code&gt;cica-planner report&lt;/code&gt; without --from and --to.</source>
        <translation>
            <numerusform>По умолчанию: сегодня ({today}) и следующий %n день (до {end}), как &lt;code&gt;cica-planner report&lt;/code&gt; без --from и --to.</numerusform>
            <numerusform>По умолчанию: сегодня ({today}) и следующие %n дня (до {end}), как &lt;code&gt;cica-planner report&lt;/code&gt; без --from и --to.</numerusform>
            <numerusform>По умолчанию: сегодня ({today}) и следующие %n дней (до {end}), как &lt;code&gt;cica-planner report&lt;/code&gt; без --from и --to.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write report…</source>
        <translation>Создать отчёт…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>&amp;Events from:</source>
        <translation>&amp;События с:</translation>
    </message>
    <message>
        <source>the end of the report period comes before its start</source>
        <translation>конец периода отчёта раньше его начала</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule — {title}</source>
        <translation>Перенос — {title}</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>Date known to {period} — choose the day</source>
        <translation>Дата известна с точностью до: {period} — выберите день</translation>
    </message>
    <message>
        <source>New &amp;first day:</source>
        <translation>Новый &amp;первый день:</translation>
    </message>
    <message>
        <source>New &amp;last day:</source>
        <translation>Новый п&amp;оследний день:</translation>
    </message>
    <message>
        <source>New &amp;start ({zone}):</source>
        <translation>Новое &amp;начало ({zone}):</translation>
    </message>
    <message>
        <source>New &amp;end:</source>
        <translation>Новое &amp;окончание:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Required; kept in the event&apos;s history</source>
        <translation>Обязательно; сохраняется в журнале события</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Give a reason for the change; it is kept in the history.</source>
        <translation>Укажите причину изменения; она сохраняется в журнале.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Окончание должно быть позже начала.</translation>
    </message>
    <message>
        <source>The last day cannot come before the first day.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>{every} {on}</source>
        <comment>a rule: how often, then on which days</comment>
        <translation>{every} {on}</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n раз</numerusform>
            <numerusform>{rule}, %n раза</numerusform>
            <numerusform>{rule}, %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, until {day}</source>
        <translation>{rule}, до {day}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>каждый день</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>каждую неделю</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>каждую %n неделю</numerusform>
            <numerusform>каждые %n недели</numerusform>
            <numerusform>каждые %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>каждый месяц</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>каждый %n месяц</numerusform>
            <numerusform>каждые %n месяца</numerusform>
            <numerusform>каждые %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>каждый год</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>каждый %n год</numerusform>
            <numerusform>каждые %n года</numerusform>
            <numerusform>каждые %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>on {weekdays}</source>
        <translation>по {weekdays}</translation>
    </message>
    <message>
        <source>on day {day}</source>
        <comment>of each month</comment>
        <translation>{day}-го числа</translation>
    </message>
    <message>
        <source>on {day_and_month}</source>
        <comment>of each year</comment>
        <translation>{day_and_month}</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>понедельникам</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>вторникам</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>средам</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>четвергам</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>пятницам</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>субботам</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>воскресеньям</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>{holiday} — {country} (host)</source>
        <translation>{holiday} — {country} (страна проведения)</translation>
    </message>
    <message>
        <source>weekend in {country} (host)</source>
        <translation>выходной в стране проведения: {country}</translation>
    </message>
    <message>
        <source>Ramadan by the Umm al-Qura calendar; some Member States begin a day earlier or later</source>
        <translation>Рамадан по календарю Умм аль-Кура; некоторые государства-члены начинают его на день раньше или позже</translation>
    </message>
    <message>
        <source>weekend in {countries}</source>
        <translation>выходной: {countries}</translation>
    </message>
    <message>
        <source>holiday of the host</source>
        <translation>праздник страны проведения</translation>
    </message>
    <message>
        <source>weekend of the host</source>
        <translation>выходной страны проведения</translation>
    </message>
    <message>
        <source>blackout period</source>
        <translation>период без встреч</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>праздник</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Рамадан</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>late preparation</source>
        <translation>подготовка опаздывает</translation>
    </message>
    <message>
        <source>{country}: {conflict}</source>
        <translation>{country}: {conflict}</translation>
    </message>
    <message numerus="yes">
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n государство-член</numerusform>
            <numerusform>%n государства-члена</numerusform>
            <numerusform>%n государств-членов</numerusform>
        </translation>
    </message>
    <message>
        <source>{holiday} — {countries}</source>
        <translation>{holiday} — {countries}</translation>
    </message>
    <message numerus="yes">
        <source>{meeting} %n day(s) earlier</source>
        <translation>
            <numerusform>{meeting} — на %n день раньше</numerusform>
            <numerusform>{meeting} — на %n дня раньше</numerusform>
            <numerusform>{meeting} — на %n дней раньше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{meeting} %n day(s) later</source>
        <translation>
            <numerusform>{meeting} — на %n день позже</numerusform>
            <numerusform>{meeting} — на %n дня позже</numerusform>
            <numerusform>{meeting} — на %n дней позже</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting} on the same days</source>
        <translation>{meeting} — в те же дни</translation>
    </message>
    <message>
        <source>{deadline} {step} already late</source>
        <translation>{deadline}: «{step}» уже не успевает</translation>
    </message>
    <message numerus="yes">
        <source>{line} (+%n more step(s))</source>
        <translation>
            <numerusform>{line} (и ещё %n шаг)</numerusform>
            <numerusform>{line} (и ещё %n шага)</numerusform>
            <numerusform>{line} (и ещё %n шагов)</numerusform>
        </translation>
    </message>
    <message>
        <source>{step} — was due {day}</source>
        <translation>{step} — срок был {day}</translation>
    </message>
</context>
<context>
    <name>SeriesScopeDialog</name>
    <message>
        <source>Edit Repeating Event</source>
        <translation>Изменение повторяющегося события</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; repeats. Change only the occurrence on {day}, this and the following occurrences, or every occurrence?</source>
        <translation>Событие &lt;b&gt;{title}&lt;/b&gt; повторяется. Изменить только повторение {day}, это и следующие повторения или все повторения?</translation>
    </message>
    <message>
        <source>This &amp;Occurrence</source>
        <translation>&amp;Только это</translation>
    </message>
    <message>
        <source>This and &amp;Following</source>
        <translation>Это и &amp;следующие</translation>
    </message>
    <message>
        <source>&amp;All Occurrences</source>
        <translation>&amp;Все повторения</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Every event is shown at this zone&apos;s time; its editor and tooltip also give the venue&apos;s local time.</source>
        <translation>Все события показываются по времени этого пояса; редактор и подсказка события также показывают местное время места проведения.</translation>
    </message>
    <message>
        <source>e.g. Aigerim Sadykova</source>
        <translation>например, Айгерим Садыкова</translation>
    </message>
    <message>
        <source>Shown with every change you make, next to your user name on the calendar.</source>
        <translation>Показывается у каждого вашего изменения рядом с вашим именем пользователя в календаре.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Display &amp;time zone:</source>
        <translation>&amp;Часовой пояс отображения:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>unknown time zone {zone}: choose one from the list, or type a city such as Astana, Baku or Tokyo</source>
        <translation>неизвестный часовой пояс {zone}: выберите пояс из списка или введите город, например Astana, Baku или Tokyo</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Изменение задачи</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Relative to the event</source>
        <translation>О&amp;тносительно события</translation>
    </message>
    <message>
        <source>&amp;Fixed date</source>
        <translation>&amp;Фиксированная дата</translation>
    </message>
    <message>
        <source>N&amp;o deadline</source>
        <translation>&amp;Без срока</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>T-30 days, T+2 weeks, end+14 days</source>
        <translation>T−30 дней, T+2 недели, оконч.+14 дней</translation>
    </message>
    <message>
        <source>T = the event&apos;s first day, end = its last day; units: days, weeks, months</source>
        <translation>T — первый день события, оконч. — последний; единицы: дни, недели, месяцы</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Checklist template — {name}</source>
        <translation>Шаблон контрольного списка — {name}</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>Новый шаблон контрольного списка</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>For &amp;events of:</source>
        <translation>Для &amp;событий:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется</translation>
    </message>
    <message>
        <source>T = the event&apos;s first day, end = its last day: T-30 days, T-2 weeks, T-6 months, end+14 days</source>
        <translation>T — первый день события, оконч. — последний: T−30 дней, T−2 недели, T−6 месяцев, оконч.+14 дней</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Удалить шаг</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>every meeting</source>
        <translation>каждая встреча</translation>
    </message>
    <message>
        <source>December only</source>
        <translation>только в декабре</translation>
    </message>
    <message>
        <source>eve of a handover</source>
        <translation>накануне передачи</translation>
    </message>
    <message>
        <source>step {number} needs a title</source>
        <translation>у шага {number} должно быть название</translation>
    </message>
    <message>
        <source>step {number} ({title}): {problem}</source>
        <translation>шаг {number} ({title}): {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Добро пожаловать в {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to {app}&lt;/h3&gt;&lt;p&gt;{shipped}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; lives in one file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;Every change is saved at once; copy the file to back it up.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outlook, Thunderbird, Google:&lt;/b&gt; File → Import iCalendar… (Ctrl+I) brings their .ics files in, with a preview; File → Export iCalendar… (Ctrl+Shift+E) writes one they open at the right hour.&lt;/p&gt;&lt;p&gt;The calendar opens on the current month. The digest&apos;s busiest month is June 2024: the SOC of 27 June, the troika consultations the day before.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать в {app}&lt;/h3&gt;&lt;p&gt;{shipped}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ваши данные&lt;/b&gt; хранятся в одном файле:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;Каждое изменение сохраняется сразу; чтобы создать резервную копию, скопируйте файл.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outlook, Thunderbird, Google:&lt;/b&gt; Файл → Импорт iCalendar… (Ctrl+I) загружает их файлы .ics с предварительным просмотром; Файл → Экспорт iCalendar… (Ctrl+Shift+E) создаёт файл, который они откроют с правильным временем.&lt;/p&gt;&lt;p&gt;Календарь открывается на текущем месяце. Самый насыщенный месяц дайджеста — июнь 2024 г.: заседание Комитета старших должностных лиц 27 июня и консультации тройки накануне.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this welcome at every start</source>
        <translation>Показывать это приветствие при каждом запуске</translation>
    </message>
    <message>
        <source>Show June 2024</source>
        <translation>Показать июнь 2024</translation>
    </message>
    <message>
        <source>Start with this month</source>
        <translation>Начать с текущего месяца</translation>
    </message>
</context>
</TS>
