<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AppSettings</name>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
</context>
<context>
    <name>BackupsMenu</name>
    <message>
        <source>Backups on the Server…</source>
        <translation>Резервные копии на сервере…</translation>
    </message>
    <message>
        <source>How this team calendar is backed up</source>
        <translation>Как создаются резервные копии этого общего календаря</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>List, make and restore backups</source>
        <translation>Просмотр, создание и восстановление резервных копий</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>This is a team calendar on a server: its backups are the server&apos;s job (for PostgreSQL, pg_dump run by the server&apos;s administrator), not CICA Planner&apos;s.</source>
        <translation>Это общий календарь на сервере: резервные копии создаёт сервер (для PostgreSQL — pg_dump, который запускает администратор сервера), а не CICA Planner.</translation>
    </message>
    <message>
        <source>Backup restored; the calendar as it was is kept as a backup</source>
        <translation>Резервная копия восстановлена; прежнее состояние календаря сохранено как резервная копия</translation>
    </message>
</context>
<context>
    <name>CalendarDisplay</name>
    <message>
        <source>{country} chairmanship</source>
        <translation>Председательство: {country}</translation>
    </message>
</context>
<context>
    <name>CalendarPrinter</name>
    <message>
        <source>CICA calendar — {title}</source>
        <translation>Календарь СВМДА — {title}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Время: {zone}</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Categories: no events in this period</source>
        <translation>Категории: в этот период событий нет</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>Дата уточняется</translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation>В этот период событий нет</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
</context>
<context>
    <name>CicaPlanner</name>
    <message>
        <source>The calendar database could not be opened:
{path}: {reason}</source>
        <translation>Не удалось открыть базу данных календаря:
{path}: {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}

The calendar was left as it was before. The details were written to the log file.</source>
        <extracomment>Marks the handlers configure_logging added, so a second call replaces them instead of doubling them.</extracomment>
        <translation>Не удалось сохранить изменение: {reason}

Календарь остался прежним. Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>CloseUnrecordedSteps</name>
    <message>
        <source>Close the unrecorded steps of {title}</source>
        <translation>Закрыть неотмеченные шаги: {title}</translation>
    </message>
</context>
<context>
    <name>DeskMixin</name>
    <message>
        <source>Print — {title}</source>
        <translation>Печать — {title}</translation>
    </message>
    <message>
        <source>Cannot print: {reason}</source>
        <translation>Не удалось напечатать: {reason}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Wrote {file} ({counts})</source>
        <translation>Записан файл {file} ({counts})</translation>
    </message>
    <message>
        <source>Wrote {file} ({counts}); no program opens {suffix} files</source>
        <translation>Записан файл {file} ({counts}); нет программы, которая открывает файлы {suffix}</translation>
    </message>
    <message>
        <source>{verb}: {change}</source>
        <translation>{verb}: {change}</translation>
    </message>
    <message>
        <source>A new day: {weekday} {date}</source>
        <translation>Наступил новый день: {weekday}, {date}</translation>
    </message>
</context>
<context>
    <name>EditorNotices</name>
    <message>
        <source>As shipped with CICA Planner; not changed since</source>
        <translation>Как в календаре, поставляемом с CICA Planner; с тех пор не изменялось</translation>
    </message>
    <message>
        <source>Last changed by {who}</source>
        <translation>Последнее изменение: {who}</translation>
    </message>
    <message>
        <source>Someone else deleted this event while you were editing it. Saving will not bring it back.</source>
        <translation>Пока вы редактировали это событие, его удалил другой пользователь. Сохранение не вернёт его.</translation>
    </message>
    <message>
        <source>This event was changed by {who} while you were editing it. Your changes are kept; when you save, you will see both versions and choose.</source>
        <translation>Пока вы редактировали событие, его изменил(а) {who}. Ваши правки сохранены; при сохранении вы увидите обе версии и сможете выбрать.</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>New {title}</source>
        <translation>создание события «{title}»</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>перенос «{title}»</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>изменение «{title}»</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>удаление «{title}»</translation>
    </message>
    <message>
        <source>Delete one occurrence of {title}</source>
        <translation>удаление одного повторения «{title}»</translation>
    </message>
