# ruff: noqa: E501
TABLE: dict[str, str | list[str]] = {
    # AttendeeTableModel
    "Participant": "Участник",
    "Speaker": "Докладчик",
    "Media": "СМИ",
    "VIP / head of delegation": "VIP / глава делегации",
    "Staff": "Персонал",
    "Volunteer": "Волонтёр",
    "Exhibitor": "Экспонент",
    "Security": "Охрана",
    "Sign language (%1)": "Жестовый язык (%1)",
    "Captions": "Субтитры",
    "Step-free access": "Доступ без ступеней",
    "Assistance": "Помощь",
    "Name": "Имя",
    "Latin name": "Имя латиницей",
    "Organization": "Организация",
    "Country": "Страна",
    "Category": "Категория",
    "Needs": "Потребности",
    "Check-in": "Прибытие",
    "In": "На месте",
    "Not yet": "Ещё нет",
    "Hold": "Блокировка",
    # AttendeesWorkspace
    "Name, organization, country or code": "Имя, организация, страна или код",
    "All categories": "Все категории",
    "All countries": "Все страны",
    "Any needs": "Любые потребности",
    "Has a need": "Есть потребность",
    "Sign language": "Жестовый язык",
    "Checked in or not": "Прибыли или нет",
    "Checked in": "Прибыли",
    "Not checked in": "Не прибыли",
    "Accessibility need": "Потребность в доступности",
    "Check-in state": "Статус прибытия",
    "%1 of %2": "%1 из %2",
    "No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.": "По запросу «%1» с этими фильтрами никто не найден. Проверьте написание, введите часть имени или нажмите Esc, чтобы сбросить поиск и фильтры.",
    "The scanned code is not a badge or a registration code of this event.": "Отсканированный код — не бейдж и не код регистрации этого мероприятия.",
    # BadgePreview
    "Open layout file…": "Открыть файл макета…",
    "Layout": "Макет",
    "Sample": "Образец",
    "Badge layout": "Макет бейджа",
    "Badge layouts (*.json)": "Макеты бейджей (*.json)",
    "This layout cannot be used:": "Этот макет нельзя использовать:",
    # BadgesWorkspace
    "A6": "A6",
    "4×6 in": "4×6 дюйма",
    "CR80 card": "Карта CR80",
    "54×90 mm label": "Этикетка 54×90 мм",
    "4×A6 on A4": "4×A6 на A4",
    "A6, EN + AZ": "A6, EN + AZ",
    "Whose name the preview shows": "Чьё имя показано в предпросмотре",
    "Name or registration code, then Enter": "Имя или код регистрации, затем Enter",
    "Layout and preview": "Макет и предпросмотр",
    "&Layout": "&Макет",
    "&Sample": "&Образец",
    "Find &attendee": "Найти &участника",
    "Every script": "Все виды письма",
    "Latin, diacritics": "Латиница с диакритикой",
    "Arabic": "Арабское письмо",
    "Devanagari": "Деванагари",
    "Chinese": "Китайское письмо",
    "Attendee: %1": "Участник: %1",
    "Demo: %1": "Демо: %1",
    "No badge issued yet: this QR code is only a sample.": "Бейдж ещё не оформлен: этот QR-код — только образец.",
    "No attendee matches “%1”.": "По запросу «%1» участники не найдены.",
    # BoardModel
    "Channel": "Канал",
    "Status": "Статус",
    "On air now": "Сейчас в эфире",
    "Next": "Далее",
    "Captions · sign": "Субтитры · сурдо",
    "this device": "это устройство",
    "by %1 at %2": "%1 в %2",
    "LATE %1 min": "ЗАДЕРЖКА %1 мин",
    "OVERRUN %1 min": "ПРЕВЫШЕНИЕ %1 мин",
    "CLASH": "КОНФЛИКТ",
    "DO NOT STREAM": "НЕ ТРАНСЛИРОВАТЬ",
    "%1 · pre-roll in %2": "%1 · подготовка к эфиру через %2",
    "%1 · in pre-roll": "%1 · подготовка к эфиру",
    "CC %1": "СУБ %1",
    "No captions": "Без субтитров",
    "Sign: %1": "Сурдо: %1",
    "No sign": "Без сурдо",
    "NO CC %1": "НЕТ СУБ %1",
    "NO SIGN %1": "НЕТ СУРДО %1",
    # ChangesPanel
    "Release…": "Опубликовать…",
    "Publish the schedule as its next version": "Опубликовать программу как новую версию",
    "Never released. Every scheduled session is new.": "Ещё не публиковалась. Все запланированные сессии — новые.",
    "Version %1, released %2.": "Версия %1, опубликована %2.",
    "%n change(s) since.": [
        "С тех пор %n изменение.",
        "С тех пор %n изменения.",
        "С тех пор %n изменений.",
    ],
    "Added": "Добавлена",
    "Removed": "Удалена",
    "Moved": "Перенесена",
    "Edited": "Изменена",
    # ChartTile
    "Export": "Экспорт",
    "Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)": "Сохранить диаграмму в PNG (Ctrl+S) или CSV (Ctrl+Shift+S)",
    "Save as PNG…": "Сохранить в PNG…",
    "Save as CSV…": "Сохранить в CSV…",
    "PNG image (*.png)": "Изображение PNG (*.png)",
    "CSV table (*.csv)": "Таблица CSV (*.csv)",
    "Export chart": "Экспорт диаграммы",
    # CheckinWorkspace
    "Scan a badge — the scanner works wherever the cursor is": "Отсканируйте бейдж — сканер работает при любом положении курсора",
    "Entry gate · %1": "Пункт входа · %1",
    "zone %1": "зона %1",
    "F10: desk settings": "F10: настройки стойки",
    "none (PDF files)": "нет (файлы PDF)",
    "Badge pickup · %1 · printer: %2": "Выдача бейджей · %1 · принтер: %2",
    "PDF files go to %1": "Файлы PDF сохраняются в %1",
    "Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning": "Ctrl+F имя · F2 перепечатать · F3 отменить · F4 печать · F10 настройки · Esc к скану",
    "Could not record the scan (%1) — scan again; if it repeats, call a supervisor.": "Не удалось записать скан (%1) — отсканируйте ещё раз; если ошибка повторится, позовите руководителя.",
    "Entries today: %1": "Проходов сегодня: %1",
    "%1 s per attendee": "%1 с на участника",
    "— s per attendee": "— с на участника",
    "Today %1 · This hour %2 · %3": "Сегодня %1 · За этот час %2 · %3",
    "Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.": "Не напечатано (glyph_missing): ни один шрифт на этой стойке не может напечатать %1. Заполните бейдж от руки и сообщите руководителю.",
    "Print failed (%1) — fix the printer, then F4 prints again.": "Ошибка печати (%1) — устраните неполадку принтера и нажмите F4 для повторной печати.",
    "Badge %1 sent to %2": "Бейдж %1 отправлен на печать: %2",
    "Badge saved as %1": "Бейдж сохранён как %1",
    "Scan or find the person first, then F2.": "Сначала отсканируйте или найдите человека, затем нажмите F2.",
    "Nothing to undo: scan or find the person first.": "Нечего отменять: сначала отсканируйте или найдите человека.",
    "Check-in undone: %1": "Отметка о прибытии отменена: %1",
    "This desk cannot issue a new badge (no desk signing key): send the person to the help desk.": "Эта стойка не может оформить новый бейдж (нет ключа подписи стойки): направьте человека на стойку помощи.",
    "Already printed — use F2 with a reason to reprint.": "Уже напечатан — для повторной печати нажмите F2 и укажите причину.",
    "This person has no valid badge on this desk.": "На этой стойке у этого человека нет действительного бейджа.",
    "That check-in was already undone.": "Эта отметка о прибытии уже отменена.",
}

