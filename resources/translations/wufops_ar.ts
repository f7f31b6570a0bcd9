<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessTexts</name>
    <message>
        <location filename="../../ui/access/texts.py" line="23"/>
        <source>International Sign</source>
        <translation>لغة الإشارة الدولية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="24"/>
        <source>Turkish Sign Language</source>
        <translation>لغة الإشارة التركية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="25"/>
        <source>Russian Sign Language</source>
        <translation>لغة الإشارة الروسية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="26"/>
        <source>American Sign Language</source>
        <translation>لغة الإشارة الأمريكية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="27"/>
        <source>British Sign Language</source>
        <translation>لغة الإشارة البريطانية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="28"/>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="29"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="30"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="31"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="32"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="33"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="34"/>
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="40"/>
        <source>Captions in %1</source>
        <translation>شرح نصي باللغة %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="47"/>
        <source>CC %1</source>
        <extracomment>a captions tag in a narrow cell; %1 is a language code such as EN</extracomment>
        <translation>شرح %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="50"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>‏IS</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>required</source>
        <translation>إلزامية</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>advised</source>
        <translation>موصى بها</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="60"/>
        <source>✓ Covered</source>
        <translation>✓ مغطاة</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="61"/>
        <source>◐ Partly covered</source>
        <translation>◐ مغطاة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="62"/>
        <source>✗ Not covered</source>
        <translation>✗ غير مغطاة</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="68"/>
        <source>%1/%2</source>
        <extracomment>units filled / units wanted, in a narrow table cell (1/2)</extracomment>
        <translation>‏%1/%2‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="74"/>
        <source>%n min</source>
        <translation>
            <numerusform>‏%n‏ د</numerusform>
            <numerusform>‏%n‏ د</numerusform>
            <numerusform>‏%n‏ د</numerusform>
            <numerusform>‏%n‏ د</numerusform>
            <numerusform>‏%n‏ د</numerusform>
            <numerusform>‏%n‏ د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="76"/>
        <source>%n h</source>
        <translation>
            <numerusform>‏%n‏ س</numerusform>
            <numerusform>‏%n‏ س</numerusform>
            <numerusform>‏%n‏ س</numerusform>
            <numerusform>‏%n‏ س</numerusform>
            <numerusform>‏%n‏ س</numerusform>
            <numerusform>‏%n‏ س</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="77"/>
        <source>%1 h %2 min</source>
        <translation>‏%1‏ س %2‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="80"/>
        <source>%1 of %2</source>
        <translation>‏%1‏ من %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="87"/>
        <source>Does not work in this language.</source>
        <translation>لا يعمل بهذه اللغة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="89"/>
        <source>Not WFD-WASLI accredited, which a high-level session needs for International Sign.</source>
        <translation>غير معتمد من WFD-WASLI، وهو ما تشترطه الجلسات الرفيعة المستوى للغة الإشارة الدولية.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="91"/>
        <source>Declared no availability.</source>
        <translation>لم يصرّح بأي أوقات إتاحة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="92"/>
        <source>Not available then (arrival included).</source>
        <translation>غير متاح في ذلك الوقت (مع احتساب وقت الوصول).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="93"/>
        <source>Absent then.</source>
        <translation>غائب في ذلك الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="94"/>
        <source>Already working at an overlapping session.</source>
        <translation>يعمل بالفعل في جلسة متداخلة معها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="95"/>
        <source>No time to travel from or to another room.</source>
        <translation>لا وقت للانتقال من قاعة أخرى أو إليها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="96"/>
        <source>Would pass the day&apos;s cap.</source>
        <translation>سيتجاوز الحد اليومي.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="97"/>
        <source>Would work too long without a rest.</source>
        <translation>سيعمل مدة طويلة جدًا دون استراحة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="98"/>
        <source>Deaf interpreter: needs a hearing feed interpreter.</source>
        <translation>مترجم أصم: يحتاج إلى مترجم سامع ملقِّن.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="99"/>
        <source>The slot is locked.</source>
        <translation>الخانة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="103"/>
        <source>Fits. Works %1 that day so far.</source>
        <translation>مناسب. يعمل %1‏ في ذلك اليوم حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="107"/>
        <source>Fits with a hearing feed interpreter. Works %1 that day so far.</source>
        <translation>مناسب مع مترجم سامع ملقِّن. يعمل %1‏ في ذلك اليوم حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="114"/>
        <source>%1 is assigned to %2 at “%3”.</source>
        <translation>كُلِّف %1‏ بـ %2‏ في «%3‏».</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="119"/>
        <source>%1 is assigned to %2 at “%3”, although they do not fit:</source>
        <translation>كُلِّف %1‏ بـ %2‏ في «%3‏» رغم عدم استيفائه الشروط:</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="124"/>
        <source>%1 at “%2” is open again.</source>
        <translation>‏%1‏ في «%2‏»: شاغرة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="127"/>
        <source>%1 at “%2” is locked: every later solve keeps it.</source>
        <translation>‏%1‏ في «%2‏»: مقفلة، ويُبقيها كل توزيع تلقائي لاحق كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="130"/>
        <source>%1 at “%2” is unlocked: a solve may change it.</source>
        <translation>‏%1‏ في «%2‏»: أُلغي القفل، وقد يغيّرها التوزيع التلقائي.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="136"/>
        <source>This device may not change assignments: only coordinator and admin devices may.</source>
        <translation>لا يحق لهذا الجهاز تغيير التكليفات: ذلك متاح لأجهزة المنسقين والمسؤولين فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="138"/>
        <source>The slot is locked. Unlock it (L) before changing it.</source>
        <translation>الخانة مقفلة. ألغِ قفلها (L) قبل تغييرها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="139"/>
        <source>This slot is no longer needed: the session changed.</source>
        <translation>لم تعد هذه الخانة مطلوبة: تغيّرت الجلسة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="140"/>
        <source>This provider is no longer in the event.</source>
        <translation>لم يعد مقدّم الخدمة هذا ضمن الحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="142"/>
        <source>Interpreters take sign-language slots and captioners take caption slots.</source>
        <translation>يشغل مترجمو لغة الإشارة خانات لغة الإشارة، ويشغل كُتّاب الشرح النصي الفوري خانات الشرح النصي.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="144"/>
        <source>A provider cannot feed themselves.</source>
        <translation>لا يمكن لمقدّم الخدمة أن يكون ملقِّنًا لنفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="146"/>
        <source>Some of these slots changed since the solve started. Solve again.</source>
        <translation>تغيّرت بعض هذه الخانات منذ بدء التوزيع التلقائي. أعِد تشغيله.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="148"/>
        <source>The change was not made (%1).</source>
        <translation>لم يُجرَ التغيير (%1‏).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="152"/>
        <source>%1, slot %2</source>
        <translation>‏%1‏، الخانة %2‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="157"/>
        <source>The proposal changes %n slot(s).</source>
        <translation>
            <numerusform>يغيّر المقترح %n‏ خانات.</numerusform>
            <numerusform>يغيّر المقترح %n‏ خانة.</numerusform>
            <numerusform>يغيّر المقترح %n‏ خانتين.</numerusform>
            <numerusform>يغيّر المقترح %n‏ خانات.</numerusform>
            <numerusform>يغيّر المقترح %n‏ خانة.</numerusform>
            <numerusform>يغيّر المقترح %n‏ خانة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="161"/>
        <source>Required units filled: %1 of %2. Advised units filled: %3 of %4.</source>
        <translation>الوحدات الإلزامية المشغولة: %1‏ من %2‏. الوحدات الموصى بها المشغولة: %3‏ من %4‏.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="170"/>
        <source>Largest load of one provider: %1 on one day, %2 over the whole event.</source>
        <translation>أكبر حِمل لمقدّم خدمة واحد: %1‏ في يوم واحد، و%2‏ طوال الحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="177"/>
        <source>Stopped: this is the best plan found before the stop.</source>
        <translation>أُوقف: هذه أفضل خطة وُجدت قبل الإيقاف.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="179"/>
        <source>A quick plan (the optimiser did not run to the end).</source>
        <translation>خطة سريعة (لم تكتمل عملية التحسين).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="181"/>
        <source>The best plan: no plan covers more.</source>
        <translation>أفضل خطة: لا توجد خطة تغطي أكثر منها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="182"/>
        <source>A good plan found within the time limit.</source>
        <translation>خطة جيدة وُجدت ضمن المهلة الزمنية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="185"/>
        <source>Accepted: %n slot(s) changed.</source>
        <translation>
            <numerusform>تم القبول: تغيّرت %n‏ خانات.</numerusform>
            <numerusform>تم القبول: تغيّرت %n‏ خانة.</numerusform>
            <numerusform>تم القبول: تغيّرت %n‏ خانتان.</numerusform>
            <numerusform>تم القبول: تغيّرت %n‏ خانات.</numerusform>
            <numerusform>تم القبول: تغيّرت %n‏ خانة.</numerusform>
            <numerusform>تم القبول: تغيّرت %n‏ خانة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessWorkspace</name>
    <message>
        <location filename="../../ui/access/workspace.py" line="114"/>
        <source>Access services</source>
        <translation>خدمات التيسير</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="121"/>
        <source>&amp;Solve</source>
        <translation>توزيع تلقائي (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="127"/>
        <source>%v of %m required</source>
        <translation>‏%v من %m إلزامية</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="128"/>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="180"/>
        <source>Drag a provider onto a slot to assign them.</source>
        <translation>اسحب مقدّم خدمة إلى خانة لتكليفه بها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="209"/>
        <source>Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.</source>
        <translation>الأزرق: لغة الإشارة؛ البنفسجي: الشرح النصي؛ اللون الأفتح: تلقين مترجم أصم؛ ⚑ وإطار سميك: مقفلة؛ الخطوط المائلة: الانتقال (حمراء إذا كان الوقت قصيرًا جدًا)؛ خط أحمر في الأسفل: عمل طويل جدًا دون استراحة. الساعات من 07:00 إلى 21:00.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="228"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="229"/>
        <source>Providers</source>
        <translation>مقدّمو الخدمات</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="230"/>
        <source>Unmet demand</source>
        <translation>الطلب غير الملبّى</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="231"/>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="236"/>
        <source>Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve</source>
        <translation>‏Enter: تكليف · Delete: إفراغ · L: قفل أو إلغاء القفل · اسحب مقدّم خدمة إلى خانة · Ctrl+PgUp / Ctrl+PgDown: تغيير اليوم · Alt+S: توزيع تلقائي · Esc: إيقاف التوزيع التلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="265"/>
        <source>Choose a session, then a slot: Enter assigns, L locks.</source>
        <translation>اختر جلسة، ثم خانة: Enter للتكليف، وL للقفل.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="305"/>
        <source>Read only: this device&apos;s role cannot change assignments; only coordinators do.</source>
        <translation>للقراءة فقط: دور هذا الجهاز لا يتيح تغيير التكليفات؛ ولا يغيّرها إلا المنسقون.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="311"/>
        <source>Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.</source>
        <translation>معاينة: تعرض الشبكة الخطة كما ستصبح إذا قُبل المقترح. اقبله أو تجاهله (علامة التبويب «المقترح») قبل تغيير الخانات يدويًا.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="359"/>
        <source>Choose a session to see its slots.</source>
        <translation>اختر جلسة لعرض خاناتها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="363"/>
        <source>“%1” — %2, %3. %4.</source>
        <translation>‏«%1‏» — %2‏، %3‏. %4‏.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="436"/>
        <source>Accept or discard the proposal first (Proposal tab).</source>
        <translation>اقبل المقترح أو تجاهله أولًا (علامة التبويب «المقترح»).</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="467"/>
        <source>Who takes %1 at “%2”?</source>
        <translation>من يشغل %1‏ في «%2‏»؟</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="548"/>
        <source>Solving… Esc stops it and keeps the best plan found so far.</source>
        <translation>جارٍ التوزيع التلقائي… اضغط Esc لإيقافه والاحتفاظ بأفضل خطة وُجدت حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="556"/>
        <source>A first plan is made.</source>
        <translation>أُعدّت خطة أولى.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="557"/>
        <source>Covering as many units as possible…</source>
        <translation>جارٍ تغطية أكبر عدد ممكن من الوحدات…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="558"/>
        <source>Evening out the loads…</source>
        <translation>جارٍ موازنة الأحمال…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="559"/>
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="567"/>
        <source>Stopping the solve…</source>
        <translation>جارٍ إيقاف التوزيع التلقائي…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="581"/>
        <source>The solve found nothing to change.</source>
        <translation>لم يجد التوزيع التلقائي ما يستدعي التغيير.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="593"/>
        <source>The solve failed: %1</source>
        <translation>فشل التوزيع التلقائي: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="621"/>
        <source>The proposal was discarded; nothing changed.</source>
        <translation>تم تجاهل المقترح؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="43"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45"/>
        <source>Media</source>
        <translation>إعلامي</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46"/>
        <source>VIP / head of delegation</source>
        <translation>كبار الشخصيات / رئيس وفد</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47"/>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48"/>
        <source>Volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="49"/>
        <source>Exhibitor</source>
        <translation>عارض</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="50"/>
        <source>Security</source>
        <translation>أمن</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="59"/>
        <source>Sign language (%1)</source>
        <translation>لغة الإشارة (%1‏)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64"/>
        <source>Captions</source>
        <translation>شرح نصي</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66"/>
        <source>Step-free access</source>
        <translation>وصول بلا درج</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="68"/>
        <source>Assistance</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83"/>
        <source>Latin name</source>
        <translation>الاسم باللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="87"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="88"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="204"/>
        <source>In</source>
        <extracomment>check-in column: the attendee has checked in</extracomment>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207"/>
        <source>Not yet</source>
        <extracomment>check-in column: the attendee has not checked in yet</extracomment>
        <translation>لم يحضر بعد</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="211"/>
        <source>Hold</source>
        <extracomment>check-in column: a security hold is set on this attendee (a noun)</extracomment>
        <translation>إيقاف أمني</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="67"/>
        <source>Name, organization, country or code</source>
        <translation>الاسم أو المنظمة أو البلد أو الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="72"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="76"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80"/>
        <source>Any needs</source>
        <translation>كل الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82"/>
        <source>Has a need</source>
        <translation>لديه احتياج</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83"/>
        <source>Sign language</source>
        <translation>لغة الإشارة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="84"/>
        <source>Captions</source>
        <translation>شرح نصي</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="85"/>
        <source>Step-free access</source>
        <translation>وصول بلا درج</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="86"/>
        <source>Assistance</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="90"/>
        <source>Checked in or not</source>
        <translation>كل حالات الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91"/>
        <source>Checked in</source>
        <translation>سُجّل حضوره</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92"/>
        <source>Not checked in</source>
        <translation>لم يُسجَّل حضوره</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="95"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="96"/>
        <source>Accessibility need</source>
        <translation>احتياج التيسير</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="97"/>
        <source>Check-in state</source>
        <translation>حالة الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="223"/>
        <source>%1 of %2</source>
        <translation>‏%1‏ من %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="231"/>
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>لا أحد يطابق «%1‏» مع عوامل التصفية هذه. تحقق من الإملاء، أو اكتب جزءًا من الاسم، أو اضغط Esc لمسح البحث وعوامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="254"/>
        <source>The scanned code is not a badge or a registration code of this event.</source>
        <translation>الرمز الممسوح ليس شارة ولا رمز تسجيل لهذا الحدث.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="127"/>
        <source>Open layout file…</source>
        <translation>فتح ملف قالب…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="142"/>
        <source>Layout</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="144"/>
        <source>Sample</source>
        <translation>العينة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="184"/>
        <source>Badge layout</source>
        <translation>قالب الشارة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="185"/>
        <source>Badge layouts (*.json)</source>
        <translation>قوالب الشارات (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="208"/>
        <source>This layout cannot be used:</source>
        <translation>لا يمكن استخدام هذا القالب:</translation>
    </message>
</context>
<context>
    <name>BadgesWorkspace</name>
    <message>
        <location filename="../../ui/badges/workspace.py" line="89"/>
        <source>A6</source>
        <translation>‏A6</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="90"/>
        <source>4×6 in</source>
        <translation>4×6 بوصة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="91"/>
        <source>CR80 card</source>
        <translation>بطاقة CR80</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="92"/>
        <source>54×90 mm label</source>
        <translation>ملصق 54×90 مم</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="93"/>
        <source>4×A6 on A4</source>
        <translation>‏4×A6 على A4</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="94"/>
        <source>A6, EN + AZ</source>
        <comment>layout: category in English and Azerbaijani</comment>
        <translation>‏A6، EN + AZ</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="109"/>
        <source>Whose name the preview shows</source>
        <translation>صاحب الاسم المعروض في المعاينة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="111"/>
        <source>Name or registration code, then Enter</source>
        <translation>الاسم أو رمز التسجيل، ثم Enter</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="121"/>
        <source>Layout and preview</source>
        <translation>القالب والمعاينة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="127"/>
        <source>&amp;Layout</source>
        <translation>القالب (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="128"/>
        <source>&amp;Sample</source>
        <translation>العينة (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="129"/>
        <source>Find &amp;attendee</source>
        <translation>بحث عن مشارك (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="164"/>
        <source>Every script</source>
        <translation>كل أنظمة الكتابة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="169"/>
        <source>Latin, diacritics</source>
        <translation>اللاتينية بعلامات التشكيل</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="170"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="171"/>
        <source>Devanagari</source>
        <translation>الديفاناغارية</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="172"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="218"/>
        <source>Attendee: %1</source>
        <translation>المشارك: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="222"/>
        <source>Demo: %1</source>
        <translation>تجريبي: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="293"/>
        <source>No badge issued yet: this QR code is only a sample.</source>
        <translation>لم تُصدر شارة بعد: رمز QR هذا مجرد عينة.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="309"/>
        <source>No attendee matches “%1”.</source>
        <translation>لا يوجد مشارك يطابق «%1‏».</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/streams/model.py" line="86"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="87"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="88"/>
        <source>On air now</source>
        <translation>على الهواء الآن</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="90"/>
        <source>Next</source>
        <extracomment>column header: the next session planned on the channel</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="91"/>
        <source>Captions · sign</source>
        <translation>شرح نصي · إشارة</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="145"/>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="151"/>
        <source>by %1 at %2</source>
        <translation>بواسطة %1‏ الساعة %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="163"/>
        <source>LATE %1 min</source>
        <translation>متأخر %1‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="166"/>
        <source>OVERRUN %1 min</source>
        <translation>تجاوز %1‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="168"/>
        <source>CLASH</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="179"/>
        <source>DO NOT STREAM</source>
        <translation>ممنوع البث</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="191"/>
        <source>%1 · pre-roll in %2</source>
        <translation>‏%1‏ · فترة ما قبل البث بعد %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="196"/>
        <source>%1 · in pre-roll</source>
        <translation>‏%1‏ · في فترة ما قبل البث</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>CC %1</source>
        <extracomment>CC = closed captions; %1: language codes such as EN FR</extracomment>
        <translation>شرح %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>No captions</source>
        <translation>بلا شرح نصي</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>Sign: %1</source>
        <translation>إشارة: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>No sign</source>
        <translation>بلا إشارة</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="216"/>
        <source>NO CC %1</source>
        <extracomment>short alert chip: captions in languages %1 are required but missing from the stream</extracomment>
        <translation>لا شرح %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="221"/>
        <source>NO SIGN %1</source>
        <extracomment>short alert chip: sign language %1 (codes such as IS, ASL) is required but missing from the stream</extracomment>
        <translation>لا إشارة %1‏</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Slot</source>
        <translation>الخانة</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Now</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Proposed</source>
        <translation>المقترَح</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="425"/>
        <source>— open —</source>
        <translation>— شاغرة —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="428"/>
        <source>%1 with feed %2</source>
        <translation>‏%1‏ مع الملقِّن %2‏</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="384"/>
        <source>Release…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="386"/>
        <source>Publish the schedule as its next version</source>
        <translation>نشر الجدول في إصداره التالي</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="406"/>
        <source>Never released. Every scheduled session is new.</source>
        <translation>لم يُنشر قط. كل جلسة مجدولة جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="413"/>
        <source>Version %1, released %2.</source>
        <translation>الإصدار %1‏، نُشر %2‏.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="415"/>
        <source>%n change(s) since then.</source>
        <translation>
            <numerusform>‏%n‏ تغييرات منذ ذلك الحين.</numerusform>
            <numerusform>‏%n‏ تغيير منذ ذلك الحين.</numerusform>
            <numerusform>‏%n‏ تغييران منذ ذلك الحين.</numerusform>
            <numerusform>‏%n‏ تغييرات منذ ذلك الحين.</numerusform>
            <numerusform>‏%n‏ تغييرًا منذ ذلك الحين.</numerusform>
            <numerusform>‏%n‏ تغيير منذ ذلك الحين.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="418"/>
        <source>Added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="419"/>
        <source>Removed</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="420"/>
        <source>Moved</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="421"/>
        <source>Edited</source>
        <translation>معدّلة</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="292"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="294"/>
        <source>Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)</source>
        <translation>حفظ هذا الرسم البياني بتنسيق PNG (Ctrl+S) أو CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="299"/>
        <source>Save as PNG…</source>
        <translation>حفظ بتنسيق PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="300"/>
        <source>Save as CSV…</source>
        <translation>حفظ بتنسيق CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="346"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="350"/>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="353"/>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="129"/>
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <translation>امسح شارة — الماسح يعمل أينما كان المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="210"/>
        <source>Entry gate · %1</source>
        <translation>بوابة الدخول · %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="212"/>
        <source>zone %1</source>
        <translation>المنطقة %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="213"/>
        <source>F10: desk settings</source>
        <translation>‏F10: إعدادات المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="215"/>
        <source>none (PDF files)</source>
        <translation>لا توجد (ملفات PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="217"/>
        <source>Badge pickup · %1 · printer: %2</source>
        <translation>استلام الشارات · %1‏ · الطابعة: %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="224"/>
        <source>PDF files go to %1</source>
        <translation>تُحفظ ملفات PDF في %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="228"/>
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation>‏Ctrl+F بحث بالاسم · F2 إعادة طباعة · F3 تراجع · F4 طباعة الآن · F10 إعدادات المكتب · Esc عودة إلى المسح</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="347"/>
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation>تعذّر تسجيل المسح (%1‏) — امسح مجددًا؛ وإن تكرر ذلك فاستدعِ مشرفًا.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="426"/>
        <source>Entries today: %1</source>
        <translation>حالات الدخول اليوم: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="433"/>
        <source>%1 s per attendee</source>
        <translation>‏%1‏ ث لكل مشارك</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="435"/>
        <source>— s per attendee</source>
        <translation>— ث لكل مشارك</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="438"/>
        <source>Today %1 · This hour %2 · %3</source>
        <translation>اليوم %1‏ · هذه الساعة %2‏ · %3‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="487"/>
        <source>Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.</source>
        <translation>لم تُطبع (glyph_missing): لا يوجد في هذا المكتب خط يطبع %1‏. اكتب الشارة بخط اليد وأبلغ المشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="495"/>
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation>فشلت الطباعة (%1‏) — أصلح الطابعة، ثم اضغط F4 لإعادة الطباعة.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="504"/>
        <source>Badge %1 sent to %2</source>
        <translation>أُرسلت الشارة %1‏ إلى %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="510"/>
        <source>Badge saved as %1</source>
        <translation>حُفظت الشارة باسم %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="541"/>
        <source>Scan or find the person first, then F2.</source>
        <translation>امسح شارة الشخص أو ابحث عنه أولًا، ثم اضغط F2.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="552"/>
        <source>Nothing to undo: scan or find the person first.</source>
        <translation>لا شيء للتراجع عنه: امسح شارة الشخص أو ابحث عنه أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="597"/>
        <source>Check-in undone: %1</source>
        <translation>تم التراجع عن تسجيل الحضور: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="603"/>
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation>لا يستطيع هذا المكتب إصدار شارة جديدة (لا يوجد مفتاح توقيع للمكتب): وجّه الشخص إلى مكتب المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="606"/>
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation>طُبعت مسبقًا — لإعادة الطباعة اضغط F2 واذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="607"/>
        <source>This person has no valid badge on this desk.</source>
        <translation>ليس لهذا الشخص شارة صالحة في هذا المكتب.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="608"/>
        <source>That check-in was already undone.</source>
        <translation>سبق التراجع عن تسجيل الحضور هذا.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../ui/schedule/messages.py" line="105"/>
        <location filename="../../ui/schedule/messages.py" line="376"/>
        <source>“%1”</source>
        <translation>‏«%1‏»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="112"/>
        <source>speaker %1</source>
        <translation>المتحدث %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="117"/>
        <source>not placed</source>
        <translation>غير معيّنة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="122"/>
        <source>off the grid</source>
        <translation>خارج الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="124"/>
        <source>%1, %2</source>
        <translation>‏%1‏، %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="141"/>
        <location filename="../../ui/schedule/messages.py" line="230"/>
        <location filename="../../ui/schedule/messages.py" line="264"/>
        <source>none that day</source>
        <translation>لا أوقات في ذلك اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="156"/>
        <source>Rule “%1” found a problem with %2.</source>
        <translation>وجدت القاعدة «%1‏» مشكلة في %2‏.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="204"/>
        <source>%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.</source>
        <translation>تتداخل %1‏ (%2‏) و%3‏ (%4‏) بمقدار %5‏ دقيقة في %6‏. انقل إحداهما أو قصّرها.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="215"/>
        <source>%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.</source>
        <translation>تبدأ %1‏ بعد %2‏ دقيقة من انتهاء %3‏ في %4‏، والقاعة تحتاج %5‏ دقيقة للتجهيز بين الجلسات. انقل إحداهما أو قصّر الأولى.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="235"/>
        <source>%1 (%2) is outside the times %3 is available (%4). Move it, or change the room&apos;s availability.</source>
        <translation>‏%1‏ (%2‏) خارج أوقات إتاحة %3‏ (%4‏). انقلها، أو غيّر أوقات إتاحة القاعة.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="248"/>
        <source>%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.</source>
        <translation>يتحدث %1‏ في %2‏ (%3‏) وفي %4‏ (%5‏)، وهما تتداخلان بمقدار %6‏ دقيقة. انقل إحدى الجلستين أو غيّر متحدثيها.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="269"/>
        <source>%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.</source>
        <translation>‏%1‏ غير متاح خلال %2‏ (%3‏)؛ أوقات إتاحته: %4‏. انقل الجلسة أو راجع المتحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="304"/>
        <source>%1 expected</source>
        <translation>الحضور المتوقع: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="319"/>
        <source>%1: %2, on air %3 (%4 min before, %5 after)</source>
        <translation>‏%1‏: %2‏، على الهواء %3‏ (%4‏ دقيقة قبلها، و%5‏ بعدها)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="339"/>
        <source>Marked do-not-stream (closed door)</source>
        <translation>مُعلَّمة «ممنوع البث» (جلسة مغلقة)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="363"/>
        <source>%1 seats</source>
        <translation>‏%1‏ مقعد</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="365"/>
        <source>%1 min to change over</source>
        <translation>‏%1‏ دقيقة للتجهيز</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="386"/>
        <source>overlaps %1 by %2 min</source>
        <translation>تتداخل مع %1‏ بمقدار %2‏ دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="281"/>
        <source>%1 expects %2 people; %3 has %4 seats. Move it to a larger room.</source>
        <translation>الحضور المتوقع في %1‏: %2‏ شخص؛ وعدد مقاعد %3‏: %4‏. انقلها إلى قاعة أكبر.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="390"/>
        <source>%1 min before %2; the room needs %3 min to change over</source>
        <translation>قبل %1‏ دقيقة من %2‏؛ والقاعة تحتاج %3‏ دقيقة للتجهيز</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="392"/>
        <source>%1 min after %2; the room needs %3 min to change over</source>
        <translation>تفصلها %1‏ دقيقة فقط عن %2‏؛ والقاعة تحتاج %3‏ دقيقة للتجهيز</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="398"/>
        <source>%1 is closed then</source>
        <translation>‏%1‏ مغلقة في ذلك الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="401"/>
        <source>%1 also speaks in %2</source>
        <translation>‏%1‏ يتحدث أيضًا في %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="405"/>
        <source>%1 is not available then</source>
        <translation>‏%1‏ غير متاح في ذلك الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="409"/>
        <source>%1 expected, %2 seats</source>
        <translation>الحضور المتوقع %1‏، والمقاعد %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="413"/>
        <source>overlaps %1 on %2 by %3 min, rolls included</source>
        <translation>تتداخل مع %1‏ على %2‏ بمقدار %3‏ دقيقة، مع احتساب هوامش البث</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="420"/>
        <source>streamed, but %1 has no stream encoder</source>
        <translation>مُقرَّر بثها، لكن %1‏ بلا مُرمِّز بث</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="425"/>
        <source>do-not-stream, but planned on %1</source>
        <translation>ممنوع بثها، لكنها مُخطَّطة على %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="430"/>
        <source>its stream on %1 lacks captions or sign language it requires</source>
        <translation>بثها على %1‏ ينقصه الشرح النصي أو لغة الإشارة المطلوبة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="441"/>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="442"/>
        <source>device %1</source>
        <translation>الجهاز %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="448"/>
        <source>Your move of %1 (%2) lost to %3&apos;s move (%4).</source>
        <translation>استُبدل نقلك لـ %1‏ (%2‏) بنقل أجراه %3‏ (%4‏).</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="455"/>
        <source>%1&apos;s move of %2 (%3) lost to %4&apos;s move (%5).</source>
        <translation>استُبدل نقل %1‏ لـ %2‏ (%3‏) بنقل أجراه %4‏ (%5‏).</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="465"/>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="466"/>
        <source>removed</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="467"/>
        <source>moved</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="468"/>
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="471"/>
        <source>%1 — %2</source>
        <translation>‏%1‏ — %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="476"/>
        <source>This session no longer exists in this event.</source>
        <translation>لم تعد هذه الجلسة موجودة في هذا الحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="477"/>
        <source>This room no longer exists in this event.</source>
        <translation>لم تعد هذه القاعة موجودة في هذا الحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="478"/>
        <source>This session has no default length: give its end time.</source>
        <translation>ليست لهذه الجلسة مدة افتراضية: أدخل وقت انتهائها.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="481"/>
        <source>A session becomes released only when a release publishes it.</source>
        <translation>لا تصبح الجلسة منشورة إلا عندما يُنشر إصدار يتضمنها.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="479"/>
        <source>A session ends after it starts and lasts at most 24 hours.</source>
        <translation>يجب أن تنتهي الجلسة بعد بدئها وألا تتجاوز مدتها 24 ساعة.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="480"/>
        <source>Place the session in a room and time before scheduling it.</source>
        <translation>عيّن للجلسة قاعة وموعدًا قبل جدولتها.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="482"/>
        <source>That status cannot be set by hand.</source>
        <translation>لا يمكن تعيين هذه الحالة يدويًا.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="484"/>
        <source>No session is placed and scheduled: schedule sessions first.</source>
        <translation>لا توجد جلسة معيّنة ومجدولة: جدوِل الجلسات أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="486"/>
        <source>The schedule is exactly what the last release published.</source>
        <translation>الجدول مطابق تمامًا لآخر إصدار منشور.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="487"/>
        <source>A session holds too much text to be released.</source>
        <translation>إحدى الجلسات تحتوي على نص أطول من أن يُنشر.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="489"/>
        <source>Blocking conflicts stand: fix them, or lower their rule&apos;s severity, before releasing.</source>
        <translation>ما زالت هناك تعارضات مانعة: أصلحها، أو خفّض درجة خطورة قاعدتها، قبل النشر.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="493"/>
        <source>This device&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>تتعذر الكتابة في قاعدة بيانات هذا الجهاز حاليًا. حاول مجددًا؛ وإن استمر ذلك فاستدعِ المشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="500"/>
        <source>Refused (%1).</source>
        <translation>مرفوض (%1‏).</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="252"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="253"/>
        <source>All severities</source>
        <translation>كل درجات الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="258"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="259"/>
        <location filename="../../ui/schedule/panels.py" line="319"/>
        <source>All rules</source>
        <translation>كل القواعد</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="273"/>
        <source>Moves that lost to another coordinator&apos;s move</source>
        <translation>عمليات نقل استبدلها نقلٌ أجراه منسق آخر</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="280"/>
        <source>Re-apply</source>
        <translation>إعادة التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="281"/>
        <source>Put the session back where the lost move put it</source>
        <translation>إعادة الجلسة إلى حيث وضعها النقل المُستبدَل</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="283"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="284"/>
        <source>Keep the session where it is and mark this resolved</source>
        <translation>إبقاء الجلسة في مكانها واعتبار المسألة محلولة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="325"/>
        <source>%n conflict(s) block the release</source>
        <translation>
            <numerusform>‏%n‏ تعارضات تمنع النشر</numerusform>
            <numerusform>‏%n‏ تعارض يمنع النشر</numerusform>
            <numerusform>‏%n‏ تعارضان يمنعان النشر</numerusform>
            <numerusform>‏%n‏ تعارضات تمنع النشر</numerusform>
            <numerusform>‏%n‏ تعارضًا يمنع النشر</numerusform>
            <numerusform>‏%n‏ تعارض يمنع النشر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="326"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>‏%n‏ تحذيرات</numerusform>
            <numerusform>‏%n‏ تحذير</numerusform>
            <numerusform>‏%n‏ تحذيران</numerusform>
            <numerusform>‏%n‏ تحذيرات</numerusform>
            <numerusform>‏%n‏ تحذيرًا</numerusform>
            <numerusform>‏%n‏ تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="328"/>
        <source>%1 · %2</source>
        <extracomment>two counts side by side (&quot;3 conflicts block the release · 5 warnings&quot;)</extracomment>
        <translation>‏%1‏ · %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="332"/>
        <source>Lost placement</source>
        <translation>تعيين مُستبدَل</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="90"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="91"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="92"/>
        <source>Given name (Latin)</source>
        <translation>الاسم الأول (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="93"/>
        <source>Family name (Latin)</source>
        <translation>اسم العائلة (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="94"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="97"/>
        <source>e.g. spelling as in the passport</source>
        <translation>مثلًا: التهجئة كما في جواز السفر</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="98"/>
        <source>Reason (required)</source>
        <translation>السبب (إلزامي)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="103"/>
        <source>Save correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="106"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="160"/>
        <source>Type a given name or a family name.</source>
        <translation>اكتب الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="163"/>
        <source>Say why you are correcting this record.</source>
        <translation>اذكر سبب تصحيح هذا السجل.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="89"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="90"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="91"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="92"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="93"/>
        <source>Services filled</source>
        <translation>شغل الخدمات</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="125"/>
        <source>%1: %2 of %3 units filled (%4 required).</source>
        <translation>‏%1‏: الوحدات المشغولة %2‏ من %3‏ (الإلزامية منها %4‏).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="66"/>
        <source>Desk area</source>
        <translation>منطقة المكاتب</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="68"/>
        <source>Open</source>
        <extracomment>column header: how many of the area&apos;s check-in desks are open now</extracomment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="70"/>
        <source>Load</source>
        <extracomment>column header: the share of the open desks&apos; capacity in use (a percentage)</extracomment>
        <translation>الحِمل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="72"/>
        <source>Waiting</source>
        <extracomment>column header: people estimated waiting in the queue now</extracomment>
        <translation>المنتظرون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="74"/>
        <source>Wait now</source>
        <extracomment>column header: how long a person joining the queue now waits</extracomment>
        <translation>الانتظار الآن</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="76"/>
        <source>Worst, 30 min</source>
        <extracomment>column header: the longest wait forecast over the next 30 minutes</extracomment>
        <translation>الأسوأ، 30 د</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="166"/>
        <source>Why</source>
        <extracomment>heading above the list of probable causes (slow scanners, failing printers, silent devices)</extracomment>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="168"/>
        <source>No slow desk, failing printer or silent device found.</source>
        <translation>لا يوجد مكتب بطيء ولا طابعة معطلة ولا جهاز صامت.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="180"/>
        <source>%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.</source>
        <translation>‏%1‏: %2‏ في الانتظار، والانتظار الآن %3‏، وفي أسوأ الأحوال %4‏ خلال %5‏ دقيقة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="192"/>
        <source>No desk area is expected to wait over %1 min.</source>
        <translation>لا يُتوقع أن يتجاوز الانتظار %1‏ دقيقة في أي منطقة.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="196"/>
        <source>At %1</source>
        <translation>الساعة %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="198"/>
        <source>At %1 (the last recorded activity)</source>
        <translation>في %1‏ (آخر نشاط مسجَّل)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="209"/>
        <source>%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible</source>
        <translation>المكاتب المفتوحة %1‏ من %2‏؛ %3‏ ث لكل شخص؛ تخدم %4‏ في الدقيقة من أصل %5‏ ممكنة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="218"/>
        <source>Idle: %1</source>
        <translation>غير نشطة: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="227"/>
        <source>no end</source>
        <translation>بلا نهاية</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="229"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 د</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="230"/>
        <source>%1 min</source>
        <translation>‏%1‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="240"/>
        <source>Open these desks: %1.</source>
        <translation>افتح هذه المكاتب: %1‏.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="246"/>
        <source>Move %n volunteer(s) from %1.</source>
        <translation>
            <numerusform>انقل %n‏ متطوعين من %1‏.</numerusform>
            <numerusform>انقل %n‏ متطوعًا من %1‏.</numerusform>
            <numerusform>انقل %n‏ متطوعَين من %1‏.</numerusform>
            <numerusform>انقل %n‏ متطوعين من %1‏.</numerusform>
            <numerusform>انقل %n‏ متطوعًا من %1‏.</numerusform>
            <numerusform>انقل %n‏ متطوع من %1‏.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="251"/>
        <source>Call %n more staff.</source>
        <translation>
            <numerusform>استدعِ %n‏ موظفين إضافيين.</numerusform>
            <numerusform>استدعِ %n‏ موظفًا إضافيًا.</numerusform>
            <numerusform>استدعِ %n‏ موظفَين إضافيَّين.</numerusform>
            <numerusform>استدعِ %n‏ موظفين إضافيين.</numerusform>
            <numerusform>استدعِ %n‏ موظفًا إضافيًا.</numerusform>
            <numerusform>استدعِ %n‏ موظف إضافي.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="253"/>
        <source>The wait then falls to %1.</source>
        <translation>عندها ينخفض الانتظار إلى %1‏.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="260"/>
        <source>%1: scans take %2 ms (most desks %3 ms) — check its scanner</source>
        <translation>‏%1‏: يستغرق المسح %2‏ ملي ثانية (%3‏ ملي ثانية في معظم المكاتب) — افحص الماسح</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="267"/>
        <source>%1: %2 s per person (its area %3 s)</source>
        <translation>‏%1‏: %2‏ ث لكل شخص (في منطقته %3‏ ث)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="274"/>
        <source>%1: %2% of prints failed — check the printer</source>
        <translation>‏%1‏: فشل %2‏% من عمليات الطباعة — افحص الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="279"/>
        <source>%1: not synced for %2 min — check its network</source>
        <translation>‏%1‏: بلا مزامنة منذ %2‏ دقيقة — افحص اتصاله بالشبكة</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="105"/>
        <source>Ready — scan a badge or find a name</source>
        <translation>جاهز — امسح شارة أو ابحث عن اسم</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="109"/>
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation>الماسح يعمل أينما كان المؤشر. Ctrl+F: بحث بالاسم · F2: إعادة طباعة · F3: تراجع · F10: إعدادات المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="120"/>
        <source>Check in this person?</source>
        <translation>تسجيل حضور هذا الشخص؟</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="122"/>
        <source>Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.</source>
        <translation>‏Enter لتسجيل الحضور · Esc للإلغاء. رمز التسجيل %1‏، عُثر عليه بالاسم أو الرمز لا بالشارة: تحقق من هوية تحمل صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="126"/>
        <source>Already picked up: Enter shows when and where.</source>
        <translation>استُلمت الشارة من قبل: اضغط Enter لمعرفة متى وأين.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="143"/>
        <source>First pickup: %1 at %2</source>
        <translation>أول استلام: %1‏ في %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="145"/>
        <source>another desk</source>
        <translation>مكتب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="150"/>
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation>سُلّمت أكثر من مرة أثناء انقطاع المكاتب عن الشبكة — أبلغ مشرفًا.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="155"/>
        <source>The scanner types for another keyboard layout (%1 read as US): set it to this desk&apos;s layout.</source>
        <translation>الماسح مضبوط على تخطيط لوحة مفاتيح آخر (قُرئ %1‏ بتخطيط US): اضبطه على تخطيط هذا المكتب.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="162"/>
        <source>This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.</source>
        <translation>صدرت هذه الشارة بعد آخر مزامنة لهذا المكتب: جرى التحقق منها بناءً على الشخص المذكور فيها. تمكن إعادة طباعتها هنا بعد المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="186"/>
        <source>⚑ %1 — call the protocol officer</source>
        <translation>‏⚑ %1‏ — استدعِ موظف المراسم</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="193"/>
        <source>Sign language: %1</source>
        <translation>لغة الإشارة: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="195"/>
        <source>Captions</source>
        <translation>شرح نصي</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197"/>
        <source>Step-free access</source>
        <translation>وصول بلا درج</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="199"/>
        <source>Assistance</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="201"/>
        <source>Access needs: %1</source>
        <translation>احتياجات التيسير: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="208"/>
        <source>PARTICIPANT</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="209"/>
        <source>SPEAKER</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210"/>
        <source>MEDIA</source>
        <translation>إعلامي</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="211"/>
        <source>VIP / HEAD OF DELEGATION</source>
        <translation>كبار الشخصيات / رئيس وفد</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="212"/>
        <source>STAFF</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="213"/>
        <source>VOLUNTEER</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214"/>
        <source>EXHIBITOR</source>
        <translation>عارض</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="215"/>
        <source>SECURITY</source>
        <translation>أمن</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="223"/>
        <source>Printing the badge — hand it over.</source>
        <translation>جارٍ طباعة الشارة — سلّمها.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="225"/>
        <source>Badge already printed — hand it over.</source>
        <translation>الشارة مطبوعة من قبل — سلّمها.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="228"/>
        <source>Found by name or code: check a photo ID.</source>
        <translation>عُثر عليه بالاسم أو الرمز: تحقق من هوية تحمل صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="229"/>
        <source>✔ Admitted</source>
        <translation>✔ مقبول</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="231"/>
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation>تحقق من هوية تحمل صورة. لا شارة جديدة إلا مع سبب إعادة الطباعة (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="233"/>
        <source>The badge never printed: F4 prints it now.</source>
        <translation>لم تُطبع الشارة قط: اضغط F4 لطباعتها الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="234"/>
        <source>● Already picked up</source>
        <translation>● استُلمت من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="237"/>
        <source>✘ Refused — badge revoked</source>
        <translation>✘ مرفوض — شارة مُبطَلة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="238"/>
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation>مُبلَّغ عن فقدها أو استُبدلت. تحقق من هوية تحمل صورة؛ ووجّه الشخص إلى مكتب المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="241"/>
        <source>✘ Refused — unknown badge</source>
        <translation>✘ مرفوض — شارة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="242"/>
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation>غير معروفة في هذا المكتب. تحقق من حالة المزامنة، أو ابحث عن الاسم.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="245"/>
        <source>✘ Refused — forged or damaged code</source>
        <translation>✘ مرفوض — رمز مزوَّر أو تالف</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="246"/>
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation>لا تسلّم أي شارة. استدعِ مشرفًا.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="249"/>
        <source>✘ Refused — badge of another event</source>
        <translation>✘ مرفوض — شارة حدث آخر</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="250"/>
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation>اطلب رسالة تأكيد التسجيل في WUF، أو ابحث عن الاسم.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="253"/>
        <source>✘ Not a badge code</source>
        <translation>✘ ليس رمز شارة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="254"/>
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation>امسح رمز QR الموجود على رسالة التأكيد أو الشارة، أو ابحث عن الاسم.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="257"/>
        <source>✘ Refused — security hold</source>
        <translation>✘ مرفوض — إيقاف أمني</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="258"/>
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation>لا تسلّم الشارة. استدعِ مشرف الأمن.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="192"/>
        <source>Select an attendee to see their details.</source>
        <translation>اختر مشاركًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="214"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="215"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="216"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="217"/>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="218"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="219"/>
        <source>Corrected</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="229"/>
        <source>Correct name or category (Enter)</source>
        <translation>تصحيح الاسم أو الفئة (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="276"/>
        <source>No note recorded.</source>
        <translation>لا توجد ملاحظة مسجَّلة.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="277"/>
        <source>⚑ Attention: %1</source>
        <translation>⚑ تنبيه: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279"/>
        <source>Security hold: send to the supervisor desk.</source>
        <translation>إيقاف أمني: وجّه الشخص إلى مكتب المشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="284"/>
        <source>None declared</source>
        <translation>لم يُصرَّح بشيء</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="293"/>
        <source>Not issued yet</source>
        <translation>لم تصدر بعد</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="296"/>
        <source>valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="297"/>
        <source>revoked</source>
        <translation>مُبطَلة</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="298"/>
        <source>reported lost</source>
        <translation>مُبلَّغ عن فقدها</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="301"/>
        <source>No. %1 · %2 · issued %3</source>
        <translation>رقم %1‏ · %2‏ · صدرت %3‏</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="311"/>
        <source>%1 at %2: %3</source>
        <translation>‏%1‏ في %2‏: %3‏</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="313"/>
        <location filename="../../ui/attendees/detail.py" line="325"/>
        <source>unknown desk</source>
        <translation>مكتب غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="317"/>
        <source>Never</source>
        <translation>لم يُصحَّح قط</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="323"/>
        <source>Not checked in</source>
        <translation>لم يُسجَّل حضوره</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="328"/>
        <source>Checked in %1 at %2</source>
        <translation>سُجّل حضوره %1‏ في %2‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="337"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>‏%n‏ حالات استلام مكرر أُبلغ بها المشرفون</numerusform>
            <numerusform>‏%n‏ حالة استلام مكرر أُبلغ بها المشرفون</numerusform>
            <numerusform>‏%n‏ حالتا استلام مكرر أُبلغ بهما المشرفون</numerusform>
            <numerusform>‏%n‏ حالات استلام مكرر أُبلغ بها المشرفون</numerusform>
            <numerusform>‏%n‏ حالة استلام مكرر أُبلغ بها المشرفون</numerusform>
            <numerusform>‏%n‏ حالة استلام مكرر أُبلغ بها المشرفون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="344"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>تم التراجع عن %n‏ عمليات استلام</numerusform>
            <numerusform>تم التراجع عن %n‏ عملية استلام</numerusform>
            <numerusform>تم التراجع عن %n‏ عمليتَي استلام</numerusform>
            <numerusform>تم التراجع عن %n‏ عمليات استلام</numerusform>
            <numerusform>تم التراجع عن %n‏ عملية استلام</numerusform>
            <numerusform>تم التراجع عن %n‏ عملية استلام</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="366"/>
        <source>Only an administrator changes the category</source>
        <translation>لا يغيّر الفئة إلا المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="389"/>
        <location filename="../../ui/attendees/detail.py" line="394"/>
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>لم يُحفظ (%1‏). لم يتغير السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="400"/>
        <source>Not saved: this desk&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>لم يُحفظ: تتعذر الكتابة في قاعدة بيانات هذا المكتب حاليًا. حاول مجددًا؛ وإن استمر ذلك فاستدعِ المشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="406"/>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="411"/>
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>حُفظ التصحيح في هذا المكتب؛ وستتم مزامنته تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="231"/>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="235"/>
        <source>This session no longer exists in this event.</source>
        <translation>لم تعد هذه الجلسة موجودة في هذا الحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="244"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="247"/>
        <location filename="../../ui/schedule/dialogs.py" line="280"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="249"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="251"/>
        <source>%1 expected</source>
        <translation>الحضور المتوقع: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="253"/>
        <source>%1 seats</source>
        <translation>‏%1‏ مقعد</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="254"/>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="255"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="259"/>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="263"/>
        <source>No conflict.</source>
        <translation>لا تعارض.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="265"/>
        <source>Conflicts:</source>
        <translation>التعارضات:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Place…</source>
        <translation>تعيين…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="276"/>
        <source>Take off the grid</source>
        <translation>إخراج من الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="289"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DropPreview</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="210"/>
        <source>Drop here: no conflict.</source>
        <translation>أفلِت هنا: لا تعارض.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="213"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>أفلِت هنا: %n‏ تعارضات</numerusform>
            <numerusform>أفلِت هنا: %n‏ تعارض</numerusform>
            <numerusform>أفلِت هنا: %n‏ تعارضان</numerusform>
            <numerusform>أفلِت هنا: %n‏ تعارضات</numerusform>
            <numerusform>أفلِت هنا: %n‏ تعارضًا</numerusform>
            <numerusform>أفلِت هنا: %n‏ تعارض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="223"/>
        <source>… and %1 more.</source>
        <translation>… و%1‏ غيرها.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="43"/>
        <source>Enrol this desk</source>
        <translation>ربط هذا المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="46"/>
        <source>Enrol this desk with the hub</source>
        <translation>ربط هذا المكتب بالخادم</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="50"/>
        <source>Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.</source>
        <translation>امسح رمز QR الخاص بالربط بواسطة الماسح، أو الصق نص الربط الذي أظهره الأمر `wufops enrol` على الخادم، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="60"/>
        <source>Venue CA file (only for wss:// hubs)</source>
        <translation>ملف CA لمكان الانعقاد (لخوادم wss:// فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="61"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="75"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="82"/>
        <source>This desk&apos;s data: %1</source>
        <translation>بيانات هذا المكتب: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>Venue CA</source>
        <translation>‏CA مكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>PEM files (*.pem)</source>
        <translation>ملفات PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="133"/>
        <location filename="../../ui/enrolment/panel.py" line="154"/>
        <source>Connecting to the hub…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="149"/>
        <source>Downloading the event from the hub (as %1)…</source>
        <translation>جارٍ تنزيل بيانات الحدث من الخادم (باسم %1‏)…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="169"/>
        <source>Done — opening the desk.</source>
        <translation>تم — جارٍ فتح المكتب.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="182"/>
        <source>Paste or scan the enrolment text first.</source>
        <translation>الصق نص الربط أو امسحه أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="184"/>
        <source>That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.</source>
        <translation>هذا ليس نص ربط (نص الربط يبدأ بـ wufops-enrol:). امسح رمز QR الخاص بالربط مجددًا أو الصق النص كاملًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="188"/>
        <source>The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.</source>
        <translation>نص الربط ناقص. الصق النص كاملًا، أو اطبع نصًا جديدًا باستخدام `wufops enrol`.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="192"/>
        <source>The hub address must start with ws:// or wss://. Print a new enrolment.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ ws:// أو wss://. اطبع نص ربط جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="195"/>
        <source>Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.</source>
        <translation>يتعذر الوصول إلى الخادم. تحقق من كابل الشبكة أو Wi-Fi ومن أن الخادم يعمل، ثم اضغط Enter للمحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="199"/>
        <source>The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.</source>
        <translation>الخادم لا يعرف هذا الرمز المميز. أعِد ربط المكتب على الخادم (`wufops enrol`) وامسح الرمز الجديد.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="203"/>
        <source>This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).</source>
        <translation>أُبطل هذا الربط على الخادم. اطلب ربطًا جديدًا (`wufops enrol`).</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="205"/>
        <source>This desk&apos;s data belongs to another device. Call IT.</source>
        <translation>بيانات هذا المكتب تخص جهازًا آخر. اتصل بالدعم التقني.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="207"/>
        <source>A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.</source>
        <translation>يتطلب خادم wss:// ملف CA لمكان الانعقاد: اختره عبر «استعراض…»، ثم اضغط «اتصال».</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="210"/>
        <source>The hub&apos;s certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.</source>
        <translation>شهادة الخادم ليست صادرة عن CA مكان الانعقاد المذكورة في نص الربط. اتصل بالدعم التقني؛ ولا تُعِد الربط دون تحقق.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="213"/>
        <source>The venue CA file cannot be read: choose it again.</source>
        <translation>تتعذر قراءة ملف CA لمكان الانعقاد: اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="214"/>
        <source>This app is older than the hub: install the hub&apos;s version.</source>
        <translation>هذا التطبيق أقدم من الخادم: ثبّت الإصدار المطابق للخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="215"/>
        <source>The download took too long. Press Enter to resume it.</source>
        <translation>استغرق التنزيل وقتًا طويلًا. اضغط Enter لاستئنافه.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="216"/>
        <source>This desk&apos;s data folder cannot be written: check the disk.</source>
        <translation>تتعذر الكتابة في مجلد بيانات هذا المكتب: افحص القرص.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="218"/>
        <source>Enrolment failed. Press Enter to try again.</source>
        <translation>فشل الربط. اضغط Enter للمحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="222"/>
        <source>Finishing the current step…</source>
        <translation>جارٍ إنهاء الخطوة الحالية…</translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="62"/>
        <source>No code? Find by name (Ctrl+F)</source>
        <translation>لا يوجد رمز؟ ابحث بالاسم (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="66"/>
        <source>Name, organization or registration code</source>
        <translation>الاسم أو المنظمة أو رمز التسجيل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="105"/>
        <source>Type to search %Ln attendee(s)</source>
        <translation>
            <numerusform>اكتب للبحث بين %Ln‏ مشاركين</numerusform>
            <numerusform>اكتب للبحث بين %Ln‏ مشارك</numerusform>
            <numerusform>اكتب للبحث بين %Ln‏ مشاركَين</numerusform>
            <numerusform>اكتب للبحث بين %Ln‏ مشاركين</numerusform>
            <numerusform>اكتب للبحث بين %Ln‏ مشاركًا</numerusform>
            <numerusform>اكتب للبحث بين %Ln‏ مشارك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="117"/>
        <source>picked up</source>
        <translation>استلم الشارة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="125"/>
        <source>No match</source>
        <translation>لا نتائج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="127"/>
        <source>%n more match(es) — type more of the name</source>
        <translation>
            <numerusform>‏%n‏ نتائج أخرى — اكتب المزيد من الاسم</numerusform>
            <numerusform>‏%n‏ نتيجة أخرى — اكتب المزيد من الاسم</numerusform>
            <numerusform>‏%n‏ نتيجتان أخريان — اكتب المزيد من الاسم</numerusform>
            <numerusform>‏%n‏ نتائج أخرى — اكتب المزيد من الاسم</numerusform>
            <numerusform>‏%n‏ نتيجة أخرى — اكتب المزيد من الاسم</numerusform>
            <numerusform>‏%n‏ نتيجة أخرى — اكتب المزيد من الاسم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="129"/>
        <source>Enter picks the highlighted person</source>
        <translation>اضغط Enter لاختيار الشخص المحدد</translation>
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="347"/>
        <source>SCAN</source>
        <translation>امسح</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="348"/>
        <source>Hold the badge QR code under the scanner</source>
        <translation>ضع رمز QR الموجود على الشارة تحت الماسح</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="354"/>
        <source>ADMIT</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="357"/>
        <source>Already counted — the same badge moments ago</source>
        <translation>احتُسب من قبل — الشارة نفسها قبل لحظات</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="359"/>
        <source>Valid badge</source>
        <translation>شارة صالحة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="362"/>
        <source>DENY</source>
        <translation>ممنوع</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="364"/>
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation>شارة مُبطَلة (مفقودة أو مستبدلة) — وجّه الشخص إلى مكتب الشارات</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="365"/>
        <source>Unknown badge — send to the badge desk</source>
        <translation>شارة غير معروفة — وجّه الشخص إلى مكتب الشارات</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="366"/>
        <source>Forged or damaged code — call a supervisor</source>
        <translation>رمز مزوَّر أو تالف — استدعِ مشرفًا</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="367"/>
        <source>Badge of another event</source>
        <translation>شارة حدث آخر</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="368"/>
        <source>Not a badge code — scan the badge QR code</source>
        <translation>ليس رمز شارة — امسح رمز QR الموجود على الشارة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="369"/>
        <source>Already used</source>
        <translation>مستخدمة من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="370"/>
        <source>Security hold — call a supervisor</source>
        <translation>إيقاف أمني — استدعِ مشرفًا</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="761"/>
        <source>Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.</source>
        <translation>لا تحتوي بوابات الدخول على الجدول. اسأل منسقًا أو مكتب تسجيل الحضور عن مكان انعقاد الجلسة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="642"/>
        <source>Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.</source>
        <translation>لا تحتوي بوابات الدخول على خطة التيسير. اسأل منسق خدمات التيسير عمّن يتولى الترجمة بلغة الإشارة أو الشرح النصي في جلسة ما.</translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="227"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>‏%n‏ تعارضات</numerusform>
            <numerusform>‏%n‏ تعارض</numerusform>
            <numerusform>‏%n‏ تعارضان</numerusform>
            <numerusform>‏%n‏ تعارضات</numerusform>
            <numerusform>‏%n‏ تعارضًا</numerusform>
            <numerusform>‏%n‏ تعارض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_paint.py" line="327"/>
        <source>%1 seats</source>
        <translation>‏%1‏ مقعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="357"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>‏%n‏ قاعات</numerusform>
            <numerusform>‏%n‏ قاعة</numerusform>
            <numerusform>‏%n‏ قاعتان</numerusform>
            <numerusform>‏%n‏ قاعات</numerusform>
            <numerusform>‏%n‏ قاعة</numerusform>
            <numerusform>‏%n‏ قاعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>WUF Ops</source>
        <translation>‏WUF Ops</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="194"/>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Language of this desk</source>
        <translation>لغة هذا المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>%1 · %2 · times in %3</source>
        <translation>‏%1‏ · %2‏ · الأوقات بتوقيت %3‏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>%1 · %2</source>
        <extracomment>two counts side by side (&quot;37,000 attendees · 1,204 checked in&quot;)</extracomment>
        <translation>‏%1‏ · %2‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="237"/>
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>‏%Ln‏ مشاركين</numerusform>
            <numerusform>‏%Ln‏ مشارك</numerusform>
            <numerusform>‏%Ln‏ مشاركان</numerusform>
            <numerusform>‏%Ln‏ مشاركين</numerusform>
            <numerusform>‏%Ln‏ مشاركًا</numerusform>
            <numerusform>‏%Ln‏ مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="238"/>
        <source>%Ln checked in</source>
        <translation>
            <numerusform>‏%Ln‏ سجّلوا حضورهم</numerusform>
            <numerusform>‏%Ln‏ سجّل حضوره</numerusform>
            <numerusform>‏%Ln‏ سجّلا حضورهما</numerusform>
            <numerusform>‏%Ln‏ سجّلوا حضورهم</numerusform>
            <numerusform>‏%Ln‏ سجّلوا حضورهم</numerusform>
            <numerusform>‏%Ln‏ سجّلوا حضورهم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Move “%1”</source>
        <translation>نقل «%1‏»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Place “%1”</source>
        <translation>تعيين «%1‏»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="95"/>
        <source>%1 (%2 seats)</source>
        <translation>‏%1‏ (%2‏ مقعد)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="113"/>
        <source>&amp;Room</source>
        <translation>القاعة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="114"/>
        <source>&amp;Day</source>
        <translation>اليوم (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="120"/>
        <source>&amp;Start – end</source>
        <translation>البداية – النهاية (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Place</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="128"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="194"/>
        <source>%1 min</source>
        <translation>‏%1‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="196"/>
        <source>ends the next day</source>
        <translation>تنتهي في اليوم التالي</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="201"/>
        <source>No conflict there.</source>
        <translation>لا تعارض هناك.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="205"/>
        <source>This placement would cause:</source>
        <translation>هذا التعيين سيسبب:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="67"/>
        <source>Arrivals per 15 min by category, against the expected curve</source>
        <translation>الوصول كل 15 دقيقة حسب الفئة، مقارنةً بالمنحنى المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="70"/>
        <source>Check-ins per desk per hour</source>
        <translation>تسجيلات الحضور لكل مكتب في الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="71"/>
        <source>Scan to decision, last hour (ms)</source>
        <translation>من المسح إلى القرار، آخر ساعة (ملي ثانية)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="72"/>
        <source>Entries per gate zone per hour</source>
        <translation>الدخول لكل منطقة بوابة في الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="73"/>
        <source>Badge prints and failures per printer</source>
        <translation>طباعة الشارات وحالات الفشل لكل طابعة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="74"/>
        <source>Duplicate pickups and conflicts</source>
        <translation>الاستلام المكرر والتعارضات</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="81"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="82"/>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="83"/>
        <source>Media</source>
        <translation>الإعلاميون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="84"/>
        <source>VIP</source>
        <translation>كبار الشخصيات</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="85"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="86"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="87"/>
        <source>Exhibitors</source>
        <translation>العارضون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="88"/>
        <source>Security</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="89"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="90"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="91"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="92"/>
        <source>90th percentile</source>
        <translation>المئين التسعون</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="93"/>
        <source>Printed</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="94"/>
        <source>Failed</source>
        <translation>الفاشلة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="95"/>
        <source>Duplicate pickups</source>
        <translation>الاستلام المكرر</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="96"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="83"/>
        <source>Wall screen (F11)</source>
        <translation>الشاشة الجدارية (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="90"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="91"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="92"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="93"/>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="94"/>
        <source>Newest record</source>
        <translation>أحدث سجل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="95"/>
        <source>Pending</source>
        <translation>المعلّق</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="97"/>
        <source>Lag</source>
        <extracomment>column header: how late a device&apos;s recent changes reached the hub</extracomment>
        <translation>التأخر</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="103"/>
        <source>Attendee</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="104"/>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="105"/>
        <source>Counted pickup</source>
        <translation>الاستلام المحتسب</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="106"/>
        <location filename="../../ui/operations/workspace.py" line="132"/>
        <source>Duplicate pickups</source>
        <translation>الاستلام المكرر</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="112"/>
        <source>Detected</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114"/>
        <source>What</source>
        <extracomment>column header: the kind of record a sync conflict was about</extracomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="115"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="117"/>
        <source>Kept</source>
        <extracomment>column header: the value a sync conflict kept</extracomment>
        <translation>المحفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="119"/>
        <source>Overwritten</source>
        <extracomment>column header: the value a sync conflict replaced</extracomment>
        <translation>المُستبدَل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="128"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="131"/>
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="133"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="134"/>
        <source>Rejected changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="238"/>
        <source>Operations — %1</source>
        <translation>العمليات — %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="293"/>
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation>شارة مُعارة أو وقوف مزدوج في الطابور: تحقق مع المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="318"/>
        <source>Devices: %1</source>
        <translation>الأجهزة: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="319"/>
        <source>Duplicate pickups: %1</source>
        <translation>الاستلام المكرر: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="320"/>
        <source>Conflicts: %1</source>
        <translation>التعارضات: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="321"/>
        <source>Rejected changes from this device: %1</source>
        <translation>التغييرات المرفوضة من هذا الجهاز: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="326"/>
        <source>not syncing: %1</source>
        <translation>بلا مزامنة: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="328"/>
        <source>settings ignored (%1)</source>
        <translation>تم تجاهل الإعدادات (%1‏)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices (%n not syncing)</source>
        <translation>
            <numerusform>الأجهزة (%n‏ بلا مزامنة)</numerusform>
            <numerusform>الأجهزة (%n‏ بلا مزامنة)</numerusform>
            <numerusform>الأجهزة (%n‏ بلا مزامنة)</numerusform>
            <numerusform>الأجهزة (%n‏ بلا مزامنة)</numerusform>
            <numerusform>الأجهزة (%n‏ بلا مزامنة)</numerusform>
            <numerusform>الأجهزة (%n‏ بلا مزامنة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="336"/>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="337"/>
        <source>quiet</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="338"/>
        <source>not syncing</source>
        <translation>بلا مزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="339"/>
        <source>never seen</source>
        <translation>لم يظهر قط</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="340"/>
        <source>revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="341"/>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="345"/>
        <source>this desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="348"/>
        <source>%1 (this desk)</source>
        <translation>‏%1‏ (هذا المكتب)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="368"/>
        <source>This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them</source>
        <translation>هذا المكتب: اتصاله الخاص والعمليات المحفوظة لديه التي لم يؤكد الخادم استلامها؛ والتأخر هو عمر أقدمها</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="372"/>
        <source>As the hub recorded it; lag: how late its recent work arrived</source>
        <translation>كما سجّله الخادم؛ التأخر: مقدار تأخر وصول عمله الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="374"/>
        <source>As replicated to this desk: last seen is the hub&apos;s last contact or its newest record here. Only the hub knows other devices&apos; pending ops and lag.</source>
        <translation>كما نُسخ إلى هذا المكتب: «آخر ظهور» هو آخر اتصال له بالخادم أو أحدث سجل له هنا. لا يعرف العمليات المعلّقة للأجهزة الأخرى وتأخرها إلا الخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="380"/>
        <location filename="../../ui/operations/workspace.py" line="408"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="385"/>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="387"/>
        <source>%1 min ago</source>
        <translation>قبل %1‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="401"/>
        <source>%1 s</source>
        <translation>‏%1‏ ث</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="403"/>
        <source>%1 min</source>
        <translation>‏%1‏ د</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="404"/>
        <source>%1 h</source>
        <translation>‏%1‏ س</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/access/picker.py" line="43"/>
        <source>Assign a provider</source>
        <translation>تكليف مقدّم خدمة</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="53"/>
        <source>Type to find a provider by name</source>
        <translation>اكتب للبحث عن مقدّم خدمة بالاسم</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="67"/>
        <source>Type a name · ↑ ↓ choose · Enter assign · Esc close</source>
        <translation>اكتب اسمًا · ↑ ↓ للاختيار · Enter للتكليف · Esc للإغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="71"/>
        <source>Assign</source>
        <translation>تكليف</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="101"/>
        <source>◆ %1 — %2</source>
        <translation>‏◆ %1‏ — %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="103"/>
        <source>✓ %1 — %2</source>
        <translation>‏✓ %1‏ — %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="105"/>
        <source>✗ %1 — %2</source>
        <translation>‏✗ %1‏ — %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="154"/>
        <source>Choose the hearing interpreter who feeds %1 in this slot.</source>
        <translation>اختر المترجم السامع الذي يلقّن %1‏ في هذه الخانة.</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86"/>
        <source>Preparing the demo event</source>
        <translation>جارٍ تجهيز الحدث التجريبي</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89"/>
        <source>Creating the demo event</source>
        <translation>جارٍ إنشاء الحدث التجريبي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%Ln attendee(s) from 182 countries — only on the first run.</source>
        <translation>
            <numerusform>‏%Ln‏ مشاركين من 182 بلدًا — في التشغيل الأول فقط.</numerusform>
            <numerusform>‏%Ln‏ مشارك من 182 بلدًا — في التشغيل الأول فقط.</numerusform>
            <numerusform>‏%Ln‏ مشاركان من 182 بلدًا — في التشغيل الأول فقط.</numerusform>
            <numerusform>‏%Ln‏ مشاركين من 182 بلدًا — في التشغيل الأول فقط.</numerusform>
            <numerusform>‏%Ln‏ مشاركًا من 182 بلدًا — في التشغيل الأول فقط.</numerusform>
            <numerusform>‏%Ln‏ مشارك من 182 بلدًا — في التشغيل الأول فقط.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="98"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="116"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="123"/>
        <location filename="../../ui/access/panels.py" line="155"/>
        <source>Run a solve to see a proposal here.</source>
        <translation>شغّل التوزيع التلقائي لعرض مقترح هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="137"/>
        <source>&amp;Accept the proposal</source>
        <translation>قبول المقترح (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="138"/>
        <source>&amp;Discard it</source>
        <translation>تجاهل المقترح (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="164"/>
        <source>The coverage grid shows the plan as the proposal would leave it.</source>
        <translation>تعرض شبكة التغطية الخطة كما ستصبح إذا قُبل المقترح.</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Provider</source>
        <translation>مقدّم الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Load that day</source>
        <translation>حِمل ذلك اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="320"/>
        <source>captioner</source>
        <translation>كاتب شرح نصي فوري</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>Deaf interpreter</source>
        <translation>مترجم أصم</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>interpreter</source>
        <translation>مترجم لغة إشارة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="330"/>
        <source>Travel to another room: %n min.</source>
        <translation>
            <numerusform>الانتقال إلى قاعة أخرى: %n‏ دقائق.</numerusform>
            <numerusform>الانتقال إلى قاعة أخرى: %n‏ دقيقة.</numerusform>
            <numerusform>الانتقال إلى قاعة أخرى: %n‏ دقيقتان.</numerusform>
            <numerusform>الانتقال إلى قاعة أخرى: %n‏ دقائق.</numerusform>
            <numerusform>الانتقال إلى قاعة أخرى: %n‏ دقيقة.</numerusform>
            <numerusform>الانتقال إلى قاعة أخرى: %n‏ دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="337"/>
        <source>%1 in %2: %3, %4 (feeding the Deaf interpreter).</source>
        <translation>‏%1‏ في %2‏: %3‏، %4‏ (تلقين المترجم الأصم).</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="339"/>
        <source>%1 in %2: %3, %4.</source>
        <translation>‏%1‏ في %2‏: %3‏، %4‏.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="343"/>
        <source>%1 Locked.</source>
        <translation>‏%1‏ مقفلة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="357"/>
        <source>Not working</source>
        <translation>لا يعمل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="362"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>‏%n‏ مهام</numerusform>
            <numerusform>‏%n‏ مهمة</numerusform>
            <numerusform>‏%n‏ مهمتان</numerusform>
            <numerusform>‏%n‏ مهام</numerusform>
            <numerusform>‏%n‏ مهمة</numerusform>
            <numerusform>‏%n‏ مهمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="318"/>
        <source>Release the schedule</source>
        <translation>نشر الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="328"/>
        <source>Note for this version (optional)</source>
        <translation>ملاحظة لهذا الإصدار (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="329"/>
        <source>Release now</source>
        <translation>النشر الآن</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="332"/>
        <source>Show in the conflicts panel</source>
        <translation>عرض في لوحة التعارضات</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="334"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="352"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>لا يمكن نشر الجدول: %n‏ تعارضات تمنع ذلك.</numerusform>
            <numerusform>لا يمكن نشر الجدول: %n‏ تعارض يمنع ذلك.</numerusform>
            <numerusform>لا يمكن نشر الجدول: %n‏ تعارضان يمنعان ذلك.</numerusform>
            <numerusform>لا يمكن نشر الجدول: %n‏ تعارضات تمنع ذلك.</numerusform>
            <numerusform>لا يمكن نشر الجدول: %n‏ تعارضًا يمنع ذلك.</numerusform>
            <numerusform>لا يمكن نشر الجدول: %n‏ تعارض يمنع ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="356"/>
        <source>Fix them, or lower their rule&apos;s severity, then release.</source>
        <translation>أصلحها، أو خفّض درجة خطورة قاعدتها، ثم انشر.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="359"/>
        <source>… and %1 more.</source>
        <translation>… و%1‏ غيرها.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="370"/>
        <source>Release version %1</source>
        <translation>نشر الإصدار %1‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n added</source>
        <translation>
            <numerusform>‏%n‏ مضافة</numerusform>
            <numerusform>‏%n‏ مضافة</numerusform>
            <numerusform>‏%n‏ مضافتان</numerusform>
            <numerusform>‏%n‏ مضافة</numerusform>
            <numerusform>‏%n‏ مضافة</numerusform>
            <numerusform>‏%n‏ مضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n moved</source>
        <translation>
            <numerusform>‏%n‏ منقولة</numerusform>
            <numerusform>‏%n‏ منقولة</numerusform>
            <numerusform>‏%n‏ منقولتان</numerusform>
            <numerusform>‏%n‏ منقولة</numerusform>
            <numerusform>‏%n‏ منقولة</numerusform>
            <numerusform>‏%n‏ منقولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n edited</source>
        <translation>
            <numerusform>‏%n‏ معدّلة</numerusform>
            <numerusform>‏%n‏ معدّلة</numerusform>
            <numerusform>‏%n‏ معدّلتان</numerusform>
            <numerusform>‏%n‏ معدّلة</numerusform>
            <numerusform>‏%n‏ معدّلة</numerusform>
            <numerusform>‏%n‏ معدّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="378"/>
        <source>%n removed</source>
        <translation>
            <numerusform>‏%n‏ محذوفة</numerusform>
            <numerusform>‏%n‏ محذوفة</numerusform>
            <numerusform>‏%n‏ محذوفتان</numerusform>
            <numerusform>‏%n‏ محذوفة</numerusform>
            <numerusform>‏%n‏ محذوفة</numerusform>
            <numerusform>‏%n‏ محذوفة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="381"/>
        <source>Since version %1:</source>
        <translation>منذ الإصدار %1‏:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="383"/>
        <source>First release:</source>
        <translation>النشر الأول:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="388"/>
        <source>Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.</source>
        <translation>كل جلسة معيّنة ومجدولة تدخل في النشر وتصبح منشورة؛ أما المسودات فتبقى خارجه. وتحمل الملفات المصدَّرة رقم الإصدار.</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="89"/>
        <source>Reprint the badge — why? (↑/↓ choose, Enter reprints)</source>
        <translation>إعادة طباعة الشارة — لماذا؟ (↑/↓ للاختيار، Enter لإعادة الطباعة)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="91"/>
        <source>Damaged — same badge number</source>
        <translation>تالفة — رقم الشارة نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="92"/>
        <source>Lost — the old badge stops working at the gates</source>
        <translation>مفقودة — تتوقف الشارة القديمة عن العمل عند البوابات</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="93"/>
        <source>Name corrected — same badge number</source>
        <translation>تصحيح الاسم — رقم الشارة نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="95"/>
        <source>Reprint (Enter)</source>
        <translation>إعادة الطباعة (Enter)</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="443"/>
        <source>Rooms</source>
        <translation>القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="450"/>
        <source>Find a room</source>
        <translation>بحث عن قاعة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="453"/>
        <source>Tick the rooms to show; drag to reorder; ★ pins to the top.</source>
        <translation>حدّد القاعات المراد عرضها؛ واسحب لإعادة الترتيب؛ و★ تثبّت القاعة في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="463"/>
        <source>%1 — %2 seats · %3</source>
        <translation>‏%1‏ — %2‏ مقعد · %3‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="475"/>
        <source>★ Favourite</source>
        <translation>★ مفضلة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="476"/>
        <source>Pin the selected room to the top of the grid</source>
        <translation>تثبيت القاعة المحددة في أعلى الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="478"/>
        <source>Show all</source>
        <translation>إظهار الكل</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="480"/>
        <source>Show none</source>
        <translation>إخفاء الكل</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="482"/>
        <source>Favourites only</source>
        <translation>المفضلة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="485"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="100"/>
        <source>Batch run</source>
        <translation>طباعة دفعة</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="104"/>
        <source>Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.</source>
        <translation>شارات للطباعة المسبقة، مرتبة حسب البلد ثم اسم العائلة. يحصل كل مشارك ليست لديه شارة على شارة. تُحتسب كل شارة تُكتب في الملف شارةً مطبوعة، فلن تطبعها المكاتب مجددًا عند الاستلام.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="113"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="117"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="122"/>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="123"/>
        <source>Only the first N badges of the selection (empty: all)</source>
        <translation>أول N شارة فقط من التحديد (فارغ: الكل)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="134"/>
        <source>Where to write the PDF</source>
        <translation>مكان حفظ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="135"/>
        <source>C&amp;hoose…</source>
        <translation>اختيار… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="147"/>
        <source>Ca&amp;tegory</source>
        <translation>الفئة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="148"/>
        <source>C&amp;ountry</source>
        <translation>البلد (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="149"/>
        <source>Li&amp;mit</source>
        <translation>الحد (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="155"/>
        <source>Output &amp;file</source>
        <translation>ملف الإخراج (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="159"/>
        <source>&amp;Run batch</source>
        <translation>تشغيل الدفعة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="163"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="164"/>
        <source>Stop the run (Esc); nothing is written</source>
        <translation>إيقاف التشغيل (Esc)؛ لن يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="189"/>
        <source>Open fol&amp;der</source>
        <translation>فتح المجلد (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="251"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="269"/>
        <source>Could not count the selection</source>
        <translation>تعذّر عدّ التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="271"/>
        <source>No attendee matches these filters</source>
        <translation>لا يوجد مشارك يطابق عوامل التصفية هذه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>%Ln badge(s) selected</source>
        <translation>
            <numerusform>‏%Ln‏ شارات محددة</numerusform>
            <numerusform>‏%Ln‏ شارة محددة</numerusform>
            <numerusform>‏%Ln‏ شارتان محددتان</numerusform>
            <numerusform>‏%Ln‏ شارات محددة</numerusform>
            <numerusform>‏%Ln‏ شارة محددة</numerusform>
            <numerusform>‏%Ln‏ شارة محددة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="281"/>
        <source>Write badges to</source>
        <translation>كتابة الشارات في</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="284"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="325"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="343"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="371"/>
        <source>Issuing badges: %1</source>
        <translation>إصدار الشارات: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="373"/>
        <source>Writing badges: %1</source>
        <translation>كتابة الشارات: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="375"/>
        <source>Recording them as printed: %1</source>
        <translation>تسجيلها كمطبوعة: %1‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="407"/>
        <source>%Ln badge(s) written to %1</source>
        <translation>
            <numerusform>كُتبت %Ln‏ شارات في %1‏</numerusform>
            <numerusform>كُتبت %Ln‏ شارة في %1‏</numerusform>
            <numerusform>كُتبت %Ln‏ شارتان في %1‏</numerusform>
            <numerusform>كُتبت %Ln‏ شارات في %1‏</numerusform>
            <numerusform>كُتبت %Ln‏ شارة في %1‏</numerusform>
            <numerusform>كُتبت %Ln‏ شارة في %1‏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>‏%Ln‏ صفحات</numerusform>
            <numerusform>‏%Ln‏ صفحة</numerusform>
            <numerusform>‏%Ln‏ صفحتان</numerusform>
            <numerusform>‏%Ln‏ صفحات</numerusform>
            <numerusform>‏%Ln‏ صفحة</numerusform>
            <numerusform>‏%Ln‏ صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%Ln newly issued</source>
        <translation>
            <numerusform>‏%Ln‏ صادرة حديثًا</numerusform>
            <numerusform>‏%Ln‏ صادرة حديثًا</numerusform>
            <numerusform>‏%Ln‏ صادرتان حديثًا</numerusform>
            <numerusform>‏%Ln‏ صادرة حديثًا</numerusform>
            <numerusform>‏%Ln‏ صادرة حديثًا</numerusform>
            <numerusform>‏%Ln‏ صادرة حديثًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="418"/>
        <source>%Ln character(s) could not be set in any bundled font: check those badges</source>
        <translation>
            <numerusform>‏%Ln‏ أحرف غير متوفرة في أي من الخطوط المرفقة: افحص تلك الشارات</numerusform>
            <numerusform>‏%Ln‏ حرف غير متوفر في أي من الخطوط المرفقة: افحص تلك الشارات</numerusform>
            <numerusform>‏%Ln‏ حرفان غير متوفرين في أي من الخطوط المرفقة: افحص تلك الشارات</numerusform>
            <numerusform>‏%Ln‏ أحرف غير متوفرة في أي من الخطوط المرفقة: افحص تلك الشارات</numerusform>
            <numerusform>‏%Ln‏ حرفًا غير متوفر في أي من الخطوط المرفقة: افحص تلك الشارات</numerusform>
            <numerusform>‏%Ln‏ حرف غير متوفر في أي من الخطوط المرفقة: افحص تلك الشارات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="438"/>
        <source>Cancelled. No file was written and no badge was marked printed.</source>
        <translation>أُلغي. لم يُكتب أي ملف ولم تُسجَّل أي شارة كمطبوعة.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="440"/>
        <source>Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>تتعذر كتابة %1‏. اختر مجلدًا يمكنك الكتابة فيه، أو أغلق الملف إن كان مفتوحًا في برنامج آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="443"/>
        <source>Choose where to write the PDF first.</source>
        <translation>اختر أولًا مكان حفظ ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="444"/>
        <source>This layout cannot be used: pick another one.</source>
        <translation>لا يمكن استخدام هذا القالب: اختر قالبًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="446"/>
        <source>No attendee matches these filters: change the category, country or limit.</source>
        <translation>لا يوجد مشارك يطابق عوامل التصفية هذه: غيّر الفئة أو البلد أو الحد.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="448"/>
        <source>This event is not in the database any more.</source>
        <translation>لم يعد هذا الحدث موجودًا في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="449"/>
        <source>The database holds several events; open one event.</source>
        <translation>تحتوي قاعدة البيانات على عدة أحداث؛ افتح حدثًا واحدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="451"/>
        <source>Two attendees share a badge reference; ask the hub operator to fix it before printing.</source>
        <translation>يشترك مشاركان في مرجع شارة واحد؛ اطلب من مشغّل الخادم إصلاح ذلك قبل الطباعة.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="455"/>
        <source>This device has used up its badge serial numbers: sync with the hub.</source>
        <translation>استنفد هذا الجهاز الأرقام التسلسلية للشارات المخصصة له: زامِن مع الخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="458"/>
        <source>This device has no badge serial numbers yet: sync with the hub.</source>
        <translation>ليست لدى هذا الجهاز أرقام تسلسلية للشارات بعد: زامِن مع الخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="460"/>
        <source>Could not open the event database.</source>
        <translation>تعذّر فتح قاعدة بيانات الحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="464"/>
        <source>The run stopped with an error (%1).</source>
        <translation>توقف التشغيل بسبب خطأ (%1‏).</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/schedule/editor.py" line="40"/>
        <source>Not changed: %1</source>
        <translation>لم يتغير: %1‏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/editor.py" line="48"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>‏%n‏ تعارضات:</numerusform>
            <numerusform>‏%n‏ تعارض:</numerusform>
            <numerusform>‏%n‏ تعارضان:</numerusform>
            <numerusform>‏%n‏ تعارضات:</numerusform>
            <numerusform>‏%n‏ تعارضًا:</numerusform>
            <numerusform>‏%n‏ تعارض:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="67"/>
        <source>Moved “%1” to %2.</source>
        <translation>نُقلت «%1‏» إلى %2‏.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="69"/>
        <source>Placed “%1” in %2.</source>
        <translation>عُيّنت «%1‏» في %2‏.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="97"/>
        <source>Took “%1” off the grid.</source>
        <translation>أُخرجت «%1‏» من الشبكة.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="125"/>
        <source>“%1”: %2.</source>
        <translation>‏«%1‏»: %2‏.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="134"/>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="141"/>
        <source>Redone: %1</source>
        <translation>تمت الإعادة: %1‏</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../../ui/schedule/grid.py" line="183"/>
        <source>Schedule grid</source>
        <translation>شبكة الجدول</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <location filename="../../ui/schedule/style.py" line="60"/>
        <source>Plenary</source>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="61"/>
        <source>Assembly</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="62"/>
        <source>Dialogue</source>
        <translation>حوار</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="63"/>
        <source>Roundtable</source>
        <translation>مائدة مستديرة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="64"/>
        <source>Side event</source>
        <translation>حدث جانبي</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="65"/>
        <source>Networking</source>
        <translation>تواصل</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="66"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="75"/>
        <source>PL</source>
        <comment>marker: plenary</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>جع</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="77"/>
        <source>AS</source>
        <comment>marker: assembly</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>جم</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="79"/>
        <source>DI</source>
        <comment>marker: dialogue</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>حو</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="81"/>
        <source>RT</source>
        <comment>marker: roundtable</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>مم</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="83"/>
        <source>SE</source>
        <comment>marker: side event</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>حج</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="85"/>
        <source>NW</source>
        <comment>marker: networking</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>تو</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="87"/>
        <source>TR</source>
        <comment>marker: training</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>تد</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="94"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="95"/>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="96"/>
        <source>Released</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="97"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="104"/>
        <source>Blocks release</source>
        <translation>تمنع النشر</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="105"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="107"/>
        <source>Off</source>
        <extracomment>severity of a conflict rule that is switched off</extracomment>
        <translation>معطّلة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="114"/>
        <source>Room overlap</source>
        <translation>تداخل في القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="115"/>
        <source>Room unavailable</source>
        <translation>القاعة غير متاحة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="116"/>
        <source>Speaker double-booked</source>
        <translation>حجز مزدوج للمتحدث</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="119"/>
        <source>Speaker unavailable</source>
        <translation>المتحدث غير متاح</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="120"/>
        <source>Over capacity</source>
        <translation>تجاوز السعة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="121"/>
        <source>Channel overlap</source>
        <translation>تداخل في القناة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="122"/>
        <source>No stream encoder</source>
        <translation>لا مُرمِّز بث</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="123"/>
        <source>Streamed, do-not-stream</source>
        <translation>بث جلسة ممنوع بثها</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="124"/>
        <source>Captions or sign not streamed</source>
        <translation>الشرح النصي أو الإشارة غير مبثوث</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="133"/>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="134"/>
        <source>Hybrid</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="135"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>ScheduleToolbar</name>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="37"/>
        <source>Find a session (Ctrl+F)</source>
        <translation>بحث عن جلسة (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="45"/>
        <source>Filter rooms</source>
        <translation>تصفية القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="50"/>
        <source>Rooms…</source>
        <translation>القاعات…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="51"/>
        <source>Choose, pin and order the rooms shown</source>
        <translation>اختيار القاعات المعروضة وتثبيتها وترتيبها</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="54"/>
        <source>Order of the rooms</source>
        <translation>ترتيب القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By name</source>
        <translation>حسب الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By floor</source>
        <translation>حسب الطابق</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By capacity</source>
        <translation>حسب السعة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>My order</source>
        <translation>ترتيبي</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="62"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="65"/>
        <source>Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)</source>
        <translation>قنوات البث كمسارات فوق القاعات: إظهارها أو إخفاؤها (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="70"/>
        <source>Compact</source>
        <translation>مضغوط</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="71"/>
        <source>Lower rows: more rooms on the screen</source>
        <translation>صفوف أقل ارتفاعًا: قاعات أكثر على الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="73"/>
        <source>Show cancelled</source>
        <translation>إظهار الملغاة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="74"/>
        <source>Show cancelled sessions (greyed and struck through)</source>
        <translation>إظهار الجلسات الملغاة (رمادية ومشطوبة)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="78"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>تصغير (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="81"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="82"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="84"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="88"/>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="90"/>
        <source>Room, day and time of the selected session (Ctrl+M)</source>
        <translation>القاعة واليوم والوقت للجلسة المحددة (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="182"/>
        <source>Release</source>
        <extracomment>tab title (a noun): publishing the schedule as a numbered version</extracomment>
        <translation>النشر</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="251"/>
        <source>Read only: this device&apos;s role (%1) can look sessions up; only coordinators change the schedule.</source>
        <translation>للقراءة فقط: دور هذا الجهاز (%1‏) يتيح الاطلاع على الجلسات؛ ولا يغيّر الجدول إلا المنسقون.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="270"/>
        <source>check-in desk</source>
        <translation>مكتب تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="271"/>
        <source>entry gate</source>
        <translation>بوابة الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="272"/>
        <source>coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="273"/>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes shown.</source>
        <translation>مسارات القنوات ظاهرة.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes hidden.</source>
        <translation>مسارات القنوات مخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="377"/>
        <source>Show channel lanes</source>
        <translation>إظهار مسارات القنوات</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="385"/>
        <source>No stream channels in this event</source>
        <translation>لا توجد قنوات بث في هذا الحدث</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="399"/>
        <source>To place (%1)</source>
        <translation>للتعيين (%1‏)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="406"/>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1‏)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="462"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>‏%n‏ تعارضات</numerusform>
            <numerusform>‏%n‏ تعارض</numerusform>
            <numerusform>‏%n‏ تعارضان</numerusform>
            <numerusform>‏%n‏ تعارضات</numerusform>
            <numerusform>‏%n‏ تعارضًا</numerusform>
            <numerusform>‏%n‏ تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="508"/>
        <source>%n found</source>
        <translation>
            <numerusform>‏%n‏ نتائج</numerusform>
            <numerusform>‏%n‏ نتيجة</numerusform>
            <numerusform>‏%n‏ نتيجتان</numerusform>
            <numerusform>‏%n‏ نتائج</numerusform>
            <numerusform>‏%n‏ نتيجة</numerusform>
            <numerusform>‏%n‏ نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="613"/>
        <source>Select a session for its details (Enter). Ctrl+F finds a session.</source>
        <translation>اختر جلسة لعرض تفاصيلها (Enter). Ctrl+F للبحث عن جلسة.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="615"/>
        <source>Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…</source>
        <translation>السحب: نقل · سحب الحافة: تغيير المدة · Ctrl+الأسهم: نقل · Delete: إخراج من الشبكة · Enter: التفاصيل · Ctrl+M: نقل إلى…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="646"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>تراجع: %1‏ (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="648"/>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="651"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>إعادة: %1‏ (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="653"/>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="710"/>
        <source>Released version %1.</source>
        <translation>نُشر الإصدار %1‏.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="721"/>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="723"/>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="724"/>
        <source>Take off the grid</source>
        <translation>إخراج من الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="725"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="159"/>
        <source>Desk settings</source>
        <translation>إعدادات المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="164"/>
        <source>Badge pickup</source>
        <translation>استلام الشارات</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165"/>
        <source>Entry gate</source>
        <translation>بوابة الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="175"/>
        <source> s</source>
        <extracomment>unit after a number of seconds (keep the leading space if your language uses one)</extracomment>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="177"/>
        <source>off</source>
        <extracomment>shown in the seconds field when it is 0: repeated scans are not merged</extracomment>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="179"/>
        <source>The same badge again at this gate within this time counts one entry</source>
        <translation>تُحتسب الشارة نفسها دخولًا واحدًا إذا مُسحت مجددًا عند هذه البوابة خلال هذه المدة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="181"/>
        <source>Sound per outcome</source>
        <translation>صوت لكل نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="186"/>
        <source>Desk or gate name</source>
        <translation>اسم المكتب أو البوابة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="187"/>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="188"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="189"/>
        <source>PDF folder (no printer)</source>
        <translation>مجلد PDF (بلا طابعة)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="190"/>
        <source>Badge stock (layout)</source>
        <translation>ورق الشارات (القالب)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="191"/>
        <source>Gate zone</source>
        <translation>منطقة البوابة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="192"/>
        <source>Gate: same badge again within</source>
        <translation>البوابة: الشارة نفسها مجددًا خلال</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="196"/>
        <source>Save (Enter)</source>
        <translation>حفظ (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="212"/>
        <source>No printer — save PDF files</source>
        <translation>بلا طابعة — حفظ ملفات PDF</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="216"/>
        <source>%1 (not found)</source>
        <translation>‏%1‏ (غير موجودة)</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Slot</source>
        <translation>الخانة</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Assigned</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Lock</source>
        <translation>القفل</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="225"/>
        <source>— open —</source>
        <translation>— شاغرة —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="228"/>
        <source>%1 with feed %2</source>
        <translation>‏%1‏ مع الملقِّن %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="241"/>
        <source>⚠ %1 (does not count: see the rules)</source>
        <translation>‏⚠ %1‏ (لا يُحتسب: راجع القواعد)</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="244"/>
        <source>⚑ Locked</source>
        <translation>⚑ مقفلة</translation>
    </message>
</context>
<context>
    <name>SlotsPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="67"/>
        <source>Choose a session to see its slots.</source>
        <translation>اختر جلسة لعرض خاناتها.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="87"/>
        <source>Assign… (Enter)</source>
        <translation>تكليف… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="88"/>
        <source>Clear (Delete)</source>
        <translation>إفراغ (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="89"/>
        <source>Lock or unlock (L)</source>
        <translation>قفل أو إلغاء القفل (L)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../../ui/schedule/commands.py" line="105"/>
        <source>Set status of “%1”</source>
        <translation>تعيين حالة «%1‏»</translation>
    </message>
</context>
<context>
    <name>StreamTexts</name>
    <message>
        <location filename="../../ui/streams/texts.py" line="22"/>
        <source>PLANNED</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="23"/>
        <source>TESTING</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="24"/>
        <source>LIVE</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="25"/>
        <source>COMPLETE</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="26"/>
        <source>OFF AIR</source>
        <translation>خارج الهواء</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="33"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>‏IS</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="43"/>
        <source>%1: “%2” was taken off the plan.</source>
        <translation>‏%1‏: أُزيلت «%2‏» من الخطة.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="48"/>
        <source>%1: nothing is planned on this channel.</source>
        <translation>‏%1‏: لا شيء مخطط على هذه القناة.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="51"/>
        <source>This device may not change stream statuses: only coordinator and admin devices may.</source>
        <translation>لا يحق لهذا الجهاز تغيير حالات البث: ذلك متاح لأجهزة المنسقين والمسؤولين فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="55"/>
        <source>%1: the status was not changed (%2).</source>
        <translation>‏%1‏: لم تتغير الحالة (%2‏).</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="62"/>
        <source>Press T to test or L to go live.</source>
        <translation>اضغط T للاختبار أو L لبدء البث المباشر.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="63"/>
        <source>Press L to go live or P to go back to planned.</source>
        <translation>اضغط L لبدء البث المباشر أو P للعودة إلى «مخطط».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="64"/>
        <source>Press C when it is over.</source>
        <translation>اضغط C عند الانتهاء.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="65"/>
        <source>Press L to put it back on air.</source>
        <translation>اضغط L لإعادته إلى الهواء.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="73"/>
        <source>%1: “%2” is already planned.</source>
        <translation>‏%1‏: «%2‏» في حالة «مخطط» أصلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="74"/>
        <source>%1: “%2” is already in testing.</source>
        <translation>‏%1‏: «%2‏» في حالة «اختبار» أصلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="75"/>
        <source>%1: “%2” is already live.</source>
        <translation>‏%1‏: «%2‏» في حالة «مباشر» أصلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="76"/>
        <source>%1: “%2” is already complete.</source>
        <translation>‏%1‏: «%2‏» في حالة «مكتمل» أصلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="77"/>
        <source>%1: “%2” already has that status.</source>
        <translation>‏%1‏: «%2‏» في هذه الحالة أصلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="79"/>
        <source>%1: “%2” is planned — it cannot go to complete.</source>
        <translation>‏%1‏: «%2‏» في حالة «مخطط» — لا يمكن نقله إلى «مكتمل».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="80"/>
        <source>%1: “%2” is in testing — it cannot go to complete.</source>
        <translation>‏%1‏: «%2‏» في حالة «اختبار» — لا يمكن نقله إلى «مكتمل».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="81"/>
        <source>%1: “%2” is live — it cannot go back to planned.</source>
        <translation>‏%1‏: «%2‏» في حالة «مباشر» — لا يمكن إعادته إلى «مخطط».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="82"/>
        <source>%1: “%2” is live — it cannot go back to testing.</source>
        <translation>‏%1‏: «%2‏» في حالة «مباشر» — لا يمكن إعادته إلى «اختبار».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="84"/>
        <source>%1: “%2” is complete — it cannot go back to planned.</source>
        <translation>‏%1‏: «%2‏» في حالة «مكتمل» — لا يمكن إعادته إلى «مخطط».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="87"/>
        <source>%1: “%2” is complete — it cannot go back to testing.</source>
        <translation>‏%1‏: «%2‏» في حالة «مكتمل» — لا يمكن إعادته إلى «اختبار».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="89"/>
        <source>%1: “%2” cannot take that status now.</source>
        <translation>‏%1‏: لا يمكن نقل «%2‏» إلى هذه الحالة الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="93"/>
        <source>%1: “%2” is now PLANNED.</source>
        <translation>‏%1‏: «%2‏» الآن في حالة «مخطط».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="94"/>
        <source>%1: “%2” is now TESTING.</source>
        <translation>‏%1‏: «%2‏» الآن في حالة «اختبار».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="95"/>
        <source>%1: “%2” is now LIVE.</source>
        <translation>‏%1‏: «%2‏» الآن في حالة «مباشر».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="96"/>
        <source>%1: “%2” is now COMPLETE.</source>
        <translation>‏%1‏: «%2‏» الآن في حالة «مكتمل».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="97"/>
        <source>%1: “%2” has a new status.</source>
        <translation>‏%1‏: تغيّرت حالة «%2‏».</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="108"/>
        <source>“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.</source>
        <translation>‏«%1‏» و«%2‏» تحتاجان كلتاهما إلى %3‏: ومع هوامش البث تتداخلان بمقدار %4‏ دقيقة. انقل إحداهما إلى قناة أخرى أو قصّر هامشها.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="120"/>
        <source>“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.</source>
        <translation>‏«%1‏» مخطط لبثها لكن %2‏ بلا مُرمِّز بث. انقلها إلى قاعة فيها مُرمِّز، أو اسحب فترة بثها.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="129"/>
        <source>“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.</source>
        <translation>‏«%1‏» مُعلَّمة «ممنوع البث» لكنها مخططة على %2‏. اسحب فترة البث، أو أزِل علامة «ممنوع البث» إن كان يجوز بثها.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="142"/>
        <source>“%1” requires captions in %2, which its stream on %3 does not carry.</source>
        <translation>‏«%1‏» تتطلب شرحًا نصيًا بـ %2‏، وهو غير موجود في بثها على %3‏.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="150"/>
        <source>“%1” requires sign language %2, which its stream on %3 does not carry.</source>
        <translation>‏«%1‏» تتطلب لغة الإشارة %2‏، وهي غير موجودة في بثها على %3‏.</translation>
    </message>
</context>
<context>
    <name>StreamsWorkspace</name>
    <message>
        <location filename="../../ui/streams/workspace.py" line="149"/>
        <source>Live board</source>
        <translation>لوحة البث المباشر</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="153"/>
        <source>Wall screen (F11)</source>
        <translation>الشاشة الجدارية (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="167"/>
        <source>↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen</source>
        <translation>↑ ↓ أو 1–8: القناة · T اختبار · L مباشر · C مكتمل · P مخطط · F11 الشاشة الجدارية</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="187"/>
        <source>Choose a channel, then T, L, C or P to change its status.</source>
        <translation>اختر قناة، ثم اضغط T أو L أو C أو P لتغيير حالتها.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>● Standalone</source>
        <translation>● مستقل</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <source>This desk is not connected to a hub</source>
        <translation>هذا المكتب غير متصل بأي خادم</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Offline — working locally</source>
        <translation>غير متصل — العمل محليًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Sync stopped</source>
        <translation>توقفت المزامنة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n pending</source>
        <translation>
            <numerusform>‏%n‏ معلّقة</numerusform>
            <numerusform>‏%n‏ معلّقة</numerusform>
            <numerusform>‏%n‏ معلّقتان</numerusform>
            <numerusform>‏%n‏ معلّقة</numerusform>
            <numerusform>‏%n‏ معلّقة</numerusform>
            <numerusform>‏%n‏ معلّقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>‏%n‏ مرفوضة</numerusform>
            <numerusform>‏%n‏ مرفوضة</numerusform>
            <numerusform>‏%n‏ مرفوضتان</numerusform>
            <numerusform>‏%n‏ مرفوضة</numerusform>
            <numerusform>‏%n‏ مرفوضة</numerusform>
            <numerusform>‏%n‏ مرفوضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>‏%n‏ مرفوضة: ساعة هذا المكتب كانت خاطئة</numerusform>
            <numerusform>‏%n‏ مرفوضة: ساعة هذا المكتب كانت خاطئة</numerusform>
            <numerusform>‏%n‏ مرفوضتان: ساعة هذا المكتب كانت خاطئة</numerusform>
            <numerusform>‏%n‏ مرفوضة: ساعة هذا المكتب كانت خاطئة</numerusform>
            <numerusform>‏%n‏ مرفوضة: ساعة هذا المكتب كانت خاطئة</numerusform>
            <numerusform>‏%n‏ مرفوضة: ساعة هذا المكتب كانت خاطئة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="72"/>
        <source>last sync %1</source>
        <translation>آخر مزامنة %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="74"/>
        <source>never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="76"/>
        <source>hub clock %1 s</source>
        <translation>ساعة الخادم %1‏ ث</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>Device %1 (%2)</source>
        <translation>الجهاز %1‏ (%2‏)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88"/>
        <source>Badge signing key %1 certified by the hub</source>
        <translation>مفتاح توقيع الشارات %1‏ معتمد من الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="95"/>
        <source>The hub did not certify this desk&apos;s badge key (%1): lost-badge reprints need the hub until it does</source>
        <translation>لم يعتمد الخادم مفتاح الشارات لهذا المكتب (%1‏): إعادة طباعة الشارات المفقودة تتطلب الخادم إلى أن يعتمده</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="102"/>
        <source>This computer&apos;s clock is %1 s off the hub&apos;s: the desk uses the hub&apos;s time</source>
        <translation>ساعة هذا الحاسوب تختلف عن ساعة الخادم بمقدار %1‏ ث: يستخدم المكتب توقيت الخادم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="108"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>رفض الخادم %n‏ عمليات مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا</numerusform>
            <numerusform>رفض الخادم %n‏ عملية مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا</numerusform>
            <numerusform>رفض الخادم %n‏ عمليتين مؤرختين بساعة خاطئة (clock_skew): وهما محفوظتان في هذا المكتب — أبلغ مشرفًا</numerusform>
            <numerusform>رفض الخادم %n‏ عمليات مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا</numerusform>
            <numerusform>رفض الخادم %n‏ عملية مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا</numerusform>
            <numerusform>رفض الخادم %n‏ عملية مؤرخة بساعة خاطئة (clock_skew): وهي محفوظة في هذا المكتب — أبلغ مشرفًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="115"/>
        <source>Last problem: %1</source>
        <translation>آخر مشكلة: %1‏</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="121"/>
        <source>the hub cannot be reached; retrying</source>
        <translation>يتعذر الوصول إلى الخادم؛ جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>the hub refused this device&apos;s token: enrol it again</source>
        <translation>رفض الخادم الرمز المميز لهذا الجهاز: أعِد ربطه</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="123"/>
        <source>this device has been revoked by a supervisor</source>
        <translation>أبطل مشرفٌ هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="124"/>
        <source>this data belongs to another enrolled device: call IT</source>
        <translation>هذه البيانات تخص جهازًا مربوطًا آخر: اتصل بالدعم التقني</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="125"/>
        <source>this app is older than the hub: upgrade it</source>
        <translation>هذا التطبيق أقدم من الخادم: حدّثه</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="126"/>
        <source>the hub&apos;s certificate is not the venue&apos;s: call IT</source>
        <translation>شهادة الخادم ليست شهادة مكان الانعقاد: اتصل بالدعم التقني</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="127"/>
        <source>some changes from the hub could not be applied here</source>
        <translation>تعذّر تطبيق بعض التغييرات الواردة من الخادم هنا</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="128"/>
        <source>this replica differed from the hub and was reloaded</source>
        <translation>اختلفت هذه النسخة عن الخادم فأُعيد تحميلها</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="129"/>
        <source>an unexpected sync error; retrying (see the log)</source>
        <translation>خطأ غير متوقع في المزامنة؛ جارٍ إعادة المحاولة (راجع سجل النظام)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="131"/>
        <source>the hub holds too many connections from this device at once (is the app open twice?); retrying later</source>
        <translation>لدى الخادم اتصالات كثيرة جدًا من هذا الجهاز في آن واحد (هل التطبيق مفتوح مرتين؟)؛ ستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="134"/>
        <source>the hub asked this desk to slow down; retrying shortly</source>
        <translation>طلب الخادم من هذا المكتب الإبطاء؛ ستُعاد المحاولة بعد قليل</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="136"/>
        <source>too many refused connections from this network address; retrying later</source>
        <translation>اتصالات مرفوضة كثيرة جدًا من عنوان الشبكة هذا؛ ستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="138"/>
        <source>the hub is busy; retrying shortly</source>
        <translation>الخادم مشغول؛ ستُعاد المحاولة بعد قليل</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="140"/>
        <source>this device has synced too many copies of its data: call IT to re-enrol it</source>
        <translation>زامن هذا الجهاز نسخًا كثيرة جدًا من بياناته: اتصل بالدعم التقني لإعادة ربطه</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="142"/>
        <source>the hub failed on a request; retrying (see its log)</source>
        <translation>فشل الخادم في تنفيذ طلب؛ جارٍ إعادة المحاولة (راجع سجل الخادم)</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="123"/>
        <source>Undo this check-in — why?</source>
        <translation>التراجع عن تسجيل الحضور هذا — لماذا؟</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="125"/>
        <source>e.g. scanned the wrong badge</source>
        <translation>مثلًا: مُسحت شارة خاطئة</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="127"/>
        <source>Undo check-in (Enter)</source>
        <translation>التراجع عن تسجيل الحضور (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="144"/>
        <source>Type a reason first.</source>
        <translation>اكتب السبب أولًا.</translation>
    </message>
</context>
<context>
    <name>UnmetPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="191"/>
        <source>No provider has this language (or the accreditation it needs).</source>
        <translation>لا يوجد مقدّم خدمة يعمل بهذه اللغة (أو يحمل الاعتماد المطلوب لها).</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="193"/>
        <source>Nobody with this language declared they can work then, or they are absent.</source>
        <translation>لم يصرّح أحد ممن يعملون بهذه اللغة بأنه متاح في ذلك الوقت، أو أنهم غائبون.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="195"/>
        <source>Everyone who could is already working at that time.</source>
        <translation>كل من يمكنه شغلها يعمل بالفعل في ذلك الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="196"/>
        <source>Those free then have reached their day&apos;s cap or need a rest.</source>
        <translation>المتاحون في ذلك الوقت بلغوا حدهم اليومي أو يحتاجون إلى استراحة.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="206"/>
        <source>%1 (WFD-WASLI accredited)</source>
        <translation>‏%1‏ (باعتماد WFD-WASLI)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="208"/>
        <source>%n more provider(s) of %1 on the morning of %2.</source>
        <translation>
            <numerusform>‏%1‏: يلزم %n‏ مقدّمي خدمة إضافيين صباح %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافي صباح %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّما خدمة إضافيان صباح %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّمي خدمة إضافيين صباح %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافيًا صباح %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافي صباح %2‏.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="209"/>
        <source>%n more provider(s) of %1 on the afternoon of %2.</source>
        <translation>
            <numerusform>‏%1‏: يلزم %n‏ مقدّمي خدمة إضافيين بعد ظهر %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافي بعد ظهر %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّما خدمة إضافيان بعد ظهر %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّمي خدمة إضافيين بعد ظهر %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافيًا بعد ظهر %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافي بعد ظهر %2‏.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="210"/>
        <source>%n more provider(s) of %1 on the evening of %2.</source>
        <translation>
            <numerusform>‏%1‏: يلزم %n‏ مقدّمي خدمة إضافيين مساء %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافي مساء %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّما خدمة إضافيان مساء %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّمي خدمة إضافيين مساء %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافيًا مساء %2‏.</numerusform>
            <numerusform>‏%1‏: يلزم %n‏ مقدّم خدمة إضافي مساء %2‏.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="218"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="219"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="220"/>
        <source>Slot</source>
        <translation>الخانة</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="221"/>
        <source>Why it is open</source>
        <translation>سبب الشغور</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="222"/>
        <source>Smallest change that covers it</source>
        <translation>أصغر تغيير يغطيها</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="228"/>
        <source>Every unit of demand is filled: nothing is open.</source>
        <translation>كل وحدات الطلب مشغولة: لا توجد خانات شاغرة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="231"/>
        <source>%n required unit(s) open.</source>
        <translation>
            <numerusform>‏%n‏ وحدات إلزامية شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدة إلزامية شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدتان إلزاميتان شاغرتان.</numerusform>
            <numerusform>‏%n‏ وحدات إلزامية شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدة إلزامية شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدة إلزامية شاغرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="233"/>
        <source>%n advised unit(s) open.</source>
        <translation>
            <numerusform>‏%n‏ وحدات موصى بها شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدة موصى بها شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدتان موصى بهما شاغرتان.</numerusform>
            <numerusform>‏%n‏ وحدات موصى بها شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدة موصى بها شاغرة.</numerusform>
            <numerusform>‏%n‏ وحدة موصى بها شاغرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="102"/>
        <source>Search sessions to place</source>
        <translation>البحث في الجلسات المراد تعيينها</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="120"/>
        <source>Place…</source>
        <translation>تعيين…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="121"/>
        <source>Choose a room and time for the selected session (Enter)</source>
        <translation>اختيار قاعة وموعد للجلسة المحددة (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="125"/>
        <source>Drag a session onto the grid, or select it and press Enter.</source>
        <translation>اسحب جلسة إلى الشبكة، أو حدّدها واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="127"/>
        <source>Sessions not placed yet.</source>
        <translation>جلسات لم تُعيَّن بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="161"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>‏%n‏ جلسات للتعيين</numerusform>
            <numerusform>‏%n‏ جلسة للتعيين</numerusform>
            <numerusform>‏%n‏ جلستان للتعيين</numerusform>
            <numerusform>‏%n‏ جلسات للتعيين</numerusform>
            <numerusform>‏%n‏ جلسة للتعيين</numerusform>
            <numerusform>‏%n‏ جلسة للتعيين</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="164"/>
        <source>%1 of %2 shown</source>
        <translation>عرض %1‏ من %2‏</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52"/>
        <source>Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="57"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="62"/>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="67"/>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="72"/>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="77"/>
        <source>Streams</source>
        <translation>البث</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="82"/>
        <source>Access</source>
        <translation>التيسير</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="71"/>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
</context>
<context>
    <name>_SetupWindow</name>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="154"/>
        <location filename="../../ui/sync/demo_hub.py" line="157"/>
        <source>Preparing the demo hub</source>
        <translation>جارٍ تجهيز الخادم التجريبي</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="159"/>
        <source>Issuing a signed badge for every attendee…</source>
        <translation>جارٍ إصدار شارة موقَّعة لكل مشارك…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="173"/>
        <source>Issuing signed badges: %1 of %2</source>
        <translation>إصدار الشارات الموقَّعة: %1‏ من %2‏</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="179"/>
        <source>Starting the hub and loading the event on this desk…</source>
        <translation>جارٍ تشغيل الخادم وتحميل بيانات الحدث على هذا المكتب…</translation>
    </message>
</context>
</TS>
