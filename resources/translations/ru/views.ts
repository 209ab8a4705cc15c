<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgendaView</name>
    <message>
        <source>{period} — date to be confirmed</source>
        <translation>{period} — дата уточняется</translation>
    </message>
    <message>
        <source>{day}  ·  Today</source>
        <translation>{day}  ·  Сегодня</translation>
    </message>
    <message>
        <source>No events in {month}</source>
        <extracomment>The agenda looks this many days past the month&apos;s end: what comes next is never hidden.</extracomment>
        <translation>{month}: событий нет</translation>
    </message>
    <message>
        <source>{day}  ·  coming up</source>
        <translation>{day}  ·  далее</translation>
    </message>
</context>
<context>
    <name>AgoWords</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
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
</context>
<context>
    <name>BodyChairModel</name>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>throughout</source>
        <translation>весь период</translation>
    </message>
</context>
<context>
    <name>ChairRegisterEditing</name>
    <message>
        <source>{meeting} ({when}) already has a handover plan ({plan}); add the next Summit or Ministerial Council to the calendar first.</source>
        <translation>Для мероприятия «{meeting}» ({when}) уже есть план передачи ({plan}); сначала добавьте в календарь следующий Саммит или Совет министров иностранных дел.</translation>
    </message>
    <message>
        <source>{meeting} already has a handover plan ({plan}); add the next Summit or Ministerial Council to the calendar first.</source>
        <translation>Для мероприятия «{meeting}» уже есть план передачи ({plan}); сначала добавьте в календарь следующий Саммит или Совет министров иностранных дел.</translation>
    </message>
    <message>
        <source>No Summit or Ministerial Council is planned yet: add the meeting to the calendar first.</source>
        <translation>Саммит или Совет министров иностранных дел ещё не запланирован: сначала добавьте заседание в календарь.</translation>
    </message>
    <message>
        <source>Plan next handover</source>
        <translation>Планирование передачи председательства</translation>
    </message>
    <message>
        <source>Plan handover to {country}</source>
        <translation>План передачи председательства: {country}</translation>
    </message>
    <message>
        <source>Add chairmanship term</source>
        <translation>Добавление срока председательства</translation>
    </message>
    <message>
        <source>Edit chairmanship term</source>
        <translation>Изменение срока председательства</translation>
    </message>
    <message>
        <source>open</source>
        <comment>term end</comment>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>Delete chairmanship term</source>
        <translation>Удаление срока председательства</translation>
    </message>
    <message>
        <source>Delete the term of {country} ({starts} – {until}) from the register?

Handover plans and meetings are kept. Undo brings the term back.</source>
        <translation>Удалить срок председательства: {country} ({starts} – {until}) из реестра?

Планы передачи и заседания сохранятся. Отмена действия вернёт срок.</translation>
    </message>
    <message>
        <source>Edit term of {country} {years}…</source>
        <translation>Изменить срок: {country} {years}…</translation>
    </message>
    <message>
        <source>Delete term of {country} {years}…</source>
        <translation>Удалить срок: {country} {years}…</translation>
    </message>
    <message>
        <source>Add term…</source>
        <translation>Добавить срок…</translation>
    </message>
    <message>
        <source>Add body chair</source>
        <translation>Добавление председателя органа</translation>
    </message>
    <message>
        <source>Edit body chair</source>
        <translation>Изменение председателя органа</translation>
    </message>
    <message>
        <source>Delete body chair</source>
        <translation>Удаление председателя органа</translation>
    </message>
    <message>
        <source>Delete {holder} as chair of the {body} ({period})?

Undo brings the record back.</source>
        <translation>Удалить запись о председательстве: {holder}, {body} ({period})?

Отмена действия вернёт запись.</translation>
    </message>
