# ruff: noqa: E501
# Arabic (Modern Standard Arabic) translation table for WUF Ops.
# Plural lists follow Qt's Arabic forms: [zero, one, two, few (3–10), many (11–99), other (100+)].
TABLE: dict[str, str | list[str]] = {}
BY_CONTEXT: dict[tuple[str, str], str | list[str]] = {}

# --- AttendeeTableModel / AttendeesWorkspace -------------------------------------------
TABLE.update(
    {
        "Participant": "مشارك",
        "Speaker": "متحدث",
        "Media": "إعلامي",
        "VIP / head of delegation": "كبار الشخصيات / رئيس وفد",
        "Staff": "موظف",
        "Volunteer": "متطوع",
        "Exhibitor": "عارض",
        "Security": "أمن",
        "Sign language (%1)": "لغة الإشارة (%1)",
        "Captions": "شرح نصي",
        "Step-free access": "وصول بلا درج",
        "Assistance": "مساعدة",
        "Name": "الاسم",
        "Latin name": "الاسم باللاتينية",
        "Organization": "المنظمة",
        "Country": "البلد",
        "Category": "الفئة",
        "Needs": "الاحتياجات",
        "Check-in": "تسجيل الحضور",
        "In": "حاضر",
        "Not yet": "لم يحضر بعد",
        "Hold": "إيقاف أمني",
        "Name, organization, country or code": "الاسم أو المنظمة أو البلد أو الرمز",
        "All categories": "كل الفئات",
        "All countries": "كل البلدان",
        "Any needs": "كل الاحتياجات",
        "Has a need": "لديه احتياج",
        "Sign language": "لغة الإشارة",
        "Checked in or not": "كل حالات الحضور",
        "Checked in": "سُجّل حضوره",
        "Not checked in": "لم يُسجَّل حضوره",
        "Accessibility need": "احتياج التيسير",
        "Check-in state": "حالة الحضور",
        "%1 of %2": "%1 من %2",
        "No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.": "لا أحد يطابق «%1» مع عوامل التصفية هذه. تحقق من الإملاء، أو اكتب جزءًا من الاسم، أو اضغط Esc لمسح البحث وعوامل التصفية.",
        "The scanned code is not a badge or a registration code of this event.": "الرمز الممسوح ليس شارة ولا رمز تسجيل لهذا الحدث.",
    }
)

# --- BadgePreview / BadgesWorkspace ----------------------------------------------------
TABLE.update(
    {
        "Open layout file…": "فتح ملف قالب…",
        "Layout": "القالب",
        "Sample": "العينة",
        "Badge layout": "قالب الشارة",
        "Badge layouts (*.json)": "قوالب الشارات (*.json)",
        "This layout cannot be used:": "لا يمكن استخدام هذا القالب:",
        "A6": "A6",
        "4×6 in": "4×6 بوصة",
        "CR80 card": "بطاقة CR80",
        "54×90 mm label": "ملصق 54×90 مم",
        "4×A6 on A4": "4×A6 على A4",
        "A6, EN + AZ": "A6، EN + AZ",
        "Whose name the preview shows": "صاحب الاسم المعروض في المعاينة",
        "Name or registration code, then Enter": "الاسم أو رمز التسجيل، ثم Enter",
        "Layout and preview": "القالب والمعاينة",
        "&Layout": "القالب (&L)",
        "&Sample": "العينة (&S)",
        "Find &attendee": "بحث عن مشارك (&A)",
        "Every script": "كل أنظمة الكتابة",
        "Latin, diacritics": "اللاتينية بعلامات التشكيل",
        "Arabic": "العربية",
        "Devanagari": "الديفاناغارية",
        "Chinese": "الصينية",
        "Attendee: %1": "المشارك: %1",
        "Demo: %1": "تجريبي: %1",
        "No badge issued yet: this QR code is only a sample.": "لم تُصدر شارة بعد: رمز QR هذا مجرد عينة.",
        "No attendee matches “%1”.": "لا يوجد مشارك يطابق «%1».",
    }
)

# --- BoardModel (live streams board) ----------------------------------------------------
TABLE.update(
    {
        "Channel": "القناة",
        "Status": "الحالة",
        "On air now": "على الهواء الآن",
        "Next": "التالي",
        "Captions · sign": "شرح نصي · إشارة",
        "this device": "هذا الجهاز",
        "by %1 at %2": "بواسطة %1 الساعة %2",
        "LATE %1 min": "متأخر %1 د",
        "OVERRUN %1 min": "تجاوز %1 د",
        "CLASH": "تعارض",
        "DO NOT STREAM": "ممنوع البث",
        "%1 · pre-roll in %2": "%1 · فترة ما قبل البث بعد %2",
        "%1 · in pre-roll": "%1 · في فترة ما قبل البث",
        "CC %1": "شرح %1",
        "No captions": "بلا شرح نصي",
        "Sign: %1": "إشارة: %1",
        "No sign": "بلا إشارة",
        "NO CC %1": "لا شرح %1",
        "NO SIGN %1": "لا إشارة %1",
    }
)

# --- ChangesPanel / ChartTile -------------------------------------------------------------
TABLE.update(
    {
        "Release…": "نشر…",
        "Publish the schedule as its next version": "نشر الجدول في إصداره التالي",
        "Never released. Every scheduled session is new.": "لم يُنشر قط. كل جلسة مجدولة جديدة.",
        "Version %1, released %2.": "الإصدار %1، نُشر %2.",
        "%n change(s) since.": [
            "%n تغييرات منذ ذلك الحين.",
            "%n تغيير منذ ذلك الحين.",
            "%n تغييران منذ ذلك الحين.",
            "%n تغييرات منذ ذلك الحين.",
            "%n تغييرًا منذ ذلك الحين.",
            "%n تغيير منذ ذلك الحين.",
        ],
        "Added": "مضافة",
        "Removed": "محذوفة",
        "Moved": "منقولة",
        "Edited": "معدّلة",
        "Export": "تصدير",
        "Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)": "حفظ هذا الرسم البياني بتنسيق PNG (Ctrl+S) أو CSV (Ctrl+Shift+S)",
        "Save as PNG…": "حفظ بتنسيق PNG…",
        "Save as CSV…": "حفظ بتنسيق CSV…",
        "PNG image (*.png)": "صورة PNG (*.png)",
        "CSV table (*.csv)": "جدول CSV (*.csv)",
        "Export chart": "تصدير الرسم البياني",
    }
)

# --- CheckinWorkspace -----------------------------------------------------------------------
TABLE.update(
    {
        "Scan a badge — the scanner works wherever the cursor is": "امسح شارة — الماسح يعمل أينما كان المؤشر",
        "Entry gate · %1": "بوابة الدخول · %1",
        "zone %1": "المنطقة %1",
        "F10: desk settings": "F10: إعدادات المكتب",
        "none (PDF files)": "لا توجد (ملفات PDF)",
        "Badge pickup · %1 · printer: %2": "استلام الشارات · %1 · الطابعة: %2",
        "PDF files go to %1": "تُحفظ ملفات PDF في %1",
        "Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning": "Ctrl+F بحث بالاسم · F2 إعادة طباعة · F3 تراجع · F4 طباعة الآن · F10 إعدادات المكتب · Esc عودة إلى المسح",
        "Could not record the scan (%1) — scan again; if it repeats, call a supervisor.": "تعذّر تسجيل المسح (%1) — امسح مجددًا؛ وإن تكرر ذلك فاستدعِ مشرفًا.",
        "Entries today: %1": "حالات الدخول اليوم: %1",
        "%1 s per attendee": "%1 ث لكل مشارك",
        "— s per attendee": "— ث لكل مشارك",
        "Today %1 · This hour %2 · %3": "اليوم %1 · هذه الساعة %2 · %3",
        "Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.": "لم تُطبع (glyph_missing): لا يوجد في هذا المكتب خط يطبع %1. اكتب الشارة بخط اليد وأبلغ المشرف.",
        "Print failed (%1) — fix the printer, then F4 prints again.": "فشلت الطباعة (%1) — أصلح الطابعة، ثم اضغط F4 لإعادة الطباعة.",
        "Badge %1 sent to %2": "أُرسلت الشارة %1 إلى %2",
        "Badge saved as %1": "حُفظت الشارة باسم %1",
        "Scan or find the person first, then F2.": "امسح شارة الشخص أو ابحث عنه أولًا، ثم اضغط F2.",
        "Nothing to undo: scan or find the person first.": "لا شيء للتراجع عنه: امسح شارة الشخص أو ابحث عنه أولًا.",
        "Check-in undone: %1": "تم التراجع عن تسجيل الحضور: %1",
        "This desk cannot issue a new badge (no desk signing key): send the person to the help desk.": "لا يستطيع هذا المكتب إصدار شارة جديدة (لا يوجد مفتاح توقيع للمكتب): وجّه الشخص إلى مكتب المساعدة.",
        "Already printed — use F2 with a reason to reprint.": "طُبعت مسبقًا — لإعادة الطباعة اضغط F2 واذكر السبب.",
        "This person has no valid badge on this desk.": "ليس لهذا الشخص شارة صالحة في هذا المكتب.",
        "That check-in was already undone.": "سبق التراجع عن تسجيل الحضور هذا.",
    }
)