TABLE.update(
    {
        # ConflictText
        "“%1”": "«%1»",
        "speaker %1": "докладчик %1",
        "not placed": "не размещена",
        "off the grid": "вне сетки",
        "%1, %2": "%1, %2",
        "none that day": "в этот день нет",
        "Rule “%1” found a problem with %2.": "Правило «%1» выявило проблему: %2.",
        "%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.": "%1 (%2) и %3 (%4) пересекаются на %5 мин в зале %6. Перенесите или сократите одну из сессий.",
        "%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.": "%1 начинается через %2 мин после окончания %3 в зале %4, а на подготовку зала нужно %5 мин. Перенесите одну из сессий или сократите первую.",
        "%1 (%2) is outside the times %3 is available (%4). Move it, or change the room's availability.": "%1 (%2) выходит за часы доступности зала %3 (%4). Перенесите сессию или измените часы доступности зала.",
        "%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.": "%1 выступает на сессиях %2 (%3) и %4 (%5), которые пересекаются на %6 мин. Перенесите одну из сессий или измените состав докладчиков.",
        "%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.": "%1: время сессии %2 (%3) недоступно; доступное время: %4. Перенесите сессию или уточните у докладчика.",
        "%1 expects %2 people; %3 seats %4. Move it to a larger room.": "%1: ожидается %2 чел., а вместимость зала %3 — %4. Перенесите сессию в зал побольше.",
        "%1 expected": "ожидается: %1",
        "%1: %2, on air %3 (%4 min before, %5 after)": "%1: %2, эфир %3 (%4 мин до, %5 после)",
        "Marked do-not-stream (closed door)": "Отмечена «без трансляции» (закрытое заседание)",
        "%1 seats": "мест: %1",
        "%1 min to change over": "%1 мин на подготовку зала",
        "overlaps %1 by %2 min": "пересекается с %1 на %2 мин",
        "%1 min from %2; the room needs %3 to change over": "интервал с %2 — %1 мин; на подготовку зала нужно %3",
        "%1 is closed then": "зал %1 в это время закрыт",
        "%1 also speaks in %2": "%1 также выступает на сессии %2",
        "%1 is not available then": "%1: это время недоступно",
        "%1 expected, %2 seats": "ожидается: %1, мест: %2",
        "overlaps %1 on %2 by %3 min, rolls included": "пересекается с %1 на канале %2 на %3 мин с учётом запаса времени",
        "streamed, but %1 has no stream encoder": "транслируется, но в зале %1 нет кодера",
        "do-not-stream, but planned on %1": "«без трансляции», но запланирована на канале %1",
        "its stream on %1 lacks captions or sign language it requires": "в её трансляции на канале %1 нет нужных субтитров или сурдоперевода",
        "device %1": "устройство %1",
        "Your move of %1 (%2) lost to %3's move (%4).": "Ваш перенос %1 (%2) уступил другому: %3 — %4.",
        "%1's move of %2 (%3) lost to %4's move (%5).": "%1: перенос %2 (%3) уступил другому: %4 — %5.",
        "added": "добавлена",
        "removed": "удалена",
        "moved": "перенесена",
        "edited": "изменена",
        "%1 — %2": "%1 — %2",
        "This session no longer exists in this event.": "Этой сессии больше нет в мероприятии.",
        "This room no longer exists in this event.": "Этого зала больше нет в мероприятии.",
        "The session asks for no length: give its end.": "У сессии не задана продолжительность: укажите время окончания.",
        "A session ends after it starts and lasts at most 24 hours.": "Сессия должна заканчиваться позже, чем начинается, и длиться не более 24 часов.",
        "Place the session in a room and time before scheduling it.": "Прежде чем запланировать сессию, назначьте ей зал и время.",
        "Sessions become released only by a release.": "Статус «Опубликована» сессия получает только при публикации программы.",
        "That status cannot be set by hand.": "Этот статус нельзя установить вручную.",
        "No session is placed and scheduled: schedule sessions first.": "Нет размещённых и запланированных сессий: сначала запланируйте сессии.",
        "The schedule is exactly what the last release published.": "Программа не изменилась после последней публикации.",
        "A session holds too much text to be released.": "В одной из сессий слишком много текста для публикации.",
        "Blocking conflicts stand: fix them, or lower their rule's severity, before releasing.": "Остаются блокирующие конфликты: перед публикацией устраните их или понизьте критичность их правила.",
        "This device's database cannot be written right now. Try again; if it persists, call the supervisor.": "Сейчас не удаётся записать данные в базу этого устройства. Повторите попытку; если ошибка не исчезнет, позовите руководителя.",
        "Refused (%1).": "Отклонено (%1).",
        # ConflictsPanel
        "Severity": "Критичность",
        "All severities": "Любая критичность",
        "Rule": "Правило",
        "All rules": "Все правила",
        "Moves that lost to another coordinator's move": "Переносы, уступившие переносам других координаторов",
        "Re-apply": "Применить снова",
        "Put the session back where the lost move put it": "Вернуть сессию туда, куда её поместил отменённый перенос",
        "Dismiss": "Оставить",
        "Keep the session where it is and mark this resolved": "Оставить сессию на месте и отметить вопрос как решённый",
        "%n conflict(s) block the release": [
            "%n конфликт блокирует публикацию",
            "%n конфликта блокируют публикацию",
            "%n конфликтов блокируют публикацию",
        ],
        "%n warning(s)": ["%n предупреждение", "%n предупреждения", "%n предупреждений"],
        "%1 · %2": "%1 · %2",
        "Lost placement": "Отменённое размещение",
        # CorrectionForm
        "Given name": "Имя",
        "Family name": "Фамилия",
        "Given name (Latin)": "Имя (латиницей)",
        "Family name (Latin)": "Фамилия (латиницей)",
        "e.g. spelling as in the passport": "например, написание как в паспорте",
        "Reason (required)": "Причина (обязательно)",
        "Save correction": "Сохранить исправление",
        "Cancel": "Отмена",
        "Type a given name or a family name.": "Введите имя или фамилию.",
        "Say why you correct this record (Reason).": "Укажите, почему вы исправляете запись (поле «Причина»).",
        # DashboardView
        "Desk area": "Зона стоек",
        "Open": "Открыто",
        "Load": "Загрузка",
        "Waiting": "В очереди",
        "Wait now": "Ожидание",
        "Worst, 30 min": "Макс. за 30 мин",
        "Why": "Причины",
        "No slow desk, failing printer or silent device found.": "Медленных стоек, сбоящих принтеров и молчащих устройств не обнаружено.",
        "%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.": "%1: в очереди %2, ожидание сейчас %3, в ближайшие %5 мин — до %4.",
        "No desk area is expected to wait over %1 min.": "Ни в одной зоне ожидание не превысит %1 мин.",
        "At %1": "На %1",
        "At %1 (the last recorded activity)": "На %1 (последняя зафиксированная активность)",
        "%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible": "Открыто стоек: %1 из %2; %3 с на человека; обслуживается %4 чел./мин (максимум %5)",
        "Idle: %1": "Простаивают: %1",
        "no end": "бесконечно",
        "< 1 min": "< 1 мин",
        "%1 min": "%1 мин",
        "Open desks %1.": "Откройте стойки %1.",
        "Move %n volunteer(s) from %1.": [
            "Переведите %n волонтёра из %1.",
            "Переведите %n волонтёров из %1.",
            "Переведите %n волонтёров из %1.",
        ],
        "Call %n more staff.": [
            "Вызовите ещё %n сотрудника.",
            "Вызовите ещё %n сотрудников.",
            "Вызовите ещё %n сотрудников.",
        ],
        "The wait then falls to %1.": "Тогда ожидание сократится до %1.",
        "%1: %2% of prints failed — check the printer": "%1: сбой печати в %2% случаев — проверьте принтер",
        "%1: scans take %2 ms (most desks %3 ms) — check its scanner": "%1: сканирование занимает %2 мс (на большинстве стоек %3 мс) — проверьте сканер",
        "%1: %2 s per person (its area %3 s)": "%1: %2 с на человека (в среднем по зоне %3 с)",
        "%1: not synced for %2 min — check its network": "%1: нет синхронизации %2 мин — проверьте сеть",
    }
)