</context>
<context>
    <name>ChairTimeline</name>
    <message>
        <source>Chairmanships of CICA</source>
        <translation>Председательства в СВМДА</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Double-click to edit the term&lt;/i&gt;</source>
        <translation>&lt;i&gt;Дважды щёлкните, чтобы изменить срок&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Handover plan</source>
        <translation>План передачи</translation>
    </message>
    <message>
        <source>No handover is planned yet.</source>
        <translation>Передача председательства ещё не запланирована.</translation>
    </message>
    <message>
        <source>Handover {plan}</source>
        <translation>Передача председательства: {plan}</translation>
    </message>
    <message>
        <source>anchored to {meeting}</source>
        <translation>привязка: {meeting}</translation>
    </message>
    <message>
        <source>{country} chairs</source>
        <translation>Председатель — {country}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;&lt;i&gt;Double-click to show the meeting&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;&lt;i&gt;Дважды щёлкните, чтобы показать заседание&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status} — {day} ({detail})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status} — {day} ({detail})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status} — {day}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status} — {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>open</source>
        <comment>milestone</comment>
        <translation>открыто</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>meeting deleted</source>
        <translation>заседание удалено</translation>
    </message>
    <message>
        <source>open</source>
        <comment>term end</comment>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>&lt;b&gt;{country}&lt;/b&gt;: {starts} – {until}</source>
        <translation>&lt;b&gt;{country}&lt;/b&gt;: {starts} – {until}</translation>
    </message>
    <message>
        <source>Took over at: {meeting}</source>
        <translation>Принял председательство: {meeting}</translation>
    </message>
    <message>
        <source>Handed over at: {meeting}</source>
        <translation>Передал председательство: {meeting}</translation>
    </message>
    <message>
        <source>Theme: &lt;i&gt;{theme}&lt;/i&gt;</source>
        <translation>Тема: &lt;i&gt;{theme}&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ChairmanshipView</name>
    <message>
        <source>Troika on</source>
        <translation>Тройка на</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Plan next handover…</source>
        <translation>Запланировать передачу…</translation>
    </message>
    <message>
        <source>Add term…</source>
        <translation>Добавить срок…</translation>
    </message>
    <message>
        <source>Record a chairmanship term, e.g. the next chair once it is decided</source>
        <translation>Внести срок председательства, например следующего председателя после принятия решения</translation>
    </message>
    <message>
        <source>Edit term…</source>
        <translation>Изменить срок…</translation>
    </message>
    <message>
        <source>Delete term…</source>
        <translation>Удалить срок…</translation>
    </message>
    <message>
        <source>Handover plan</source>
        <translation>План передачи</translation>
    </message>
    <message>
        <source>Advisory and working body chairs</source>
        <extracomment>Below this width the milestone list drops its Offset and Owner columns (the titles need the room). Below this width the body chairs drop their Country column.</extracomment>
        <translation>Председатели консультативных и рабочих органов</translation>
    </message>
    <message>
        <source>bold: in office on the chosen day</source>
        <translation>жирным — в должности на выбранный день</translation>
    </message>
    <message>
        <source>double-click a row to edit it</source>
        <translation>дважды щёлкните строку, чтобы изменить её</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Record who chairs an advisory or working body</source>
        <translation>Внести председателя консультативного или рабочего органа</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>No handover planned</source>
        <translation>Передача председательства не запланирована</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>выполнен %n</numerusform>
            <numerusform>выполнено %n</numerusform>
            <numerusform>выполнено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>открыт %n</numerusform>
            <numerusform>открыто %n</numerusform>
            <numerusform>открыто %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>просрочен %n</numerusform>
            <numerusform>просрочено %n</numerusform>
            <numerusform>просрочено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <comment>milestones</comment>
        <translation>
            <numerusform>не отмечен %n</numerusform>
            <numerusform>не отмечено %n</numerusform>
            <numerusform>не отмечено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>dates provisional</source>
        <translation>даты предварительные</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Реестр пуст.</translation>
    </message>
    <message>
        <source>{terms} held by {countries} since {year}</source>
        <translation>{terms} у {countries} с {year} г.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n срок</numerusform>
            <numerusform>%n срока</numerusform>
            <numerusform>%n сроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n страны</numerusform>
            <numerusform>%n стран</numerusform>
            <numerusform>%n стран</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} · chair today: {country}</source>
        <translation>{summary} · председатель сегодня: {country}</translation>
    </message>
    <message>
        <source>No previous chair</source>
        <translation>Предыдущего председателя нет</translation>
    </message>
    <message>
        <source>Handed over {date}</source>
        <translation>Передал председательство {date}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Тема: {theme}</translation>
    </message>
    <message>
        <source>No chair on this day</source>
        <translation>На этот день председателя нет</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ещё не определён</translation>
    </message>
    <message>
        <source>No successor has been decided on this day</source>
        <translation>На этот день преемник не определён</translation>
    </message>
    <message>
        <source>Decided {decided} · takes over {starts}</source>
        <translation>Решение {decided} · вступает {starts}</translation>
    </message>
    <message>
        <source>Edit the term of {country} ({years}), the chair on the chosen day</source>
        <translation>Изменить срок председательства: {country} ({years}) — председатель на выбранный день</translation>
    </message>
    <message>
        <source>Delete the term of {country} ({years}), the chair on the chosen day</source>
        <translation>Удалить срок председательства: {country} ({years}) — председатель на выбранный день</translation>
    </message>
    <message>
        <source>No chair on the chosen day: click a term on the timeline first</source>
        <translation>На выбранный день председателя нет: сначала щёлкните срок на шкале</translation>
    </message>
    <message>
        <source>No chair on the chosen day · click a term on the timeline to choose it</source>
        <translation>На выбранный день председателя нет · щёлкните срок на шкале, чтобы выбрать его</translation>
    </message>
    <message>
        <source>Chosen term: {country} {years} · double-click or right-click a term on the timeline to edit it</source>
        <translation>Выбран срок: {country} {years} · чтобы изменить срок, дважды щёлкните его на шкале или щёлкните правой кнопкой</translation>
    </message>
    <message numerus="yes">
        <source>%n priorities · e.g. {first}</source>
        <translation>
            <numerusform>%n приоритет · например, {first}</numerusform>
            <numerusform>%n приоритета · например, {first}</numerusform>
            <numerusform>%n приоритетов · например, {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>Took over at: {meeting}</source>
        <translation>Принял председательство: {meeting}</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>Mark milestone done: {title}</source>
        <translation>Отметить этап выполненным: {title}</translation>
    </message>
    <message>
        <source>Reopen milestone: {title}</source>
        <translation>Снова открыть этап: {title}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>%v of %m done</source>
        <comment>progress bar: %v tasks done of %m</comment>
        <extracomment>Asks for a new or changed task: (parent, task, owners, today) → the task, or None when cancelled. The width the panel asks for (the event editor&apos;s checklist tab).</extracomment>
        <translation>Выполнено %v из %m</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Close &amp;unrecorded steps</source>
        <translation>&amp;Закрыть неотмеченные шаги</translation>
    </message>
    <message>
        <source>The meeting was held: mark its open steps done, date not recorded</source>
        <translation>Заседание состоялось: отметить его открытые шаги выполненными без даты</translation>
    </message>
    <message>
        <source>Apply &amp;template</source>
        <translation>Применить &amp;шаблон</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>Выполнено {done} из {total}</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Задач пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>просрочена %n</numerusform>
            <numerusform>просрочено %n</numerusform>
            <numerusform>просрочено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Добавление задачи</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>Close unrecorded steps</source>
        <translation>Закрытие неотмеченных шагов</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Удаление задач</translation>
    </message>
    <message>
        <source>“{title}” is a milestone of the handover plan {plan}. Delete it from the plan?</source>
        <translation>«{title}» — этап плана передачи председательства {plan}. Удалить его из плана?</translation>
    </message>
    <message>
        <source>Delete the task “{title}”?</source>
        <translation>Удалить задачу «{title}»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected task(s)?</source>
        <translation>
            <numerusform>Удалить %n выбранную задачу?</numerusform>
            <numerusform>Удалить %n выбранные задачи?</numerusform>
            <numerusform>Удалить %n выбранных задач?</numerusform>
        </translation>
    </message>
    <message>
        <source>{question} {milestones}</source>
        <translation>{question} {milestones}</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is/are milestone(s) of the handover plan {plans} and will be deleted from the plan.</source>
        <translation>
            <numerusform>%n из них — этап плана передачи председательства {plans}, он будет удалён из плана.</numerusform>
            <numerusform>%n из них — этапы плана передачи председательства {plans}, они будут удалены из плана.</numerusform>
            <numerusform>%n из них — этапы плана передачи председательства {plans}, они будут удалены из плана.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Применение шаблона</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменение задачи</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>tasks still to do</comment>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>All</source>
        <comment>tasks of every status</comment>
        <translation>Все</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Ближайший %n день</numerusform>
            <numerusform>Ближайшие %n дня</numerusform>
            <numerusform>Ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Mark the selected tasks done today</source>
        <translation>Отметить выбранные задачи выполненными сегодня</translation>
    </message>
    <message>
        <source>Apply &amp;template…</source>
        <translation>Применить &amp;шаблон…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Progress per event</source>
        <translation>Ход подготовки по событиям</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Применение шаблона</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added from the template.</source>
        <translation>
            <numerusform>Из шаблона добавлена %n задача.</numerusform>
            <numerusform>Из шаблона добавлены %n задачи.</numerusform>
            <numerusform>Из шаблона добавлено %n задач.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s) shown · {overdue} overdue · today {today}</source>
        <translation>
            <numerusform>Показано {shown} из %n задачи · просрочено: {overdue} · сегодня {today}</numerusform>
            <numerusform>Показано {shown} из %n задач · просрочено: {overdue} · сегодня {today}</numerusform>
            <numerusform>Показано {shown} из %n задач · просрочено: {overdue} · сегодня {today}</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменение задачи</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>Изменить «{name}»…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Создать шаблон…</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон плана подготовки</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>upcoming events with checklists</source>
        <translation>предстоящие события с планом подготовки</translation>
    </message>
    <message>
        <source>open tasks</source>
        <translation>открытые задачи</translation>
    </message>
    <message>
        <source>overdue tasks</source>
        <translation>просроченные задачи</translation>
    </message>
    <message numerus="yes">
        <source>due in the next %n day(s)</source>
        <translation>
            <numerusform>срок в ближайший %n день</numerusform>
            <numerusform>срок в ближайшие %n дня</numerusform>
            <numerusform>срок в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>need confirming</source>
        <translation>требуют подтверждения</translation>
    </message>
    <message>
        <source>Readiness of upcoming events</source>
        <translation>Готовность предстоящих событий</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>Сроки на ближайший %n день</numerusform>
            <numerusform>Сроки на ближайшие %n дня</numerusform>
            <numerusform>Сроки на ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Load per owner (open tasks)</source>
        <translation>Нагрузка по исполнителям (открытые задачи)</translation>
    </message>
    <message>
        <source>Needs confirming</source>
        <translation>Требует подтверждения</translation>
    </message>
    <message>
        <source>Preparation dashboard — {date}</source>
        <extracomment>Below this width the deadlines and the load chart stack instead of sharing a row.</extracomment>
        <translation>Сводка подготовки — {date}</translation>
    </message>