# --- ConflictText (schedule messages) ------------------------------------------------------
TABLE.update(
    {
        "“%1”": "«%1»",
        "speaker %1": "المتحدث %1",
        "not placed": "غير معيّنة",
        "off the grid": "خارج الشبكة",
        "%1, %2": "%1، %2",
        "none that day": "لا أوقات في ذلك اليوم",
        "Rule “%1” found a problem with %2.": "وجدت القاعدة «%1» مشكلة في %2.",
        "%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.": "تتداخل %1 (%2) و%3 (%4) بمقدار %5 دقيقة في %6. انقل إحداهما أو قصّرها.",
        "%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.": "تبدأ %1 بعد %2 دقيقة من انتهاء %3 في %4، والقاعة تحتاج %5 دقيقة للتجهيز بين الجلسات. انقل إحداهما أو قصّر الأولى.",
        "%1 (%2) is outside the times %3 is available (%4). Move it, or change the room's availability.": "%1 (%2) خارج أوقات إتاحة %3 (%4). انقلها، أو غيّر أوقات إتاحة القاعة.",
        "%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.": "يتحدث %1 في %2 (%3) وفي %4 (%5)، وهما تتداخلان بمقدار %6 دقيقة. انقل إحدى الجلستين أو غيّر متحدثيها.",
        "%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.": "%1 غير متاح خلال %2 (%3)؛ أوقات إتاحته: %4. انقل الجلسة أو راجع المتحدث.",
        "%1 expects %2 people; %3 seats %4. Move it to a larger room.": "الحضور المتوقع في %1: %2 شخص؛ وسعة %3: %4 مقعد. انقلها إلى قاعة أكبر.",
        "%1 expected": "الحضور المتوقع: %1",
        "%1: %2, on air %3 (%4 min before, %5 after)": "%1: %2، على الهواء %3 (%4 دقيقة قبلها، و%5 بعدها)",
        "Marked do-not-stream (closed door)": "مُعلَّمة «ممنوع البث» (جلسة مغلقة)",
        "%1 seats": "%1 مقعد",
        "%1 min to change over": "%1 دقيقة للتجهيز",
        "overlaps %1 by %2 min": "تتداخل مع %1 بمقدار %2 دقيقة",
        "%1 min from %2; the room needs %3 to change over": "بعد %1 دقيقة من %2؛ والقاعة تحتاج %3 للتجهيز",
        "%1 is closed then": "%1 مغلقة في ذلك الوقت",
        "%1 also speaks in %2": "%1 يتحدث أيضًا في %2",
        "%1 is not available then": "%1 غير متاح في ذلك الوقت",
        "%1 expected, %2 seats": "الحضور المتوقع %1، والمقاعد %2",
        "overlaps %1 on %2 by %3 min, rolls included": "تتداخل مع %1 على %2 بمقدار %3 دقيقة، مع احتساب هوامش البث",
        "streamed, but %1 has no stream encoder": "مُقرَّر بثها، لكن %1 بلا مُرمِّز بث",
        "do-not-stream, but planned on %1": "ممنوع بثها، لكنها مُخطَّطة على %1",
        "its stream on %1 lacks captions or sign language it requires": "بثها على %1 ينقصه الشرح النصي أو لغة الإشارة المطلوبة",
        "device %1": "الجهاز %1",
        "Your move of %1 (%2) lost to %3's move (%4).": "استُبدل نقلك لـ %1 (%2) بنقل أجراه %3 (%4).",
        "%1's move of %2 (%3) lost to %4's move (%5).": "استُبدل نقل %1 لـ %2 (%3) بنقل أجراه %4 (%5).",
        "added": "مضافة",
        "removed": "محذوفة",
        "moved": "منقولة",
        "edited": "معدّلة",
        "%1 — %2": "%1 — %2",
        "This session no longer exists in this event.": "لم تعد هذه الجلسة موجودة في هذا الحدث.",
        "This room no longer exists in this event.": "لم تعد هذه القاعة موجودة في هذا الحدث.",
        "The session asks for no length: give its end.": "لم تُحدَّد مدة الجلسة: أدخل وقت انتهائها.",
        "A session ends after it starts and lasts at most 24 hours.": "يجب أن تنتهي الجلسة بعد بدئها وألا تتجاوز مدتها 24 ساعة.",
        "Place the session in a room and time before scheduling it.": "عيّن للجلسة قاعة وموعدًا قبل جدولتها.",
        "Sessions become released only by a release.": "لا تصبح الجلسات منشورة إلا بالنشر.",
        "That status cannot be set by hand.": "لا يمكن تعيين هذه الحالة يدويًا.",
        "No session is placed and scheduled: schedule sessions first.": "لا توجد جلسة معيّنة ومجدولة: جدوِل الجلسات أولًا.",
        "The schedule is exactly what the last release published.": "الجدول مطابق تمامًا لآخر إصدار منشور.",
        "A session holds too much text to be released.": "إحدى الجلسات تحتوي على نص أطول من أن يُنشر.",
        "Blocking conflicts stand: fix them, or lower their rule's severity, before releasing.": "ما زالت هناك تعارضات مانعة: أصلحها، أو خفّض درجة خطورة قاعدتها، قبل النشر.",
        "This device's database cannot be written right now. Try again; if it persists, call the supervisor.": "تتعذر الكتابة في قاعدة بيانات هذا الجهاز حاليًا. حاول مجددًا؛ وإن استمر ذلك فاستدعِ المشرف.",
        "Refused (%1).": "مرفوض (%1).",
    }
)

# --- ConflictsPanel / CorrectionForm -------------------------------------------------------
TABLE.update(
    {
        "Severity": "الخطورة",
        "All severities": "كل درجات الخطورة",
        "Rule": "القاعدة",
        "All rules": "كل القواعد",
        "Moves that lost to another coordinator's move": "عمليات نقل استبدلها نقلٌ أجراه منسق آخر",
        "Re-apply": "إعادة التطبيق",
        "Put the session back where the lost move put it": "إعادة الجلسة إلى حيث وضعها النقل المُستبدَل",
        "Dismiss": "تجاهل",
        "Keep the session where it is and mark this resolved": "إبقاء الجلسة في مكانها واعتبار المسألة محلولة",
        "%n conflict(s) block the release": [
            "%n تعارضات تمنع النشر",
            "%n تعارض يمنع النشر",
            "%n تعارضان يمنعان النشر",
            "%n تعارضات تمنع النشر",
            "%n تعارضًا يمنع النشر",
            "%n تعارض يمنع النشر",
        ],
        "%n warning(s)": [
            "%n تحذيرات",
            "%n تحذير",
            "%n تحذيران",
            "%n تحذيرات",
            "%n تحذيرًا",
            "%n تحذير",
        ],
        "%1 · %2": "%1 · %2",
        "Lost placement": "تعيين مُستبدَل",
        "Given name": "الاسم الأول",
        "Family name": "اسم العائلة",
        "Given name (Latin)": "الاسم الأول (باللاتينية)",
        "Family name (Latin)": "اسم العائلة (باللاتينية)",
        "e.g. spelling as in the passport": "مثلًا: التهجئة كما في جواز السفر",
        "Reason (required)": "السبب (إلزامي)",
        "Save correction": "حفظ التصحيح",
        "Cancel": "إلغاء",
        "Type a given name or a family name.": "اكتب الاسم الأول أو اسم العائلة.",
        "Say why you correct this record (Reason).": "اذكر سبب تصحيح هذا السجل (السبب).",
    }
)

# --- DashboardView ------------------------------------------------------------------------------
TABLE.update(
    {
        "Desk area": "منطقة المكاتب",
        "Open": "مفتوحة",
        "Load": "الحِمل",
        "Waiting": "المنتظرون",
        "Wait now": "الانتظار الآن",
        "Worst, 30 min": "الأسوأ، 30 د",
        "Why": "الأسباب",
        "No slow desk, failing printer or silent device found.": "لا يوجد مكتب بطيء ولا طابعة معطلة ولا جهاز صامت.",
        "%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.": "%1: %2 في الانتظار، والانتظار الآن %3، وفي أسوأ الأحوال %4 خلال %5 دقيقة القادمة.",
        "No desk area is expected to wait over %1 min.": "لا يُتوقع أن يتجاوز الانتظار %1 دقيقة في أي منطقة.",
        "At %1": "الساعة %1",
        "At %1 (the last recorded activity)": "في %1 (آخر نشاط مسجَّل)",
        "%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible": "المكاتب المفتوحة %1 من %2؛ %3 ث لكل شخص؛ تخدم %4 في الدقيقة من أصل %5 ممكنة",
        "Idle: %1": "غير نشطة: %1",
        "no end": "بلا نهاية",
        "< 1 min": "< 1 د",
        "%1 min": "%1 د",
        "Open desks %1.": "افتح المكاتب %1.",
        "Move %n volunteer(s) from %1.": [
            "انقل %n متطوعين من %1.",
            "انقل %n متطوعًا من %1.",
            "انقل %n متطوعَين من %1.",
            "انقل %n متطوعين من %1.",
            "انقل %n متطوعًا من %1.",
            "انقل %n متطوع من %1.",
        ],
        "Call %n more staff.": [
            "استدعِ %n موظفين إضافيين.",
            "استدعِ %n موظفًا إضافيًا.",
            "استدعِ %n موظفَين إضافيَّين.",
            "استدعِ %n موظفين إضافيين.",
            "استدعِ %n موظفًا إضافيًا.",
            "استدعِ %n موظف إضافي.",
        ],
        "The wait then falls to %1.": "عندها ينخفض الانتظار إلى %1.",
        "%1: %2% of prints failed — check the printer": "%1: فشل %2% من عمليات الطباعة — افحص الطابعة",
        "%1: scans take %2 ms (most desks %3 ms) — check its scanner": "%1: يستغرق المسح %2 ملي ثانية (%3 ملي ثانية في معظم المكاتب) — افحص الماسح",
        "%1: %2 s per person (its area %3 s)": "%1: %2 ث لكل شخص (في منطقته %3 ث)",
        "%1: not synced for %2 min — check its network": "%1: بلا مزامنة منذ %2 دقيقة — افحص اتصاله بالشبكة",
    }
)

# --- DecisionCard (badge pickup desk) -----------------------------------------------------------
TABLE.update(
    {
        "Ready — scan a badge or find a name": "جاهز — امسح شارة أو ابحث عن اسم",
        "The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings": "الماسح يعمل أينما كان المؤشر. Ctrl+F: بحث بالاسم · F2: إعادة طباعة · F3: تراجع · F10: إعدادات المكتب",
        "Check in this person?": "تسجيل حضور هذا الشخص؟",
        "Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.": "Enter لتسجيل الحضور · Esc للإلغاء. رمز التسجيل %1، عُثر عليه بالاسم أو الرمز لا بالشارة: تحقق من هوية تحمل صورة.",
        "Already picked up: Enter shows when and where.": "استُلمت الشارة من قبل: اضغط Enter لمعرفة متى وأين.",
        "First pickup: %1 at %2": "أول استلام: %1 في %2",
        "another desk": "مكتب آخر",
        "Handed out more than once while desks were offline — tell a supervisor.": "سُلّمت أكثر من مرة أثناء انقطاع المكاتب عن الشبكة — أبلغ مشرفًا.",
        "The scanner types for another keyboard layout (%1 read as US): set it to this desk's layout.": "الماسح مضبوط على تخطيط لوحة مفاتيح آخر (قُرئ %1 بتخطيط US): اضبطه على تخطيط هذا المكتب.",
        "This badge is newer than this desk's copy: decided on the person it names. It can be reprinted here after the next sync.": "هذه الشارة أحدث من بيانات هذا المكتب: اتُّخذ القرار بناءً على الشخص المذكور فيها. تمكن إعادة طباعتها هنا بعد المزامنة التالية.",
        "⚑ %1 — call the protocol officer": "⚑ %1 — استدعِ موظف المراسم",
        "Sign language: %1": "لغة الإشارة: %1",
        "Access needs: %1": "احتياجات التيسير: %1",
        "PARTICIPANT": "مشارك",
        "SPEAKER": "متحدث",
        "MEDIA": "إعلامي",
        "VIP / HEAD OF DELEGATION": "كبار الشخصيات / رئيس وفد",
        "STAFF": "موظف",
        "VOLUNTEER": "متطوع",
        "EXHIBITOR": "عارض",
        "SECURITY": "أمن",
        "Printing the badge — hand it over.": "جارٍ طباعة الشارة — سلّمها.",
        "Badge already printed — hand it over.": "الشارة مطبوعة من قبل — سلّمها.",
        "Found by name or code: check a photo ID.": "عُثر عليه بالاسم أو الرمز: تحقق من هوية تحمل صورة.",
        "✔ Admitted": "✔ مقبول",
        "Check photo ID. A new badge only with a reprint reason (F2).": "تحقق من هوية تحمل صورة. لا شارة جديدة إلا مع سبب إعادة الطباعة (F2).",
        "The badge never printed: F4 prints it now.": "لم تُطبع الشارة قط: اضغط F4 لطباعتها الآن.",
        "● Already picked up": "● استُلمت من قبل",
        "✘ Refused — badge revoked": "✘ مرفوض — شارة مُبطَلة",
        "Reported lost or replaced. Check photo ID; send to the help desk.": "مُبلَّغ عن فقدها أو استُبدلت. تحقق من هوية تحمل صورة؛ ووجّه الشخص إلى مكتب المساعدة.",
        "✘ Refused — unknown badge": "✘ مرفوض — شارة غير معروفة",
        "Not known on this desk. Check the sync state, or find the name.": "غير معروفة في هذا المكتب. تحقق من حالة المزامنة، أو ابحث عن الاسم.",
        "✘ Refused — forged or damaged code": "✘ مرفوض — رمز مزوَّر أو تالف",
        "Do not hand out a badge. Call a supervisor.": "لا تسلّم أي شارة. استدعِ مشرفًا.",
        "✘ Refused — badge of another event": "✘ مرفوض — شارة حدث آخر",
        "Ask for the WUF confirmation, or find the name.": "اطلب رسالة تأكيد التسجيل في WUF، أو ابحث عن الاسم.",
        "✘ Not a badge code": "✘ ليس رمز شارة",
        "Scan the QR code on the confirmation or badge, or find the name.": "امسح رمز QR الموجود على رسالة التأكيد أو الشارة، أو ابحث عن الاسم.",
        "✘ Refused — security hold": "✘ مرفوض — إيقاف أمني",
        "Do not hand out the badge. Call the security supervisor.": "لا تسلّم الشارة. استدعِ مشرف الأمن.",
    }
)

