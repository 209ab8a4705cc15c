<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
</TS>