</context>
<context>
    <name>HolidayPanel</name>
    <message>
        <source>Host country</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <source>The troika</source>
        <translation>Тройка</translation>
    </message>
    <message>
        <source>All Member States</source>
        <translation>Все государства-члены</translation>
    </message>
    <message>
        <source>Custom set</source>
        <translation>Выбранные страны</translation>
    </message>
    <message>
        <source>No holidays</source>
        <translation>Без праздников</translation>
    </message>
    <message>
        <source>ISO codes of the countries whose holidays to mark, separated by commas</source>
        <translation>Коды ISO стран, праздники которых нужно отметить, через запятую</translation>
    </message>
    <message>
        <source>Mark:</source>
        <comment>whose holidays to mark</comment>
        <translation>Отмечать:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Страна-хозяин:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Страны:</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ Выполнено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>дата не отмечена</translation>
    </message>
    <message>
        <source>{date} (TBC)</source>
        <translation>{date} (уточняется)</translation>
    </message>
    <message>
        <source>{offset} from {meeting}: due {date}</source>
        <translation>{offset} от «{meeting}»: срок {date}</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>Выполнено {date}</translation>
    </message>
    <message>
        <source>Done on a day not recorded</source>
        <translation>Выполнено, дата не отмечена</translation>
    </message>
    <message>
        <source>Not recorded: the meeting was held, but nobody recorded whether this was done</source>
        <translation>Не отмечено: заседание состоялось, но выполнение этапа никто не отметил</translation>
    </message>
    <message>
        <source>Provisional: the meeting&apos;s date is not fixed yet</source>
        <translation>Предварительно: дата заседания ещё не определена</translation>
    </message>