# --- DetailPanel / DetailsDialog / DropPreview -----------------------------------------------
TABLE.update(
    {
        "Select an attendee to see their details.": "اختر مشاركًا لعرض تفاصيله.",
        "Badge": "الشارة",
        "Corrected": "التصحيحات",
        "Correct name or category  (Enter)": "تصحيح الاسم أو الفئة  (Enter)",
        "No note recorded.": "لا توجد ملاحظة مسجَّلة.",
        "⚑ Attention: %1": "⚑ تنبيه: %1",
        "Security hold: send to the supervisor desk.": "إيقاف أمني: وجّه الشخص إلى مكتب المشرف.",
        "None declared": "لم يُصرَّح بشيء",
        "Not issued yet": "لم تصدر بعد",
        "valid": "صالحة",
        "revoked": "مُبطَلة",
        "reported lost": "مُبلَّغ عن فقدها",
        "No. %1 · %2 · issued %3": "رقم %1 · %2 · صدرت %3",
        "%1 at %2: %3": "%1 في %2: %3",
        "Never": "لم يُصحَّح قط",
        "unknown desk": "مكتب غير معروف",
        "Checked in %1 at %2": "سُجّل حضوره %1 في %2",
        "%n duplicate pickup(s) flagged for supervisors": [
            "%n حالات استلام مكرر أُبلغ بها المشرفون",
            "%n حالة استلام مكرر أُبلغ بها المشرفون",
            "%n حالتا استلام مكرر أُبلغ بهما المشرفون",
            "%n حالات استلام مكرر أُبلغ بها المشرفون",
            "%n حالة استلام مكرر أُبلغ بها المشرفون",
            "%n حالة استلام مكرر أُبلغ بها المشرفون",
        ],
        "%n pickup(s) undone": [
            "تم التراجع عن %n عمليات استلام",
            "تم التراجع عن %n عملية استلام",
            "تم التراجع عن %n عمليتَي استلام",
            "تم التراجع عن %n عمليات استلام",
            "تم التراجع عن %n عملية استلام",
            "تم التراجع عن %n عملية استلام",
        ],
        "Only an administrator changes the category": "لا يغيّر الفئة إلا المسؤول",
        "Not saved (%1). The record is unchanged.": "لم يُحفظ (%1). لم يتغير السجل.",
        "Not saved: this desk's database cannot be written right now. Try again; if it persists, call the supervisor.": "لم يُحفظ: تتعذر الكتابة في قاعدة بيانات هذا المكتب حاليًا. حاول مجددًا؛ وإن استمر ذلك فاستدعِ المشرف.",
        "Nothing changed.": "لم يتغير شيء.",
        "Correction saved on this desk; it syncs automatically.": "حُفظ التصحيح في هذا المكتب؛ وستتم مزامنته تلقائيًا.",
        "Session details": "تفاصيل الجلسة",
        "Type": "النوع",
        "Where": "المكان",
        "Audience": "الجمهور",
        "Format": "الصيغة",
        "Speakers": "المتحدثون",
        "No conflict.": "لا تعارض.",
        "Conflicts:": "التعارضات:",
        "Move to…": "نقل إلى…",
        "Place…": "تعيين…",
        "Take off the grid": "إخراج من الشبكة",
        "Close": "إغلاق",
        "Drop here: no conflict.": "أفلِت هنا: لا تعارض.",
        "Drop here: %n conflict(s)": [
            "أفلِت هنا: %n تعارضات",
            "أفلِت هنا: %n تعارض",
            "أفلِت هنا: %n تعارضان",
            "أفلِت هنا: %n تعارضات",
            "أفلِت هنا: %n تعارضًا",
            "أفلِت هنا: %n تعارض",
        ],
        "… and %1 more.": "… و%1 غيرها.",
    }
)

# --- EnrolmentPanel ("enrol" = ربط the desk with the hub) -------------------------------------
TABLE.update(
    {
        "Enrol this desk": "ربط هذا المكتب",
        "Enrol this desk with the hub": "ربط هذا المكتب بالخادم",
        "Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.": "امسح رمز QR الخاص بالربط بواسطة الماسح، أو الصق نص الربط الذي أظهره الأمر `wufops enrol` على الخادم، ثم اضغط Enter.",
        "Venue CA file (only for wss:// hubs)": "ملف CA لمكان الانعقاد (لخوادم wss:// فقط)",
        "Browse…": "استعراض…",
        "Connect": "اتصال",
        "This desk's data: %1": "بيانات هذا المكتب: %1",
        "Venue CA": "CA مكان الانعقاد",
        "PEM files (*.pem)": "ملفات PEM (*.pem)",
        "Connecting to the hub…": "جارٍ الاتصال بالخادم…",
        "Downloading the event from the hub (as %1)…": "جارٍ تنزيل بيانات الحدث من الخادم (باسم %1)…",
        "Done — opening the desk.": "تم — جارٍ فتح المكتب.",
        "Paste or scan the enrolment text first.": "الصق نص الربط أو امسحه أولًا.",
        "That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.": "هذا ليس نص ربط (نص الربط يبدأ بـ wufops-enrol:). امسح رمز QR الخاص بالربط مجددًا أو الصق النص كاملًا.",
        "The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.": "نص الربط ناقص. الصق النص كاملًا، أو اطبع نصًا جديدًا باستخدام `wufops enrol`.",
        "The hub address must start with ws:// or wss://. Print a new enrolment.": "يجب أن يبدأ عنوان الخادم بـ ws:// أو wss://. اطبع نص ربط جديدًا.",
        "Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.": "يتعذر الوصول إلى الخادم. تحقق من كابل الشبكة أو Wi-Fi ومن أن الخادم يعمل، ثم اضغط Enter للمحاولة مجددًا.",
        "The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.": "الخادم لا يعرف هذا الرمز المميز. أعِد ربط المكتب على الخادم (`wufops enrol`) وامسح الرمز الجديد.",
        "This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).": "أُبطل هذا الربط على الخادم. اطلب ربطًا جديدًا (`wufops enrol`).",
        "This desk's data belongs to another device. Call IT.": "بيانات هذا المكتب تخص جهازًا آخر. اتصل بالدعم التقني.",
        "A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.": "يتطلب خادم wss:// ملف CA لمكان الانعقاد: اختره عبر «استعراض…»، ثم اضغط «اتصال».",
        "The hub's certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.": "شهادة الخادم ليست صادرة عن CA مكان الانعقاد المذكورة في نص الربط. اتصل بالدعم التقني؛ ولا تُعِد الربط دون تحقق.",
        "The venue CA file cannot be read: choose it again.": "تتعذر قراءة ملف CA لمكان الانعقاد: اختره مجددًا.",
        "This app is older than the hub: install the hub's version.": "هذا التطبيق أقدم من الخادم: ثبّت الإصدار المطابق للخادم.",
        "The download took too long. Press Enter to resume it.": "استغرق التنزيل وقتًا طويلًا. اضغط Enter لاستئنافه.",
        "This desk's data folder cannot be written: check the disk.": "تتعذر الكتابة في مجلد بيانات هذا المكتب: افحص القرص.",
        "Enrolment failed. Press Enter to try again.": "فشل الربط. اضغط Enter للمحاولة مجددًا.",
        "Finishing the current step…": "جارٍ إنهاء الخطوة الحالية…",
    }
)

# --- FindByName / GateCard / GatePage / GridPainter / MainWindow / MoveDialog ------------------
TABLE.update(
    {
        "No code? Find by name (Ctrl+F)": "لا يوجد رمز؟ ابحث بالاسم (Ctrl+F)",
        "Name, organization or registration code": "الاسم أو المنظمة أو رمز التسجيل",
        "Type to search %Ln attendee(s)": [
            "اكتب للبحث بين %Ln مشاركين",
            "اكتب للبحث بين %Ln مشارك",
            "اكتب للبحث بين %Ln مشاركَين",
            "اكتب للبحث بين %Ln مشاركين",
            "اكتب للبحث بين %Ln مشاركًا",
            "اكتب للبحث بين %Ln مشارك",
        ],
        "picked up": "استلم الشارة",
        "No match": "لا نتائج",
        "%n more match(es) — type more of the name": [
            "%n نتائج أخرى — اكتب المزيد من الاسم",
            "%n نتيجة أخرى — اكتب المزيد من الاسم",
            "%n نتيجتان أخريان — اكتب المزيد من الاسم",
            "%n نتائج أخرى — اكتب المزيد من الاسم",
            "%n نتيجة أخرى — اكتب المزيد من الاسم",
            "%n نتيجة أخرى — اكتب المزيد من الاسم",
        ],
        "Enter picks the highlighted person": "اضغط Enter لاختيار الشخص المحدد",
        "SCAN": "امسح",
        "Hold the badge QR code under the scanner": "ضع رمز QR الموجود على الشارة تحت الماسح",
        "ADMIT": "مسموح",
        "Already counted — the same badge moments ago": "احتُسب من قبل — الشارة نفسها قبل لحظات",
        "Valid badge": "شارة صالحة",
        "DENY": "ممنوع",
        "Badge revoked (lost or replaced) — send to the badge desk": "شارة مُبطَلة (مفقودة أو مستبدلة) — وجّه الشخص إلى مكتب الشارات",
        "Unknown badge — send to the badge desk": "شارة غير معروفة — وجّه الشخص إلى مكتب الشارات",
        "Forged or damaged code — call a supervisor": "رمز مزوَّر أو تالف — استدعِ مشرفًا",
        "Badge of another event": "شارة حدث آخر",
        "Not a badge code — scan the badge QR code": "ليس رمز شارة — امسح رمز QR الموجود على الشارة",
        "Already used": "مستخدمة من قبل",
        "Security hold — call a supervisor": "إيقاف أمني — استدعِ مشرفًا",
        "Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.": "لا تحتوي بوابات الدخول على الجدول. اسأل منسقًا أو مكتب تسجيل الحضور عن مكان انعقاد الجلسة.",
        "%n conflict(s)": [
            "%n تعارضات",
            "%n تعارض",
            "%n تعارضان",
            "%n تعارضات",
            "%n تعارضًا",
            "%n تعارض",
        ],
        "%n room(s)": [
            "%n قاعات",
            "%n قاعة",
            "%n قاعتان",
            "%n قاعات",
            "%n قاعة",
            "%n قاعة",
        ],
        "WUF Ops": "WUF Ops",
        "%1 · %2 · times in %3": "%1 · %2 · الأوقات بتوقيت %3",
        "%Ln attendee(s)": [
            "%Ln مشاركين",
            "%Ln مشارك",
            "%Ln مشاركان",
            "%Ln مشاركين",
            "%Ln مشاركًا",
            "%Ln مشارك",
        ],
        "%Ln checked in": [
            "%Ln سجّلوا حضورهم",
            "%Ln سجّل حضوره",
            "%Ln سجّلا حضورهما",
            "%Ln سجّلوا حضورهم",
            "%Ln سجّلوا حضورهم",
            "%Ln سجّلوا حضورهم",
        ],
        "Move “%1”": "نقل «%1»",
        "Place “%1”": "تعيين «%1»",
        "%1 (%2 seats)": "%1 (%2 مقعد)",
        "&Room": "القاعة (&R)",
        "&Day": "اليوم (&D)",
        "&Start – end": "البداية – النهاية (&S)",
        "Move": "نقل",
        "Place": "تعيين",
        "ends the next day": "تنتهي في اليوم التالي",
        "No conflict there.": "لا تعارض هناك.",
        "This placement would cause:": "هذا التعيين سيسبب:",
    }
)