TABLE.update(
    {
        # DecisionCard
        "Ready — scan a badge or find a name": "Готово — отсканируйте бейдж или найдите имя",
        "The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings": "Сканер работает при любом положении курсора. Ctrl+F: поиск по имени · F2: перепечатать · F3: отменить · F10: настройки стойки",
        "Check in this person?": "Отметить прибытие этого человека?",
        "Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.": "Enter — отметить · Esc — отмена. Код регистрации %1 найден по имени или коду, а не по бейджу: проверьте документ с фото.",
        "Already picked up: Enter shows when and where.": "Бейдж уже выдан: Enter покажет, когда и где.",
        "First pickup: %1 at %2": "Первая выдача: %1, %2",
        "another desk": "другая стойка",
        "Handed out more than once while desks were offline — tell a supervisor.": "Выдан несколько раз, пока стойки были без связи, — сообщите руководителю.",
        "The scanner types for another keyboard layout (%1 read as US): set it to this desk's layout.": "Сканер настроен на другую раскладку клавиатуры (%1 прочитано как US): переключите его на раскладку этой стойки.",
        "This badge is newer than this desk's copy: decided on the person it names. It can be reprinted here after the next sync.": "Бейдж новее, чем данные этой стойки: решение принято по указанному в нём человеку. Перепечатать его здесь можно после следующей синхронизации.",
        "⚑ %1 — call the protocol officer": "⚑ %1 — позовите сотрудника протокола",
        "Sign language: %1": "Жестовый язык: %1",
        "Access needs: %1": "Потребности в доступности: %1",
        "PARTICIPANT": "УЧАСТНИК",
        "SPEAKER": "ДОКЛАДЧИК",
        "MEDIA": "СМИ",
        "VIP / HEAD OF DELEGATION": "VIP / ГЛАВА ДЕЛЕГАЦИИ",
        "STAFF": "ПЕРСОНАЛ",
        "VOLUNTEER": "ВОЛОНТЁР",
        "EXHIBITOR": "ЭКСПОНЕНТ",
        "SECURITY": "ОХРАНА",
        "Printing the badge — hand it over.": "Бейдж печатается — выдайте его.",
        "Badge already printed — hand it over.": "Бейдж уже напечатан — выдайте его.",
        "Found by name or code: check a photo ID.": "Найден по имени или коду: проверьте документ с фото.",
        "✔ Admitted": "✔ Допуск разрешён",
        "Check photo ID. A new badge only with a reprint reason (F2).": "Проверьте документ с фото. Новый бейдж — только с причиной (F2).",
        "The badge never printed: F4 prints it now.": "Бейдж не был напечатан: F4 — напечатать сейчас.",
        "● Already picked up": "● Бейдж уже выдан",
        "✘ Refused — badge revoked": "✘ Отказ — бейдж отозван",
        "Reported lost or replaced. Check photo ID; send to the help desk.": "Заявлен как утерянный или заменён. Проверьте документ с фото; направьте на стойку помощи.",
        "✘ Refused — unknown badge": "✘ Отказ — неизвестный бейдж",
        "Not known on this desk. Check the sync state, or find the name.": "Неизвестен на этой стойке. Проверьте состояние синхронизации или найдите имя.",
        "✘ Refused — forged or damaged code": "✘ Отказ — поддельный или повреждённый код",
        "Do not hand out a badge. Call a supervisor.": "Не выдавайте бейдж. Позовите руководителя.",
        "✘ Refused — badge of another event": "✘ Отказ — бейдж другого мероприятия",
        "Ask for the WUF confirmation, or find the name.": "Попросите подтверждение регистрации на WUF или найдите имя.",
        "✘ Not a badge code": "✘ Это не код бейджа",
        "Scan the QR code on the confirmation or badge, or find the name.": "Отсканируйте QR-код на подтверждении или бейдже либо найдите имя.",
        "✘ Refused — security hold": "✘ Отказ — блокировка службой безопасности",
        "Do not hand out the badge. Call the security supervisor.": "Не выдавайте бейдж. Позовите руководителя службы безопасности.",
        # DetailPanel
        "Select an attendee to see their details.": "Выберите участника, чтобы увидеть сведения о нём.",
        "Badge": "Бейдж",
        "Corrected": "Исправления",
        "Correct name or category  (Enter)": "Исправить имя или категорию  (Enter)",
        "No note recorded.": "Заметок нет.",
        "⚑ Attention: %1": "⚑ Внимание: %1",
        "Security hold: send to the supervisor desk.": "Блокировка службой безопасности: направьте к стойке руководителя.",
        "None declared": "Не заявлены",
        "Not issued yet": "Ещё не оформлен",
        "valid": "действителен",
        "revoked": "отозван",
        "reported lost": "заявлен как утерянный",
        "No. %1 · %2 · issued %3": "№ %1 · %2 · оформлен %3",
        "%1 at %2: %3": "%1, %2: %3",
        "Never": "Нет",
        "unknown desk": "неизвестная стойка",
        "Checked in %1 at %2": "Прибытие отмечено: %1, %2",
        "%n duplicate pickup(s) flagged for supervisors": [
            "%n повторная выдача отмечена для руководителей",
            "%n повторные выдачи отмечены для руководителей",
            "%n повторных выдач отмечено для руководителей",
        ],
        "%n pickup(s) undone": ["%n выдача отменена", "%n выдачи отменены", "%n выдач отменено"],
        "Only an administrator changes the category": "Категорию может изменить только администратор",
        "Not saved (%1). The record is unchanged.": "Не сохранено (%1). Запись не изменена.",
        "Not saved: this desk's database cannot be written right now. Try again; if it persists, call the supervisor.": "Не сохранено: сейчас не удаётся записать данные в базу этой стойки. Повторите попытку; если ошибка не исчезнет, позовите руководителя.",
        "Nothing changed.": "Ничего не изменилось.",
        "Correction saved on this desk; it syncs automatically.": "Исправление сохранено на этой стойке и будет синхронизировано автоматически.",
        # DetailsDialog
        "Session details": "Сведения о сессии",
        "Type": "Тип",
        "Where": "Место",
        "Audience": "Аудитория",
        "Format": "Формат",
        "Speakers": "Докладчики",
        "No conflict.": "Конфликтов нет.",
        "Conflicts:": "Конфликты:",
        "Move to…": "Перенести…",
        "Place…": "Разместить…",
        "Take off the grid": "Убрать с сетки",
        "Close": "Закрыть",
        # DropPreview
        "Drop here: no conflict.": "Сюда: конфликтов нет.",
        "Drop here: %n conflict(s)": [
            "Сюда: %n конфликт",
            "Сюда: %n конфликта",
            "Сюда: %n конфликтов",
        ],
        "… and %1 more.": "… и ещё %1.",
        # EnrolmentPanel
        "Enrol this desk": "Привязать стойку",
        "Enrol this desk with the hub": "Привязать стойку к серверу",
        "Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.": "Отсканируйте QR-код привязки сканером штрихкодов или вставьте текст привязки, выведенный командой `wufops enrol` на сервере, затем нажмите Enter.",
        "Venue CA file (only for wss:// hubs)": "Файл CA площадки (только для серверов wss://)",
        "Browse…": "Обзор…",
        "Connect": "Подключить",
        "This desk's data: %1": "Данные стойки: %1",
        "Venue CA": "CA площадки",
        "PEM files (*.pem)": "Файлы PEM (*.pem)",
        "Connecting to the hub…": "Подключение к серверу…",
        "Downloading the event from the hub (as %1)…": "Загрузка мероприятия с сервера (как %1)…",
        "Done — opening the desk.": "Готово — открываем стойку.",
        "Paste or scan the enrolment text first.": "Сначала вставьте или отсканируйте текст привязки.",
        "That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.": "Это не текст привязки (он начинается с wufops-enrol:). Отсканируйте QR-код привязки ещё раз или вставьте весь текст.",
        "The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.": "Текст привязки обрезан. Вставьте весь текст или получите новый командой `wufops enrol`.",
        "The hub address must start with ws:// or wss://. Print a new enrolment.": "Адрес сервера должен начинаться с ws:// или wss://. Создайте новую привязку.",
        "Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.": "Нет связи с сервером. Проверьте сетевой кабель или Wi-Fi и убедитесь, что сервер работает, затем нажмите Enter для повтора.",
        "The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.": "Сервер не знает этот токен. Привяжите стойку на сервере заново (`wufops enrol`) и отсканируйте новый код.",
        "This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).": "Эта привязка отозвана на сервере. Запросите новую (`wufops enrol`).",
        "This desk's data belongs to another device. Call IT.": "Данные этой стойки принадлежат другому устройству. Обратитесь в ИТ-службу.",
        "A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.": "Для сервера wss:// нужен файл CA площадки: выберите его через «Обзор…», затем нажмите «Подключить».",
        "The hub's certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.": "Сертификат сервера выдан не тем CA площадки, что указан в привязке. Обратитесь в ИТ-службу; не привязывайте стойку заново наугад.",
        "The venue CA file cannot be read: choose it again.": "Не удаётся прочитать файл CA площадки: выберите его снова.",
        "This app is older than the hub: install the hub's version.": "Версия приложения старше, чем на сервере: установите версию сервера.",
        "The download took too long. Press Enter to resume it.": "Загрузка заняла слишком много времени. Нажмите Enter, чтобы продолжить.",
        "This desk's data folder cannot be written: check the disk.": "Не удаётся записать в папку данных стойки: проверьте диск.",
        "Enrolment failed. Press Enter to try again.": "Не удалось выполнить привязку. Нажмите Enter, чтобы повторить.",
        "Finishing the current step…": "Завершение текущего шага…",
        # FindByName
        "No code? Find by name (Ctrl+F)": "Нет кода? Поиск по имени (Ctrl+F)",
        "Name, organization or registration code": "Имя, организация или код регистрации",
        "Type to search %Ln attendee(s)": [
            "Введите имя — поиск среди %Ln участника",
            "Введите имя — поиск среди %Ln участников",
            "Введите имя — поиск среди %Ln участников",
        ],
        "picked up": "выдан",
        "No match": "Не найдено",
        "%n more match(es) — type more of the name": [
            "Ещё %n совпадение — уточните имя",
            "Ещё %n совпадения — уточните имя",
            "Ещё %n совпадений — уточните имя",
        ],
        "Enter picks the highlighted person": "Enter — выбрать выделенного человека",
        # GateCard
        "SCAN": "СКАН",
        "Hold the badge QR code under the scanner": "Поднесите QR-код бейджа к сканеру",
        "ADMIT": "ПРОХОД",
        "Already counted — the same badge moments ago": "Уже учтён — этот же бейдж только что",
        "Valid badge": "Бейдж действителен",
        "DENY": "ОТКАЗ",
        "Badge revoked (lost or replaced) — send to the badge desk": "Бейдж отозван (утерян или заменён) — направьте на стойку выдачи бейджей",
        "Unknown badge — send to the badge desk": "Неизвестный бейдж — направьте на стойку выдачи бейджей",
        "Forged or damaged code — call a supervisor": "Поддельный или повреждённый код — позовите руководителя",
        "Badge of another event": "Бейдж другого мероприятия",
        "Not a badge code — scan the badge QR code": "Это не код бейджа — отсканируйте QR-код бейджа",
        "Already used": "Уже использован",
        "Security hold — call a supervisor": "Блокировка службой безопасности — позовите руководителя",
        # GatePage
        "Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.": "На пунктах входа нет программы. Где проходит сессия, спросите у координатора или на стойке выдачи бейджей.",
        # GridPainter
        "%n conflict(s)": ["%n конфликт", "%n конфликта", "%n конфликтов"],
        "%n room(s)": ["%n зал", "%n зала", "%n залов"],
        # MainWindow
        "WUF Ops": "WUF Ops",
        "%1 · %2 · times in %3": "%1 · %2 · часовой пояс: %3",
        "%Ln attendee(s)": ["%Ln участник", "%Ln участника", "%Ln участников"],
        "%Ln checked in": ["%Ln на месте", "%Ln на месте", "%Ln на месте"],
        # MoveDialog
        "Move “%1”": "Перенести «%1»",
        "Place “%1”": "Разместить «%1»",
        "%1 (%2 seats)": "%1 (мест: %2)",
        "&Room": "&Зал",
        "&Day": "&День",
        "&Start – end": "&Начало – конец",
        "Move": "Перенести",
        "Place": "Разместить",
        "ends the next day": "заканчивается на следующий день",
        "No conflict there.": "Здесь конфликтов нет.",
        "This placement would cause:": "Это размещение вызовет:",
    }
)