</context>
<context>
    <name>MiniMonth</name>
    <message>
        <source>Month calendar</source>
        <translation>Календарь на месяц</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n event(s)</source>
        <translation>
            <numerusform>{day}: %n событие</numerusform>
            <numerusform>{day}: %n события</numerusform>
            <numerusform>{day}: %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsConfirmingCard</name>
    <message>
        <source>outcome to confirm</source>
        <translation>итог не подтверждён</translation>
    </message>
    <message>
        <source>day to fix</source>
        <translation>дата не определена</translation>
    </message>
    <message>
        <source>Everything</source>
        <extracomment>Asks the outcome of an entry (the page passes the outcome dialog&apos;s ``ask``).</extracomment>
        <translation>Все</translation>
    </message>
    <message>
        <source>Outcome to confirm</source>
        <translation>Итог не подтверждён</translation>
    </message>
    <message>
        <source>Day to fix</source>
        <translation>Дата не определена</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Внести итог…</translation>
    </message>
    <message>
        <source>{outcomes} · {days}</source>
        <translation>{outcomes} · {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n past event(s) with no recorded outcome</source>
        <translation>
            <numerusform>%n прошедшее событие без итога</numerusform>
            <numerusform>%n прошедших события без итога</numerusform>
            <numerusform>%n прошедших событий без итога</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the day still to fix</source>
        <translation>
            <numerusform>%n с неопределённой датой</numerusform>
            <numerusform>%n с неопределённой датой</numerusform>
            <numerusform>%n с неопределённой датой</numerusform>
        </translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Внесение итога</translation>
    </message>
</context>
<context>
    <name>OwnerLoadChart</name>
    <message>
        <source>No open tasks</source>
        <translation>Открытых задач нет</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n открыта</numerusform>
            <numerusform>%n открыты</numerusform>
            <numerusform>%n открыто</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>срок в ближайший %n день</numerusform>
            <numerusform>срок в ближайшие %n дня</numerusform>
            <numerusform>срок в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>later</source>
        <comment>due after the next two weeks</comment>
        <translation>позже</translation>
    </message>
</context>
<context>
    <name>PublishStatus</name>
    <message>
        <source>just now</source>
        <extracomment>Failure messages longer than this are cut in the status bar (the tooltip has them whole).</extracomment>
        <translation>только что</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Разрешить…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Ещё не опубликовано</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>{verb} failed: {message}</source>
        <translation>{verb}: ошибка — {message}</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Published {when}</source>
        <translation>Опубликовано {when}</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message numerus="yes">
        <source>{title}
{done} of %n task(s) done, {overdue} overdue</source>
        <translation>
            <numerusform>{title}
Выполнено {done} из %n задачи, просрочено: {overdue}</numerusform>
            <numerusform>{title}
Выполнено {done} из %n задач, просрочено: {overdue}</numerusform>
            <numerusform>{title}
Выполнено {done} из %n задач, просрочено: {overdue}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message>
        <source>Cannot check the dates: {reason}</source>
        <extracomment>More lines than this are summed up in one last line; the tooltip keeps them all.</extracomment>
        <translation>Не удалось проверить даты: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover for all)</source>
        <translation>
            <numerusform>… и ещё %n (наведите указатель, чтобы увидеть все)</numerusform>
            <numerusform>… и ещё %n (наведите указатель, чтобы увидеть все)</numerusform>
            <numerusform>… и ещё %n (наведите указатель, чтобы увидеть все)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a better date…</source>
        <translation>Подобрать дату получше…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Search: title, place, country, body (SOC)…</source>
        <translation>Поиск: название, место, страна, орган (КСДЛ)…</translation>
    </message>
    <message>
        <source>Finds titles, places, descriptions, countries (name or code) and bodies (name or abbreviation: SOC, SWG, MC, TTF, BC, BF, CEP), ignoring case and accents. Esc clears.</source>
        <translation>Ищет в названиях, местах, описаниях, странах (название или код) и органах (название или сокращение: КСДЛ, СРГ, СМИД, ФАЦ, ДС, БФ, СВД) без учёта регистра и диакритики. Esc очищает поиск.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>event status filter</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All</source>
        <comment>tick every filter entry</comment>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <comment>untick every filter entry</comment>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>{country} ({role})</source>
        <translation>{country} ({role})</translation>
    </message>
    <message>
        <source>No country (online, Secretariat)</source>
        <translation>Без страны (онлайн, Секретариат)</translation>
    </message>
    <message>
        <source>No events found</source>
        <translation>События не найдены</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found</source>
        <translation>
            <numerusform>Найдено %n событие</numerusform>
            <numerusform>Найдено %n события</numerusform>
            <numerusform>Найдено %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <source>Due / done</source>
        <translation>Срок / выполнено</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Due in 14 days</source>
        <translation>Срок в 14 дней</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Требуется</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Event: {title}</source>
        <translation>Событие: {title}</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>Выполнено {date}</translation>
    </message>
    <message>
        <source>Provisional: the event&apos;s day is not fixed yet</source>
        <translation>Предварительно: дата события ещё не определена</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>to do</source>
        <translation>к выполнению</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
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
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычный</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <source>fixed date</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>выполнено {date}</translation>
    </message>
    <message>
        <source>done, date not recorded</source>
        <translation>выполнено, дата не отмечена</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>to confirm</source>
        <comment>the meeting&apos;s outcome is to be confirmed first</comment>
        <translation>ждёт итога</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>overdue, {status}</source>
        <translation>просрочено, {status}</translation>
    </message>
    <message>
        <source>awaiting date</source>
        <translation>ждёт даты</translation>
    </message>
    <message>
        <source>{date} (provisional)</source>
        <translation>{date} (предварительно)</translation>
    </message>