# --- Operations (charts) / OperationsWorkspace -----------------------------------------------
TABLE.update(
    {
        "Arrivals per 15 min by category, against the expected curve": "الوصول كل 15 دقيقة حسب الفئة، مقارنةً بالمنحنى المتوقع",
        "Check-ins per desk per hour": "تسجيلات الحضور لكل مكتب في الساعة",
        "Scan to decision, last hour (ms)": "من المسح إلى القرار، آخر ساعة (ملي ثانية)",
        "Entries per gate zone per hour": "الدخول لكل منطقة بوابة في الساعة",
        "Badge prints and failures per printer": "طباعة الشارات وحالات الفشل لكل طابعة",
        "Duplicate pickups and conflicts": "الاستلام المكرر والتعارضات",
        "Participants": "المشاركون",
        "VIP": "كبار الشخصيات",
        "Volunteers": "المتطوعون",
        "Exhibitors": "العارضون",
        "Unknown": "غير معروف",
        "Expected": "المتوقع",
        "Median": "الوسيط",
        "90th percentile": "المئين التسعون",
        "Printed": "المطبوعة",
        "Failed": "الفاشلة",
        "Duplicate pickups": "الاستلام المكرر",
        "Conflicts": "التعارضات",
        "Refresh": "تحديث",
        "Device": "الجهاز",
        "Role": "الدور",
        "State": "الحالة",
        "Last seen": "آخر ظهور",
        "Newest record": "أحدث سجل",
        "Pending": "المعلّق",
        "Lag": "التأخر",
        "Attendee": "المشارك",
        "Registration": "التسجيل",
        "Counted pickup": "الاستلام المحتسب",
        "Detected": "وقت الاكتشاف",
        "What": "العنصر",
        "Field": "الحقل",
        "Kept": "المحفوظ",
        "Overwritten": "المُستبدَل",
        "Change": "التغيير",
        "Record": "السجل",
        "Reason": "السبب",
        "Detail": "التفاصيل",
        "Dashboard": "لوحة المعلومات",
        "Devices": "الأجهزة",
        "Rejected changes": "التغييرات المرفوضة",
        "Operations — %1": "العمليات — %1",
        "not syncing: %1": "بلا مزامنة: %1",
        "settings ignored (%1)": "تم تجاهل الإعدادات (%1)",
        "Devices (%n not syncing)": [
            "الأجهزة (%n بلا مزامنة)",
            "الأجهزة (%n بلا مزامنة)",
            "الأجهزة (%n بلا مزامنة)",
            "الأجهزة (%n بلا مزامنة)",
            "الأجهزة (%n بلا مزامنة)",
            "الأجهزة (%n بلا مزامنة)",
        ],
        "online": "متصل",
        "quiet": "هادئ",
        "not syncing": "بلا مزامنة",
        "never seen": "لم يظهر قط",
        "offline": "غير متصل",
        "this desk": "هذا المكتب",
        "%1 (this desk)": "%1 (هذا المكتب)",
        "This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them": "هذا المكتب: اتصاله الخاص والعمليات المحفوظة لديه التي لم يؤكد الخادم استلامها؛ والتأخر هو عمر أقدمها",
        "As the hub recorded it; lag: how late its recent work arrived": "كما سجّله الخادم؛ التأخر: مقدار تأخر وصول عمله الأخير",
        "As replicated to this desk: last seen is the hub's last contact or its newest record here. Only the hub knows other devices' pending ops and lag.": "كما نُسخ إلى هذا المكتب: «آخر ظهور» هو آخر اتصال له بالخادم أو أحدث سجل له هنا. لا يعرف العمليات المعلّقة للأجهزة الأخرى وتأخرها إلا الخادم.",
        "never": "أبدًا",
        "just now": "الآن",
        "%1 min ago": "قبل %1 د",
        "%1 s": "%1 ث",
        "%1 h": "%1 س",
        "Wall screen (F11)": "الشاشة الجدارية (F11)",
        "Badge sharing or double queueing: check with the attendee": "شارة مُعارة أو وقوف مزدوج في الطابور: تحقق مع المشارك",
        "Devices: %1": "الأجهزة: %1",
        "Duplicate pickups: %1": "الاستلام المكرر: %1",
        "Conflicts: %1": "التعارضات: %1",
        "Rejected changes from this device: %1": "التغييرات المرفوضة من هذا الجهاز: %1",
    }
)
BY_CONTEXT.update(
    {
        ("Operations", "Media"): "الإعلاميون",
        ("Operations", "Staff"): "الموظفون",
        ("Operations", "Security"): "الأمن",
        ("OperationsWorkspace", "revoked"): "مُبطَل",
    }
)

# --- ProgressWindow / ReleaseDialog / ReprintPanel / RoomsDialog --------------------------------
TABLE.update(
    {
        "Preparing the demo event": "جارٍ تجهيز الحدث التجريبي",
        "Creating the demo event": "جارٍ إنشاء الحدث التجريبي",
        "%Ln attendee(s) from 182 countries — only on the first run.": [
            "%Ln مشاركين من 182 بلدًا — في التشغيل الأول فقط.",
            "%Ln مشارك من 182 بلدًا — في التشغيل الأول فقط.",
            "%Ln مشاركان من 182 بلدًا — في التشغيل الأول فقط.",
            "%Ln مشاركين من 182 بلدًا — في التشغيل الأول فقط.",
            "%Ln مشاركًا من 182 بلدًا — في التشغيل الأول فقط.",
            "%Ln مشارك من 182 بلدًا — في التشغيل الأول فقط.",
        ],
        "Cancelling…": "جارٍ الإلغاء…",
        "Release the schedule": "نشر الجدول",
        "Note for this version (optional)": "ملاحظة لهذا الإصدار (اختيارية)",
        "Release now": "النشر الآن",
        "Show in the conflicts panel": "عرض في لوحة التعارضات",
        "The schedule cannot be released: %n conflict(s) block it.": [
            "لا يمكن نشر الجدول: %n تعارضات تمنع ذلك.",
            "لا يمكن نشر الجدول: %n تعارض يمنع ذلك.",
            "لا يمكن نشر الجدول: %n تعارضان يمنعان ذلك.",
            "لا يمكن نشر الجدول: %n تعارضات تمنع ذلك.",
            "لا يمكن نشر الجدول: %n تعارضًا يمنع ذلك.",
            "لا يمكن نشر الجدول: %n تعارض يمنع ذلك.",
        ],
        "Fix them, or lower their rule's severity, then release.": "أصلحها، أو خفّض درجة خطورة قاعدتها، ثم انشر.",
        "Release version %1": "نشر الإصدار %1",
        "%n added": ["%n مضافة", "%n مضافة", "%n مضافتان", "%n مضافة", "%n مضافة", "%n مضافة"],
        "%n moved": [
            "%n منقولة",
            "%n منقولة",
            "%n منقولتان",
            "%n منقولة",
            "%n منقولة",
            "%n منقولة",
        ],
        "%n edited": ["%n معدّلة", "%n معدّلة", "%n معدّلتان", "%n معدّلة", "%n معدّلة", "%n معدّلة"],
        "%n removed": [
            "%n محذوفة",
            "%n محذوفة",
            "%n محذوفتان",
            "%n محذوفة",
            "%n محذوفة",
            "%n محذوفة",
        ],
        "Since version %1:": "منذ الإصدار %1:",
        "First release:": "النشر الأول:",
        "Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.": "كل جلسة معيّنة ومجدولة تدخل في النشر وتصبح منشورة؛ أما المسودات فتبقى خارجه. وتحمل الملفات المصدَّرة رقم الإصدار.",
        "Reprint the badge — why? (↑/↓ choose, Enter reprints)": "إعادة طباعة الشارة — لماذا؟ (↑/↓ للاختيار، Enter لإعادة الطباعة)",
        "Damaged — same badge number": "تالفة — رقم الشارة نفسه",
        "Lost — the old badge stops working at the gates": "مفقودة — تتوقف الشارة القديمة عن العمل عند البوابات",
        "Name corrected — same badge number": "تصحيح الاسم — رقم الشارة نفسه",
        "Reprint (Enter)": "إعادة الطباعة (Enter)",
        "Rooms": "القاعات",
        "Find a room": "بحث عن قاعة",
        "Tick the rooms to show; drag to reorder; ★ pins to the top.": "حدّد القاعات المراد عرضها؛ واسحب لإعادة الترتيب؛ و★ تثبّت القاعة في الأعلى.",
        "%1 — %2 seats · %3": "%1 — %2 مقعد · %3",
        "★ Favourite": "★ مفضلة",
        "Pin the selected room to the top of the grid": "تثبيت القاعة المحددة في أعلى الشبكة",
        "Show all": "إظهار الكل",
        "Show none": "إخفاء الكل",
        "Favourites only": "المفضلة فقط",
        "Done": "تم",
    }
)