TABLE.update(
    {
        # Operations
        "Arrivals per 15 min by category, against the expected curve": "Прибытия за 15 мин по категориям в сравнении с ожидаемой кривой",
        "Check-ins per desk per hour": "Отметки о прибытии по стойкам за час",
        "Scan to decision, last hour (ms)": "От сканирования до решения, последний час (мс)",
        "Entries per gate zone per hour": "Проходы по зонам входа за час",
        "Badge prints and failures per printer": "Печать бейджей и сбои по принтерам",
        "Duplicate pickups and conflicts": "Повторные выдачи и конфликты",
        "Participants": "Участники",
        "VIP": "VIP",
        "Volunteers": "Волонтёры",
        "Exhibitors": "Экспоненты",
        "Unknown": "Неизвестно",
        "Expected": "Ожидается",
        "Median": "Медиана",
        "90th percentile": "90-й процентиль",
        "Printed": "Напечатано",
        "Failed": "Сбои",
        "Duplicate pickups": "Повторные выдачи",
        "Conflicts": "Конфликты",
        # OperationsWorkspace
        "Refresh": "Обновить",
        "Device": "Устройство",
        "Role": "Роль",
        "State": "Состояние",
        "Last seen": "Посл. связь",
        "Newest record": "Последняя запись",
        "Pending": "Ожидают",
        "Lag": "Задержка",
        "Attendee": "Участник",
        "Registration": "Регистрация",
        "Counted pickup": "Учтённая выдача",
        "Detected": "Обнаружено",
        "What": "Объект",
        "Field": "Поле",
        "Kept": "Сохранено",
        "Overwritten": "Перезаписано",
        "Change": "Изменение",
        "Record": "Запись",
        "Reason": "Причина",
        "Detail": "Подробности",
        "Dashboard": "Сводка",
        "Devices": "Устройства",
        "Rejected changes": "Отклонённые изменения",
        "Operations — %1": "Операции — %1",
        "not syncing: %1": "нет синхронизации: %1",
        "settings ignored (%1)": "настройки не применены (%1)",
        "Devices (%n not syncing)": [
            "Устройства (без синхронизации: %n)",
            "Устройства (без синхронизации: %n)",
            "Устройства (без синхронизации: %n)",
        ],
        "online": "в сети",
        "quiet": "молчит",
        "not syncing": "нет синхронизации",
        "never seen": "не подключалось",
        "offline": "не в сети",
        "this desk": "эта стойка",
        "%1 (this desk)": "%1 (эта стойка)",
        "This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them": "Эта стойка: её собственное соединение и операции, которые сервер ещё не подтвердил; задержка — возраст самой старой из них",
        "As the hub recorded it; lag: how late its recent work arrived": "По данным сервера; задержка — насколько поздно пришли последние изменения устройства",
        "As replicated to this desk: last seen is the hub's last contact or its newest record here. Only the hub knows other devices' pending ops and lag.": "По данным, реплицированным на эту стойку: «Посл. связь» — последний контакт с сервером или самая новая запись устройства здесь. Ожидающие операции и задержку других устройств знает только сервер.",
        "never": "никогда",
        "just now": "только что",
        "%1 min ago": "%1 мин назад",
        "%1 s": "%1 с",
        "%1 h": "%1 ч",
        "Wall screen (F11)": "Режим табло (F11)",
        "Badge sharing or double queueing: check with the attendee": "Бейдж передан другому или получен дважды в разных очередях: уточните у участника",
        "Devices: %1": "Устройства: %1",
        "Duplicate pickups: %1": "Повторные выдачи: %1",
        "Conflicts: %1": "Конфликты: %1",
        "Rejected changes from this device: %1": "Отклонённые изменения с этого устройства: %1",
        # ProgressWindow
        "Preparing the demo event": "Подготовка демо-мероприятия",
        "Creating the demo event": "Создание демо-мероприятия",
        "%Ln attendee(s) from 182 countries — only on the first run.": [
            "%Ln участник из 182 стран — только при первом запуске.",
            "%Ln участника из 182 стран — только при первом запуске.",
            "%Ln участников из 182 стран — только при первом запуске.",
        ],
        "Cancelling…": "Отмена…",
        # ReleaseDialog
        "Release the schedule": "Публикация программы",
        "Note for this version (optional)": "Примечание к версии (необязательно)",
        "Release now": "Опубликовать",
        "Show in the conflicts panel": "Показать в панели конфликтов",
        "The schedule cannot be released: %n conflict(s) block it.": [
            "Программу нельзя опубликовать: её блокирует %n конфликт.",
            "Программу нельзя опубликовать: её блокируют %n конфликта.",
            "Программу нельзя опубликовать: её блокируют %n конфликтов.",
        ],
        "Fix them, or lower their rule's severity, then release.": "Устраните их или понизьте критичность их правила, затем опубликуйте.",
        "Release version %1": "Опубликовать версию %1",
        "%n added": ["%n добавлена", "%n добавлены", "%n добавлено"],
        "%n moved": ["%n перенесена", "%n перенесены", "%n перенесено"],
        "%n edited": ["%n изменена", "%n изменены", "%n изменено"],
        "%n removed": ["%n удалена", "%n удалены", "%n удалено"],
        "Since version %1:": "С версии %1:",
        "First release:": "Первая публикация:",
        "Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.": "Все размещённые запланированные сессии войдут в публикацию и получат статус «Опубликована»; черновики не публикуются. В экспортируемых файлах указывается номер версии.",
        # ReprintPanel
        "Reprint the badge — why? (↑/↓ choose, Enter reprints)": "Перепечатать бейдж — почему? (↑/↓ — выбор, Enter — печать)",
        "Damaged — same badge number": "Повреждён — тот же номер бейджа",
        "Lost — the old badge stops working at the gates": "Утерян — старый бейдж перестанет действовать на входе",
        "Name corrected — same badge number": "Имя исправлено — тот же номер бейджа",
        "Reprint (Enter)": "Перепечатать (Enter)",
        # RoomsDialog
        "Rooms": "Залы",
        "Find a room": "Найти зал",
        "Tick the rooms to show; drag to reorder; ★ pins to the top.": "Отметьте залы для показа; перетаскивайте, чтобы изменить порядок; ★ закрепляет наверху.",
        "%1 — %2 seats · %3": "%1 — мест: %2 · %3",
        "★ Favourite": "★ Избранное",
        "Pin the selected room to the top of the grid": "Закрепить выбранный зал вверху сетки",
        "Show all": "Показать все",
        "Show none": "Скрыть все",
        "Favourites only": "Только избранные",
        "Done": "Готово",
        # RunPanel
        "Batch run": "Пакетная печать",
        "Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.": "Бейджи для предварительной печати, по странам, затем по фамилиям. Участникам без бейджа он будет оформлен. Каждый записанный бейдж считается напечатанным, поэтому стойки не будут печатать его повторно при выдаче.",
        "No limit": "Без ограничения",
        "Only the first N badges of the selection (empty: all)": "Только первые N бейджей из выборки (пусто — все)",
        "Where to write the PDF": "Куда записать PDF",
        "C&hoose…": "&Выбрать…",
        "Ca&tegory": "&Категория",
        "C&ountry": "&Страна",
        "Li&mit": "&Лимит",
        "Output &file": "Выходной &файл",
        "&Run batch": "&Запустить печать",
        "Stop the run (Esc); nothing is written": "Остановить печать (Esc); ничего не будет записано",
        "Open fol&der": "Открыть &папку",
        "Counting…": "Подсчёт…",
        "Could not count the selection": "Не удалось подсчитать выборку",
        "No attendee matches these filters": "Нет участников, подходящих под эти фильтры",
        "%Ln badge(s) selected": ["Выбран %Ln бейдж", "Выбрано %Ln бейджа", "Выбрано %Ln бейджей"],
        "%Ln badge(s) written to %1": [
            "%Ln бейдж записан в %1",
            "%Ln бейджа записано в %1",
            "%Ln бейджей записано в %1",
        ],
        "%Ln page(s)": ["%Ln страница", "%Ln страницы", "%Ln страниц"],
        "%Ln newly issued": [
            "%Ln оформлен впервые",
            "%Ln оформлено впервые",
            "%Ln оформлено впервые",
        ],
        "%Ln character(s) could not be set in any bundled font: check those badges": [
            "%Ln символа нет ни в одном встроенном шрифте: проверьте эти бейджи",
            "%Ln символов нет ни в одном встроенном шрифте: проверьте эти бейджи",
            "%Ln символов нет ни в одном встроенном шрифте: проверьте эти бейджи",
        ],
        "Write badges to": "Записать бейджи в",
        "PDF files (*.pdf)": "Файлы PDF (*.pdf)",
        "Starting…": "Запуск…",
        "Issuing badges: %1": "Оформление бейджей: %1",
        "Writing badges: %1": "Запись бейджей: %1",
        "Recording them as printed: %1": "Отметка как напечатанных: %1",
        "Cancelled. No file was written and no badge was marked printed.": "Отменено. Файл не записан, ни один бейдж не отмечен как напечатанный.",
        "Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.": "Не удаётся записать %1. Выберите папку с правом записи или закройте файл, если он открыт в другой программе.",
        "Choose where to write the PDF first.": "Сначала выберите, куда записать PDF.",
        "This layout cannot be used: pick another one.": "Этот макет нельзя использовать: выберите другой.",
        "No attendee matches these filters: change the category, country or limit.": "Нет участников, подходящих под эти фильтры: измените категорию, страну или лимит.",
        "This event is not in the database any more.": "Этого мероприятия больше нет в базе данных.",
        "The database holds several events; open one event.": "В базе данных несколько мероприятий; откройте одно из них.",
        "Two attendees share a badge reference; ask the hub operator to fix it before printing.": "У двух участников одинаковый идентификатор бейджа; перед печатью попросите оператора сервера исправить это.",
        "This device has used up its badge serial numbers: sync with the hub.": "Устройство израсходовало свои серийные номера бейджей: выполните синхронизацию с сервером.",
        "This device has no badge serial numbers yet: sync with the hub.": "У устройства ещё нет серийных номеров бейджей: выполните синхронизацию с сервером.",
        "Could not open the event database.": "Не удалось открыть базу данных мероприятия.",
        "The run stopped with an error (%1).": "Печать остановлена из-за ошибки (%1).",
    }
)