</context>
<context>
    <name>ToConfirmModel</name>
    <message>
        <source>{title}
{when}
Status: {status}</source>
        <translation>{title}
{when}
Статус: {status}</translation>
    </message>
</context>
<context>
    <name>TroikaCard</name>
    <message>
        <source>open</source>
        <comment>term end</comment>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>{starts} – {until}</source>
        <translation>{starts} – {until}</translation>
    </message>
</context>
<context>
    <name>UnscheduledStrip</name>
    <message>
        <source>To be confirmed</source>
        <translation>Дата уточняется</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every event still to be confirmed</source>
        <translation>Показать все события, даты которых уточняются</translation>
    </message>
</context>
<context>
    <name>ViewDates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format of a long day</comment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of a short day</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ViewItem</name>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Date to be confirmed ({period})</source>
        <translation>Дата уточняется ({period})</translation>
    </message>
    <message>
        <source>{first} – {last} (all day)</source>
        <translation>{first} – {last} (весь день)</translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (весь день)</translation>
    </message>
    <message>
        <source>{day}, {start} – {end} ({place} time)</source>
        <translation>{day}, {start} – {end} (время: {place})</translation>
    </message>
    <message>
        <source>{first} {start} – {last} {end} ({place} time)</source>
        <translation>{first} {start} – {last} {end} (время: {place})</translation>
    </message>
    <message>
        <source>Local time: {time}</source>
        <translation>Местное время: {time}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Repeats&lt;/i&gt;</source>
        <translation>&lt;i&gt;Повторяется&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Outcome to confirm</source>
        <translation>Итог не подтверждён</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>All day</source>
        <extracomment>Blocks are never drawn shorter than this, so a 5-minute item stays clickable and legible.</extracomment>
        <translation>Весь день</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more all-day event(s)</source>
        <translation>
            <numerusform>Ещё %n событие на весь день</numerusform>
            <numerusform>Ещё %n события на весь день</numerusform>
            <numerusform>Ещё %n событий на весь день</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>{band} (until {date})</source>
        <extracomment>Upper bounds of the density levels (events that day) and their tints of the accent colour. The height of a second legend row, when the chairmanship terms and the holiday marks do not share one.</extracomment>
        <translation>{band} (до {date})</translation>
    </message>
    <message>
        <source>{band} (from {date})</source>
        <translation>{band} (с {date})</translation>
    </message>
    <message>
        <source>Events per day:</source>
        <translation>Событий в день:</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Событий нет</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
</TS>