# --- RunPanel (batch badge printing) ------------------------------------------------------------
TABLE.update(
    {
        "Batch run": "طباعة دفعة",
        "Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.": "شارات للطباعة المسبقة، مرتبة حسب البلد ثم اسم العائلة. يحصل كل مشارك ليست لديه شارة على شارة. تُحتسب كل شارة تُكتب في الملف شارةً مطبوعة، فلن تطبعها المكاتب مجددًا عند الاستلام.",
        "No limit": "بلا حد",
        "Only the first N badges of the selection (empty: all)": "أول N شارة فقط من التحديد (فارغ: الكل)",
        "Where to write the PDF": "مكان حفظ ملف PDF",
        "C&hoose…": "اختيار… (&H)",
        "Ca&tegory": "الفئة (&T)",
        "C&ountry": "البلد (&O)",
        "Li&mit": "الحد (&M)",
        "Output &file": "ملف الإخراج (&F)",
        "&Run batch": "تشغيل الدفعة (&R)",
        "Stop the run (Esc); nothing is written": "إيقاف التشغيل (Esc)؛ لن يُكتب شيء",
        "Open fol&der": "فتح المجلد (&D)",
        "Counting…": "جارٍ العدّ…",
        "Could not count the selection": "تعذّر عدّ التحديد",
        "No attendee matches these filters": "لا يوجد مشارك يطابق عوامل التصفية هذه",
        "%Ln badge(s) selected": [
            "%Ln شارات محددة",
            "%Ln شارة محددة",
            "%Ln شارتان محددتان",
            "%Ln شارات محددة",
            "%Ln شارة محددة",
            "%Ln شارة محددة",
        ],
        "%Ln badge(s) written to %1": [
            "كُتبت %Ln شارات في %1",
            "كُتبت %Ln شارة في %1",
            "كُتبت %Ln شارتان في %1",
            "كُتبت %Ln شارات في %1",
            "كُتبت %Ln شارة في %1",
            "كُتبت %Ln شارة في %1",
        ],
        "%Ln page(s)": [
            "%Ln صفحات",
            "%Ln صفحة",
            "%Ln صفحتان",
            "%Ln صفحات",
            "%Ln صفحة",
            "%Ln صفحة",
        ],
        "%Ln newly issued": [
            "%Ln صادرة حديثًا",
            "%Ln صادرة حديثًا",
            "%Ln صادرتان حديثًا",
            "%Ln صادرة حديثًا",
            "%Ln صادرة حديثًا",
            "%Ln صادرة حديثًا",
        ],
        "%Ln character(s) could not be set in any bundled font: check those badges": [
            "%Ln أحرف غير متوفرة في أي من الخطوط المرفقة: افحص تلك الشارات",
            "%Ln حرف غير متوفر في أي من الخطوط المرفقة: افحص تلك الشارات",
            "%Ln حرفان غير متوفرين في أي من الخطوط المرفقة: افحص تلك الشارات",
            "%Ln أحرف غير متوفرة في أي من الخطوط المرفقة: افحص تلك الشارات",
            "%Ln حرفًا غير متوفر في أي من الخطوط المرفقة: افحص تلك الشارات",
            "%Ln حرف غير متوفر في أي من الخطوط المرفقة: افحص تلك الشارات",
        ],
        "Write badges to": "كتابة الشارات في",
        "PDF files (*.pdf)": "ملفات PDF (*.pdf)",
        "Starting…": "جارٍ البدء…",
        "Issuing badges: %1": "إصدار الشارات: %1",
        "Writing badges: %1": "كتابة الشارات: %1",
        "Recording them as printed: %1": "تسجيلها كمطبوعة: %1",
        "Cancelled. No file was written and no badge was marked printed.": "أُلغي. لم يُكتب أي ملف ولم تُسجَّل أي شارة كمطبوعة.",
        "Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.": "تتعذر كتابة %1. اختر مجلدًا يمكنك الكتابة فيه، أو أغلق الملف إن كان مفتوحًا في برنامج آخر.",
        "Choose where to write the PDF first.": "اختر أولًا مكان حفظ ملف PDF.",
        "This layout cannot be used: pick another one.": "لا يمكن استخدام هذا القالب: اختر قالبًا آخر.",
        "No attendee matches these filters: change the category, country or limit.": "لا يوجد مشارك يطابق عوامل التصفية هذه: غيّر الفئة أو البلد أو الحد.",
        "This event is not in the database any more.": "لم يعد هذا الحدث موجودًا في قاعدة البيانات.",
        "The database holds several events; open one event.": "تحتوي قاعدة البيانات على عدة أحداث؛ افتح حدثًا واحدًا.",
        "Two attendees share a badge reference; ask the hub operator to fix it before printing.": "يشترك مشاركان في مرجع شارة واحد؛ اطلب من مشغّل الخادم إصلاح ذلك قبل الطباعة.",
        "This device has used up its badge serial numbers: sync with the hub.": "استنفد هذا الجهاز الأرقام التسلسلية للشارات المخصصة له: زامِن مع الخادم.",
        "This device has no badge serial numbers yet: sync with the hub.": "ليست لدى هذا الجهاز أرقام تسلسلية للشارات بعد: زامِن مع الخادم.",
        "Could not open the event database.": "تعذّر فتح قاعدة بيانات الحدث.",
        "The run stopped with an error (%1).": "توقف التشغيل بسبب خطأ (%1).",
    }
)

# --- ScheduleEditor / ScheduleGrid / ScheduleStyle / ScheduleToolbar ----------------------------
TABLE.update(
    {
        "Not changed: %1": "لم يتغير: %1",
        "%n conflict(s):": [
            "%n تعارضات:",
            "%n تعارض:",
            "%n تعارضان:",
            "%n تعارضات:",
            "%n تعارضًا:",
            "%n تعارض:",
        ],
        "Moved “%1” to %2.": "نُقلت «%1» إلى %2.",
        "Placed “%1” in %2.": "عُيّنت «%1» في %2.",
        "Took “%1” off the grid.": "أُخرجت «%1» من الشبكة.",
        "“%1”: %2.": "«%1»: %2.",
        "Undone: %1": "تم التراجع: %1",
        "Redone: %1": "تمت الإعادة: %1",
        "Schedule grid": "شبكة الجدول",
        "Plenary": "جلسة عامة",
        "Assembly": "جمعية",
        "Dialogue": "حوار",
        "Roundtable": "مائدة مستديرة",
        "Side event": "حدث جانبي",
        "Networking": "تواصل",
        "Training": "تدريب",
        "PL": "جع",
        "AS": "جم",
        "DI": "حو",
        "RT": "مم",
        "SE": "حج",
        "NW": "تو",
        "TR": "تد",
        "Draft": "مسودة",
        "Scheduled": "مجدولة",
        "Released": "منشورة",
        "Cancelled": "ملغاة",
        "Blocks release": "تمنع النشر",
        "Warning": "تحذير",
        "Off": "معطّلة",
        "Room overlap": "تداخل في القاعة",
        "Room unavailable": "القاعة غير متاحة",
        "Speaker double-booked": "حجز مزدوج للمتحدث",
        "Speaker unavailable": "المتحدث غير متاح",
        "Over capacity": "تجاوز السعة",
        "Channel overlap": "تداخل في القناة",
        "No stream encoder": "لا مُرمِّز بث",
        "Streamed, do-not-stream": "بث جلسة ممنوع بثها",
        "Captions or sign not streamed": "الشرح النصي أو الإشارة غير مبثوث",
        "In person": "حضوري",
        "Hybrid": "مختلط",
        "Online": "متصل",
        "Find a session (Ctrl+F)": "بحث عن جلسة (Ctrl+F)",
        "Filter rooms": "تصفية القاعات",
        "Rooms…": "القاعات…",
        "Choose, pin and order the rooms shown": "اختيار القاعات المعروضة وتثبيتها وترتيبها",
        "Order of the rooms": "ترتيب القاعات",
        "By name": "حسب الاسم",
        "By floor": "حسب الطابق",
        "By capacity": "حسب السعة",
        "My order": "ترتيبي",
        "Channels": "القنوات",
        "Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)": "قنوات البث كمسارات فوق القاعات: إظهارها أو إخفاؤها (Ctrl+Shift+L)",
        "Compact": "مضغوط",
        "Lower rows: more rooms on the screen": "صفوف أقل ارتفاعًا: قاعات أكثر على الشاشة",
        "Show cancelled": "إظهار الملغاة",
        "Show cancelled sessions (greyed and struck through)": "إظهار الجلسات الملغاة (رمادية ومشطوبة)",
        "Zoom out (Ctrl+−)": "تصغير (Ctrl+−)",
        "Zoom in (Ctrl++)": "تكبير (Ctrl++)",
        "Undo": "تراجع",
        "Redo": "إعادة",
        "Room, day and time of the selected session (Ctrl+M)": "القاعة واليوم والوقت للجلسة المحددة (Ctrl+M)",
    }
)
BY_CONTEXT.update(
    {
        ("ScheduleStyle", "Online"): "عبر الإنترنت",
    }
)

# --- ScheduleWorkspace / SettingsPanel / StatusCommand -------------------------------------------
TABLE.update(
    {
        "Release": "النشر",
        "Read only: this device's role (%1) can look sessions up; only coordinators change the schedule.": "للقراءة فقط: دور هذا الجهاز (%1) يتيح الاطلاع على الجلسات؛ ولا يغيّر الجدول إلا المنسقون.",
        "check-in desk": "مكتب تسجيل الحضور",
        "entry gate": "بوابة الدخول",
        "coordinator": "منسق",
        "administrator": "مسؤول",
        "Channel lanes shown.": "مسارات القنوات ظاهرة.",
        "Channel lanes hidden.": "مسارات القنوات مخفية.",
        "Show channel lanes": "إظهار مسارات القنوات",
        "No stream channels in this event": "لا توجد قنوات بث في هذا الحدث",
        "To place (%1)": "للتعيين (%1)",
        "Conflicts (%1)": "التعارضات (%1)",
        "%n found": [
            "%n نتائج",
            "%n نتيجة",
            "%n نتيجتان",
            "%n نتائج",
            "%n نتيجة",
            "%n نتيجة",
        ],
        "Select a session for its details (Enter). Ctrl+F finds a session.": "اختر جلسة لعرض تفاصيلها (Enter). Ctrl+F للبحث عن جلسة.",
        "Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…": "السحب: نقل · سحب الحافة: تغيير المدة · Ctrl+الأسهم: نقل · Delete: إخراج من الشبكة · Enter: التفاصيل · Ctrl+M: نقل إلى…",
        "Undo: %1 (Ctrl+Z)": "تراجع: %1 (Ctrl+Z)",
        "Nothing to undo": "لا شيء للتراجع عنه",
        "Redo: %1 (Ctrl+Shift+Z)": "إعادة: %1 (Ctrl+Shift+Z)",
        "Nothing to redo": "لا شيء لإعادته",
        "Released version %1.": "نُشر الإصدار %1.",
        "Details…": "التفاصيل…",
        "Desk settings": "إعدادات المكتب",
        "Badge pickup": "استلام الشارات",
        "Entry gate": "بوابة الدخول",
        " s": " ث",
        "off": "معطّل",
        "The same badge again at this gate within this time counts one entry": "تُحتسب الشارة نفسها دخولًا واحدًا إذا مُسحت مجددًا عند هذه البوابة خلال هذه المدة",
        "Sound per outcome": "صوت لكل نتيجة",
        "Desk or gate name": "اسم المكتب أو البوابة",
        "Mode": "الوضع",
        "Printer": "الطابعة",
        "PDF folder (no printer)": "مجلد PDF (بلا طابعة)",
        "Badge stock (layout)": "ورق الشارات (القالب)",
        "Gate zone": "منطقة البوابة",
        "Gate: same badge again within": "البوابة: الشارة نفسها مجددًا خلال",
        "Save (Enter)": "حفظ (Enter)",
        "No printer — save PDF files": "بلا طابعة — حفظ ملفات PDF",
        "%1 (not found)": "%1 (غير موجودة)",
        "Set status of “%1”": "تعيين حالة «%1»",
    }
)