TABLE.update(
    {
        # ScheduleEditor
        "Not changed: %1": "Не изменено: %1",
        "%n conflict(s):": ["%n конфликт:", "%n конфликта:", "%n конфликтов:"],
        "Moved “%1” to %2.": "Сессия «%1» перенесена: %2.",
        "Placed “%1” in %2.": "Сессия «%1» размещена: %2.",
        "Took “%1” off the grid.": "Сессия «%1» убрана с сетки.",
        "“%1”: %2.": "«%1»: %2.",
        "Undone: %1": "Отменено: %1",
        "Redone: %1": "Повторено: %1",
        # ScheduleGrid
        "Schedule grid": "Сетка программы",
        # ScheduleStyle
        "Plenary": "Пленарное заседание",
        "Assembly": "Ассамблея",
        "Dialogue": "Диалог",
        "Roundtable": "Круглый стол",
        "Side event": "Параллельное мероприятие",
        "Networking": "Нетворкинг",
        "Training": "Обучение",
        "PL": "ПЛ",
        "AS": "АС",
        "DI": "ДИ",
        "RT": "КС",
        "SE": "ПМ",
        "NW": "НТ",
        "TR": "ОБ",
        "Draft": "Черновик",
        "Scheduled": "Запланирована",
        "Released": "Опубликована",
        "Cancelled": "Отменена",
        "Blocks release": "Блокирует публикацию",
        "Warning": "Предупреждение",
        "Off": "Отключено",
        "Room overlap": "Пересечение в зале",
        "Room unavailable": "Зал недоступен",
        "Speaker double-booked": "Докладчик занят дважды",
        "Speaker unavailable": "Докладчик недоступен",
        "Over capacity": "Превышена вместимость",
        "Channel overlap": "Пересечение на канале",
        "No stream encoder": "Нет кодера",
        "Streamed, do-not-stream": "Трансляция запрещена",
        "Captions or sign not streamed": "Нет субтитров или сурдоперевода",
        "In person": "Очный",
        "Hybrid": "Гибридный",
        "Online": "Онлайн",
        # ScheduleToolbar
        "Find a session (Ctrl+F)": "Найти сессию (Ctrl+F)",
        "Filter rooms": "Фильтр залов",
        "Rooms…": "Залы…",
        "Choose, pin and order the rooms shown": "Выбрать, закрепить и упорядочить отображаемые залы",
        "Order of the rooms": "Порядок залов",
        "By name": "По имени",
        "By floor": "По этажу",
        "By capacity": "По местам",
        "My order": "Мой порядок",
        "Channels": "Каналы",
        "Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)": "Показать или скрыть дорожки каналов трансляции над залами (Ctrl+Shift+L)",
        "Compact": "Компактно",
        "Lower rows: more rooms on the screen": "Строки ниже — больше залов на экране",
        "Show cancelled": "Отменённые",
        "Show cancelled sessions (greyed and struck through)": "Показывать отменённые сессии (серые и зачёркнутые)",
        "Zoom out (Ctrl+−)": "Уменьшить (Ctrl+−)",
        "Zoom in (Ctrl++)": "Увеличить (Ctrl++)",
        "Undo": "Отменить",
        "Redo": "Вернуть",
        "Room, day and time of the selected session (Ctrl+M)": "Зал, день и время выбранной сессии (Ctrl+M)",
        # ScheduleWorkspace
        "Release": "Публикация",
        "Read only: this device's role (%1) can look sessions up; only coordinators change the schedule.": "Только просмотр: роль этого устройства (%1) позволяет искать сессии; изменять программу могут только координаторы.",
        "check-in desk": "стойка выдачи бейджей",
        "entry gate": "пункт входа",
        "coordinator": "координатор",
        "administrator": "администратор",
        "Channel lanes shown.": "Дорожки каналов показаны.",
        "Channel lanes hidden.": "Дорожки каналов скрыты.",
        "Show channel lanes": "Показать дорожки каналов",
        "No stream channels in this event": "В мероприятии нет каналов трансляции",
        "To place (%1)": "Не размещены (%1)",
        "Conflicts (%1)": "Конфликты (%1)",
        "%n found": ["найдена %n", "найдено %n", "найдено %n"],
        "Select a session for its details (Enter). Ctrl+F finds a session.": "Выберите сессию, чтобы увидеть сведения (Enter). Ctrl+F — поиск сессии.",
        "Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…": "Перетаскивание: перенос · край: изменить длительность · Ctrl+стрелки: перенос · Delete: убрать с сетки · Enter: сведения · Ctrl+M: Перенести…",
        "Undo: %1 (Ctrl+Z)": "Отменить: %1 (Ctrl+Z)",
        "Nothing to undo": "Нечего отменять",
        "Redo: %1 (Ctrl+Shift+Z)": "Повторить: %1 (Ctrl+Shift+Z)",
        "Nothing to redo": "Нечего повторять",
        "Released version %1.": "Опубликована версия %1.",
        "Details…": "Сведения…",
        # SettingsPanel
        "Desk settings": "Настройки стойки",
        "Badge pickup": "Выдача бейджей",
        "Entry gate": "Пункт входа",
        " s": " с",
        "off": "выкл.",
        "The same badge again at this gate within this time counts one entry": "Повторный проход с тем же бейджем на этом пункте в пределах этого времени считается одним входом",
        "Sound per outcome": "Звук по результату",
        "Desk or gate name": "Название стойки или входа",
        "Mode": "Режим",
        "Printer": "Принтер",
        "PDF folder (no printer)": "Папка PDF (без принтера)",
        "Badge stock (layout)": "Бланк бейджа (макет)",
        "Gate zone": "Зона входа",
        "Gate: same badge again within": "Вход: повтор бейджа за",
        "Save (Enter)": "Сохранить (Enter)",
        "No printer — save PDF files": "Без принтера — сохранять PDF",
        "%1 (not found)": "%1 (не найден)",
        # StatusCommand
        "Set status of “%1”": "Изменение статуса «%1»",
        # StreamTexts
        "PLANNED": "ПЛАН",
        "TESTING": "ТЕСТ",
        "LIVE": "В ЭФИРЕ",
        "COMPLETE": "ЗАВЕРШЕНО",
        "OFF AIR": "НЕ В ЭФИРЕ",
        "IS": "МЖЯ",
        "%1: “%2” was taken off the plan.": "%1: «%2» больше нет в плане.",
        "%1: nothing is planned on this channel.": "%1: на этом канале ничего не запланировано.",
        "This device may not change stream statuses: only coordinator and admin devices may.": "Это устройство не может менять статусы трансляций: это могут только устройства координаторов и администраторов.",
        "%1: the status was not changed (%2).": "%1: статус не изменён (%2).",
        "Press T to test or L to go live.": "Нажмите T для теста или L для выхода в эфир.",
        "Press L to go live or P to go back to planned.": "Нажмите L для выхода в эфир или P для возврата в ПЛАН.",
        "Press C when it is over.": "По окончании нажмите C.",
        "Press L to put it back on air.": "Нажмите L, чтобы вернуть в эфир.",
        "%1: “%2” is already planned.": "%1: «%2» уже в статусе ПЛАН.",
        "%1: “%2” is already in testing.": "%1: «%2» уже в статусе ТЕСТ.",
        "%1: “%2” is already live.": "%1: «%2» уже в эфире.",
        "%1: “%2” is already complete.": "%1: «%2» уже в статусе ЗАВЕРШЕНО.",
        "%1: “%2” already has that status.": "%1: у «%2» уже этот статус.",
        "%1: “%2” is planned — it cannot go to complete.": "%1: «%2» в статусе ПЛАН — перевести в ЗАВЕРШЕНО нельзя.",
        "%1: “%2” is in testing — it cannot go to complete.": "%1: «%2» в статусе ТЕСТ — перевести в ЗАВЕРШЕНО нельзя.",
        "%1: “%2” is live — it cannot go back to planned.": "%1: «%2» в эфире — вернуть в ПЛАН нельзя.",
        "%1: “%2” is live — it cannot go back to testing.": "%1: «%2» в эфире — вернуть в ТЕСТ нельзя.",
        "%1: “%2” is complete — it cannot go back to planned.": "%1: «%2» в статусе ЗАВЕРШЕНО — вернуть в ПЛАН нельзя.",
        "%1: “%2” is complete — it cannot go back to testing.": "%1: «%2» в статусе ЗАВЕРШЕНО — вернуть в ТЕСТ нельзя.",
        "%1: “%2” cannot take that status now.": "%1: «%2» сейчас нельзя перевести в этот статус.",
        "%1: “%2” is now PLANNED.": "%1: «%2» — теперь ПЛАН.",
        "%1: “%2” is now TESTING.": "%1: «%2» — теперь ТЕСТ.",
        "%1: “%2” is now LIVE.": "%1: «%2» — теперь В ЭФИРЕ.",
        "%1: “%2” is now COMPLETE.": "%1: «%2» — теперь ЗАВЕРШЕНО.",
        "%1: “%2” has a new status.": "%1: у «%2» новый статус.",
        "“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.": "Сессиям «%1» и «%2» нужен %3: с учётом запаса времени они пересекаются на %4 мин. Переведите одну из них на другой канал или сократите её запас времени.",
        "“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.": "Сессия «%1» запланирована к трансляции, но в зале %2 нет кодера. Перенесите её в зал с кодером или отмените её слот трансляции.",
        "“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.": "Сессия «%1» отмечена «без трансляции», но запланирована на канале %2. Отмените слот или снимите отметку «без трансляции», если трансляция разрешена.",
        "“%1” requires captions in %2, which its stream on %3 does not carry.": "Для сессии «%1» нужны субтитры (%2), но в её трансляции на канале %3 их нет.",
        "“%1” requires sign language %2, which its stream on %3 does not carry.": "Для сессии «%1» нужен жестовый язык (%2), но в её трансляции на канале %3 его нет.",
        # StreamsWorkspace
        "Live board": "Табло эфира",
        "↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen": "↑ ↓ или 1–8: канал · T тест · L эфир · C завершено · P план · F11 табло",
        "Choose a channel, then T, L, C or P to change its status.": "Выберите канал, затем нажмите T, L, C или P, чтобы изменить статус.",
        # SyncStatusWidget
        "● Standalone": "● Автономно",
        "This desk is not connected to a hub": "Стойка не подключена к серверу",
        "Syncing…": "Синхронизация…",
        "Connecting…": "Подключение…",
        "Offline — working locally": "Нет связи — локальный режим",
        "Sync stopped": "Синхронизация остановлена",
        "%n pending": ["%n ожидает", "%n ожидают", "%n ожидают"],
        "%n rejected": ["%n отклонена", "%n отклонены", "%n отклонено"],
        "%n refused: this desk's clock was wrong": [
            "%n не принята: неверные часы стойки",
            "%n не приняты: неверные часы стойки",
            "%n не принято: неверные часы стойки",
        ],
        "last sync %1": "последняя синхронизация %1",
        "never synced": "синхронизации не было",
        "hub clock %1 s": "часы сервера %1 с",
        "Device %1 (%2)": "Устройство %1 (%2)",
        "Badge signing key %1 certified by the hub": "Ключ подписи бейджей %1 сертифицирован сервером",
        "The hub did not certify this desk's badge key (%1): lost-badge reprints need the hub until it does": "Сервер не сертифицировал ключ бейджей этой стойки (%1): до этого перепечатка утерянных бейджей возможна только через сервер",
        "This computer's clock is %1 s off the hub's: the desk uses the hub's time": "Часы этого компьютера расходятся с сервером на %1 с: стойка использует время сервера",
        "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor": [
            "Сервер не принял %n операцию с неверной отметкой времени (clock_skew): данные сохранены на этой стойке — сообщите руководителю",
            "Сервер не принял %n операции с неверной отметкой времени (clock_skew): данные сохранены на этой стойке — сообщите руководителю",
            "Сервер не принял %n операций с неверной отметкой времени (clock_skew): данные сохранены на этой стойке — сообщите руководителю",
        ],
        "Last problem: %1": "Последняя проблема: %1",
        "the hub cannot be reached; retrying": "сервер недоступен; повторная попытка",
        "the hub refused this device's token: enrol it again": "сервер отклонил токен этого устройства: привяжите его заново",
        "this device has been revoked by a supervisor": "это устройство отозвано руководителем",
        "this data belongs to another enrolled device: call IT": "эти данные принадлежат другому привязанному устройству: обратитесь в ИТ-службу",
        "this app is older than the hub: upgrade it": "версия приложения старше, чем на сервере: обновите приложение",
        "the hub's certificate is not the venue's: call IT": "сертификат сервера не принадлежит площадке: обратитесь в ИТ-службу",
        "some changes from the hub could not be applied here": "часть изменений с сервера не удалось применить здесь",
        "this replica differed from the hub and was reloaded": "эта копия данных расходилась с сервером и была загружена заново",
        "an unexpected sync error; retrying (see the log)": "непредвиденная ошибка синхронизации; повторная попытка (см. журнал)",
        "the hub holds too many connections from this device at once (is the app open twice?); retrying later": "у сервера слишком много одновременных подключений с этого устройства (приложение открыто дважды?); повторная попытка позже",
        "the hub asked this desk to slow down; retrying shortly": "сервер попросил стойку снизить частоту запросов; повторная попытка через несколько секунд",
        "too many refused connections from this network address; retrying later": "слишком много отклонённых подключений с этого сетевого адреса; повторная попытка позже",
        "the hub is busy; retrying shortly": "сервер перегружен; повторная попытка через несколько секунд",
        "this device has synced too many copies of its data: call IT to re-enrol it": "это устройство синхронизировало слишком много копий своих данных: обратитесь в ИТ-службу для повторной привязки",
        "the hub failed on a request; retrying (see its log)": "ошибка сервера при обработке запроса; повторная попытка (см. журнал сервера)",
        # UndoPanel
        "Undo this check-in — why?": "Отменить отметку о прибытии — почему?",
        "e.g. scanned the wrong badge": "например, отсканирован не тот бейдж",
        "Undo check-in (Enter)": "Отменить отметку (Enter)",
        "Type a reason first.": "Сначала укажите причину.",
        # UnscheduledPanel
        "Search sessions to place": "Поиск неразмещённых сессий",
        "Choose a room and time for the selected session (Enter)": "Выбрать зал и время для выбранной сессии (Enter)",
        "Drag a session onto the grid, or select it and press Enter.": "Перетащите сессию на сетку или выберите её и нажмите Enter.",
        "Sessions not placed yet.": "Сессии, ещё не размещённые на сетке.",
        "%n session(s) to place": [
            "%n сессия ждёт размещения",
            "%n сессии ждут размещения",
            "%n сессий ждут размещения",
        ],
        "%1 of %2 shown": "Показано %1 из %2",
        # Workspaces
        "Attendees": "Участники",
        "Operations": "Операции",
        "Badges": "Бейджи",
        "Schedule": "Программа",
        "Streams": "Трансляции",
        # _Panel
        "Cancel (Esc)": "Отмена (Esc)",
        # _SetupWindow
        "Preparing the demo hub": "Подготовка демо-сервера",
        "Issuing a signed badge for every attendee…": "Оформление подписанного бейджа для каждого участника…",
        "Issuing signed badges: %1 of %2": "Оформление подписанных бейджей: %1 из %2",
        "Starting the hub and loading the event on this desk…": "Запуск сервера и загрузка мероприятия на эту стойку…",
    }
)