</context>
<context>
    <name>EventEditing</name>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Import iCalendar</source>
        <translation>Импорт iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics *.ical *.ifb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>Не удалось импортировать {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>Importing events…</source>
        <translation>Импорт событий…</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Импортирован файл {file}: {summary}</translation>
    </message>
    <message>
        <source>CICA Planner</source>
        <comment>the exported calendar&apos;s name</comment>
        <translation>Календарь СВМДА</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Экспорт iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Экспортировано в {file}</translation>
    </message>
</context>
<context>
    <name>HandoverCommands</name>
    <message>
        <source>Plan next handover</source>
        <translation>планирование следующей передачи председательства</translation>
    </message>
</context>
<context>
    <name>HolidayMarks</name>
    <message>
        <source>{country} (host)</source>
        <extracomment>At most this many holidays are listed in a tooltip; the rest are counted.</extracomment>
        <translation>{country} (принимающая сторона)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Weekend in {country} ({days})</source>
        <translation>Выходные: {country} ({days})</translation>
    </message>
    <message>
        <source>{ramadan} (Umm al-Qura)</source>
        <translation>{ramadan} (календарь Умм аль-Кура)</translation>
    </message>
    <message>
        <source>holiday in {country}</source>
        <translation>праздник: {country}</translation>
    </message>
    <message>
        <source>other holidays</source>
        <translation>другие праздники</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Рамадан</translation>
    </message>
    <message>
        <source>weekend in {country}</source>
        <translation>выходные: {country}</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import {file}</source>
        <translation>импорт {file}</translation>
    </message>
</context>
<context>
    <name>LanguageSwitching</name>
    <message>
        <source>This calendar is read-only: changes cannot be saved.</source>
        <translation>Календарь открыт только для чтения: изменения сохранить нельзя.</translation>
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
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>{who} at {time} on {date} (Astana time)</source>
        <translation>{who}, {date} в {time} (время Астаны)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This calendar is read-only: changes cannot be saved.</source>
        <extracomment>Additions to the shared stylesheet for the window&apos;s own parts (title, accent button, status bar). Every service of the calendar, built once (services/container.py); pages take theirs from here.</extracomment>
        <translation>Календарь открыт только для чтения: изменения сохранить нельзя.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Chairmanship</source>
        <translation>Председательство</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Создать событие…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Создать событие</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar…</source>
        <translation>&amp;Импорт iCalendar…</translation>
    </message>
    <message>
        <source>Import events from an .ics file</source>
        <translation>Импортировать события из файла .ics</translation>
    </message>
    <message>
        <source>&amp;Export iCalendar…</source>
        <translation>&amp;Экспорт iCalendar…</translation>
    </message>
    <message>
        <source>Export events to an .ics file</source>
        <translation>Экспортировать события в файл .ics</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Display time zone, your name and the language</source>
        <translation>Часовой пояс отображения, ваше имя и язык</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <source>The preparation status report as PDF or CSV</source>
        <translation>Отчёт о ходе подготовки в PDF или CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the month, week, day or agenda shown</source>
        <translation>Напечатать показанный месяц, неделю, день или список событий</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Open Event…</source>
        <translation>&amp;Открыть событие…</translation>
    </message>
    <message>
        <source>Open the selected event</source>
        <translation>Открыть выбранное событие</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Move the selected event, with a reason</source>
        <translation>Перенести выбранное событие с указанием причины</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Удалить событие</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Удалить выбранное событие</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search titles, places and descriptions</source>
        <translation>Поиск по названиям, местам и описаниям</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Показать сегодняшний день</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>П&amp;ерейти к дате…</translation>
    </message>
    <message>
        <source>Show a given date</source>
        <translation>Показать указанную дату</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>Only What Needs &amp;Confirming</source>
        <translation>Только требующие &amp;подтверждения</translation>
    </message>
    <message>
        <source>Show only past plans with no recorded outcome and events whose day is still open</source>
        <translation>Показывать только прошедшие планы без записанного итога и события, дата которых ещё не определена</translation>
    </message>
    <message>
        <source>&amp;About CICA Planner</source>
        <translation>&amp;О программе CICA Planner</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>What the calendar holds and how to use it</source>
        <translation>Что содержит календарь и как им пользоваться</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Приветствие…</translation>
    </message>
    <message>
        <source>The first-run welcome</source>
        <translation>Приветствие при первом запуске</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>{page} view</source>
        <translation>Вид «{page}»</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
</context>
<context>
    <name>MonthNote</name>
    <message>
        <source>Nothing is fixed for {month}.</source>
        <translation>На {month} ничего не назначено.</translation>
    </message>
    <message>
        <source>Coming next: {title}, {when}.</source>
        <translation>Далее: {title}, {when}.</translation>
    </message>
    <message>
        <source>Nothing is planned after it yet.</source>
        <translation>Дальше пока ничего не запланировано.</translation>
    </message>
    <message>
        <source>Needs confirming: {outcomes}, {days} (see the Dashboard).</source>
        <translation>Требует подтверждения: {outcomes}, {days} (см. «Сводку»).</translation>
    </message>
    <message numerus="yes">
        <source>%n past event(s) with no recorded outcome</source>
        <translation>
            <numerusform>%n прошедшее событие без записанного итога</numerusform>
            <numerusform>%n прошедших события без записанного итога</numerusform>
            <numerusform>%n прошедших событий без записанного итога</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the day still to fix</source>
        <translation>
            <numerusform>%n с ещё не определённой датой</numerusform>
            <numerusform>%n с ещё не определённой датой</numerusform>
            <numerusform>%n с ещё не определённой датой</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>{title} is hidden by the sidebar filters.</source>
        <translation>Событие «{title}» скрыто фильтрами боковой панели.</translation>
    </message>
</context>
<context>
    <name>OpenCalendar</name>
    <message>
        <source>Open &amp;Team Calendar…</source>
        <extracomment>Builds the window of a calendar just opened (an Engine) in place of the window it was opened from. The window builder each window was given by add_menu_entries.</extracomment>
        <translation>Открыть &amp;общий календарь…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>The password could not be kept: this desktop has no keyring.</source>
        <translation>Пароль не сохранён: в этой системе нет хранилища паролей.</translation>
    </message>
    <message>
        <source>The team calendar could not be opened:
{reason}</source>
        <extracomment>Windows opened from another window: kept here so Python does not collect them while shown.</extracomment>
        <translation>Не удалось открыть общий календарь:
{reason}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>changed here: keep it</source>
        <translation>изменено здесь: сохранить</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>удалено на сервере</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>удалено здесь</translation>
    </message>
    <message>
        <source>changed on the server: bring it back</source>
        <translation>изменено на сервере: вернуть</translation>
    </message>
    <message>
        <source>&amp;Publishing Settings…</source>
        <translation>Параметры &amp;публикации…</translation>
    </message>
    <message>
        <source>Calendar server, user and what to publish</source>
        <translation>Сервер календаря, пользователь и что публиковать</translation>
    </message>
    <message>
        <source>P&amp;ublish Now</source>
        <translation>Опу&amp;бликовать сейчас</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring; set CICA_PLANNER_CALDAV_PASSWORD instead</source>
        <translation>Пароль не удалось сохранить в системном хранилище; задайте переменную CICA_PLANNER_CALDAV_PASSWORD</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <source>Syncing…</source>
        <extracomment>A change is published this long after the last of a burst of edits. The window&apos;s services when publishing runs (they may come after the window, see app.py). The questions asked of the user (message boxes; tests give their answers instead).</extracomment>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>No Calendar There</source>
        <translation>Календарь не найден</translation>
    </message>
    <message>
        <source>There is no calendar at {url}. Create it?</source>
        <translation>По адресу {url} календаря нет. Создать его?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Deleted on the Server</source>
        <translation>Удалено на сервере</translation>
    </message>
    <message>
        <source>These events were deleted on the server:
{names}

Delete them here too?</source>
        <translation>Эти события удалены на сервере:
{names}

Удалить их и здесь?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server</source>
        <translation>
            <numerusform>%n событие изменено на сервере</numerusform>
            <numerusform>%n события изменены на сервере</numerusform>
            <numerusform>%n событий изменено на сервере</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: {count} to resolve</source>
        <translation>Синхронизация: требует решения — {count}</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Add chairmanship term of {term}</source>
        <extracomment>Handles per service and kind of row: every command on one service shares them.</extracomment>
        <translation>добавление срока председательства: {term}</translation>
    </message>
    <message>
        <source>Edit chairmanship term of {term}</source>
        <translation>изменение срока председательства: {term}</translation>
    </message>
    <message>
        <source>Delete chairmanship term of {term}</source>
        <translation>удаление срока председательства: {term}</translation>
    </message>
    <message>
        <source>Add chair of {body}</source>
        <translation>добавление председателя: {body}</translation>
    </message>
    <message>
        <source>Edit chair of {body}</source>
        <translation>изменение председателя: {body}</translation>
    </message>
    <message>
        <source>Delete chair of {body}</source>
        <translation>удаление председателя: {body}</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n открытая задача</numerusform>
            <numerusform>%n открытые задачи</numerusform>
            <numerusform>%n открытых задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulingUi</name>
    <message>
        <source>Holidays</source>
        <translation>Праздники</translation>
    </message>
    <message>
        <source>Find a &amp;Date…</source>
        <translation>Подобрать &amp;дату…</translation>
    </message>
    <message>
        <source>Rank dates for a meeting by holidays, weekends, Ramadan and other meetings; with an event selected, move it</source>
        <translation>Оценить даты встречи с учётом праздников, выходных, Рамадана и других встреч; если выбрано событие — перенести его</translation>
    </message>
    <message>
        <source>&amp;Blackout Periods…</source>
        <translation>&amp;Запретные периоды…</translation>
    </message>
    <message>
        <source>Edit the periods Find a Date avoids (UNGA high-level week, your own)</source>
        <translation>Изменить периоды, которых избегает подбор даты (неделя высокого уровня ГА ООН, ваши собственные)</translation>
    </message>
    <message>
        <source>{error}. Correct or remove {path} to start again from the shipped list.</source>
        <translation>{error}. Исправьте или удалите {path}, чтобы начать заново со стандартного списка.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Сохраняется в {path}</translation>
    </message>
    <message>
        <source>The blackout periods were not saved: {reason}</source>
        <translation>Запретные периоды не сохранены: {reason}</translation>
    </message>
    <message>
        <source>Blackout periods saved ({count}): {path}</source>
        <translation>Запретные периоды сохранены ({count}): {path}</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <source>Edit one occurrence of {title}</source>
        <translation>изменение одного повторения «{title}»</translation>
    </message>
    <message>
        <source>Edit this and following of {title}</source>
        <translation>изменение этого и следующих повторений «{title}»</translation>
    </message>
    <message>
        <source>Edit all of {title}</source>
        <translation>изменение всех повторений «{title}»</translation>
    </message>
    <message>
        <source>Delete this and following of {title}</source>
        <translation>удаление этого и следующих повторений «{title}»</translation>
    </message>
</context>
<context>
    <name>SeriesEditing</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>to do</source>
        <translation>к выполнению</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Страница {page} из {total}</translation>
    </message>
    <message>
        <source>No event in this period has preparation tasks.</source>
        <translation>Ни у одного события этого периода нет задач по подготовке.</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Сформирован {date}</translation>
    </message>
    <message>
        <source>Events from {start} to {end}: {counts}</source>
        <translation>События с {start} по {end}: {counts}</translation>
    </message>
    <message>
        <source>All tasks done.</source>
        <translation>Все задачи выполнены.</translation>
    </message>
    <message>
        <source>{done}/{total} done ({percent}%)</source>
        <translation>выполнено {done} из {total} ({percent}%)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Открытая задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>a task&apos;s status</comment>
        <translation>просрочена</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>CICA Planner — Preparation status</source>
        <translation>CICA Planner — ход подготовки</translation>
    </message>
    <message>
        <source>{events}, {open_tasks}, {overdue}</source>
        <translation>{events}, {open_tasks}, {overdue}</translation>
    </message>
    <message>
        <source>Deadline {offset} (provisional: event date not fixed)</source>
        <translation>Срок {offset} (предварительно: дата события не определена)</translation>
    </message>
    <message>
        <source>Deadline {offset}</source>
        <translation>Срок {offset}</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>Выполнено {date}</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>Outlook task field</comment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Start Date</source>
        <comment>Outlook task field</comment>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Due Date</source>
        <comment>Outlook task field</comment>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>Outlook task field</comment>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>Outlook task field</comment>
        <translation>Важность</translation>
    </message>
    <message>
        <source>% Complete</source>
        <comment>Outlook task field</comment>
        <translation>% завершения</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>Outlook task field</comment>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Categories</source>
        <comment>Outlook task field</comment>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>Outlook task field</comment>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>report column</comment>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Event Date</source>
        <comment>report column</comment>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Not Started</source>
        <comment>Outlook task status</comment>
        <translation>Не начата</translation>
    </message>
    <message>
        <source>In Progress</source>
        <comment>Outlook task status</comment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>Outlook task status</comment>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Waiting on someone else</source>
        <comment>Outlook task status</comment>
        <translation>Ожидает другого</translation>
    </message>
    <message>
        <source>High</source>
        <comment>Outlook task priority</comment>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>Outlook task priority</comment>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>Outlook task priority</comment>
        <translation>Низкая</translation>
    </message>
</context>
<context>
    <name>TaskCommandTexts</name>
    <message>
        <source>Add task {title}</source>
        <translation>добавление задачи «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>добавление %n задачи</numerusform>
            <numerusform>добавление %n задач</numerusform>
            <numerusform>добавление %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete task {title}</source>
        <translation>удаление задачи «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>удаление %n задачи</numerusform>
            <numerusform>удаление %n задач</numerusform>
            <numerusform>удаление %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>выполнение %n задачи</numerusform>
            <numerusform>выполнение %n задач</numerusform>
            <numerusform>выполнение %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) in progress</source>
        <translation>
            <numerusform>начало работы над %n задачей</numerusform>
            <numerusform>начало работы над %n задачами</numerusform>
            <numerusform>начало работы над %n задачами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) blocked</source>
        <translation>
            <numerusform>перевод %n задачи в заблокированные</numerusform>
            <numerusform>перевод %n задач в заблокированные</numerusform>
            <numerusform>перевод %n задач в заблокированные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) to do</source>
        <translation>
            <numerusform>возврат %n задачи в невыполненные</numerusform>
            <numerusform>возврат %n задач в невыполненные</numerusform>
            <numerusform>возврат %n задач в невыполненные</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Apply template {name}</source>
        <translation>применение шаблона «{name}»</translation>
    </message>
    <message>
        <source>Edit task {title}</source>
        <translation>изменение задачи «{title}»</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>You are a viewer of this team calendar: you can read everything but not change it.</source>
        <extracomment>How often the window asks whether someone else committed a change (ms); well inside 2 s.</extracomment>
        <translation>Вы читатель этого общего календаря: можно просматривать всё, но ничего не изменять.</translation>
    </message>
    <message>
        <source>You are a planner of this team calendar: {refusals} are read-only for you.</source>
        <translation>Вы планировщик этого общего календаря: {refusals} доступны вам только для чтения.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change the chairmanship register or handover plans</source>
        <translation>Ваша роль ({role}) не позволяет изменять реестр председательств и планы передачи</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change checklist templates</source>
        <translation>Ваша роль ({role}) не позволяет изменять шаблоны чек-листов</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change tasks</source>
        <translation>Ваша роль ({role}) не позволяет изменять задачи</translation>
    </message>
    <message>
        <source>the connection to the calendar server was lost ({problem}); changes by others are not shown until it is back</source>
        <translation>связь с сервером календаря потеряна ({problem}); изменения других пользователей не будут видны, пока она не восстановится</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this event. Save again to compare, or Cancel to drop your changes.</source>
        <translation>Не сохранено: событие изменил другой пользователь. Сохраните ещё раз, чтобы сравнить, или нажмите «Отмена», чтобы отказаться от своих правок.</translation>
    </message>
    <message>
        <source>{reason}. Your changes are still here: press Save to try again.</source>
        <translation>{reason}. Ваши правки на месте: нажмите «Сохранить», чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>{dated} · {undated}</source>
        <extracomment>The display zone as the zone label names it, without its caption (printing repeats it).</extracomment>
        <translation>{dated} · {undated}</translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n событие с датой</numerusform>
            <numerusform>%n события с датой</numerusform>
            <numerusform>%n событий с датой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation>
            <numerusform>%n без даты</numerusform>
            <numerusform>%n без даты</numerusform>
            <numerusform>%n без даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · repeats cut short</source>
        <translation>{count} · повторения сокращены</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Часовой пояс: {zone}</translation>
    </message>
    <message>
        <source>Today: {day} ({place})</source>
        <translation>Сегодня: {day} ({place})</translation>
    </message>
    <message>
        <source>Today is the day in the display zone ({zone}); change it in Settings.</source>
        <translation>«Сегодня» — день в часовом поясе отображения ({zone}); его можно изменить в параметрах.</translation>
    </message>
</context>
</TS>