# --- StreamTexts / StreamsWorkspace --------------------------------------------------------------
TABLE.update(
    {
        "PLANNED": "مخطط",
        "TESTING": "اختبار",
        "LIVE": "مباشر",
        "COMPLETE": "مكتمل",
        "OFF AIR": "خارج الهواء",
        "IS": "IS",
        "%1: “%2” was taken off the plan.": "%1: أُزيلت «%2» من الخطة.",
        "%1: nothing is planned on this channel.": "%1: لا شيء مخطط على هذه القناة.",
        "This device may not change stream statuses: only coordinator and admin devices may.": "لا يحق لهذا الجهاز تغيير حالات البث: ذلك متاح لأجهزة المنسقين والمسؤولين فقط.",
        "%1: the status was not changed (%2).": "%1: لم تتغير الحالة (%2).",
        "Press T to test or L to go live.": "اضغط T للاختبار أو L لبدء البث المباشر.",
        "Press L to go live or P to go back to planned.": "اضغط L لبدء البث المباشر أو P للعودة إلى «مخطط».",
        "Press C when it is over.": "اضغط C عند الانتهاء.",
        "Press L to put it back on air.": "اضغط L لإعادته إلى الهواء.",
        "%1: “%2” is already planned.": "%1: «%2» في حالة «مخطط» أصلًا.",
        "%1: “%2” is already in testing.": "%1: «%2» في حالة «اختبار» أصلًا.",
        "%1: “%2” is already live.": "%1: «%2» في حالة «مباشر» أصلًا.",
        "%1: “%2” is already complete.": "%1: «%2» في حالة «مكتمل» أصلًا.",
        "%1: “%2” already has that status.": "%1: «%2» في هذه الحالة أصلًا.",
        "%1: “%2” is planned — it cannot go to complete.": "%1: «%2» في حالة «مخطط» — لا يمكن نقله إلى «مكتمل».",
        "%1: “%2” is in testing — it cannot go to complete.": "%1: «%2» في حالة «اختبار» — لا يمكن نقله إلى «مكتمل».",
        "%1: “%2” is live — it cannot go back to planned.": "%1: «%2» في حالة «مباشر» — لا يمكن إعادته إلى «مخطط».",
        "%1: “%2” is live — it cannot go back to testing.": "%1: «%2» في حالة «مباشر» — لا يمكن إعادته إلى «اختبار».",
        "%1: “%2” is complete — it cannot go back to planned.": "%1: «%2» في حالة «مكتمل» — لا يمكن إعادته إلى «مخطط».",
        "%1: “%2” is complete — it cannot go back to testing.": "%1: «%2» في حالة «مكتمل» — لا يمكن إعادته إلى «اختبار».",
        "%1: “%2” cannot take that status now.": "%1: لا يمكن نقل «%2» إلى هذه الحالة الآن.",
        "%1: “%2” is now PLANNED.": "%1: «%2» الآن في حالة «مخطط».",
        "%1: “%2” is now TESTING.": "%1: «%2» الآن في حالة «اختبار».",
        "%1: “%2” is now LIVE.": "%1: «%2» الآن في حالة «مباشر».",
        "%1: “%2” is now COMPLETE.": "%1: «%2» الآن في حالة «مكتمل».",
        "%1: “%2” has a new status.": "%1: تغيّرت حالة «%2».",
        "“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.": "«%1» و«%2» تحتاجان كلتاهما إلى %3: ومع هوامش البث تتداخلان بمقدار %4 دقيقة. انقل إحداهما إلى قناة أخرى أو قصّر هامشها.",
        "“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.": "«%1» مخطط لبثها لكن %2 بلا مُرمِّز بث. انقلها إلى قاعة فيها مُرمِّز، أو اسحب فترة بثها.",
        "“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.": "«%1» مُعلَّمة «ممنوع البث» لكنها مخططة على %2. اسحب فترة البث، أو أزِل علامة «ممنوع البث» إن كان يجوز بثها.",
        "“%1” requires captions in %2, which its stream on %3 does not carry.": "«%1» تتطلب شرحًا نصيًا بـ %2، وهو غير موجود في بثها على %3.",
        "“%1” requires sign language %2, which its stream on %3 does not carry.": "«%1» تتطلب لغة الإشارة %2، وهي غير موجودة في بثها على %3.",
        "Live board": "لوحة البث المباشر",
        "↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen": "↑ ↓ أو 1–8: القناة · T اختبار · L مباشر · C مكتمل · P مخطط · F11 الشاشة الجدارية",
        "Choose a channel, then T, L, C or P to change its status.": "اختر قناة، ثم اضغط T أو L أو C أو P لتغيير حالتها.",
    }
)

# --- SyncStatusWidget ------------------------------------------------------------------------------
TABLE.update(
    {
        "● Standalone": "● مستقل",
        "This desk is not connected to a hub": "هذا المكتب غير متصل بأي خادم",
        "Syncing…": "جارٍ المزامنة…",
        "Connecting…": "جارٍ الاتصال…",
        "Offline — working locally": "غير متصل — العمل محليًا",
        "Sync stopped": "توقفت المزامنة",
        "%n pending": ["%n معلّقة", "%n معلّقة", "%n معلّقتان", "%n معلّقة", "%n معلّقة", "%n معلّقة"],
        "%n rejected": [
            "%n مرفوضة",
            "%n مرفوضة",
            "%n مرفوضتان",
            "%n مرفوضة",
            "%n مرفوضة",
            "%n مرفوضة",
        ],
        "%n refused: this desk's clock was wrong": [
            "%n مرفوضة: ساعة هذا المكتب كانت خاطئة",
            "%n مرفوضة: ساعة هذا المكتب كانت خاطئة",
            "%n مرفوضتان: ساعة هذا المكتب كانت خاطئة",
            "%n مرفوضة: ساعة هذا المكتب كانت خاطئة",
            "%n مرفوضة: ساعة هذا المكتب كانت خاطئة",
            "%n مرفوضة: ساعة هذا المكتب كانت خاطئة",
        ],
        "last sync %1": "آخر مزامنة %1",
        "never synced": "لم تتم المزامنة قط",
        "hub clock %1 s": "ساعة الخادم %1 ث",
        "Device %1 (%2)": "الجهاز %1 (%2)",
        "Badge signing key %1 certified by the hub": "مفتاح توقيع الشارات %1 معتمد من الخادم",
        "The hub did not certify this desk's badge key (%1): lost-badge reprints need the hub until it does": "لم يعتمد الخادم مفتاح الشارات لهذا المكتب (%1): إعادة طباعة الشارات المفقودة تتطلب الخادم إلى أن يعتمده",
        "This computer's clock is %1 s off the hub's: the desk uses the hub's time": "ساعة هذا الحاسوب تختلف عن ساعة الخادم بمقدار %1 ث: يستخدم المكتب توقيت الخادم",
        "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor": [
            "رفض الخادم %n عمليات مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا",
            "رفض الخادم %n عملية مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا",
            "رفض الخادم %n عمليتين مؤرختين بساعة خاطئة (clock_skew): وهما محفوظتان في هذا المكتب — أبلغ مشرفًا",
            "رفض الخادم %n عمليات مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا",
            "رفض الخادم %n عملية مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا",
            "رفض الخادم %n عملية مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا",
        ],
        "Last problem: %1": "آخر مشكلة: %1",
        "the hub cannot be reached; retrying": "يتعذر الوصول إلى الخادم؛ جارٍ إعادة المحاولة",
        "the hub refused this device's token: enrol it again": "رفض الخادم الرمز المميز لهذا الجهاز: أعِد ربطه",
        "this device has been revoked by a supervisor": "أبطل مشرفٌ هذا الجهاز",
        "this data belongs to another enrolled device: call IT": "هذه البيانات تخص جهازًا مربوطًا آخر: اتصل بالدعم التقني",
        "this app is older than the hub: upgrade it": "هذا التطبيق أقدم من الخادم: حدّثه",
        "the hub's certificate is not the venue's: call IT": "شهادة الخادم ليست شهادة مكان الانعقاد: اتصل بالدعم التقني",
        "some changes from the hub could not be applied here": "تعذّر تطبيق بعض التغييرات الواردة من الخادم هنا",
        "this replica differed from the hub and was reloaded": "اختلفت هذه النسخة عن الخادم فأُعيد تحميلها",
        "an unexpected sync error; retrying (see the log)": "خطأ غير متوقع في المزامنة؛ جارٍ إعادة المحاولة (راجع سجل النظام)",
        "the hub holds too many connections from this device at once (is the app open twice?); retrying later": "لدى الخادم اتصالات كثيرة جدًا من هذا الجهاز في آن واحد (هل التطبيق مفتوح مرتين؟)؛ ستُعاد المحاولة لاحقًا",
        "the hub asked this desk to slow down; retrying shortly": "طلب الخادم من هذا المكتب الإبطاء؛ ستُعاد المحاولة بعد قليل",
        "too many refused connections from this network address; retrying later": "اتصالات مرفوضة كثيرة جدًا من عنوان الشبكة هذا؛ ستُعاد المحاولة لاحقًا",
        "the hub is busy; retrying shortly": "الخادم مشغول؛ ستُعاد المحاولة بعد قليل",
        "this device has synced too many copies of its data: call IT to re-enrol it": "زامن هذا الجهاز نسخًا كثيرة جدًا من بياناته: اتصل بالدعم التقني لإعادة ربطه",
        "the hub failed on a request; retrying (see its log)": "فشل الخادم في تنفيذ طلب؛ جارٍ إعادة المحاولة (راجع سجل الخادم)",
    }
)