BY_CONTEXT: dict[tuple[str, str], str | list[str]] = {
    ("DetailPanel", "Not checked in"): "Прибытие не отмечено",
    ("OperationsWorkspace", "revoked"): "отозвано",
    ("SyncStatusWidget", "Online"): "В сети",
}

# -- delta: the language picker at the foot of the rail (ui/main_window.py) --
TABLE.update(
    {
        "Language": "Язык",
        "Language of this desk": "Язык этой стойки",
    }
)

# -- delta: clearer English sources (main, 5675947 and 4ac435f); adapted from the
# translations of the texts they replace --
TABLE.update(
    {
        "%1 min after %2; the room needs %3 min to change over": "%1 мин после %2; залу нужно %3 мин "
        "на подготовку",
        "%1 min before %2; the room needs %3 min to change over": "%1 мин до %2; залу нужно %3 мин на "
        "подготовку",
        "This session has no default length: give its end time.": "У сессии нет продолжительности по "
        "умолчанию: укажите время "
        "окончания.",
        "A session becomes released only when a release publishes it.": "Сессия становится "
        "опубликованной, только когда "
        "её публикует выпуск "
        "программы.",
        "Say why you are correcting this record.": "Укажите, почему вы исправляете эту запись.",
        "Open these desks: %1.": "Откройте эти стойки: %1.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "Бейдж "
        "выдан "
        "после "
        "последней "
        "синхронизации "
        "этой "
        "стойки: "
        "проверен "
        "по "
        "человеку, "
        "на "
        "которого "
        "он "
        "выписан. "
        "Перепечатать "
        "его "
        "здесь "
        "можно "
        "после "
        "следующей "
        "синхронизации.",
        "Correct name or category (Enter)": "Исправить имя или категорию (Enter)",
        "%n change(s) since then.": [
            "С тех пор %n изменение.",
            "С тех пор %n изменения.",
            "С тех пор %n изменений.",
        ],
        "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": "%1: ожидается %2 чел., а "
        "вместимость зала %3 — "
        "%4. Перенесите сессию в "
        "зал побольше.",
    }
)

