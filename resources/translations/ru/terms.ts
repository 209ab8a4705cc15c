<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CicaBody</name>
    <message>
        <source>Summit (Meeting of Heads of State or Government)</source>
        <translation>Саммит (Совещание глав государств и правительств)</translation>
    </message>
    <message>
        <source>Ministerial Council</source>
        <translation>Совет министров иностранных дел</translation>
    </message>
    <message>
        <source>Senior Officials Committee</source>
        <translation>Комитет старших должностных лиц</translation>
    </message>
    <message>
        <source>Special Working Group</source>
        <translation>Специальная рабочая группа</translation>
    </message>
    <message>
        <source>Experts Meetings</source>
        <translation>Совещания экспертов</translation>
    </message>
    <message>
        <source>Consultations of current, previous and incoming Chairs</source>
        <translation>Консультации действующего, предыдущего и следующего председателей</translation>
    </message>
    <message>
        <source>CICA Secretariat</source>
        <translation>Секретариат СВМДА</translation>
    </message>
    <message>
        <source>Business Council</source>
        <translation>Деловой совет</translation>
    </message>
    <message>
        <source>Business Forum</source>
        <translation>Бизнес-форум</translation>
    </message>
    <message>
        <source>Youth Council</source>
        <translation>Молодёжный совет</translation>
    </message>
    <message>
        <source>Think Tank Forum</source>
        <translation>Форум аналитических центров</translation>
    </message>
    <message>
        <source>Council of Eminent Persons</source>
        <translation>Совет видных деятелей</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Организация Объединённых Наций</translation>
    </message>
    <message>
        <source>Organization for Security and Co-operation in Europe</source>
        <translation>Организация по безопасности и сотрудничеству в Европе</translation>
    </message>
    <message>
        <source>League of Arab States</source>
        <translation>Лига арабских государств</translation>
    </message>
    <message>
        <source>International Organization for Migration</source>
        <translation>Международная организация по миграции</translation>
    </message>
    <message>
        <source>Parliamentary Assembly of Turkic States (TURKPA)</source>
        <translation>Парламентская ассамблея тюркских государств (ТюркПА)</translation>
    </message>
</context>
<context>
    <name>CicaBodyShort</name>
    <message>
        <source>MC</source>
        <translation>СМИД</translation>
    </message>
    <message>
        <source>SOC</source>
        <translation>КСДЛ</translation>
    </message>
    <message>
        <source>SWG</source>
        <translation>СРГ</translation>
    </message>
    <message>
        <source>TTF</source>
        <translation>ФАЦ</translation>
    </message>
    <message>
        <source>CEP</source>
        <translation>СВД</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>ООН</translation>
    </message>
    <message>
        <source>OSCE</source>
        <translation>ОБСЕ</translation>
    </message>
    <message>
        <source>LAS</source>
        <translation>ЛАГ</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>МОМ</translation>
    </message>
    <message>
        <source>TURKPA</source>
        <translation>ТюркПА</translation>
    </message>
</context>
<context>
    <name>CicaRole</name>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Chairmanship</source>
        <translation>Председательство</translation>
    </message>
    <message>
        <source>Previous chair</source>
        <translation>Предыдущий председатель</translation>
    </message>
    <message>
        <source>Current chair</source>
        <translation>Действующий председатель</translation>
    </message>
    <message>
        <source>Incoming chair</source>
        <translation>Следующий председатель</translation>
    </message>
    <message>
        <source>Troika</source>
        <translation>«Тройка»</translation>
    </message>
    <message>
        <source>next chair (to be decided)</source>
        <translation>следующий председатель (не определён)</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation>Генеральный секретарь</translation>
    </message>
    <message>
        <source>Co-coordinator</source>
        <translation>Сокоординатор</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
</context>
<context>
    <name>CicaTerm</name>
    <message>
        <source>Conference on Interaction and Confidence Building Measures in Asia</source>
        <translation>Совещание по взаимодействию и мерам доверия в Азии</translation>
    </message>
    <message>
        <source>CICA</source>
        <translation>СВМДА</translation>
    </message>
</context>
<context>
    <name>CountryName</name>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Египет</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Палестина</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>Республика Корея</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Шри-Ланка</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Объединённые Арабские Эмираты</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Вьетнам</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Индонезия</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Филиппины</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
</context>
<context>
    <name>DatePrecision</name>
    <message>
        <source>Exact day</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <source>A day between two dates</source>
        <translation>День между двумя датами</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>весь период</translation>
    </message>
    <message>
        <source>early</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>середина</translation>
    </message>
    <message>
        <source>late</source>
        <translation>конец</translation>
    </message>
</context>
<context>
    <name>EventCategory</name>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Ministerial Council</source>
        <translation>Совет министров иностранных дел</translation>
    </message>
    <message>
        <source>SOC</source>
        <translation>КСДЛ</translation>
    </message>
    <message>
        <source>SWG</source>
        <translation>СРГ</translation>
    </message>
    <message>
        <source>Business Council</source>
        <translation>Деловой совет</translation>
    </message>
    <message>
        <source>Business Forum</source>
        <translation>Бизнес-форум</translation>
    </message>
    <message>
        <source>Youth Council</source>
        <translation>Молодёжный совет</translation>
    </message>
    <message>
        <source>Think Tank Forum</source>
        <translation>Форум аналитических центров</translation>
    </message>
    <message>
        <source>Council of Eminent Persons</source>
        <translation>Совет видных деятелей</translation>
    </message>
    <message>
        <source>Ministerial Conference</source>
        <translation>Министерская конференция</translation>
    </message>
    <message>
        <source>Expert Meeting</source>
        <translation>Совещание экспертов</translation>
    </message>
    <message>
        <source>Troika Consultations</source>
        <translation>Консультации «тройки»</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Bilateral Meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Церемония</translation>
    </message>
    <message>
        <source>Cultural/Sports</source>
        <translation>Культура и спорт</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>External Conference</source>
        <translation>Внешняя конференция</translation>
    </message>
    <message>
        <source>Decision/Procedure</source>
        <translation>Решение/процедура</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Гибридный формат</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Не известно</translation>
    </message>
</context>
<context>
    <name>TaskPriority</name>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>К выполнению</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
</TS>