# --- UndoPanel / UnscheduledPanel / Workspaces / _Panel / _SetupWindow ----------------------------
TABLE.update(
    {
        "Undo this check-in — why?": "التراجع عن تسجيل الحضور هذا — لماذا؟",
        "e.g. scanned the wrong badge": "مثلًا: مُسحت شارة خاطئة",
        "Undo check-in (Enter)": "التراجع عن تسجيل الحضور (Enter)",
        "Type a reason first.": "اكتب السبب أولًا.",
        "Search sessions to place": "البحث في الجلسات المراد تعيينها",
        "Choose a room and time for the selected session (Enter)": "اختيار قاعة وموعد للجلسة المحددة (Enter)",
        "Drag a session onto the grid, or select it and press Enter.": "اسحب جلسة إلى الشبكة، أو حدّدها واضغط Enter.",
        "Sessions not placed yet.": "جلسات لم تُعيَّن بعد.",
        "%n session(s) to place": [
            "%n جلسات للتعيين",
            "%n جلسة للتعيين",
            "%n جلستان للتعيين",
            "%n جلسات للتعيين",
            "%n جلسة للتعيين",
            "%n جلسة للتعيين",
        ],
        "%1 of %2 shown": "عرض %1 من %2",
        "Attendees": "المشاركون",
        "Operations": "العمليات",
        "Badges": "الشارات",
        "Schedule": "الجدول",
        "Streams": "البث",
        "Cancel (Esc)": "إلغاء (Esc)",
        "Preparing the demo hub": "جارٍ تجهيز الخادم التجريبي",
        "Issuing a signed badge for every attendee…": "جارٍ إصدار شارة موقَّعة لكل مشارك…",
        "Issuing signed badges: %1 of %2": "إصدار الشارات الموقَّعة: %1 من %2",
        "Starting the hub and loading the event on this desk…": "جارٍ تشغيل الخادم وتحميل بيانات الحدث على هذا المكتب…",
    }
)

# -- delta: the language picker at the foot of the rail (ui/main_window.py) --
TABLE.update(
    {
        "Language": "اللغة",
        "Language of this desk": "لغة هذا المكتب",
    }
)

# -- delta: clearer English sources (main, 5675947 and 4ac435f); adapted from the
# translations of the texts they replace --
TABLE.update(
    {
        "%1 min after %2; the room needs %3 min to change over": "بعد %1 دقيقة من %2؛ والقاعة تحتاج "
        "%3 دقيقة للتجهيز",
        "%1 min before %2; the room needs %3 min to change over": "قبل %1 دقيقة من %2؛ والقاعة تحتاج "
        "%3 دقيقة للتجهيز",
        "This session has no default length: give its end time.": "ليست للجلسة مدة افتراضية: أدخل وقت "
        "انتهائها.",
        "A session becomes released only when a release publishes it.": "لا تصبح الجلسة منشورة إلا "
        "عندما يتضمنها إصدار منشور.",
        "Say why you are correcting this record.": "اذكر سبب تصحيح هذا السجل.",
        "Open these desks: %1.": "افتح هذه المكاتب: %1.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "صدرت "
        "هذه "
        "الشارة "
        "بعد "
        "آخر "
        "مزامنة "
        "لهذا "
        "المكتب: "
        "جرى "
        "التحقق "
        "منها "
        "وفق "
        "الشخص "
        "المذكور "
        "فيها. "
        "يمكن "
        "إعادة "
        "طباعتها "
        "هنا "
        "بعد "
        "المزامنة "
        "التالية.",
        "Correct name or category (Enter)": "تصحيح الاسم أو الفئة (Enter)",
        "%n change(s) since then.": [
            "%n تغييرات منذ ذلك الحين.",
            "%n تغيير منذ ذلك الحين.",
            "%n تغييران منذ ذلك الحين.",
            "%n تغييرات منذ ذلك الحين.",
            "%n تغييرًا منذ ذلك الحين.",
            "%n تغيير منذ ذلك الحين.",
        ],
        "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": "الحضور المتوقع في %1: %2 "
        "شخص؛ وسعة %3: %4 مقعد. "
        "انقلها إلى قاعة أكبر.",
    }
)