# -- imported from delta_ru.py --
TABLE.update(
    {
        "International Sign": "Международный жестовый язык",
        "Turkish Sign Language": "Турецкий жестовый язык",
        "Russian Sign Language": "Русский жестовый язык",
        "American Sign Language": "Американский жестовый язык",
        "British Sign Language": "Британский жестовый язык",
        "Captions in %1": "Субтитры (%1)",
        "required": "обязательный",
        "advised": "рекомендуемый",
        "✓ Covered": "✓ Обеспечена",
        "◐ Partly covered": "◐ Частично обеспечена",
        "✗ Not covered": "✗ Не обеспечена",
        "%1/%2": "%1/%2",
        "%n min": ["%n мин", "%n мин", "%n мин"],
        "%n h": ["%n ч", "%n ч", "%n ч"],
        "%1 h %2 min": "%1 ч %2 мин",
        "Does not work in this language.": "Не работает с этим языком.",
        "Not WFD-WASLI accredited, which a high-level session needs for International Sign.": "Нет "
        "аккредитации "
        "WFD-WASLI, "
        "необходимой "
        "для "
        "международного "
        "жестового "
        "языка "
        "на "
        "сессии "
        "высокого "
        "уровня.",
        "Declared no availability.": "Время доступности не заявлено.",
        "Not available then (arrival included).": "Вне заявленного времени доступности (с учётом "
        "прибытия).",
        "Absent then.": "В это время отсутствует.",
        "Already working at an overlapping session.": "Уже работает на пересекающейся сессии.",
        "No time to travel from or to another room.": "Не успевает перейти из другого зала или в "
        "другой зал.",
        "Would pass the day's cap.": "Превысит дневной лимит.",
        "Would work too long without a rest.": "Будет работать слишком долго без перерыва.",
        "Deaf interpreter: needs a hearing feed interpreter.": "Глухой переводчик: нужен слышащий "
        "подающий переводчик.",
        "The slot is locked.": "Слот закреплён.",
        "Fits. Works %1 that day so far.": "Подходит. Уже работает в этот день: %1.",
        "Fits with a hearing feed interpreter. Works %1 that day so far.": "Подходит в паре со "
        "слышащим подающим "
        "переводчиком. Уже "
        "работает в этот день: %1.",
        "%1 is assigned to %2 at “%3”.": "Назначение: %1 — %2, «%3».",
        "%1 is assigned to %2 at “%3”, although they do not fit:": "Назначение: %1 — %2, «%3», хотя "
        "исполнитель не подходит:",
        "%1 at “%2” is open again.": "Слот снова свободен: %1, «%2».",
        "%1 at “%2” is locked: every later solve keeps it.": "Слот закреплён: %1, «%2». Последующие "
        "расчёты его не изменят.",
        "%1 at “%2” is unlocked: a solve may change it.": "Слот откреплён: %1, «%2». Расчёт может его "
        "изменить.",
        "This device may not change assignments: only coordinator and admin devices may.": "Это "
        "устройство "
        "не может "
        "менять "
        "назначения: "
        "это могут "
        "только "
        "устройства "
        "координаторов "
        "и "
        "администраторов.",
        "The slot is locked. Unlock it (L) before changing it.": "Слот закреплён. Открепите его (L), "
        "прежде чем изменять.",
        "This slot is no longer needed: the session changed.": "Этот слот больше не нужен: сессия "
        "изменилась.",
        "This provider is no longer in the event.": "Этого исполнителя больше нет в мероприятии.",
        "Interpreters take sign-language slots and captioners take caption slots.": "Слоты жестового "
        "языка — для "
        "переводчиков, "
        "слоты субтитров "
        "— для "
        "субтитровщиков.",
        "A provider cannot feed themselves.": "Исполнитель не может быть подающим сам для себя.",
        "Some of these slots changed since the solve started. Solve again.": "Некоторые из этих "
        "слотов изменились после "
        "начала расчёта. "
        "Запустите расчёт снова.",
        "The change was not made (%1).": "Изменение не внесено (%1).",
        "%1, slot %2": "%1, слот %2",
        "The proposal changes %n slot(s).": [
            "Предложение меняет %n слот.",
            "Предложение меняет %n слота.",
            "Предложение меняет %n слотов.",
        ],
        "Required units filled: %1 of %2. Advised units filled: %3 of %4.": "Обязательные позиции: "
        "заполнено %1 из %2. "
        "Рекомендуемые позиции: "
        "заполнено %3 из %4.",
        "Largest load of one provider: %1 on one day, %2 over the whole event.": "Наибольшая нагрузка "
        "одного исполнителя: "
        "%1 за день, %2 за "
        "всё мероприятие.",
        "Stopped: this is the best plan found before the stop.": "Остановлено: это лучший план, "
        "найденный до остановки.",
        "A quick plan (the optimiser did not run to the end).": "Быстрый план (оптимизация не "
        "доведена до конца).",
        "The best plan: no plan covers more.": "Лучший план: ни один другой план не покрывает больше.",
        "A good plan found within the time limit.": "Хороший план, найденный в пределах лимита "
        "времени.",
        "Accepted: %n slot(s) changed.": [
            "Принято: изменён %n слот.",
            "Принято: изменено %n слота.",
            "Принято: изменено %n слотов.",
        ],
        "Access services": "Услуги доступности",
        "&Solve": "Рассчитать (&S)",
        "%v of %m required": "%v из %m обязательных",
        "Drag a provider onto a slot to assign them.": "Чтобы назначить исполнителя, перетащите его "
        "на слот.",
        "Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.": "Синий: "
        "жестовый "
        "язык; "
        "фиолетовый: "
        "субтитры; "
        "бледнее: "
        "подача "
        "глухому "
        "переводчику; "
        "⚑ "
        "и "
        "толстая "
        "рамка: "
        "закреплено; "
        "штриховка: "
        "переход "
        "(красная, "
        "если "
        "времени "
        "мало); "
        "красное "
        "подчёркивание: "
        "слишком "
        "долго "
        "без "
        "перерыва. "
        "Часы "
        "с "
        "07:00 "
        "до "
        "21:00.",
        "Coverage": "Покрытие",
        "Providers": "Исполнители",
        "Unmet demand": "Дефицит",
        "Proposal": "Предложение",
        "Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve": "Enter: "
        "назначить "
        "· "
        "Delete: "
        "освободить "
        "· "
        "L: "
        "закрепить "
        "или "
        "открепить "
        "· "
        "перетащите "
        "исполнителя "
        "на "
        "слот "
        "· "
        "Ctrl+PgUp "
        "/ "
        "Ctrl+PgDown: "
        "день "
        "· "
        "Alt+S: "
        "рассчитать "
        "· "
        "Esc: "
        "остановить "
        "расчёт",
        "Choose a session, then a slot: Enter assigns, L locks.": "Выберите сессию, затем слот: Enter "
        "— назначить, L — закрепить.",
        "Read only: this device's role cannot change assignments; only coordinators do.": "Только "
        "просмотр: "
        "роль этого "
        "устройства "
        "не "
        "позволяет "
        "менять "
        "назначения; "
        "это могут "
        "только "
        "координаторы.",
        "Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.": "Предпросмотр: "
        "сетка "
        "показывает "
        "план "
        "таким, "
        "каким "
        "его "
        "сделает "
        "предложение. "
        "Прежде "
        "чем "
        "менять "
        "слоты "
        "вручную, "
        "примите "
        "или "
        "отклоните "
        "предложение "
        "(вкладка "
        "«Предложение»).",
        "Choose a session to see its slots.": "Выберите сессию, чтобы увидеть её слоты.",
        "“%1” — %2, %3. %4.": "«%1» — %2, %3. %4.",
        "Accept or discard the proposal first (Proposal tab).": "Сначала примите или отклоните "
        "предложение (вкладка «Предложение»).",
        "Who takes %1 at “%2”?": "Кого назначить? %1, «%2»",
        "Solving… Esc stops it and keeps the best plan found so far.": "Идёт расчёт… Esc — остановить "
        "и оставить лучший найденный "
        "план.",
        "A first plan is made.": "Первый план готов.",
        "Covering as many units as possible…": "Заполнение как можно большего числа позиций…",
        "Evening out the loads…": "Выравнивание нагрузки…",
        "Finishing…": "Завершение…",
        "Stopping the solve…": "Остановка расчёта…",
        "The solve found nothing to change.": "Расчёт завершён: изменять нечего.",
        "The solve failed: %1": "Ошибка расчёта: %1",
        "The proposal was discarded; nothing changed.": "Предложение отклонено; ничего не изменилось.",
        "Session": "Сессия",
        "Slot": "Слот",
        "Time": "Время",
        "Room": "Зал",
        "Now": "Сейчас",
        "Proposed": "Предложено",
        "— open —": "— свободен —",
        "%1 with feed %2": "%1 (подающий: %2)",
        "Services filled": "Заполнение услуг",
        "%1: %2 of %3 units filled (%4 required).": "%1: позиций заполнено %2 из %3 (обязательных: "
        "%4).",
        "Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.": "На "
        "пунктах "
        "входа "
        "нет "
        "плана "
        "услуг "
        "доступности. "
        "Кто "
        "обеспечивает "
        "сурдоперевод "
        "или "
        "субтитры "
        "на "
        "сессии, "
        "спросите "
        "у "
        "координатора "
        "услуг "
        "доступности.",
        "Assign a provider": "Назначить исполнителя",
        "Type to find a provider by name": "Введите имя, чтобы найти исполнителя",
        "Type a name · ↑ ↓ choose · Enter assign · Esc close": "Введите имя · ↑ ↓ выбор · Enter "
        "назначить · Esc закрыть",
        "Assign": "Назначить",
        "◆ %1 — %2": "◆ %1 — %2",
        "✓ %1 — %2": "✓ %1 — %2",
        "✗ %1 — %2": "✗ %1 — %2",
        "Choose the hearing interpreter who feeds %1 in this slot.": "Глухой переводчик %1: выберите "
        "слышащего подающего переводчика "
        "для этого слота.",
        "Run a solve to see a proposal here.": "Запустите расчёт, чтобы здесь появилось предложение.",
        "&Accept the proposal": "&Принять предложение",
        "&Discard it": "&Отклонить",
        "The coverage grid shows the plan as the proposal would leave it.": "Сетка покрытия "
        "показывает план таким, "
        "каким его сделает "
        "предложение.",
        "Provider": "Исполнитель",
        "Load that day": "Нагрузка за день",
        "Day": "День",
        "captioner": "субтитровщик",
        "Deaf interpreter": "глухой переводчик",
        "interpreter": "переводчик",
        "Travel to another room: %n min.": [
            "Переход в другой зал: %n мин.",
            "Переход в другой зал: %n мин.",
            "Переход в другой зал: %n мин.",
        ],
        "%1 in %2: %3, %4 (feeding the Deaf interpreter).": "%1, зал %2: %3, %4 (подача глухому "
        "переводчику).",
        "%1 in %2: %3, %4.": "%1, зал %2: %3, %4.",
        "%1 Locked.": "%1 Слот закреплён.",
        "Not working": "Не работает",
        "%n assignment(s)": ["%n назначение", "%n назначения", "%n назначений"],
        "Assigned": "Назначен",
        "Lock": "Закрепление",
        "⚠ %1 (does not count: see the rules)": "⚠ %1 (не засчитывается: см. правила)",
        "⚑ Locked": "⚑ Закреплён",
        "Assign… (Enter)": "Назначить… (Enter)",
        "Clear (Delete)": "Освободить (Delete)",
        "Lock or unlock (L)": "Закрепить/открепить (L)",
        "No provider has this language (or the accreditation it needs).": "Нет исполнителей с этим "
        "языком (или с нужной "
        "аккредитацией).",
        "Nobody with this language declared they can work then, or they are absent.": "Никто из "
        "владеющих этим "
        "языком не "
        "заявил, что "
        "может работать "
        "в это время, "
        "или они "
        "отсутствуют.",
        "Everyone who could is already working at that time.": "Все, кто подходит, в это время уже "
        "работают.",
        "Those free then have reached their day's cap or need a rest.": "Свободные в это время "
        "исчерпали дневной лимит или "
        "нуждаются в перерыве.",
        "%1 (WFD-WASLI accredited)": "%1 (с аккредитацией WFD-WASLI)",
        "%n more provider(s) of %1 on the morning of %2.": [
            "%1: нужен ещё %n исполнитель (%2, утро).",
            "%1: нужны ещё %n исполнителя (%2, утро).",
            "%1: нужно ещё %n исполнителей (%2, утро).",
        ],
        "%n more provider(s) of %1 on the afternoon of %2.": [
            "%1: нужен ещё %n исполнитель (%2, вторая половина дня).",
            "%1: нужны ещё %n исполнителя (%2, вторая половина дня).",
            "%1: нужно ещё %n исполнителей (%2, вторая половина дня).",
        ],
        "%n more provider(s) of %1 on the evening of %2.": [
            "%1: нужен ещё %n исполнитель (%2, вечер).",
            "%1: нужны ещё %n исполнителя (%2, вечер).",
            "%1: нужно ещё %n исполнителей (%2, вечер).",
        ],
        "Why it is open": "Почему свободен",
        "Smallest change that covers it": "Что минимально нужно",
        "Every unit of demand is filled: nothing is open.": "Вся потребность покрыта: незаполненных "
        "позиций нет.",
        "%n required unit(s) open.": [
            "Не заполнена %n обязательная позиция.",
            "Не заполнены %n обязательные позиции.",
            "Не заполнено %n обязательных позиций.",
        ],
        "%n advised unit(s) open.": [
            "Не заполнена %n рекомендуемая позиция.",
            "Не заполнены %n рекомендуемые позиции.",
            "Не заполнено %n рекомендуемых позиций.",
        ],
        "Access": "Доступность",
        "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": "%1: ожидается %2 чел., а "
        "в зале %3 мест: %4. "
        "Перенесите сессию в зал "
        "побольше.",
        "%1 min after %2; the room needs %3 min to change over": "через %1 мин после %2; на "
        "подготовку зала нужно %3 мин",
        "This session has no default length: give its end time.": "У этой сессии нет "
        "продолжительности по умолчанию: "
        "укажите время окончания.",
        "A session becomes released only when a release publishes it.": "Статус «Опубликована» сессия "
        "получает только при "
        "публикации программы.",
        "Open these desks: %1.": "Откройте стойки: %1.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "Бейдж "
        "оформлен "
        "после "
        "последней "
        "синхронизации "
        "этой "
        "стойки: "
        "проверка "
        "выполнена "
        "по "
        "указанному "
        "в "
        "нём "
        "человеку. "
        "Перепечатать "
        "его "
        "здесь "
        "можно "
        "после "
        "следующей "
        "синхронизации.",
    }
)
BY_CONTEXT = globals().get("BY_CONTEXT", {})
BY_CONTEXT.update(
    {
        ("AccessTexts", "English"): "английский",
        ("AccessTexts", "French"): "французский",
        ("AccessTexts", "Spanish"): "испанский",
        ("AccessTexts", "Arabic"): "арабский",
        ("AccessTexts", "Chinese"): "китайский",
        ("AccessTexts", "Russian"): "русский",
        ("AccessTexts", "Azerbaijani"): "азербайджанский",
    }
)
