<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessTexts</name>
    <message>
        <location filename="../../ui/access/texts.py" line="23"/>
        <source>International Sign</source>
        <translation>Международный жестовый язык</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="24"/>
        <source>Turkish Sign Language</source>
        <translation>Турецкий жестовый язык</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="25"/>
        <source>Russian Sign Language</source>
        <translation>Русский жестовый язык</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="26"/>
        <source>American Sign Language</source>
        <translation>Американский жестовый язык</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="27"/>
        <source>British Sign Language</source>
        <translation>Британский жестовый язык</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="28"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="29"/>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="30"/>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="31"/>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="32"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="33"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="34"/>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="40"/>
        <source>Captions in %1</source>
        <translation>Субтитры (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="47"/>
        <source>CC %1</source>
        <extracomment>a captions tag in a narrow cell; %1 is a language code such as EN</extracomment>
        <translation>СУБ %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="50"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>МЖЯ</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>advised</source>
        <translation>рекомендуемый</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="60"/>
        <source>✓ Covered</source>
        <translation>✓ Обеспечена</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="61"/>
        <source>◐ Partly covered</source>
        <translation>◐ Частично обеспечена</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="62"/>
        <source>✗ Not covered</source>
        <translation>✗ Не обеспечена</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="68"/>
        <source>%1/%2</source>
        <extracomment>units filled / units wanted, in a narrow table cell (1/2)</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="74"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="76"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="77"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="80"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="87"/>
        <source>Does not work in this language.</source>
        <translation>Не работает с этим языком.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="89"/>
        <source>Not WFD-WASLI accredited, which a high-level session needs for International Sign.</source>
        <translation>Нет аккредитации WFD-WASLI, необходимой для международного жестового языка на сессии высокого уровня.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="91"/>
        <source>Declared no availability.</source>
        <translation>Время доступности не заявлено.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="92"/>
        <source>Not available then (arrival included).</source>
        <translation>Вне заявленного времени доступности (с учётом прибытия).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="93"/>
        <source>Absent then.</source>
        <translation>В это время отсутствует.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="94"/>
        <source>Already working at an overlapping session.</source>
        <translation>Уже работает на пересекающейся сессии.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="95"/>
        <source>No time to travel from or to another room.</source>
        <translation>Не успевает перейти из другого зала или в другой зал.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="96"/>
        <source>Would pass the day&apos;s cap.</source>
        <translation>Превысит дневной лимит.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="97"/>
        <source>Would work too long without a rest.</source>
        <translation>Будет работать слишком долго без перерыва.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="98"/>
        <source>Deaf interpreter: needs a hearing feed interpreter.</source>
        <translation>Глухой переводчик: нужен слышащий подающий переводчик.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="99"/>
        <source>The slot is locked.</source>
        <translation>Слот закреплён.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="103"/>
        <source>Fits. Works %1 that day so far.</source>
        <translation>Подходит. Уже работает в этот день: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="107"/>
        <source>Fits with a hearing feed interpreter. Works %1 that day so far.</source>
        <translation>Подходит в паре со слышащим подающим переводчиком. Уже работает в этот день: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="114"/>
        <source>%1 is assigned to %2 at “%3”.</source>
        <translation>Назначение: %1 — %2, «%3».</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="119"/>
        <source>%1 is assigned to %2 at “%3”, although they do not fit:</source>
        <translation>Назначение: %1 — %2, «%3», хотя исполнитель не подходит:</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="124"/>
        <source>%1 at “%2” is open again.</source>
        <translation>Слот снова свободен: %1, «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="127"/>
        <source>%1 at “%2” is locked: every later solve keeps it.</source>
        <translation>Слот закреплён: %1, «%2». Последующие расчёты его не изменят.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="130"/>
        <source>%1 at “%2” is unlocked: a solve may change it.</source>
        <translation>Слот откреплён: %1, «%2». Расчёт может его изменить.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="136"/>
        <source>This device may not change assignments: only coordinator and admin devices may.</source>
        <translation>Это устройство не может менять назначения: это могут только устройства координаторов и администраторов.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="138"/>
        <source>The slot is locked. Unlock it (L) before changing it.</source>
        <translation>Слот закреплён. Открепите его (L), прежде чем изменять.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="139"/>
        <source>This slot is no longer needed: the session changed.</source>
        <translation>Этот слот больше не нужен: сессия изменилась.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="140"/>
        <source>This provider is no longer in the event.</source>
        <translation>Этого исполнителя больше нет в мероприятии.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="142"/>
        <source>Interpreters take sign-language slots and captioners take caption slots.</source>
        <translation>Слоты жестового языка — для переводчиков, слоты субтитров — для субтитровщиков.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="144"/>
        <source>A provider cannot feed themselves.</source>
        <translation>Исполнитель не может быть подающим сам для себя.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="146"/>
        <source>Some of these slots changed since the solve started. Solve again.</source>
        <translation>Некоторые из этих слотов изменились после начала расчёта. Запустите расчёт снова.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="148"/>
        <source>The change was not made (%1).</source>
        <translation>Изменение не внесено (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="152"/>
        <source>%1, slot %2</source>
        <translation>%1, слот %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="157"/>
        <source>The proposal changes %n slot(s).</source>
        <translation>
            <numerusform>Предложение меняет %n слот.</numerusform>
            <numerusform>Предложение меняет %n слота.</numerusform>
            <numerusform>Предложение меняет %n слотов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="161"/>
        <source>Required units filled: %1 of %2. Advised units filled: %3 of %4.</source>
        <translation>Обязательные позиции: заполнено %1 из %2. Рекомендуемые позиции: заполнено %3 из %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="170"/>
        <source>Largest load of one provider: %1 on one day, %2 over the whole event.</source>
        <translation>Наибольшая нагрузка одного исполнителя: %1 за день, %2 за всё мероприятие.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="177"/>
        <source>Stopped: this is the best plan found before the stop.</source>
        <translation>Остановлено: это лучший план, найденный до остановки.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="179"/>
        <source>A quick plan (the optimiser did not run to the end).</source>
        <translation>Быстрый план (оптимизация не доведена до конца).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="181"/>
        <source>The best plan: no plan covers more.</source>
        <translation>Лучший план: ни один другой план не покрывает больше.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="182"/>
        <source>A good plan found within the time limit.</source>
        <translation>Хороший план, найденный в пределах лимита времени.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="185"/>
        <source>Accepted: %n slot(s) changed.</source>
        <translation>
            <numerusform>Принято: изменён %n слот.</numerusform>
            <numerusform>Принято: изменено %n слота.</numerusform>
            <numerusform>Принято: изменено %n слотов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessWorkspace</name>
    <message>
        <location filename="../../ui/access/workspace.py" line="114"/>
        <source>Access services</source>
        <translation>Услуги доступности</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="121"/>
        <source>&amp;Solve</source>
        <translation>Рассчитать (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="127"/>
        <source>%v of %m required</source>
        <translation>%v из %m обязательных</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="128"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="180"/>
        <source>Drag a provider onto a slot to assign them.</source>
        <translation>Чтобы назначить исполнителя, перетащите его на слот.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="209"/>
        <source>Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.</source>
        <translation>Синий: жестовый язык; фиолетовый: субтитры; бледнее: подача глухому переводчику; ⚑ и толстая рамка: закреплено; штриховка: переход (красная, если времени мало); красное подчёркивание: слишком долго без перерыва. Часы с 07:00 до 21:00.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="228"/>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="229"/>
        <source>Providers</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="230"/>
        <source>Unmet demand</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="231"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="236"/>
        <source>Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve</source>
        <translation>Enter: назначить · Delete: освободить · L: закрепить или открепить · перетащите исполнителя на слот · Ctrl+PgUp / Ctrl+PgDown: день · Alt+S: рассчитать · Esc: остановить расчёт</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="265"/>
        <source>Choose a session, then a slot: Enter assigns, L locks.</source>
        <translation>Выберите сессию, затем слот: Enter — назначить, L — закрепить.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="305"/>
        <source>Read only: this device&apos;s role cannot change assignments; only coordinators do.</source>
        <translation>Только просмотр: роль этого устройства не позволяет менять назначения; это могут только координаторы.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="311"/>
        <source>Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.</source>
        <translation>Предпросмотр: сетка показывает план таким, каким его сделает предложение. Прежде чем менять слоты вручную, примите или отклоните предложение (вкладка «Предложение»).</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="359"/>
        <source>Choose a session to see its slots.</source>
        <translation>Выберите сессию, чтобы увидеть её слоты.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="363"/>
        <source>“%1” — %2, %3. %4.</source>
        <translation>«%1» — %2, %3. %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="436"/>
        <source>Accept or discard the proposal first (Proposal tab).</source>
        <translation>Сначала примите или отклоните предложение (вкладка «Предложение»).</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="467"/>
        <source>Who takes %1 at “%2”?</source>
        <translation>Кого назначить? %1, «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="548"/>
        <source>Solving… Esc stops it and keeps the best plan found so far.</source>
        <translation>Идёт расчёт… Esc — остановить и оставить лучший найденный план.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="556"/>
        <source>A first plan is made.</source>
        <translation>Первый план готов.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="557"/>
        <source>Covering as many units as possible…</source>
        <translation>Заполнение как можно большего числа позиций…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="558"/>
        <source>Evening out the loads…</source>
        <translation>Выравнивание нагрузки…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="559"/>
        <source>Finishing…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="567"/>
        <source>Stopping the solve…</source>
        <translation>Остановка расчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="581"/>
        <source>The solve found nothing to change.</source>
        <translation>Расчёт завершён: изменять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="593"/>
        <source>The solve failed: %1</source>
        <translation>Ошибка расчёта: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="621"/>
        <source>The proposal was discarded; nothing changed.</source>
        <translation>Предложение отклонено; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="43"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44"/>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46"/>
        <source>VIP / head of delegation</source>
        <translation>VIP / глава делегации</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48"/>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="49"/>
        <source>Exhibitor</source>
        <translation>Экспонент</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="50"/>
        <source>Security</source>
        <translation>Охрана</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="59"/>
        <source>Sign language (%1)</source>
        <translation>Жестовый язык (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64"/>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66"/>
        <source>Step-free access</source>
        <translation>Доступ без ступеней</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="68"/>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83"/>
        <source>Latin name</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="87"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="88"/>
        <source>Check-in</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="204"/>
        <source>In</source>
        <extracomment>check-in column: the attendee has checked in</extracomment>
        <translation>На месте</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207"/>
        <source>Not yet</source>
        <extracomment>check-in column: the attendee has not checked in yet</extracomment>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="211"/>
        <source>Hold</source>
        <extracomment>check-in column: a security hold is set on this attendee (a noun)</extracomment>
        <translation>Блокировка</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="67"/>
        <source>Name, organization, country or code</source>
        <translation>Имя, организация, страна или код</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="72"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="76"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80"/>
        <source>Any needs</source>
        <translation>Любые потребности</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82"/>
        <source>Has a need</source>
        <translation>Есть потребность</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83"/>
        <source>Sign language</source>
        <translation>Жестовый язык</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="84"/>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="85"/>
        <source>Step-free access</source>
        <translation>Доступ без ступеней</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="86"/>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="90"/>
        <source>Checked in or not</source>
        <translation>Прибыли или нет</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91"/>
        <source>Checked in</source>
        <translation>Прибыли</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92"/>
        <source>Not checked in</source>
        <translation>Не прибыли</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="95"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="96"/>
        <source>Accessibility need</source>
        <translation>Потребность в доступности</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="97"/>
        <source>Check-in state</source>
        <translation>Статус прибытия</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="231"/>
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>По запросу «%1» с этими фильтрами никто не найден. Проверьте написание, введите часть имени или нажмите Esc, чтобы сбросить поиск и фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="254"/>
        <source>The scanned code is not a badge or a registration code of this event.</source>
        <translation>Отсканированный код — не бейдж и не код регистрации этого мероприятия.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="127"/>
        <source>Open layout file…</source>
        <translation>Открыть файл макета…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="142"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="144"/>
        <source>Sample</source>
        <translation>Образец</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="184"/>
        <source>Badge layout</source>
        <translation>Макет бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="185"/>
        <source>Badge layouts (*.json)</source>
        <translation>Макеты бейджей (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="208"/>
        <source>This layout cannot be used:</source>
        <translation>Этот макет нельзя использовать:</translation>
    </message>
</context>
<context>
    <name>BadgesWorkspace</name>
    <message>
        <location filename="../../ui/badges/workspace.py" line="89"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="90"/>
        <source>4×6 in</source>
        <translation>4×6 дюйма</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="91"/>
        <source>CR80 card</source>
        <translation>Карта CR80</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="92"/>
        <source>54×90 mm label</source>
        <translation>Этикетка 54×90 мм</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="93"/>
        <source>4×A6 on A4</source>
        <translation>4×A6 на A4</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="94"/>
        <source>A6, EN + AZ</source>
        <comment>layout: category in English and Azerbaijani</comment>
        <translation>A6, EN + AZ</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="109"/>
        <source>Whose name the preview shows</source>
        <translation>Чьё имя показано в предпросмотре</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="111"/>
        <source>Name or registration code, then Enter</source>
        <translation>Имя или код регистрации, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="121"/>
        <source>Layout and preview</source>
        <translation>Макет и предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="127"/>
        <source>&amp;Layout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="128"/>
        <source>&amp;Sample</source>
        <translation>&amp;Образец</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="129"/>
        <source>Find &amp;attendee</source>
        <translation>Найти &amp;участника</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="164"/>
        <source>Every script</source>
        <translation>Все виды письма</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="169"/>
        <source>Latin, diacritics</source>
        <translation>Латиница с диакритикой</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="170"/>
        <source>Arabic</source>
        <translation>Арабское письмо</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="171"/>
        <source>Devanagari</source>
        <translation>Деванагари</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="172"/>
        <source>Chinese</source>
        <translation>Китайское письмо</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="218"/>
        <source>Attendee: %1</source>
        <translation>Участник: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="222"/>
        <source>Demo: %1</source>
        <translation>Демо: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="293"/>
        <source>No badge issued yet: this QR code is only a sample.</source>
        <translation>Бейдж ещё не оформлен: этот QR-код — только образец.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="309"/>
        <source>No attendee matches “%1”.</source>
        <translation>По запросу «%1» участники не найдены.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/streams/model.py" line="86"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="87"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="88"/>
        <source>On air now</source>
        <translation>Сейчас в эфире</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="90"/>
        <source>Next</source>
        <extracomment>column header: the next session planned on the channel</extracomment>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="91"/>
        <source>Captions · sign</source>
        <translation>Субтитры · сурдо</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="145"/>
        <source>this device</source>
        <translation>это устройство</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="151"/>
        <source>by %1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="163"/>
        <source>LATE %1 min</source>
        <translation>ЗАДЕРЖКА %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="166"/>
        <source>OVERRUN %1 min</source>
        <translation>ПРЕВЫШЕНИЕ %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="168"/>
        <source>CLASH</source>
        <translation>КОНФЛИКТ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="179"/>
        <source>DO NOT STREAM</source>
        <translation>НЕ ТРАНСЛИРОВАТЬ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="191"/>
        <source>%1 · pre-roll in %2</source>
        <translation>%1 · подготовка к эфиру через %2</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="196"/>
        <source>%1 · in pre-roll</source>
        <translation>%1 · подготовка к эфиру</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>CC %1</source>
        <extracomment>CC = closed captions; %1: language codes such as EN FR</extracomment>
        <translation>СУБ %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>No captions</source>
        <translation>Без субтитров</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>Sign: %1</source>
        <translation>Сурдо: %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>No sign</source>
        <translation>Без сурдо</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="216"/>
        <source>NO CC %1</source>
        <extracomment>short alert chip: captions in languages %1 are required but missing from the stream</extracomment>
        <translation>НЕТ СУБ %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="221"/>
        <source>NO SIGN %1</source>
        <extracomment>short alert chip: sign language %1 (codes such as IS, ASL) is required but missing from the stream</extracomment>
        <translation>НЕТ СУРДО %1</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="425"/>
        <source>— open —</source>
        <translation>— свободен —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="428"/>
        <source>%1 with feed %2</source>
        <translation>%1 (подающий: %2)</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="384"/>
        <source>Release…</source>
        <translation>Опубликовать…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="386"/>
        <source>Publish the schedule as its next version</source>
        <translation>Опубликовать программу как новую версию</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="406"/>
        <source>Never released. Every scheduled session is new.</source>
        <translation>Ещё не публиковалась. Все запланированные сессии — новые.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="413"/>
        <source>Version %1, released %2.</source>
        <translation>Версия %1, опубликована %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="415"/>
        <source>%n change(s) since then.</source>
        <translation>
            <numerusform>С тех пор %n изменение.</numerusform>
            <numerusform>С тех пор %n изменения.</numerusform>
            <numerusform>С тех пор %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="418"/>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="419"/>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="420"/>
        <source>Moved</source>
        <translation>Перенесена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="421"/>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="292"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="294"/>
        <source>Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)</source>
        <translation>Сохранить диаграмму в PNG (Ctrl+S) или CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="299"/>
        <source>Save as PNG…</source>
        <translation>Сохранить в PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="300"/>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="346"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="350"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="353"/>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="129"/>
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <translation>Отсканируйте бейдж — сканер работает при любом положении курсора</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="210"/>
        <source>Entry gate · %1</source>
        <translation>Пункт входа · %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="212"/>
        <source>zone %1</source>
        <translation>зона %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="213"/>
        <source>F10: desk settings</source>
        <translation>F10: настройки стойки</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="215"/>
        <source>none (PDF files)</source>
        <translation>нет (файлы PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="217"/>
        <source>Badge pickup · %1 · printer: %2</source>
        <translation>Выдача бейджей · %1 · принтер: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="224"/>
        <source>PDF files go to %1</source>
        <translation>Файлы PDF сохраняются в %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="228"/>
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation>Ctrl+F имя · F2 перепечатать · F3 отменить · F4 печать · F10 настройки · Esc к скану</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="347"/>
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation>Не удалось записать скан (%1) — отсканируйте ещё раз; если ошибка повторится, позовите руководителя.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="426"/>
        <source>Entries today: %1</source>
        <translation>Проходов сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="433"/>
        <source>%1 s per attendee</source>
        <translation>%1 с на участника</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="435"/>
        <source>— s per attendee</source>
        <translation>— с на участника</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="438"/>
        <source>Today %1 · This hour %2 · %3</source>
        <translation>Сегодня %1 · За этот час %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="487"/>
        <source>Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.</source>
        <translation>Не напечатано (glyph_missing): ни один шрифт на этой стойке не может напечатать %1. Заполните бейдж от руки и сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="495"/>
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation>Ошибка печати (%1) — устраните неполадку принтера и нажмите F4 для повторной печати.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="504"/>
        <source>Badge %1 sent to %2</source>
        <translation>Бейдж %1 отправлен на печать: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="510"/>
        <source>Badge saved as %1</source>
        <translation>Бейдж сохранён как %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="541"/>
        <source>Scan or find the person first, then F2.</source>
        <translation>Сначала отсканируйте или найдите человека, затем нажмите F2.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="552"/>
        <source>Nothing to undo: scan or find the person first.</source>
        <translation>Нечего отменять: сначала отсканируйте или найдите человека.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="597"/>
        <source>Check-in undone: %1</source>
        <translation>Отметка о прибытии отменена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="603"/>
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation>Эта стойка не может оформить новый бейдж (нет ключа подписи стойки): направьте человека на стойку помощи.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="606"/>
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation>Уже напечатан — для повторной печати нажмите F2 и укажите причину.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="607"/>
        <source>This person has no valid badge on this desk.</source>
        <translation>На этой стойке у этого человека нет действительного бейджа.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="608"/>
        <source>That check-in was already undone.</source>
        <translation>Эта отметка о прибытии уже отменена.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../ui/schedule/messages.py" line="105"/>
        <location filename="../../ui/schedule/messages.py" line="376"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="112"/>
        <source>speaker %1</source>
        <translation>докладчик %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="117"/>
        <source>not placed</source>
        <translation>не размещена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="122"/>
        <source>off the grid</source>
        <translation>вне сетки</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="124"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="141"/>
        <location filename="../../ui/schedule/messages.py" line="230"/>
        <location filename="../../ui/schedule/messages.py" line="264"/>
        <source>none that day</source>
        <translation>в этот день нет</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="156"/>
        <source>Rule “%1” found a problem with %2.</source>
        <translation>Правило «%1» выявило проблему: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="204"/>
        <source>%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.</source>
        <translation>%1 (%2) и %3 (%4) пересекаются на %5 мин в зале %6. Перенесите или сократите одну из сессий.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="215"/>
        <source>%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.</source>
        <translation>%1 начинается через %2 мин после окончания %3 в зале %4, а на подготовку зала нужно %5 мин. Перенесите одну из сессий или сократите первую.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="235"/>
        <source>%1 (%2) is outside the times %3 is available (%4). Move it, or change the room&apos;s availability.</source>
        <translation>%1 (%2) выходит за часы доступности зала %3 (%4). Перенесите сессию или измените часы доступности зала.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="248"/>
        <source>%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.</source>
        <translation>%1 выступает на сессиях %2 (%3) и %4 (%5), которые пересекаются на %6 мин. Перенесите одну из сессий или измените состав докладчиков.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="269"/>
        <source>%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.</source>
        <translation>%1: время сессии %2 (%3) недоступно; доступное время: %4. Перенесите сессию или уточните у докладчика.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="304"/>
        <source>%1 expected</source>
        <translation>ожидается: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="319"/>
        <source>%1: %2, on air %3 (%4 min before, %5 after)</source>
        <translation>%1: %2, эфир %3 (%4 мин до, %5 после)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="339"/>
        <source>Marked do-not-stream (closed door)</source>
        <translation>Отмечена «без трансляции» (закрытое заседание)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="363"/>
        <source>%1 seats</source>
        <translation>мест: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="365"/>
        <source>%1 min to change over</source>
        <translation>%1 мин на подготовку зала</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="386"/>
        <source>overlaps %1 by %2 min</source>
        <translation>пересекается с %1 на %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="281"/>
        <source>%1 expects %2 people; %3 has %4 seats. Move it to a larger room.</source>
        <translation>%1: ожидается %2 чел., а в зале %3 мест: %4. Перенесите сессию в зал побольше.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="390"/>
        <source>%1 min before %2; the room needs %3 min to change over</source>
        <translation>%1 мин до %2; залу нужно %3 мин на подготовку</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="392"/>
        <source>%1 min after %2; the room needs %3 min to change over</source>
        <translation>через %1 мин после %2; на подготовку зала нужно %3 мин</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="398"/>
        <source>%1 is closed then</source>
        <translation>зал %1 в это время закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="401"/>
        <source>%1 also speaks in %2</source>
        <translation>%1 также выступает на сессии %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="405"/>
        <source>%1 is not available then</source>
        <translation>%1: это время недоступно</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="409"/>
        <source>%1 expected, %2 seats</source>
        <translation>ожидается: %1, мест: %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="413"/>
        <source>overlaps %1 on %2 by %3 min, rolls included</source>
        <translation>пересекается с %1 на канале %2 на %3 мин с учётом запаса времени</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="420"/>
        <source>streamed, but %1 has no stream encoder</source>
        <translation>транслируется, но в зале %1 нет кодера</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="425"/>
        <source>do-not-stream, but planned on %1</source>
        <translation>«без трансляции», но запланирована на канале %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="430"/>
        <source>its stream on %1 lacks captions or sign language it requires</source>
        <translation>в её трансляции на канале %1 нет нужных субтитров или сурдоперевода</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="441"/>
        <source>this device</source>
        <translation>это устройство</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="442"/>
        <source>device %1</source>
        <translation>устройство %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="448"/>
        <source>Your move of %1 (%2) lost to %3&apos;s move (%4).</source>
        <translation>Ваш перенос %1 (%2) уступил другому: %3 — %4.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="455"/>
        <source>%1&apos;s move of %2 (%3) lost to %4&apos;s move (%5).</source>
        <translation>%1: перенос %2 (%3) уступил другому: %4 — %5.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="465"/>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="466"/>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="467"/>
        <source>moved</source>
        <translation>перенесена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="468"/>
        <source>edited</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="471"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="476"/>
        <source>This session no longer exists in this event.</source>
        <translation>Этой сессии больше нет в мероприятии.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="477"/>
        <source>This room no longer exists in this event.</source>
        <translation>Этого зала больше нет в мероприятии.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="478"/>
        <source>This session has no default length: give its end time.</source>
        <translation>У этой сессии нет продолжительности по умолчанию: укажите время окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="481"/>
        <source>A session becomes released only when a release publishes it.</source>
        <translation>Статус «Опубликована» сессия получает только при публикации программы.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="479"/>
        <source>A session ends after it starts and lasts at most 24 hours.</source>
        <translation>Сессия должна заканчиваться позже, чем начинается, и длиться не более 24 часов.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="480"/>
        <source>Place the session in a room and time before scheduling it.</source>
        <translation>Прежде чем запланировать сессию, назначьте ей зал и время.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="482"/>
        <source>That status cannot be set by hand.</source>
        <translation>Этот статус нельзя установить вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="484"/>
        <source>No session is placed and scheduled: schedule sessions first.</source>
        <translation>Нет размещённых и запланированных сессий: сначала запланируйте сессии.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="486"/>
        <source>The schedule is exactly what the last release published.</source>
        <translation>Программа не изменилась после последней публикации.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="487"/>
        <source>A session holds too much text to be released.</source>
        <translation>В одной из сессий слишком много текста для публикации.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="489"/>
        <source>Blocking conflicts stand: fix them, or lower their rule&apos;s severity, before releasing.</source>
        <translation>Остаются блокирующие конфликты: перед публикацией устраните их или понизьте критичность их правила.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="493"/>
        <source>This device&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Сейчас не удаётся записать данные в базу этого устройства. Повторите попытку; если ошибка не исчезнет, позовите руководителя.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="500"/>
        <source>Refused (%1).</source>
        <translation>Отклонено (%1).</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="252"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="253"/>
        <source>All severities</source>
        <translation>Любая критичность</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="258"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="259"/>
        <location filename="../../ui/schedule/panels.py" line="319"/>
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="273"/>
        <source>Moves that lost to another coordinator&apos;s move</source>
        <translation>Переносы, уступившие переносам других координаторов</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="280"/>
        <source>Re-apply</source>
        <translation>Применить снова</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="281"/>
        <source>Put the session back where the lost move put it</source>
        <translation>Вернуть сессию туда, куда её поместил отменённый перенос</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="283"/>
        <source>Dismiss</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="284"/>
        <source>Keep the session where it is and mark this resolved</source>
        <translation>Оставить сессию на месте и отметить вопрос как решённый</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="325"/>
        <source>%n conflict(s) block the release</source>
        <translation>
            <numerusform>%n конфликт блокирует публикацию</numerusform>
            <numerusform>%n конфликта блокируют публикацию</numerusform>
            <numerusform>%n конфликтов блокируют публикацию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="326"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="328"/>
        <source>%1 · %2</source>
        <extracomment>two counts side by side (&quot;3 conflicts block the release · 5 warnings&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="332"/>
        <source>Lost placement</source>
        <translation>Отменённое размещение</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="90"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="91"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="92"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="93"/>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="94"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="97"/>
        <source>e.g. spelling as in the passport</source>
        <translation>например, написание как в паспорте</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="98"/>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="103"/>
        <source>Save correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="106"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="160"/>
        <source>Type a given name or a family name.</source>
        <translation>Введите имя или фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="163"/>
        <source>Say why you are correcting this record.</source>
        <translation>Укажите, почему вы исправляете эту запись.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="89"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="90"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="91"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="92"/>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="93"/>
        <source>Services filled</source>
        <translation>Заполнение услуг</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="125"/>
        <source>%1: %2 of %3 units filled (%4 required).</source>
        <translation>%1: позиций заполнено %2 из %3 (обязательных: %4).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="66"/>
        <source>Desk area</source>
        <translation>Зона стоек</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="68"/>
        <source>Open</source>
        <extracomment>column header: how many of the area&apos;s check-in desks are open now</extracomment>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="70"/>
        <source>Load</source>
        <extracomment>column header: the share of the open desks&apos; capacity in use (a percentage)</extracomment>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="72"/>
        <source>Waiting</source>
        <extracomment>column header: people estimated waiting in the queue now</extracomment>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="74"/>
        <source>Wait now</source>
        <extracomment>column header: how long a person joining the queue now waits</extracomment>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="76"/>
        <source>Worst, 30 min</source>
        <extracomment>column header: the longest wait forecast over the next 30 minutes</extracomment>
        <translation>Макс. за 30 мин</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="166"/>
        <source>Why</source>
        <extracomment>heading above the list of probable causes (slow scanners, failing printers, silent devices)</extracomment>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="168"/>
        <source>No slow desk, failing printer or silent device found.</source>
        <translation>Медленных стоек, сбоящих принтеров и молчащих устройств не обнаружено.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="180"/>
        <source>%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.</source>
        <translation>%1: в очереди %2, ожидание сейчас %3, в ближайшие %5 мин — до %4.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="192"/>
        <source>No desk area is expected to wait over %1 min.</source>
        <translation>Ни в одной зоне ожидание не превысит %1 мин.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="196"/>
        <source>At %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="198"/>
        <source>At %1 (the last recorded activity)</source>
        <translation>На %1 (последняя зафиксированная активность)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="209"/>
        <source>%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible</source>
        <translation>Открыто стоек: %1 из %2; %3 с на человека; обслуживается %4 чел./мин (максимум %5)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="218"/>
        <source>Idle: %1</source>
        <translation>Простаивают: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="227"/>
        <source>no end</source>
        <translation>бесконечно</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="229"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="230"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="240"/>
        <source>Open these desks: %1.</source>
        <translation>Откройте стойки: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="246"/>
        <source>Move %n volunteer(s) from %1.</source>
        <translation>
            <numerusform>Переведите %n волонтёра из %1.</numerusform>
            <numerusform>Переведите %n волонтёров из %1.</numerusform>
            <numerusform>Переведите %n волонтёров из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="251"/>
        <source>Call %n more staff.</source>
        <translation>
            <numerusform>Вызовите ещё %n сотрудника.</numerusform>
            <numerusform>Вызовите ещё %n сотрудников.</numerusform>
            <numerusform>Вызовите ещё %n сотрудников.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="253"/>
        <source>The wait then falls to %1.</source>
        <translation>Тогда ожидание сократится до %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="260"/>
        <source>%1: scans take %2 ms (most desks %3 ms) — check its scanner</source>
        <translation>%1: сканирование занимает %2 мс (на большинстве стоек %3 мс) — проверьте сканер</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="267"/>
        <source>%1: %2 s per person (its area %3 s)</source>
        <translation>%1: %2 с на человека (в среднем по зоне %3 с)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="274"/>
        <source>%1: %2% of prints failed — check the printer</source>
        <translation>%1: сбой печати в %2% случаев — проверьте принтер</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="279"/>
        <source>%1: not synced for %2 min — check its network</source>
        <translation>%1: нет синхронизации %2 мин — проверьте сеть</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="105"/>
        <source>Ready — scan a badge or find a name</source>
        <translation>Готово — отсканируйте бейдж или найдите имя</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="109"/>
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation>Сканер работает при любом положении курсора. Ctrl+F: поиск по имени · F2: перепечатать · F3: отменить · F10: настройки стойки</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="120"/>
        <source>Check in this person?</source>
        <translation>Отметить прибытие этого человека?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="122"/>
        <source>Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.</source>
        <translation>Enter — отметить · Esc — отмена. Код регистрации %1 найден по имени или коду, а не по бейджу: проверьте документ с фото.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="126"/>
        <source>Already picked up: Enter shows when and where.</source>
        <translation>Бейдж уже выдан: Enter покажет, когда и где.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="143"/>
        <source>First pickup: %1 at %2</source>
        <translation>Первая выдача: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="145"/>
        <source>another desk</source>
        <translation>другая стойка</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="150"/>
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation>Выдан несколько раз, пока стойки были без связи, — сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="155"/>
        <source>The scanner types for another keyboard layout (%1 read as US): set it to this desk&apos;s layout.</source>
        <translation>Сканер настроен на другую раскладку клавиатуры (%1 прочитано как US): переключите его на раскладку этой стойки.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="162"/>
        <source>This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.</source>
        <translation>Бейдж оформлен после последней синхронизации этой стойки: проверка выполнена по указанному в нём человеку. Перепечатать его здесь можно после следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="186"/>
        <source>⚑ %1 — call the protocol officer</source>
        <translation>⚑ %1 — позовите сотрудника протокола</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="193"/>
        <source>Sign language: %1</source>
        <translation>Жестовый язык: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="195"/>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197"/>
        <source>Step-free access</source>
        <translation>Доступ без ступеней</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="199"/>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="201"/>
        <source>Access needs: %1</source>
        <translation>Потребности в доступности: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="208"/>
        <source>PARTICIPANT</source>
        <translation>УЧАСТНИК</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="209"/>
        <source>SPEAKER</source>
        <translation>ДОКЛАДЧИК</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210"/>
        <source>MEDIA</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="211"/>
        <source>VIP / HEAD OF DELEGATION</source>
        <translation>VIP / ГЛАВА ДЕЛЕГАЦИИ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="212"/>
        <source>STAFF</source>
        <translation>ПЕРСОНАЛ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="213"/>
        <source>VOLUNTEER</source>
        <translation>ВОЛОНТЁР</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214"/>
        <source>EXHIBITOR</source>
        <translation>ЭКСПОНЕНТ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="215"/>
        <source>SECURITY</source>
        <translation>ОХРАНА</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="223"/>
        <source>Printing the badge — hand it over.</source>
        <translation>Бейдж печатается — выдайте его.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="225"/>
        <source>Badge already printed — hand it over.</source>
        <translation>Бейдж уже напечатан — выдайте его.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="228"/>
        <source>Found by name or code: check a photo ID.</source>
        <translation>Найден по имени или коду: проверьте документ с фото.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="229"/>
        <source>✔ Admitted</source>
        <translation>✔ Допуск разрешён</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="231"/>
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation>Проверьте документ с фото. Новый бейдж — только с причиной (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="233"/>
        <source>The badge never printed: F4 prints it now.</source>
        <translation>Бейдж не был напечатан: F4 — напечатать сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="234"/>
        <source>● Already picked up</source>
        <translation>● Бейдж уже выдан</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="237"/>
        <source>✘ Refused — badge revoked</source>
        <translation>✘ Отказ — бейдж отозван</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="238"/>
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation>Заявлен как утерянный или заменён. Проверьте документ с фото; направьте на стойку помощи.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="241"/>
        <source>✘ Refused — unknown badge</source>
        <translation>✘ Отказ — неизвестный бейдж</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="242"/>
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation>Неизвестен на этой стойке. Проверьте состояние синхронизации или найдите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="245"/>
        <source>✘ Refused — forged or damaged code</source>
        <translation>✘ Отказ — поддельный или повреждённый код</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="246"/>
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation>Не выдавайте бейдж. Позовите руководителя.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="249"/>
        <source>✘ Refused — badge of another event</source>
        <translation>✘ Отказ — бейдж другого мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="250"/>
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation>Попросите подтверждение регистрации на WUF или найдите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="253"/>
        <source>✘ Not a badge code</source>
        <translation>✘ Это не код бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="254"/>
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation>Отсканируйте QR-код на подтверждении или бейдже либо найдите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="257"/>
        <source>✘ Refused — security hold</source>
        <translation>✘ Отказ — блокировка службой безопасности</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="258"/>
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation>Не выдавайте бейдж. Позовите руководителя службы безопасности.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="192"/>
        <source>Select an attendee to see their details.</source>
        <translation>Выберите участника, чтобы увидеть сведения о нём.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="214"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="215"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="216"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="217"/>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="218"/>
        <source>Check-in</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="219"/>
        <source>Corrected</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="229"/>
        <source>Correct name or category (Enter)</source>
        <translation>Исправить имя или категорию (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="276"/>
        <source>No note recorded.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="277"/>
        <source>⚑ Attention: %1</source>
        <translation>⚑ Внимание: %1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279"/>
        <source>Security hold: send to the supervisor desk.</source>
        <translation>Блокировка службой безопасности: направьте к стойке руководителя.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="284"/>
        <source>None declared</source>
        <translation>Не заявлены</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="293"/>
        <source>Not issued yet</source>
        <translation>Ещё не оформлен</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="296"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="297"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="298"/>
        <source>reported lost</source>
        <translation>заявлен как утерянный</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="301"/>
        <source>No. %1 · %2 · issued %3</source>
        <translation>№ %1 · %2 · оформлен %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="311"/>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="313"/>
        <location filename="../../ui/attendees/detail.py" line="325"/>
        <source>unknown desk</source>
        <translation>неизвестная стойка</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="317"/>
        <source>Never</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="323"/>
        <source>Not checked in</source>
        <translation>Прибытие не отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="328"/>
        <source>Checked in %1 at %2</source>
        <translation>Прибытие отмечено: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="337"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n повторная выдача отмечена для руководителей</numerusform>
            <numerusform>%n повторные выдачи отмечены для руководителей</numerusform>
            <numerusform>%n повторных выдач отмечено для руководителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="344"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n выдача отменена</numerusform>
            <numerusform>%n выдачи отменены</numerusform>
            <numerusform>%n выдач отменено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="366"/>
        <source>Only an administrator changes the category</source>
        <translation>Категорию может изменить только администратор</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="389"/>
        <location filename="../../ui/attendees/detail.py" line="394"/>
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>Не сохранено (%1). Запись не изменена.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="400"/>
        <source>Not saved: this desk&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Не сохранено: сейчас не удаётся записать данные в базу этой стойки. Повторите попытку; если ошибка не исчезнет, позовите руководителя.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="406"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="411"/>
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>Исправление сохранено на этой стойке и будет синхронизировано автоматически.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="231"/>
        <source>Session details</source>
        <translation>Сведения о сессии</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="235"/>
        <source>This session no longer exists in this event.</source>
        <translation>Этой сессии больше нет в мероприятии.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="244"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="247"/>
        <location filename="../../ui/schedule/dialogs.py" line="280"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="249"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="251"/>
        <source>%1 expected</source>
        <translation>ожидается: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="253"/>
        <source>%1 seats</source>
        <translation>мест: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="254"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="255"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="259"/>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="263"/>
        <source>No conflict.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="265"/>
        <source>Conflicts:</source>
        <translation>Конфликты:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Move to…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Place…</source>
        <translation>Разместить…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="276"/>
        <source>Take off the grid</source>
        <translation>Убрать с сетки</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="289"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DropPreview</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="210"/>
        <source>Drop here: no conflict.</source>
        <translation>Сюда: конфликтов нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="213"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>Сюда: %n конфликт</numerusform>
            <numerusform>Сюда: %n конфликта</numerusform>
            <numerusform>Сюда: %n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="223"/>
        <source>… and %1 more.</source>
        <translation>… и ещё %1.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="43"/>
        <source>Enrol this desk</source>
        <translation>Привязать стойку</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="46"/>
        <source>Enrol this desk with the hub</source>
        <translation>Привязать стойку к серверу</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="50"/>
        <source>Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.</source>
        <translation>Отсканируйте QR-код привязки сканером штрихкодов или вставьте текст привязки, выведенный командой `wufops enrol` на сервере, затем нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="60"/>
        <source>Venue CA file (only for wss:// hubs)</source>
        <translation>Файл CA площадки (только для серверов wss://)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="61"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="75"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="82"/>
        <source>This desk&apos;s data: %1</source>
        <translation>Данные стойки: %1</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>Venue CA</source>
        <translation>CA площадки</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>PEM files (*.pem)</source>
        <translation>Файлы PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="133"/>
        <location filename="../../ui/enrolment/panel.py" line="154"/>
        <source>Connecting to the hub…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="149"/>
        <source>Downloading the event from the hub (as %1)…</source>
        <translation>Загрузка мероприятия с сервера (как %1)…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="169"/>
        <source>Done — opening the desk.</source>
        <translation>Готово — открываем стойку.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="182"/>
        <source>Paste or scan the enrolment text first.</source>
        <translation>Сначала вставьте или отсканируйте текст привязки.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="184"/>
        <source>That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.</source>
        <translation>Это не текст привязки (он начинается с wufops-enrol:). Отсканируйте QR-код привязки ещё раз или вставьте весь текст.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="188"/>
        <source>The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.</source>
        <translation>Текст привязки обрезан. Вставьте весь текст или получите новый командой `wufops enrol`.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="192"/>
        <source>The hub address must start with ws:// or wss://. Print a new enrolment.</source>
        <translation>Адрес сервера должен начинаться с ws:// или wss://. Создайте новую привязку.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="195"/>
        <source>Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.</source>
        <translation>Нет связи с сервером. Проверьте сетевой кабель или Wi-Fi и убедитесь, что сервер работает, затем нажмите Enter для повтора.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="199"/>
        <source>The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.</source>
        <translation>Сервер не знает этот токен. Привяжите стойку на сервере заново (`wufops enrol`) и отсканируйте новый код.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="203"/>
        <source>This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).</source>
        <translation>Эта привязка отозвана на сервере. Запросите новую (`wufops enrol`).</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="205"/>
        <source>This desk&apos;s data belongs to another device. Call IT.</source>
        <translation>Данные этой стойки принадлежат другому устройству. Обратитесь в ИТ-службу.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="207"/>
        <source>A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.</source>
        <translation>Для сервера wss:// нужен файл CA площадки: выберите его через «Обзор…», затем нажмите «Подключить».</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="210"/>
        <source>The hub&apos;s certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.</source>
        <translation>Сертификат сервера выдан не тем CA площадки, что указан в привязке. Обратитесь в ИТ-службу; не привязывайте стойку заново наугад.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="213"/>
        <source>The venue CA file cannot be read: choose it again.</source>
        <translation>Не удаётся прочитать файл CA площадки: выберите его снова.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="214"/>
        <source>This app is older than the hub: install the hub&apos;s version.</source>
        <translation>Версия приложения старше, чем на сервере: установите версию сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="215"/>
        <source>The download took too long. Press Enter to resume it.</source>
        <translation>Загрузка заняла слишком много времени. Нажмите Enter, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="216"/>
        <source>This desk&apos;s data folder cannot be written: check the disk.</source>
        <translation>Не удаётся записать в папку данных стойки: проверьте диск.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="218"/>
        <source>Enrolment failed. Press Enter to try again.</source>
        <translation>Не удалось выполнить привязку. Нажмите Enter, чтобы повторить.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="222"/>
        <source>Finishing the current step…</source>
        <translation>Завершение текущего шага…</translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="62"/>
        <source>No code? Find by name (Ctrl+F)</source>
        <translation>Нет кода? Поиск по имени (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="66"/>
        <source>Name, organization or registration code</source>
        <translation>Имя, организация или код регистрации</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="105"/>
        <source>Type to search %Ln attendee(s)</source>
        <translation>
            <numerusform>Введите имя — поиск среди %Ln участника</numerusform>
            <numerusform>Введите имя — поиск среди %Ln участников</numerusform>
            <numerusform>Введите имя — поиск среди %Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="117"/>
        <source>picked up</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="125"/>
        <source>No match</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="127"/>
        <source>%n more match(es) — type more of the name</source>
        <translation>
            <numerusform>Ещё %n совпадение — уточните имя</numerusform>
            <numerusform>Ещё %n совпадения — уточните имя</numerusform>
            <numerusform>Ещё %n совпадений — уточните имя</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="129"/>
        <source>Enter picks the highlighted person</source>
        <translation>Enter — выбрать выделенного человека</translation>
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="347"/>
        <source>SCAN</source>
        <translation>СКАН</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="348"/>
        <source>Hold the badge QR code under the scanner</source>
        <translation>Поднесите QR-код бейджа к сканеру</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="354"/>
        <source>ADMIT</source>
        <translation>ПРОХОД</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="357"/>
        <source>Already counted — the same badge moments ago</source>
        <translation>Уже учтён — этот же бейдж только что</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="359"/>
        <source>Valid badge</source>
        <translation>Бейдж действителен</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="362"/>
        <source>DENY</source>
        <translation>ОТКАЗ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="364"/>
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation>Бейдж отозван (утерян или заменён) — направьте на стойку выдачи бейджей</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="365"/>
        <source>Unknown badge — send to the badge desk</source>
        <translation>Неизвестный бейдж — направьте на стойку выдачи бейджей</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="366"/>
        <source>Forged or damaged code — call a supervisor</source>
        <translation>Поддельный или повреждённый код — позовите руководителя</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="367"/>
        <source>Badge of another event</source>
        <translation>Бейдж другого мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="368"/>
        <source>Not a badge code — scan the badge QR code</source>
        <translation>Это не код бейджа — отсканируйте QR-код бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="369"/>
        <source>Already used</source>
        <translation>Уже использован</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="370"/>
        <source>Security hold — call a supervisor</source>
        <translation>Блокировка службой безопасности — позовите руководителя</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="761"/>
        <source>Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.</source>
        <translation>На пунктах входа нет программы. Где проходит сессия, спросите у координатора или на стойке выдачи бейджей.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="642"/>
        <source>Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.</source>
        <translation>На пунктах входа нет плана услуг доступности. Кто обеспечивает сурдоперевод или субтитры на сессии, спросите у координатора услуг доступности.</translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="227"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_paint.py" line="327"/>
        <source>%1 seats</source>
        <translation>мест: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="357"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n зал</numerusform>
            <numerusform>%n зала</numerusform>
            <numerusform>%n залов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>WUF Ops</source>
        <translation>WUF Ops</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="194"/>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Language of this desk</source>
        <translation>Язык этой стойки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>%1 · %2 · times in %3</source>
        <translation>%1 · %2 · часовой пояс: %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>%1 · %2</source>
        <extracomment>two counts side by side (&quot;37,000 attendees · 1,204 checked in&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="237"/>
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="238"/>
        <source>%Ln checked in</source>
        <translation>
            <numerusform>%Ln на месте</numerusform>
            <numerusform>%Ln на месте</numerusform>
            <numerusform>%Ln на месте</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Move “%1”</source>
        <translation>Перенести «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Place “%1”</source>
        <translation>Разместить «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="95"/>
        <source>%1 (%2 seats)</source>
        <translation>%1 (мест: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="113"/>
        <source>&amp;Room</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="114"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="120"/>
        <source>&amp;Start – end</source>
        <translation>&amp;Начало – конец</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Place</source>
        <translation>Разместить</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="128"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="194"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="196"/>
        <source>ends the next day</source>
        <translation>заканчивается на следующий день</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="201"/>
        <source>No conflict there.</source>
        <translation>Здесь конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="205"/>
        <source>This placement would cause:</source>
        <translation>Это размещение вызовет:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="67"/>
        <source>Arrivals per 15 min by category, against the expected curve</source>
        <translation>Прибытия за 15 мин по категориям в сравнении с ожидаемой кривой</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="70"/>
        <source>Check-ins per desk per hour</source>
        <translation>Отметки о прибытии по стойкам за час</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="71"/>
        <source>Scan to decision, last hour (ms)</source>
        <translation>От сканирования до решения, последний час (мс)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="72"/>
        <source>Entries per gate zone per hour</source>
        <translation>Проходы по зонам входа за час</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="73"/>
        <source>Badge prints and failures per printer</source>
        <translation>Печать бейджей и сбои по принтерам</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="74"/>
        <source>Duplicate pickups and conflicts</source>
        <translation>Повторные выдачи и конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="81"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="82"/>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="83"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="84"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="85"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="86"/>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="87"/>
        <source>Exhibitors</source>
        <translation>Экспоненты</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="88"/>
        <source>Security</source>
        <translation>Охрана</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="89"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="90"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="91"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="92"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="93"/>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="94"/>
        <source>Failed</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="95"/>
        <source>Duplicate pickups</source>
        <translation>Повторные выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="96"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="83"/>
        <source>Wall screen (F11)</source>
        <translation>Режим табло (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="90"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="91"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="92"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="93"/>
        <source>Last seen</source>
        <translation>Посл. связь</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="94"/>
        <source>Newest record</source>
        <translation>Последняя запись</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="95"/>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="97"/>
        <source>Lag</source>
        <extracomment>column header: how late a device&apos;s recent changes reached the hub</extracomment>
        <translation>Задержка</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="103"/>
        <source>Attendee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="104"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="105"/>
        <source>Counted pickup</source>
        <translation>Учтённая выдача</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="106"/>
        <location filename="../../ui/operations/workspace.py" line="132"/>
        <source>Duplicate pickups</source>
        <translation>Повторные выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="112"/>
        <source>Detected</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114"/>
        <source>What</source>
        <extracomment>column header: the kind of record a sync conflict was about</extracomment>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="115"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="117"/>
        <source>Kept</source>
        <extracomment>column header: the value a sync conflict kept</extracomment>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="119"/>
        <source>Overwritten</source>
        <extracomment>column header: the value a sync conflict replaced</extracomment>
        <translation>Перезаписано</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="128"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="131"/>
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="133"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="134"/>
        <source>Rejected changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="238"/>
        <source>Operations — %1</source>
        <translation>Операции — %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="293"/>
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation>Бейдж передан другому или получен дважды в разных очередях: уточните у участника</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="318"/>
        <source>Devices: %1</source>
        <translation>Устройства: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="319"/>
        <source>Duplicate pickups: %1</source>
        <translation>Повторные выдачи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="320"/>
        <source>Conflicts: %1</source>
        <translation>Конфликты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="321"/>
        <source>Rejected changes from this device: %1</source>
        <translation>Отклонённые изменения с этого устройства: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="326"/>
        <source>not syncing: %1</source>
        <translation>нет синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="328"/>
        <source>settings ignored (%1)</source>
        <translation>настройки не применены (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices (%n not syncing)</source>
        <translation>
            <numerusform>Устройства (без синхронизации: %n)</numerusform>
            <numerusform>Устройства (без синхронизации: %n)</numerusform>
            <numerusform>Устройства (без синхронизации: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="336"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="337"/>
        <source>quiet</source>
        <translation>молчит</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="338"/>
        <source>not syncing</source>
        <translation>нет синхронизации</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="339"/>
        <source>never seen</source>
        <translation>не подключалось</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="340"/>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="341"/>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="345"/>
        <source>this desk</source>
        <translation>эта стойка</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="348"/>
        <source>%1 (this desk)</source>
        <translation>%1 (эта стойка)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="368"/>
        <source>This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them</source>
        <translation>Эта стойка: её собственное соединение и операции, которые сервер ещё не подтвердил; задержка — возраст самой старой из них</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="372"/>
        <source>As the hub recorded it; lag: how late its recent work arrived</source>
        <translation>По данным сервера; задержка — насколько поздно пришли последние изменения устройства</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="374"/>
        <source>As replicated to this desk: last seen is the hub&apos;s last contact or its newest record here. Only the hub knows other devices&apos; pending ops and lag.</source>
        <translation>По данным, реплицированным на эту стойку: «Посл. связь» — последний контакт с сервером или самая новая запись устройства здесь. Ожидающие операции и задержку других устройств знает только сервер.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="380"/>
        <location filename="../../ui/operations/workspace.py" line="408"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="385"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="387"/>
        <source>%1 min ago</source>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="401"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="403"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="404"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/access/picker.py" line="43"/>
        <source>Assign a provider</source>
        <translation>Назначить исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="53"/>
        <source>Type to find a provider by name</source>
        <translation>Введите имя, чтобы найти исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="67"/>
        <source>Type a name · ↑ ↓ choose · Enter assign · Esc close</source>
        <translation>Введите имя · ↑ ↓ выбор · Enter назначить · Esc закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="71"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="101"/>
        <source>◆ %1 — %2</source>
        <translation>◆ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="103"/>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="105"/>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="154"/>
        <source>Choose the hearing interpreter who feeds %1 in this slot.</source>
        <translation>Глухой переводчик %1: выберите слышащего подающего переводчика для этого слота.</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86"/>
        <source>Preparing the demo event</source>
        <translation>Подготовка демо-мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89"/>
        <source>Creating the demo event</source>
        <translation>Создание демо-мероприятия</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%Ln attendee(s) from 182 countries — only on the first run.</source>
        <translation>
            <numerusform>%Ln участник из 182 стран — только при первом запуске.</numerusform>
            <numerusform>%Ln участника из 182 стран — только при первом запуске.</numerusform>
            <numerusform>%Ln участников из 182 стран — только при первом запуске.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="98"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="116"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="123"/>
        <location filename="../../ui/access/panels.py" line="155"/>
        <source>Run a solve to see a proposal here.</source>
        <translation>Запустите расчёт, чтобы здесь появилось предложение.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="137"/>
        <source>&amp;Accept the proposal</source>
        <translation>&amp;Принять предложение</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="138"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="164"/>
        <source>The coverage grid shows the plan as the proposal would leave it.</source>
        <translation>Сетка покрытия показывает план таким, каким его сделает предложение.</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Provider</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Load that day</source>
        <translation>Нагрузка за день</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="320"/>
        <source>captioner</source>
        <translation>субтитровщик</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>Deaf interpreter</source>
        <translation>глухой переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>interpreter</source>
        <translation>переводчик</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="330"/>
        <source>Travel to another room: %n min.</source>
        <translation>
            <numerusform>Переход в другой зал: %n мин.</numerusform>
            <numerusform>Переход в другой зал: %n мин.</numerusform>
            <numerusform>Переход в другой зал: %n мин.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="337"/>
        <source>%1 in %2: %3, %4 (feeding the Deaf interpreter).</source>
        <translation>%1, зал %2: %3, %4 (подача глухому переводчику).</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="339"/>
        <source>%1 in %2: %3, %4.</source>
        <translation>%1, зал %2: %3, %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="343"/>
        <source>%1 Locked.</source>
        <translation>%1 Слот закреплён.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="357"/>
        <source>Not working</source>
        <translation>Не работает</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="362"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n назначение</numerusform>
            <numerusform>%n назначения</numerusform>
            <numerusform>%n назначений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="318"/>
        <source>Release the schedule</source>
        <translation>Публикация программы</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="328"/>
        <source>Note for this version (optional)</source>
        <translation>Примечание к версии (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="329"/>
        <source>Release now</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="332"/>
        <source>Show in the conflicts panel</source>
        <translation>Показать в панели конфликтов</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="334"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="352"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>Программу нельзя опубликовать: её блокирует %n конфликт.</numerusform>
            <numerusform>Программу нельзя опубликовать: её блокируют %n конфликта.</numerusform>
            <numerusform>Программу нельзя опубликовать: её блокируют %n конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="356"/>
        <source>Fix them, or lower their rule&apos;s severity, then release.</source>
        <translation>Устраните их или понизьте критичность их правила, затем опубликуйте.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="359"/>
        <source>… and %1 more.</source>
        <translation>… и ещё %1.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="370"/>
        <source>Release version %1</source>
        <translation>Опубликовать версию %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n добавлена</numerusform>
            <numerusform>%n добавлены</numerusform>
            <numerusform>%n добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n перенесена</numerusform>
            <numerusform>%n перенесены</numerusform>
            <numerusform>%n перенесено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n изменена</numerusform>
            <numerusform>%n изменены</numerusform>
            <numerusform>%n изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="378"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n удалена</numerusform>
            <numerusform>%n удалены</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="381"/>
        <source>Since version %1:</source>
        <translation>С версии %1:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="383"/>
        <source>First release:</source>
        <translation>Первая публикация:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="388"/>
        <source>Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.</source>
        <translation>Все размещённые запланированные сессии войдут в публикацию и получат статус «Опубликована»; черновики не публикуются. В экспортируемых файлах указывается номер версии.</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="89"/>
        <source>Reprint the badge — why? (↑/↓ choose, Enter reprints)</source>
        <translation>Перепечатать бейдж — почему? (↑/↓ — выбор, Enter — печать)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="91"/>
        <source>Damaged — same badge number</source>
        <translation>Повреждён — тот же номер бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="92"/>
        <source>Lost — the old badge stops working at the gates</source>
        <translation>Утерян — старый бейдж перестанет действовать на входе</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="93"/>
        <source>Name corrected — same badge number</source>
        <translation>Имя исправлено — тот же номер бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="95"/>
        <source>Reprint (Enter)</source>
        <translation>Перепечатать (Enter)</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="443"/>
        <source>Rooms</source>
        <translation>Залы</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="450"/>
        <source>Find a room</source>
        <translation>Найти зал</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="453"/>
        <source>Tick the rooms to show; drag to reorder; ★ pins to the top.</source>
        <translation>Отметьте залы для показа; перетаскивайте, чтобы изменить порядок; ★ закрепляет наверху.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="463"/>
        <source>%1 — %2 seats · %3</source>
        <translation>%1 — мест: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="475"/>
        <source>★ Favourite</source>
        <translation>★ Избранное</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="476"/>
        <source>Pin the selected room to the top of the grid</source>
        <translation>Закрепить выбранный зал вверху сетки</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="478"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="480"/>
        <source>Show none</source>
        <translation>Скрыть все</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="482"/>
        <source>Favourites only</source>
        <translation>Только избранные</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="485"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="100"/>
        <source>Batch run</source>
        <translation>Пакетная печать</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="104"/>
        <source>Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.</source>
        <translation>Бейджи для предварительной печати, по странам, затем по фамилиям. Участникам без бейджа он будет оформлен. Каждый записанный бейдж считается напечатанным, поэтому стойки не будут печатать его повторно при выдаче.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="113"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="117"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="122"/>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="123"/>
        <source>Only the first N badges of the selection (empty: all)</source>
        <translation>Только первые N бейджей из выборки (пусто — все)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="134"/>
        <source>Where to write the PDF</source>
        <translation>Куда записать PDF</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="135"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="147"/>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="148"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="149"/>
        <source>Li&amp;mit</source>
        <translation>&amp;Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="155"/>
        <source>Output &amp;file</source>
        <translation>Выходной &amp;файл</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="159"/>
        <source>&amp;Run batch</source>
        <translation>&amp;Запустить печать</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="163"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="164"/>
        <source>Stop the run (Esc); nothing is written</source>
        <translation>Остановить печать (Esc); ничего не будет записано</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="189"/>
        <source>Open fol&amp;der</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="251"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="269"/>
        <source>Could not count the selection</source>
        <translation>Не удалось подсчитать выборку</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="271"/>
        <source>No attendee matches these filters</source>
        <translation>Нет участников, подходящих под эти фильтры</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>%Ln badge(s) selected</source>
        <translation>
            <numerusform>Выбран %Ln бейдж</numerusform>
            <numerusform>Выбрано %Ln бейджа</numerusform>
            <numerusform>Выбрано %Ln бейджей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="281"/>
        <source>Write badges to</source>
        <translation>Записать бейджи в</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="284"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="325"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="343"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="371"/>
        <source>Issuing badges: %1</source>
        <translation>Оформление бейджей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="373"/>
        <source>Writing badges: %1</source>
        <translation>Запись бейджей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="375"/>
        <source>Recording them as printed: %1</source>
        <translation>Отметка как напечатанных: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="407"/>
        <source>%Ln badge(s) written to %1</source>
        <translation>
            <numerusform>%Ln бейдж записан в %1</numerusform>
            <numerusform>%Ln бейджа записано в %1</numerusform>
            <numerusform>%Ln бейджей записано в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%Ln newly issued</source>
        <translation>
            <numerusform>%Ln оформлен впервые</numerusform>
            <numerusform>%Ln оформлено впервые</numerusform>
            <numerusform>%Ln оформлено впервые</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="418"/>
        <source>%Ln character(s) could not be set in any bundled font: check those badges</source>
        <translation>
            <numerusform>%Ln символа нет ни в одном встроенном шрифте: проверьте эти бейджи</numerusform>
            <numerusform>%Ln символов нет ни в одном встроенном шрифте: проверьте эти бейджи</numerusform>
            <numerusform>%Ln символов нет ни в одном встроенном шрифте: проверьте эти бейджи</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="438"/>
        <source>Cancelled. No file was written and no badge was marked printed.</source>
        <translation>Отменено. Файл не записан, ни один бейдж не отмечен как напечатанный.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="440"/>
        <source>Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>Не удаётся записать %1. Выберите папку с правом записи или закройте файл, если он открыт в другой программе.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="443"/>
        <source>Choose where to write the PDF first.</source>
        <translation>Сначала выберите, куда записать PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="444"/>
        <source>This layout cannot be used: pick another one.</source>
        <translation>Этот макет нельзя использовать: выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="446"/>
        <source>No attendee matches these filters: change the category, country or limit.</source>
        <translation>Нет участников, подходящих под эти фильтры: измените категорию, страну или лимит.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="448"/>
        <source>This event is not in the database any more.</source>
        <translation>Этого мероприятия больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="449"/>
        <source>The database holds several events; open one event.</source>
        <translation>В базе данных несколько мероприятий; откройте одно из них.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="451"/>
        <source>Two attendees share a badge reference; ask the hub operator to fix it before printing.</source>
        <translation>У двух участников одинаковый идентификатор бейджа; перед печатью попросите оператора сервера исправить это.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="455"/>
        <source>This device has used up its badge serial numbers: sync with the hub.</source>
        <translation>Устройство израсходовало свои серийные номера бейджей: выполните синхронизацию с сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="458"/>
        <source>This device has no badge serial numbers yet: sync with the hub.</source>
        <translation>У устройства ещё нет серийных номеров бейджей: выполните синхронизацию с сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="460"/>
        <source>Could not open the event database.</source>
        <translation>Не удалось открыть базу данных мероприятия.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="464"/>
        <source>The run stopped with an error (%1).</source>
        <translation>Печать остановлена из-за ошибки (%1).</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/schedule/editor.py" line="40"/>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/editor.py" line="48"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n конфликт:</numerusform>
            <numerusform>%n конфликта:</numerusform>
            <numerusform>%n конфликтов:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="67"/>
        <source>Moved “%1” to %2.</source>
        <translation>Сессия «%1» перенесена: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="69"/>
        <source>Placed “%1” in %2.</source>
        <translation>Сессия «%1» размещена: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="97"/>
        <source>Took “%1” off the grid.</source>
        <translation>Сессия «%1» убрана с сетки.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="125"/>
        <source>“%1”: %2.</source>
        <translation>«%1»: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="134"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="141"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../../ui/schedule/grid.py" line="183"/>
        <source>Schedule grid</source>
        <translation>Сетка программы</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <location filename="../../ui/schedule/style.py" line="60"/>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="61"/>
        <source>Assembly</source>
        <translation>Ассамблея</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="62"/>
        <source>Dialogue</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="63"/>
        <source>Roundtable</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="64"/>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="65"/>
        <source>Networking</source>
        <translation>Нетворкинг</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="66"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="75"/>
        <source>PL</source>
        <comment>marker: plenary</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>ПЛ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="77"/>
        <source>AS</source>
        <comment>marker: assembly</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>АС</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="79"/>
        <source>DI</source>
        <comment>marker: dialogue</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>ДИ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="81"/>
        <source>RT</source>
        <comment>marker: roundtable</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>КС</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="83"/>
        <source>SE</source>
        <comment>marker: side event</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>ПМ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="85"/>
        <source>NW</source>
        <comment>marker: networking</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>НТ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="87"/>
        <source>TR</source>
        <comment>marker: training</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>ОБ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="94"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="95"/>
        <source>Scheduled</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="96"/>
        <source>Released</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="97"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="104"/>
        <source>Blocks release</source>
        <translation>Блокирует публикацию</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="105"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="107"/>
        <source>Off</source>
        <extracomment>severity of a conflict rule that is switched off</extracomment>
        <translation>Отключено</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="114"/>
        <source>Room overlap</source>
        <translation>Пересечение в зале</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="115"/>
        <source>Room unavailable</source>
        <translation>Зал недоступен</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="116"/>
        <source>Speaker double-booked</source>
        <translation>Докладчик занят дважды</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="119"/>
        <source>Speaker unavailable</source>
        <translation>Докладчик недоступен</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="120"/>
        <source>Over capacity</source>
        <translation>Превышена вместимость</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="121"/>
        <source>Channel overlap</source>
        <translation>Пересечение на канале</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="122"/>
        <source>No stream encoder</source>
        <translation>Нет кодера</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="123"/>
        <source>Streamed, do-not-stream</source>
        <translation>Трансляция запрещена</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="124"/>
        <source>Captions or sign not streamed</source>
        <translation>Нет субтитров или сурдоперевода</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="133"/>
        <source>In person</source>
        <translation>Очный</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="134"/>
        <source>Hybrid</source>
        <translation>Гибридный</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="135"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
</context>
<context>
    <name>ScheduleToolbar</name>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="37"/>
        <source>Find a session (Ctrl+F)</source>
        <translation>Найти сессию (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="45"/>
        <source>Filter rooms</source>
        <translation>Фильтр залов</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="50"/>
        <source>Rooms…</source>
        <translation>Залы…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="51"/>
        <source>Choose, pin and order the rooms shown</source>
        <translation>Выбрать, закрепить и упорядочить отображаемые залы</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="54"/>
        <source>Order of the rooms</source>
        <translation>Порядок залов</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By name</source>
        <translation>По имени</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By floor</source>
        <translation>По этажу</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By capacity</source>
        <translation>По местам</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>My order</source>
        <translation>Мой порядок</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="62"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="65"/>
        <source>Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)</source>
        <translation>Показать или скрыть дорожки каналов трансляции над залами (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="70"/>
        <source>Compact</source>
        <translation>Компактно</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="71"/>
        <source>Lower rows: more rooms on the screen</source>
        <translation>Строки ниже — больше залов на экране</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="73"/>
        <source>Show cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="74"/>
        <source>Show cancelled sessions (greyed and struck through)</source>
        <translation>Показывать отменённые сессии (серые и зачёркнутые)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="78"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Уменьшить (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="81"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="82"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="84"/>
        <source>Redo</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="88"/>
        <source>Move to…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="90"/>
        <source>Room, day and time of the selected session (Ctrl+M)</source>
        <translation>Зал, день и время выбранной сессии (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="182"/>
        <source>Release</source>
        <extracomment>tab title (a noun): publishing the schedule as a numbered version</extracomment>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="251"/>
        <source>Read only: this device&apos;s role (%1) can look sessions up; only coordinators change the schedule.</source>
        <translation>Только просмотр: роль этого устройства (%1) позволяет искать сессии; изменять программу могут только координаторы.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="270"/>
        <source>check-in desk</source>
        <translation>стойка выдачи бейджей</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="271"/>
        <source>entry gate</source>
        <translation>пункт входа</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="272"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="273"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes shown.</source>
        <translation>Дорожки каналов показаны.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes hidden.</source>
        <translation>Дорожки каналов скрыты.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="377"/>
        <source>Show channel lanes</source>
        <translation>Показать дорожки каналов</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="385"/>
        <source>No stream channels in this event</source>
        <translation>В мероприятии нет каналов трансляции</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="399"/>
        <source>To place (%1)</source>
        <translation>Не размещены (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="406"/>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="462"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="508"/>
        <source>%n found</source>
        <translation>
            <numerusform>найдена %n</numerusform>
            <numerusform>найдено %n</numerusform>
            <numerusform>найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="613"/>
        <source>Select a session for its details (Enter). Ctrl+F finds a session.</source>
        <translation>Выберите сессию, чтобы увидеть сведения (Enter). Ctrl+F — поиск сессии.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="615"/>
        <source>Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…</source>
        <translation>Перетаскивание: перенос · край: изменить длительность · Ctrl+стрелки: перенос · Delete: убрать с сетки · Enter: сведения · Ctrl+M: Перенести…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="646"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="648"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="651"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="653"/>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="710"/>
        <source>Released version %1.</source>
        <translation>Опубликована версия %1.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="721"/>
        <source>Details…</source>
        <translation>Сведения…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="723"/>
        <source>Move to…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="724"/>
        <source>Take off the grid</source>
        <translation>Убрать с сетки</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="725"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="159"/>
        <source>Desk settings</source>
        <translation>Настройки стойки</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="164"/>
        <source>Badge pickup</source>
        <translation>Выдача бейджей</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165"/>
        <source>Entry gate</source>
        <translation>Пункт входа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="175"/>
        <source> s</source>
        <extracomment>unit after a number of seconds (keep the leading space if your language uses one)</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="177"/>
        <source>off</source>
        <extracomment>shown in the seconds field when it is 0: repeated scans are not merged</extracomment>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="179"/>
        <source>The same badge again at this gate within this time counts one entry</source>
        <translation>Повторный проход с тем же бейджем на этом пункте в пределах этого времени считается одним входом</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="181"/>
        <source>Sound per outcome</source>
        <translation>Звук по результату</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="186"/>
        <source>Desk or gate name</source>
        <translation>Название стойки или входа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="187"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="188"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="189"/>
        <source>PDF folder (no printer)</source>
        <translation>Папка PDF (без принтера)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="190"/>
        <source>Badge stock (layout)</source>
        <translation>Бланк бейджа (макет)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="191"/>
        <source>Gate zone</source>
        <translation>Зона входа</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="192"/>
        <source>Gate: same badge again within</source>
        <translation>Вход: повтор бейджа за</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="196"/>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="212"/>
        <source>No printer — save PDF files</source>
        <translation>Без принтера — сохранять PDF</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="216"/>
        <source>%1 (not found)</source>
        <translation>%1 (не найден)</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Assigned</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Lock</source>
        <translation>Закрепление</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="225"/>
        <source>— open —</source>
        <translation>— свободен —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="228"/>
        <source>%1 with feed %2</source>
        <translation>%1 (подающий: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="241"/>
        <source>⚠ %1 (does not count: see the rules)</source>
        <translation>⚠ %1 (не засчитывается: см. правила)</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="244"/>
        <source>⚑ Locked</source>
        <translation>⚑ Закреплён</translation>
    </message>
</context>
<context>
    <name>SlotsPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="67"/>
        <source>Choose a session to see its slots.</source>
        <translation>Выберите сессию, чтобы увидеть её слоты.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="87"/>
        <source>Assign… (Enter)</source>
        <translation>Назначить… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="88"/>
        <source>Clear (Delete)</source>
        <translation>Освободить (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="89"/>
        <source>Lock or unlock (L)</source>
        <translation>Закрепить/открепить (L)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../../ui/schedule/commands.py" line="105"/>
        <source>Set status of “%1”</source>
        <translation>Изменение статуса «%1»</translation>
    </message>
</context>
<context>
    <name>StreamTexts</name>
    <message>
        <location filename="../../ui/streams/texts.py" line="22"/>
        <source>PLANNED</source>
        <translation>ПЛАН</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="23"/>
        <source>TESTING</source>
        <translation>ТЕСТ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="24"/>
        <source>LIVE</source>
        <translation>В ЭФИРЕ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="25"/>
        <source>COMPLETE</source>
        <translation>ЗАВЕРШЕНО</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="26"/>
        <source>OFF AIR</source>
        <translation>НЕ В ЭФИРЕ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="33"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>МЖЯ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="43"/>
        <source>%1: “%2” was taken off the plan.</source>
        <translation>%1: «%2» больше нет в плане.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="48"/>
        <source>%1: nothing is planned on this channel.</source>
        <translation>%1: на этом канале ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="51"/>
        <source>This device may not change stream statuses: only coordinator and admin devices may.</source>
        <translation>Это устройство не может менять статусы трансляций: это могут только устройства координаторов и администраторов.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="55"/>
        <source>%1: the status was not changed (%2).</source>
        <translation>%1: статус не изменён (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="62"/>
        <source>Press T to test or L to go live.</source>
        <translation>Нажмите T для теста или L для выхода в эфир.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="63"/>
        <source>Press L to go live or P to go back to planned.</source>
        <translation>Нажмите L для выхода в эфир или P для возврата в ПЛАН.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="64"/>
        <source>Press C when it is over.</source>
        <translation>По окончании нажмите C.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="65"/>
        <source>Press L to put it back on air.</source>
        <translation>Нажмите L, чтобы вернуть в эфир.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="73"/>
        <source>%1: “%2” is already planned.</source>
        <translation>%1: «%2» уже в статусе ПЛАН.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="74"/>
        <source>%1: “%2” is already in testing.</source>
        <translation>%1: «%2» уже в статусе ТЕСТ.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="75"/>
        <source>%1: “%2” is already live.</source>
        <translation>%1: «%2» уже в эфире.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="76"/>
        <source>%1: “%2” is already complete.</source>
        <translation>%1: «%2» уже в статусе ЗАВЕРШЕНО.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="77"/>
        <source>%1: “%2” already has that status.</source>
        <translation>%1: у «%2» уже этот статус.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="79"/>
        <source>%1: “%2” is planned — it cannot go to complete.</source>
        <translation>%1: «%2» в статусе ПЛАН — перевести в ЗАВЕРШЕНО нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="80"/>
        <source>%1: “%2” is in testing — it cannot go to complete.</source>
        <translation>%1: «%2» в статусе ТЕСТ — перевести в ЗАВЕРШЕНО нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="81"/>
        <source>%1: “%2” is live — it cannot go back to planned.</source>
        <translation>%1: «%2» в эфире — вернуть в ПЛАН нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="82"/>
        <source>%1: “%2” is live — it cannot go back to testing.</source>
        <translation>%1: «%2» в эфире — вернуть в ТЕСТ нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="84"/>
        <source>%1: “%2” is complete — it cannot go back to planned.</source>
        <translation>%1: «%2» в статусе ЗАВЕРШЕНО — вернуть в ПЛАН нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="87"/>
        <source>%1: “%2” is complete — it cannot go back to testing.</source>
        <translation>%1: «%2» в статусе ЗАВЕРШЕНО — вернуть в ТЕСТ нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="89"/>
        <source>%1: “%2” cannot take that status now.</source>
        <translation>%1: «%2» сейчас нельзя перевести в этот статус.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="93"/>
        <source>%1: “%2” is now PLANNED.</source>
        <translation>%1: «%2» — теперь ПЛАН.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="94"/>
        <source>%1: “%2” is now TESTING.</source>
        <translation>%1: «%2» — теперь ТЕСТ.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="95"/>
        <source>%1: “%2” is now LIVE.</source>
        <translation>%1: «%2» — теперь В ЭФИРЕ.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="96"/>
        <source>%1: “%2” is now COMPLETE.</source>
        <translation>%1: «%2» — теперь ЗАВЕРШЕНО.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="97"/>
        <source>%1: “%2” has a new status.</source>
        <translation>%1: у «%2» новый статус.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="108"/>
        <source>“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.</source>
        <translation>Сессиям «%1» и «%2» нужен %3: с учётом запаса времени они пересекаются на %4 мин. Переведите одну из них на другой канал или сократите её запас времени.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="120"/>
        <source>“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.</source>
        <translation>Сессия «%1» запланирована к трансляции, но в зале %2 нет кодера. Перенесите её в зал с кодером или отмените её слот трансляции.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="129"/>
        <source>“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.</source>
        <translation>Сессия «%1» отмечена «без трансляции», но запланирована на канале %2. Отмените слот или снимите отметку «без трансляции», если трансляция разрешена.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="142"/>
        <source>“%1” requires captions in %2, which its stream on %3 does not carry.</source>
        <translation>Для сессии «%1» нужны субтитры (%2), но в её трансляции на канале %3 их нет.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="150"/>
        <source>“%1” requires sign language %2, which its stream on %3 does not carry.</source>
        <translation>Для сессии «%1» нужен жестовый язык (%2), но в её трансляции на канале %3 его нет.</translation>
    </message>
</context>
<context>
    <name>StreamsWorkspace</name>
    <message>
        <location filename="../../ui/streams/workspace.py" line="149"/>
        <source>Live board</source>
        <translation>Табло эфира</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="153"/>
        <source>Wall screen (F11)</source>
        <translation>Режим табло (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="167"/>
        <source>↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen</source>
        <translation>↑ ↓ или 1–8: канал · T тест · L эфир · C завершено · P план · F11 табло</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="187"/>
        <source>Choose a channel, then T, L, C or P to change its status.</source>
        <translation>Выберите канал, затем нажмите T, L, C или P, чтобы изменить статус.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>● Standalone</source>
        <translation>● Автономно</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <source>This desk is not connected to a hub</source>
        <translation>Стойка не подключена к серверу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Offline — working locally</source>
        <translation>Нет связи — локальный режим</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Sync stopped</source>
        <translation>Синхронизация остановлена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n отклонена</numerusform>
            <numerusform>%n отклонены</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>%n не принята: неверные часы стойки</numerusform>
            <numerusform>%n не приняты: неверные часы стойки</numerusform>
            <numerusform>%n не принято: неверные часы стойки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="72"/>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="74"/>
        <source>never synced</source>
        <translation>синхронизации не было</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="76"/>
        <source>hub clock %1 s</source>
        <translation>часы сервера %1 с</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>Device %1 (%2)</source>
        <translation>Устройство %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88"/>
        <source>Badge signing key %1 certified by the hub</source>
        <translation>Ключ подписи бейджей %1 сертифицирован сервером</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="95"/>
        <source>The hub did not certify this desk&apos;s badge key (%1): lost-badge reprints need the hub until it does</source>
        <translation>Сервер не сертифицировал ключ бейджей этой стойки (%1): до этого перепечатка утерянных бейджей возможна только через сервер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="102"/>
        <source>This computer&apos;s clock is %1 s off the hub&apos;s: the desk uses the hub&apos;s time</source>
        <translation>Часы этого компьютера расходятся с сервером на %1 с: стойка использует время сервера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="108"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>Сервер не принял %n операцию с неверной отметкой времени (clock_skew): данные сохранены на этой стойке — сообщите руководителю</numerusform>
            <numerusform>Сервер не принял %n операции с неверной отметкой времени (clock_skew): данные сохранены на этой стойке — сообщите руководителю</numerusform>
            <numerusform>Сервер не принял %n операций с неверной отметкой времени (clock_skew): данные сохранены на этой стойке — сообщите руководителю</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="115"/>
        <source>Last problem: %1</source>
        <translation>Последняя проблема: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="121"/>
        <source>the hub cannot be reached; retrying</source>
        <translation>сервер недоступен; повторная попытка</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>the hub refused this device&apos;s token: enrol it again</source>
        <translation>сервер отклонил токен этого устройства: привяжите его заново</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="123"/>
        <source>this device has been revoked by a supervisor</source>
        <translation>это устройство отозвано руководителем</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="124"/>
        <source>this data belongs to another enrolled device: call IT</source>
        <translation>эти данные принадлежат другому привязанному устройству: обратитесь в ИТ-службу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="125"/>
        <source>this app is older than the hub: upgrade it</source>
        <translation>версия приложения старше, чем на сервере: обновите приложение</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="126"/>
        <source>the hub&apos;s certificate is not the venue&apos;s: call IT</source>
        <translation>сертификат сервера не принадлежит площадке: обратитесь в ИТ-службу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="127"/>
        <source>some changes from the hub could not be applied here</source>
        <translation>часть изменений с сервера не удалось применить здесь</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="128"/>
        <source>this replica differed from the hub and was reloaded</source>
        <translation>эта копия данных расходилась с сервером и была загружена заново</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="129"/>
        <source>an unexpected sync error; retrying (see the log)</source>
        <translation>непредвиденная ошибка синхронизации; повторная попытка (см. журнал)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="131"/>
        <source>the hub holds too many connections from this device at once (is the app open twice?); retrying later</source>
        <translation>у сервера слишком много одновременных подключений с этого устройства (приложение открыто дважды?); повторная попытка позже</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="134"/>
        <source>the hub asked this desk to slow down; retrying shortly</source>
        <translation>сервер попросил стойку снизить частоту запросов; повторная попытка через несколько секунд</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="136"/>
        <source>too many refused connections from this network address; retrying later</source>
        <translation>слишком много отклонённых подключений с этого сетевого адреса; повторная попытка позже</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="138"/>
        <source>the hub is busy; retrying shortly</source>
        <translation>сервер перегружен; повторная попытка через несколько секунд</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="140"/>
        <source>this device has synced too many copies of its data: call IT to re-enrol it</source>
        <translation>это устройство синхронизировало слишком много копий своих данных: обратитесь в ИТ-службу для повторной привязки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="142"/>
        <source>the hub failed on a request; retrying (see its log)</source>
        <translation>ошибка сервера при обработке запроса; повторная попытка (см. журнал сервера)</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="123"/>
        <source>Undo this check-in — why?</source>
        <translation>Отменить отметку о прибытии — почему?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="125"/>
        <source>e.g. scanned the wrong badge</source>
        <translation>например, отсканирован не тот бейдж</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="127"/>
        <source>Undo check-in (Enter)</source>
        <translation>Отменить отметку (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="144"/>
        <source>Type a reason first.</source>
        <translation>Сначала укажите причину.</translation>
    </message>
</context>
<context>
    <name>UnmetPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="191"/>
        <source>No provider has this language (or the accreditation it needs).</source>
        <translation>Нет исполнителей с этим языком (или с нужной аккредитацией).</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="193"/>
        <source>Nobody with this language declared they can work then, or they are absent.</source>
        <translation>Никто из владеющих этим языком не заявил, что может работать в это время, или они отсутствуют.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="195"/>
        <source>Everyone who could is already working at that time.</source>
        <translation>Все, кто подходит, в это время уже работают.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="196"/>
        <source>Those free then have reached their day&apos;s cap or need a rest.</source>
        <translation>Свободные в это время исчерпали дневной лимит или нуждаются в перерыве.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="206"/>
        <source>%1 (WFD-WASLI accredited)</source>
        <translation>%1 (с аккредитацией WFD-WASLI)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="208"/>
        <source>%n more provider(s) of %1 on the morning of %2.</source>
        <translation>
            <numerusform>%1: нужен ещё %n исполнитель (%2, утро).</numerusform>
            <numerusform>%1: нужны ещё %n исполнителя (%2, утро).</numerusform>
            <numerusform>%1: нужно ещё %n исполнителей (%2, утро).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="209"/>
        <source>%n more provider(s) of %1 on the afternoon of %2.</source>
        <translation>
            <numerusform>%1: нужен ещё %n исполнитель (%2, вторая половина дня).</numerusform>
            <numerusform>%1: нужны ещё %n исполнителя (%2, вторая половина дня).</numerusform>
            <numerusform>%1: нужно ещё %n исполнителей (%2, вторая половина дня).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="210"/>
        <source>%n more provider(s) of %1 on the evening of %2.</source>
        <translation>
            <numerusform>%1: нужен ещё %n исполнитель (%2, вечер).</numerusform>
            <numerusform>%1: нужны ещё %n исполнителя (%2, вечер).</numerusform>
            <numerusform>%1: нужно ещё %n исполнителей (%2, вечер).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="218"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="219"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="220"/>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="221"/>
        <source>Why it is open</source>
        <translation>Почему свободен</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="222"/>
        <source>Smallest change that covers it</source>
        <translation>Что минимально нужно</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="228"/>
        <source>Every unit of demand is filled: nothing is open.</source>
        <translation>Вся потребность покрыта: незаполненных позиций нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="231"/>
        <source>%n required unit(s) open.</source>
        <translation>
            <numerusform>Не заполнена %n обязательная позиция.</numerusform>
            <numerusform>Не заполнены %n обязательные позиции.</numerusform>
            <numerusform>Не заполнено %n обязательных позиций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="233"/>
        <source>%n advised unit(s) open.</source>
        <translation>
            <numerusform>Не заполнена %n рекомендуемая позиция.</numerusform>
            <numerusform>Не заполнены %n рекомендуемые позиции.</numerusform>
            <numerusform>Не заполнено %n рекомендуемых позиций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="102"/>
        <source>Search sessions to place</source>
        <translation>Поиск неразмещённых сессий</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="120"/>
        <source>Place…</source>
        <translation>Разместить…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="121"/>
        <source>Choose a room and time for the selected session (Enter)</source>
        <translation>Выбрать зал и время для выбранной сессии (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="125"/>
        <source>Drag a session onto the grid, or select it and press Enter.</source>
        <translation>Перетащите сессию на сетку или выберите её и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="127"/>
        <source>Sessions not placed yet.</source>
        <translation>Сессии, ещё не размещённые на сетке.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="161"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>%n сессия ждёт размещения</numerusform>
            <numerusform>%n сессии ждут размещения</numerusform>
            <numerusform>%n сессий ждут размещения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="164"/>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="57"/>
        <source>Check-in</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="62"/>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="67"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="72"/>
        <source>Schedule</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="77"/>
        <source>Streams</source>
        <translation>Трансляции</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="82"/>
        <source>Access</source>
        <translation>Доступность</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="71"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
</context>
<context>
    <name>_SetupWindow</name>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="154"/>
        <location filename="../../ui/sync/demo_hub.py" line="157"/>
        <source>Preparing the demo hub</source>
        <translation>Подготовка демо-сервера</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="159"/>
        <source>Issuing a signed badge for every attendee…</source>
        <translation>Оформление подписанного бейджа для каждого участника…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="173"/>
        <source>Issuing signed badges: %1 of %2</source>
        <translation>Оформление подписанных бейджей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="179"/>
        <source>Starting the hub and loading the event on this desk…</source>
        <translation>Запуск сервера и загрузка мероприятия на эту стойку…</translation>
    </message>
</context>
</TS>