# -- imported from delta_ar.py --
TABLE.update(
    {
        "International Sign": "لغة الإشارة الدولية",
        "Turkish Sign Language": "لغة الإشارة التركية",
        "Russian Sign Language": "لغة الإشارة الروسية",
        "American Sign Language": "لغة الإشارة الأمريكية",
        "British Sign Language": "لغة الإشارة البريطانية",
        "English": "الإنكليزية",
        "French": "الفرنسية",
        "Spanish": "الإسبانية",
        "Russian": "الروسية",
        "Azerbaijani": "الأذربيجانية",
        "Captions in %1": "شرح نصي باللغة %1",
        "required": "إلزامية",
        "advised": "موصى بها",
        "✓ Covered": "✓ مغطاة",
        "◐ Partly covered": "◐ مغطاة جزئيًا",
        "✗ Not covered": "✗ غير مغطاة",
        "%1/%2": "%1/%2",
        "%n min": ["%n د", "%n د", "%n د", "%n د", "%n د", "%n د"],
        "%n h": ["%n س", "%n س", "%n س", "%n س", "%n س", "%n س"],
        "%1 h %2 min": "%1 س %2 د",
        "Does not work in this language.": "لا يعمل بهذه اللغة.",
        "Not WFD-WASLI accredited, which a high-level session needs for International Sign.": "غير "
        "معتمد "
        "من "
        "WFD-WASLI، "
        "وهو ما "
        "تشترطه "
        "الجلسات "
        "الرفيعة "
        "المستوى "
        "للغة "
        "الإشارة "
        "الدولية.",
        "Declared no availability.": "لم يصرّح بأي أوقات إتاحة.",
        "Not available then (arrival included).": "غير متاح في ذلك الوقت (مع احتساب وقت الوصول).",
        "Absent then.": "غائب في ذلك الوقت.",
        "Already working at an overlapping session.": "يعمل بالفعل في جلسة متداخلة معها.",
        "No time to travel from or to another room.": "لا وقت للانتقال من قاعة أخرى أو إليها.",
        "Would pass the day's cap.": "سيتجاوز الحد اليومي.",
        "Would work too long without a rest.": "سيعمل مدة طويلة جدًا دون استراحة.",
        "Deaf interpreter: needs a hearing feed interpreter.": "مترجم أصم: يحتاج إلى مترجم سامع "
        "ملقِّن.",
        "The slot is locked.": "الخانة مقفلة.",
        "Fits. Works %1 that day so far.": "مناسب. يعمل %1 في ذلك اليوم حتى الآن.",
        "Fits with a hearing feed interpreter. Works %1 that day so far.": "مناسب مع مترجم سامع "
        "ملقِّن. يعمل %1 في ذلك "
        "اليوم حتى الآن.",
        "%1 is assigned to %2 at “%3”.": "كُلِّف %1 بـ %2 في «%3».",
        "%1 is assigned to %2 at “%3”, although they do not fit:": "كُلِّف %1 بـ %2 في «%3» رغم عدم "
        "استيفائه الشروط:",
        "%1 at “%2” is open again.": "%1 في «%2»: شاغرة مجددًا.",
        "%1 at “%2” is locked: every later solve keeps it.": "%1 في «%2»: مقفلة، ويُبقيها كل توزيع "
        "تلقائي لاحق كما هي.",
        "%1 at “%2” is unlocked: a solve may change it.": "%1 في «%2»: أُلغي القفل، وقد يغيّرها "
        "التوزيع التلقائي.",
        "This device may not change assignments: only coordinator and admin devices may.": "لا يحق "
        "لهذا "
        "الجهاز "
        "تغيير "
        "التكليفات: "
        "ذلك متاح "
        "لأجهزة "
        "المنسقين "
        "والمسؤولين "
        "فقط.",
        "The slot is locked. Unlock it (L) before changing it.": "الخانة مقفلة. ألغِ قفلها (L) قبل "
        "تغييرها.",
        "This slot is no longer needed: the session changed.": "لم تعد هذه الخانة مطلوبة: تغيّرت "
        "الجلسة.",
        "This provider is no longer in the event.": "لم يعد مقدّم الخدمة هذا ضمن الحدث.",
        "Interpreters take sign-language slots and captioners take caption slots.": "يشغل مترجمو لغة "
        "الإشارة خانات "
        "لغة الإشارة، "
        "ويشغل كُتّاب "
        "الشرح النصي "
        "الفوري خانات "
        "الشرح النصي.",
        "A provider cannot feed themselves.": "لا يمكن لمقدّم الخدمة أن يكون ملقِّنًا لنفسه.",
        "Some of these slots changed since the solve started. Solve again.": "تغيّرت بعض هذه الخانات "
        "منذ بدء التوزيع "
        "التلقائي. أعِد تشغيله.",
        "The change was not made (%1).": "لم يُجرَ التغيير (%1).",
        "%1, slot %2": "%1، الخانة %2",
        "The proposal changes %n slot(s).": [
            "يغيّر المقترح %n خانات.",
            "يغيّر المقترح %n خانة.",
            "يغيّر المقترح %n خانتين.",
            "يغيّر المقترح %n خانات.",
            "يغيّر المقترح %n خانة.",
            "يغيّر المقترح %n خانة.",
        ],
        "Required units filled: %1 of %2. Advised units filled: %3 of %4.": "الوحدات الإلزامية "
        "المشغولة: %1 من %2. "
        "الوحدات الموصى بها "
        "المشغولة: %3 من %4.",
        "Largest load of one provider: %1 on one day, %2 over the whole event.": "أكبر حِمل لمقدّم "
        "خدمة واحد: %1 في "
        "يوم واحد، و%2 طوال "
        "الحدث.",
        "Stopped: this is the best plan found before the stop.": "أُوقف: هذه أفضل خطة وُجدت قبل "
        "الإيقاف.",
        "A quick plan (the optimiser did not run to the end).": "خطة سريعة (لم تكتمل عملية التحسين).",
        "The best plan: no plan covers more.": "أفضل خطة: لا توجد خطة تغطي أكثر منها.",
        "A good plan found within the time limit.": "خطة جيدة وُجدت ضمن المهلة الزمنية.",
        "Accepted: %n slot(s) changed.": [
            "تم القبول: تغيّرت %n خانات.",
            "تم القبول: تغيّرت %n خانة.",
            "تم القبول: تغيّرت %n خانتان.",
            "تم القبول: تغيّرت %n خانات.",
            "تم القبول: تغيّرت %n خانة.",
            "تم القبول: تغيّرت %n خانة.",
        ],
        "Access services": "خدمات التيسير",
        "&Solve": "توزيع تلقائي (&S)",
        "%v of %m required": "%v من %m إلزامية",
        "Drag a provider onto a slot to assign them.": "اسحب مقدّم خدمة إلى خانة لتكليفه بها.",
        "Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.": "الأزرق: "
        "لغة "
        "الإشارة؛ "
        "البنفسجي: "
        "الشرح "
        "النصي؛ "
        "اللون "
        "الأفتح: "
        "تلقين "
        "مترجم "
        "أصم؛ "
        "⚑ "
        "وإطار "
        "سميك: "
        "مقفلة؛ "
        "الخطوط "
        "المائلة: "
        "الانتقال "
        "(حمراء "
        "إذا "
        "كان "
        "الوقت "
        "قصيرًا "
        "جدًا)؛ "
        "خط "
        "أحمر "
        "في "
        "الأسفل: "
        "عمل "
        "طويل "
        "جدًا "
        "دون "
        "استراحة. "
        "الساعات "
        "من "
        "07:00 "
        "إلى "
        "21:00.",
        "Coverage": "التغطية",
        "Providers": "مقدّمو الخدمات",
        "Unmet demand": "الطلب غير الملبّى",
        "Proposal": "المقترح",
        "Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve": "Enter: "
        "تكليف "
        "· "
        "Delete: "
        "إفراغ "
        "· "
        "L: "
        "قفل "
        "أو "
        "إلغاء "
        "القفل "
        "· "
        "اسحب "
        "مقدّم "
        "خدمة "
        "إلى "
        "خانة "
        "· "
        "Ctrl+PgUp "
        "/ "
        "Ctrl+PgDown: "
        "تغيير "
        "اليوم "
        "· "
        "Alt+S: "
        "توزيع "
        "تلقائي "
        "· "
        "Esc: "
        "إيقاف "
        "التوزيع "
        "التلقائي",
        "Choose a session, then a slot: Enter assigns, L locks.": "اختر جلسة، ثم خانة: Enter للتكليف، "
        "وL للقفل.",
        "Read only: this device's role cannot change assignments; only coordinators do.": "للقراءة "
        "فقط: دور "
        "هذا الجهاز "
        "لا يتيح "
        "تغيير "
        "التكليفات؛ "
        "ولا "
        "يغيّرها "
        "إلا "
        "المنسقون.",
        "Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.": "معاينة: "
        "تعرض "
        "الشبكة "
        "الخطة "
        "كما "
        "ستصبح "
        "إذا "
        "قُبل "
        "المقترح. "
        "اقبله "
        "أو "
        "تجاهله "
        "(علامة "
        "التبويب "
        "«المقترح») "
        "قبل "
        "تغيير "
        "الخانات "
        "يدويًا.",
        "Choose a session to see its slots.": "اختر جلسة لعرض خاناتها.",
        "“%1” — %2, %3. %4.": "«%1» — %2، %3. %4.",
        "Accept or discard the proposal first (Proposal tab).": "اقبل المقترح أو تجاهله أولًا (علامة "
        "التبويب «المقترح»).",
        "Who takes %1 at “%2”?": "من يشغل %1 في «%2»؟",
        "Solving… Esc stops it and keeps the best plan found so far.": "جارٍ التوزيع التلقائي… اضغط "
        "Esc لإيقافه والاحتفاظ بأفضل "
        "خطة وُجدت حتى الآن.",
        "A first plan is made.": "أُعدّت خطة أولى.",
        "Covering as many units as possible…": "جارٍ تغطية أكبر عدد ممكن من الوحدات…",
        "Evening out the loads…": "جارٍ موازنة الأحمال…",
        "Finishing…": "جارٍ الإنهاء…",
        "Stopping the solve…": "جارٍ إيقاف التوزيع التلقائي…",
        "The solve found nothing to change.": "لم يجد التوزيع التلقائي ما يستدعي التغيير.",
        "The solve failed: %1": "فشل التوزيع التلقائي: %1",
        "The proposal was discarded; nothing changed.": "تم تجاهل المقترح؛ لم يتغير شيء.",
        "Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.": "لا "
        "تحتوي "
        "بوابات "
        "الدخول "
        "على "
        "خطة "
        "التيسير. "
        "اسأل "
        "منسق "
        "خدمات "
        "التيسير "
        "عمّن "
        "يتولى "
        "الترجمة "
        "بلغة "
        "الإشارة "
        "أو "
        "الشرح "
        "النصي "
        "في "
        "جلسة "
        "ما.",
        "Access": "التيسير",
        "Time": "الوقت",
        "Room": "القاعة",
        "Session": "الجلسة",
        "Services filled": "شغل الخدمات",
        "%1: %2 of %3 units filled (%4 required).": "%1: الوحدات المشغولة %2 من %3 (الإلزامية منها "
        "%4).",
        "Slot": "الخانة",
        "Assigned": "المكلَّف",
        "Lock": "القفل",
        "Now": "الحالي",
        "Proposed": "المقترَح",
        "— open —": "— شاغرة —",
        "%1 with feed %2": "%1 مع الملقِّن %2",
        "⚠ %1 (does not count: see the rules)": "⚠ %1 (لا يُحتسب: راجع القواعد)",
        "⚑ Locked": "⚑ مقفلة",
        "Assign… (Enter)": "تكليف… (Enter)",
        "Clear (Delete)": "إفراغ (Delete)",
        "Lock or unlock (L)": "قفل أو إلغاء القفل (L)",
        "Assign a provider": "تكليف مقدّم خدمة",
        "Type to find a provider by name": "اكتب للبحث عن مقدّم خدمة بالاسم",
        "Type a name · ↑ ↓ choose · Enter assign · Esc close": "اكتب اسمًا · ↑ ↓ للاختيار · Enter "
        "للتكليف · Esc للإغلاق",
        "Assign": "تكليف",
        "◆ %1 — %2": "◆ %1 — %2",
        "✓ %1 — %2": "✓ %1 — %2",
        "✗ %1 — %2": "✗ %1 — %2",
        "Choose the hearing interpreter who feeds %1 in this slot.": "اختر المترجم السامع الذي يلقّن "
        "%1 في هذه الخانة.",
        "Run a solve to see a proposal here.": "شغّل التوزيع التلقائي لعرض مقترح هنا.",
        "&Accept the proposal": "قبول المقترح (&A)",
        "&Discard it": "تجاهل المقترح (&D)",
        "The coverage grid shows the plan as the proposal would leave it.": "تعرض شبكة التغطية الخطة "
        "كما ستصبح إذا قُبل "
        "المقترح.",
        "Provider": "مقدّم الخدمة",
        "Load that day": "حِمل ذلك اليوم",
        "Day": "اليوم",
        "captioner": "كاتب شرح نصي فوري",
        "Deaf interpreter": "مترجم أصم",
        "interpreter": "مترجم لغة إشارة",
        "Travel to another room: %n min.": [
            "الانتقال إلى قاعة أخرى: %n دقائق.",
            "الانتقال إلى قاعة أخرى: %n دقيقة.",
            "الانتقال إلى قاعة أخرى: %n دقيقتان.",
            "الانتقال إلى قاعة أخرى: %n دقائق.",
            "الانتقال إلى قاعة أخرى: %n دقيقة.",
            "الانتقال إلى قاعة أخرى: %n دقيقة.",
        ],
        "%1 in %2: %3, %4 (feeding the Deaf interpreter).": "%1 في %2: %3، %4 (تلقين المترجم الأصم).",
        "%1 in %2: %3, %4.": "%1 في %2: %3، %4.",
        "%1 Locked.": "%1 مقفلة.",
        "Not working": "لا يعمل",
        "%n assignment(s)": ["%n مهام", "%n مهمة", "%n مهمتان", "%n مهام", "%n مهمة", "%n مهمة"],
        "No provider has this language (or the accreditation it needs).": "لا يوجد مقدّم خدمة يعمل "
        "بهذه اللغة (أو يحمل "
        "الاعتماد المطلوب لها).",
        "Nobody with this language declared they can work then, or they are absent.": "لم يصرّح أحد "
        "ممن يعملون "
        "بهذه اللغة "
        "بأنه متاح في "
        "ذلك الوقت، أو "
        "أنهم غائبون.",
        "Everyone who could is already working at that time.": "كل من يمكنه شغلها يعمل بالفعل في ذلك "
        "الوقت.",
        "Those free then have reached their day's cap or need a rest.": "المتاحون في ذلك الوقت بلغوا "
        "حدهم اليومي أو يحتاجون إلى "
        "استراحة.",
        "%1 (WFD-WASLI accredited)": "%1 (باعتماد WFD-WASLI)",
        "%n more provider(s) of %1 on the morning of %2.": [
            "%1: يلزم %n مقدّمي خدمة إضافيين صباح %2.",
            "%1: يلزم %n مقدّم خدمة إضافي صباح %2.",
            "%1: يلزم %n مقدّما خدمة إضافيان صباح %2.",
            "%1: يلزم %n مقدّمي خدمة إضافيين صباح %2.",
            "%1: يلزم %n مقدّم خدمة إضافيًا صباح %2.",
            "%1: يلزم %n مقدّم خدمة إضافي صباح %2.",
        ],
        "%n more provider(s) of %1 on the afternoon of %2.": [
            "%1: يلزم %n مقدّمي خدمة إضافيين بعد ظهر %2.",
            "%1: يلزم %n مقدّم خدمة إضافي بعد ظهر %2.",
            "%1: يلزم %n مقدّما خدمة إضافيان بعد ظهر %2.",
            "%1: يلزم %n مقدّمي خدمة إضافيين بعد ظهر %2.",
            "%1: يلزم %n مقدّم خدمة إضافيًا بعد ظهر %2.",
            "%1: يلزم %n مقدّم خدمة إضافي بعد ظهر %2.",
        ],
        "%n more provider(s) of %1 on the evening of %2.": [
            "%1: يلزم %n مقدّمي خدمة إضافيين مساء %2.",
            "%1: يلزم %n مقدّم خدمة إضافي مساء %2.",
            "%1: يلزم %n مقدّما خدمة إضافيان مساء %2.",
            "%1: يلزم %n مقدّمي خدمة إضافيين مساء %2.",
            "%1: يلزم %n مقدّم خدمة إضافيًا مساء %2.",
            "%1: يلزم %n مقدّم خدمة إضافي مساء %2.",
        ],
        "Why it is open": "سبب الشغور",
        "Smallest change that covers it": "أصغر تغيير يغطيها",
        "Every unit of demand is filled: nothing is open.": "كل وحدات الطلب مشغولة: لا توجد خانات "
        "شاغرة.",
        "%n required unit(s) open.": [
            "%n وحدات إلزامية شاغرة.",
            "%n وحدة إلزامية شاغرة.",
            "%n وحدتان إلزاميتان شاغرتان.",
            "%n وحدات إلزامية شاغرة.",
            "%n وحدة إلزامية شاغرة.",
            "%n وحدة إلزامية شاغرة.",
        ],
        "%n advised unit(s) open.": [
            "%n وحدات موصى بها شاغرة.",
            "%n وحدة موصى بها شاغرة.",
            "%n وحدتان موصى بهما شاغرتان.",
            "%n وحدات موصى بها شاغرة.",
            "%n وحدة موصى بها شاغرة.",
            "%n وحدة موصى بها شاغرة.",
        ],
        "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": "الحضور المتوقع في %1: %2 "
        "شخص؛ وعدد مقاعد %3: %4. "
        "انقلها إلى قاعة أكبر.",
        "%1 min after %2; the room needs %3 min to change over": "تفصلها %1 دقيقة فقط عن %2؛ والقاعة "
        "تحتاج %3 دقيقة للتجهيز",
        "This session has no default length: give its end time.": "ليست لهذه الجلسة مدة افتراضية: "
        "أدخل وقت انتهائها.",
        "A session becomes released only when a release publishes it.": "لا تصبح الجلسة منشورة إلا "
        "عندما يُنشر إصدار يتضمنها.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "صدرت "
        "هذه "
        "الشارة "
        "بعد "
        "آخر "
        "مزامنة "
        "لهذا "
        "المكتب: "
        "جرى "
        "التحقق "
        "منها "
        "بناءً "
        "على "
        "الشخص "
        "المذكور "
        "فيها. "
        "تمكن "
        "إعادة "
        "طباعتها "
        "هنا "
        "بعد "
        "المزامنة "
        "التالية.",
    }
)
