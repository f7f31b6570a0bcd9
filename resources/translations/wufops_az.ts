<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>AccessTexts</name>
    <message>
        <location filename="../../ui/access/texts.py" line="23"/>
        <source>International Sign</source>
        <translation>Beynəlxalq işarət dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="24"/>
        <source>Turkish Sign Language</source>
        <translation>Türk işarət dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="25"/>
        <source>Russian Sign Language</source>
        <translation>Rus işarət dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="26"/>
        <source>American Sign Language</source>
        <translation>Amerika işarət dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="27"/>
        <source>British Sign Language</source>
        <translation>Britaniya işarət dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="28"/>
        <source>English</source>
        <translation>İngilis dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="29"/>
        <source>French</source>
        <translation>Fransız dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="30"/>
        <source>Spanish</source>
        <translation>İspan dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="31"/>
        <source>Arabic</source>
        <translation>Ərəb dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="32"/>
        <source>Chinese</source>
        <translation>Çin dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="33"/>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="34"/>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="40"/>
        <source>Captions in %1</source>
        <translation>Subtitr (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="47"/>
        <source>CC %1</source>
        <extracomment>a captions tag in a narrow cell; %1 is a language code such as EN</extracomment>
        <translation>Subtitr %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="50"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>IS</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>required</source>
        <translation>məcburi</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>advised</source>
        <translation>tövsiyə olunan</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="60"/>
        <source>✓ Covered</source>
        <translation>✓ Təmin olunub</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="61"/>
        <source>◐ Partly covered</source>
        <translation>◐ Qismən təmin olunub</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="62"/>
        <source>✗ Not covered</source>
        <translation>✗ Təmin olunmayıb</translation>
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
            <numerusform>%n dəq</numerusform>
            <numerusform>%n dəq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="76"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n saat</numerusform>
            <numerusform>%n saat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="77"/>
        <source>%1 h %2 min</source>
        <translation>%1 saat %2 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="80"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="87"/>
        <source>Does not work in this language.</source>
        <translation>Bu dildə işləmir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="89"/>
        <source>Not WFD-WASLI accredited, which a high-level session needs for International Sign.</source>
        <translation>WFD-WASLI akkreditasiyası yoxdur, yüksək səviyyəli sessiyada isə Beynəlxalq işarət dili üçün bu tələb olunur.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="91"/>
        <source>Declared no availability.</source>
        <translation>Heç bir boş vaxt bildirməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="92"/>
        <source>Not available then (arrival included).</source>
        <translation>Həmin vaxt məşğuldur (gəliş vaxtı nəzərə alınmaqla).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="93"/>
        <source>Absent then.</source>
        <translation>Həmin vaxt işdə deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="94"/>
        <source>Already working at an overlapping session.</source>
        <translation>Vaxtı üst-üstə düşən sessiyada artıq işləyir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="95"/>
        <source>No time to travel from or to another room.</source>
        <translation>Başqa zala getməyə və ya oradan gəlməyə vaxt yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="96"/>
        <source>Would pass the day&apos;s cap.</source>
        <translation>Gündəlik limiti aşardı.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="97"/>
        <source>Would work too long without a rest.</source>
        <translation>Fasiləsiz həddən artıq uzun işləyərdi.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="98"/>
        <source>Deaf interpreter: needs a hearing feed interpreter.</source>
        <translation>Kar tərcüməçi: eşidən ötürücü tərcüməçi lazımdır.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="99"/>
        <source>The slot is locked.</source>
        <translation>Slot kilidlidir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="103"/>
        <source>Fits. Works %1 that day so far.</source>
        <translation>Uyğundur. Həmin gün hələlik iş yükü: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="107"/>
        <source>Fits with a hearing feed interpreter. Works %1 that day so far.</source>
        <translation>Eşidən ötürücü tərcüməçi ilə uyğundur. Həmin gün hələlik iş yükü: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="114"/>
        <source>%1 is assigned to %2 at “%3”.</source>
        <translation>%1 təyin olundu: “%3”, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="119"/>
        <source>%1 is assigned to %2 at “%3”, although they do not fit:</source>
        <translation>%1 təyin olundu (“%3”, %2), lakin uyğun deyil:</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="124"/>
        <source>%1 at “%2” is open again.</source>
        <translation>“%2”: %1 yenidən boşdur.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="127"/>
        <source>%1 at “%2” is locked: every later solve keeps it.</source>
        <translation>“%2”: %1 kilidləndi — sonrakı hesablamalar onu dəyişməyəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="130"/>
        <source>%1 at “%2” is unlocked: a solve may change it.</source>
        <translation>“%2”: %1 artıq kilidli deyil — hesablama onu dəyişə bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="136"/>
        <source>This device may not change assignments: only coordinator and admin devices may.</source>
        <translation>Bu cihaz təyinatları dəyişə bilməz: bunu yalnız koordinator və administrator cihazları edə bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="138"/>
        <source>The slot is locked. Unlock it (L) before changing it.</source>
        <translation>Slot kilidlidir. Dəyişməzdən əvvəl kilidi açın (L).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="139"/>
        <source>This slot is no longer needed: the session changed.</source>
        <translation>Bu slot artıq lazım deyil: sessiya dəyişib.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="140"/>
        <source>This provider is no longer in the event.</source>
        <translation>Bu mütəxəssis artıq tədbirdə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="142"/>
        <source>Interpreters take sign-language slots and captioners take caption slots.</source>
        <translation>İşarət dili slotlarına tərcüməçilər, subtitr slotlarına isə subtitr operatorları təyin olunur.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="144"/>
        <source>A provider cannot feed themselves.</source>
        <translation>Mütəxəssis özü özünə ötürücü ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="146"/>
        <source>Some of these slots changed since the solve started. Solve again.</source>
        <translation>Hesablama başlayandan bəri bu slotlardan bəziləri dəyişib. Yenidən hesablayın.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="148"/>
        <source>The change was not made (%1).</source>
        <translation>Dəyişiklik edilmədi (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="152"/>
        <source>%1, slot %2</source>
        <translation>%1, slot %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="157"/>
        <source>The proposal changes %n slot(s).</source>
        <translation>
            <numerusform>Təklif %n slotu dəyişir.</numerusform>
            <numerusform>Təklif %n slotu dəyişir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="161"/>
        <source>Required units filled: %1 of %2. Advised units filled: %3 of %4.</source>
        <translation>Məcburi vahidlər: %1 / %2 təmin olunub. Tövsiyə olunan vahidlər: %3 / %4 təmin olunub.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="170"/>
        <source>Largest load of one provider: %1 on one day, %2 over the whole event.</source>
        <translation>Bir mütəxəssisin ən böyük iş yükü: bir gündə %1, bütün tədbir boyu %2.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="177"/>
        <source>Stopped: this is the best plan found before the stop.</source>
        <translation>Dayandırıldı: bu, dayanmadan əvvəl tapılan ən yaxşı plandır.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="179"/>
        <source>A quick plan (the optimiser did not run to the end).</source>
        <translation>Sürətli plan (optimallaşdırma sona qədər aparılmadı).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="181"/>
        <source>The best plan: no plan covers more.</source>
        <translation>Ən yaxşı plan: heç bir plan daha çox vahidi təmin etmir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="182"/>
        <source>A good plan found within the time limit.</source>
        <translation>Vaxt limiti daxilində yaxşı plan tapıldı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="185"/>
        <source>Accepted: %n slot(s) changed.</source>
        <translation>
            <numerusform>Təsdiqləndi: %n slot dəyişdi.</numerusform>
            <numerusform>Təsdiqləndi: %n slot dəyişdi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessWorkspace</name>
    <message>
        <location filename="../../ui/access/workspace.py" line="114"/>
        <source>Access services</source>
        <translation>Əlçatanlıq xidmətləri</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="121"/>
        <source>&amp;Solve</source>
        <translation>He&amp;sabla</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="127"/>
        <source>%v of %m required</source>
        <translation>%v / %m məcburi</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="128"/>
        <source>Cancel (Esc)</source>
        <translation>Ləğv et (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="180"/>
        <source>Drag a provider onto a slot to assign them.</source>
        <translation>Mütəxəssisi təyin etmək üçün onu slotun üzərinə sürüşdürün.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="209"/>
        <source>Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.</source>
        <translation>Mavi: işarət dili; bənövşəyi: subtitr; açıq ton: kar tərcüməçi üçün ötürücü; ⚑ və qalın çərçivə: kilidli; zolaqlar: zallar arası yol (çox qısa olanda qırmızı); qırmızı alt xətt: fasiləsiz çox uzun iş. Saatlar: 07:00–21:00.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="228"/>
        <source>Coverage</source>
        <translation>Təminat</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="229"/>
        <source>Providers</source>
        <translation>Mütəxəssislər</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="230"/>
        <source>Unmet demand</source>
        <translation>Təmin olunmayan tələbat</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="231"/>
        <source>Proposal</source>
        <translation>Təklif</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="236"/>
        <source>Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve</source>
        <translation>Enter: təyin et · Delete: boşalt · L: kilidlə və ya kilidi aç · mütəxəssisi slotun üzərinə sürüşdür · Ctrl+PgUp / Ctrl+PgDown: gün · Alt+S: hesabla · Esc: hesablamanı dayandır</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="265"/>
        <source>Choose a session, then a slot: Enter assigns, L locks.</source>
        <translation>Sessiya, sonra slot seçin: Enter — təyin et, L — kilidlə.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="305"/>
        <source>Read only: this device&apos;s role cannot change assignments; only coordinators do.</source>
        <translation>Yalnız baxış: bu cihazın rolu təyinatları dəyişməyə imkan vermir; bunu yalnız koordinatorlar edir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="311"/>
        <source>Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.</source>
        <translation>Önizləmə: cədvəl təklif təsdiqlənərsə alınacaq planı göstərir. Slotları əllə dəyişməzdən əvvəl təklifi təsdiqləyin və ya rədd edin (“Təklif” bölməsi).</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="359"/>
        <source>Choose a session to see its slots.</source>
        <translation>Slotlarına baxmaq üçün sessiya seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="363"/>
        <source>“%1” — %2, %3. %4.</source>
        <translation>“%1” — %2, %3. %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="436"/>
        <source>Accept or discard the proposal first (Proposal tab).</source>
        <translation>Əvvəlcə təklifi təsdiqləyin və ya rədd edin (“Təklif” bölməsi).</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="467"/>
        <source>Who takes %1 at “%2”?</source>
        <translation>“%2”: %1 — kim təyin olunsun?</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="548"/>
        <source>Solving… Esc stops it and keeps the best plan found so far.</source>
        <translation>Hesablanır… Esc hesablamanı dayandırır və indiyədək tapılan ən yaxşı planı saxlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="556"/>
        <source>A first plan is made.</source>
        <translation>İlkin plan quruldu.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="557"/>
        <source>Covering as many units as possible…</source>
        <translation>Mümkün qədər çox vahid təmin edilir…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="558"/>
        <source>Evening out the loads…</source>
        <translation>İş yükü bərabərləşdirilir…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="559"/>
        <source>Finishing…</source>
        <translation>Tamamlanır…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="567"/>
        <source>Stopping the solve…</source>
        <translation>Hesablama dayandırılır…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="581"/>
        <source>The solve found nothing to change.</source>
        <translation>Hesablama dəyişiləcək heç nə tapmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="593"/>
        <source>The solve failed: %1</source>
        <translation>Hesablama alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="621"/>
        <source>The proposal was discarded; nothing changed.</source>
        <translation>Təklif rədd edildi; heç nə dəyişmədi.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="43"/>
        <source>Participant</source>
        <translation>İştirakçı</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44"/>
        <source>Speaker</source>
        <translation>Məruzəçi</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46"/>
        <source>VIP / head of delegation</source>
        <translation>VIP / nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47"/>
        <source>Staff</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48"/>
        <source>Volunteer</source>
        <translation>Könüllü</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="49"/>
        <source>Exhibitor</source>
        <translation>Sərgi iştirakçısı</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="50"/>
        <source>Security</source>
        <translation>Təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="59"/>
        <source>Sign language (%1)</source>
        <translation>İşarət dili (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64"/>
        <source>Captions</source>
        <translation>Subtitr</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66"/>
        <source>Step-free access</source>
        <translation>Pilləkənsiz giriş</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="68"/>
        <source>Assistance</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83"/>
        <source>Latin name</source>
        <translation>Latınca ad</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="87"/>
        <source>Needs</source>
        <translation>Ehtiyaclar</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="88"/>
        <source>Check-in</source>
        <translation>Qəbul</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="204"/>
        <source>In</source>
        <extracomment>check-in column: the attendee has checked in</extracomment>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207"/>
        <source>Not yet</source>
        <extracomment>check-in column: the attendee has not checked in yet</extracomment>
        <translation>Hələ yox</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="211"/>
        <source>Hold</source>
        <extracomment>check-in column: a security hold is set on this attendee (a noun)</extracomment>
        <translation>Blok</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="67"/>
        <source>Name, organization, country or code</source>
        <translation>Ad, təşkilat, ölkə və ya kod</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="72"/>
        <source>All categories</source>
        <translation>Bütün kateqoriyalar</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="76"/>
        <source>All countries</source>
        <translation>Bütün ölkələr</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80"/>
        <source>Any needs</source>
        <translation>Bütün ehtiyaclar</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82"/>
        <source>Has a need</source>
        <translation>Ehtiyacı var</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83"/>
        <source>Sign language</source>
        <translation>İşarət dili</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="84"/>
        <source>Captions</source>
        <translation>Subtitr</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="85"/>
        <source>Step-free access</source>
        <translation>Pilləkənsiz giriş</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="86"/>
        <source>Assistance</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="90"/>
        <source>Checked in or not</source>
        <translation>Qəbul edilib və ya yox</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91"/>
        <source>Checked in</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92"/>
        <source>Not checked in</source>
        <translation>Qəbul edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="95"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="96"/>
        <source>Accessibility need</source>
        <translation>Əlçatanlıq ehtiyacı</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="97"/>
        <source>Check-in state</source>
        <translation>Qəbul vəziyyəti</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="231"/>
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>Bu filtrlərlə “%1” sorğusuna uyğun heç kim yoxdur. Yazılışı yoxlayın, adın bir hissəsini yazın və ya axtarışı və filtrləri təmizləmək üçün Esc düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="254"/>
        <source>The scanned code is not a badge or a registration code of this event.</source>
        <translation>Skan edilən kod bu tədbirin beyci və ya qeydiyyat kodu deyil.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="127"/>
        <source>Open layout file…</source>
        <translation>Maket faylını aç…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="142"/>
        <source>Layout</source>
        <translation>Maket</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="144"/>
        <source>Sample</source>
        <translation>Nümunə</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="184"/>
        <source>Badge layout</source>
        <translation>Beyc maketi</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="185"/>
        <source>Badge layouts (*.json)</source>
        <translation>Beyc maketləri (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="208"/>
        <source>This layout cannot be used:</source>
        <translation>Bu maketdən istifadə etmək olmur:</translation>
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
        <translation>4×6 düym</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="91"/>
        <source>CR80 card</source>
        <translation>CR80 kart</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="92"/>
        <source>54×90 mm label</source>
        <translation>54×90 mm etiket</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="93"/>
        <source>4×A6 on A4</source>
        <translation>A4-də 4×A6</translation>
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
        <translation>Önizləmədə kimin adı göstərilsin</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="111"/>
        <source>Name or registration code, then Enter</source>
        <translation>Ad və ya qeydiyyat kodu, sonra Enter</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="121"/>
        <source>Layout and preview</source>
        <translation>Maket və önizləmə</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="127"/>
        <source>&amp;Layout</source>
        <translation>&amp;Maket</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="128"/>
        <source>&amp;Sample</source>
        <translation>&amp;Nümunə</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="129"/>
        <source>Find &amp;attendee</source>
        <translation>İştir&amp;akçını tap</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="164"/>
        <source>Every script</source>
        <translation>Bütün əlifbalar</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="169"/>
        <source>Latin, diacritics</source>
        <translation>Latın, diakritik işarələr</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="170"/>
        <source>Arabic</source>
        <translation>Ərəb</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="171"/>
        <source>Devanagari</source>
        <translation>Devanaqari</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="172"/>
        <source>Chinese</source>
        <translation>Çin</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="218"/>
        <source>Attendee: %1</source>
        <translation>İştirakçı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="222"/>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="293"/>
        <source>No badge issued yet: this QR code is only a sample.</source>
        <translation>Hələ beyc verilməyib: bu QR kod yalnız nümunədir.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="309"/>
        <source>No attendee matches “%1”.</source>
        <translation>“%1” sorğusuna uyğun iştirakçı yoxdur.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/streams/model.py" line="86"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="88"/>
        <source>On air now</source>
        <translation>İndi efirdə</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="90"/>
        <source>Next</source>
        <extracomment>column header: the next session planned on the channel</extracomment>
        <translation>Növbəti</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="91"/>
        <source>Captions · sign</source>
        <translation>Subtitr · işarət</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="145"/>
        <source>this device</source>
        <translation>bu cihaz</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="151"/>
        <source>by %1 at %2</source>
        <translation>%1, saat %2</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="163"/>
        <source>LATE %1 min</source>
        <translation>GECİKİR %1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="166"/>
        <source>OVERRUN %1 min</source>
        <translation>VAXTI AŞIR %1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="168"/>
        <source>CLASH</source>
        <translation>TOQQUŞMA</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="179"/>
        <source>DO NOT STREAM</source>
        <translation>YAYIMLAMAYIN</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="191"/>
        <source>%1 · pre-roll in %2</source>
        <translation>%1 · hazırlığa %2 qalıb</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="196"/>
        <source>%1 · in pre-roll</source>
        <translation>%1 · efirə hazırlıq</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>CC %1</source>
        <extracomment>CC = closed captions; %1: language codes such as EN FR</extracomment>
        <translation>Subtitr %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>No captions</source>
        <translation>Subtitr yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>Sign: %1</source>
        <translation>İşarət: %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>No sign</source>
        <translation>İşarət yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="216"/>
        <source>NO CC %1</source>
        <extracomment>short alert chip: captions in languages %1 are required but missing from the stream</extracomment>
        <translation>SUBTİTR YOX %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="221"/>
        <source>NO SIGN %1</source>
        <extracomment>short alert chip: sign language %1 (codes such as IS, ASL) is required but missing from the stream</extracomment>
        <translation>İŞARƏT YOX %1</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Session</source>
        <translation>Sessiya</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Now</source>
        <translation>İndi</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Proposed</source>
        <translation>Təklif olunan</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="425"/>
        <source>— open —</source>
        <translation>— boş —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="428"/>
        <source>%1 with feed %2</source>
        <translation>%1, ötürücü: %2</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="384"/>
        <source>Release…</source>
        <translation>Dərc et…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="386"/>
        <source>Publish the schedule as its next version</source>
        <translation>Proqramı növbəti versiya kimi dərc edin</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="406"/>
        <source>Never released. Every scheduled session is new.</source>
        <translation>Heç vaxt dərc edilməyib. Planlaşdırılmış bütün sessiyalar yenidir.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="413"/>
        <source>Version %1, released %2.</source>
        <translation>Versiya %1, dərc tarixi: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="415"/>
        <source>%n change(s) since then.</source>
        <translation>
            <numerusform>O vaxtdan bəri %n dəyişiklik.</numerusform>
            <numerusform>O vaxtdan bəri %n dəyişiklik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="418"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="419"/>
        <source>Removed</source>
        <translation>Çıxarılıb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="420"/>
        <source>Moved</source>
        <translation>Köçürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="421"/>
        <source>Edited</source>
        <translation>Redaktə edilib</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="292"/>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="294"/>
        <source>Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)</source>
        <translation>Bu qrafiki PNG (Ctrl+S) və ya CSV (Ctrl+Shift+S) kimi saxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="299"/>
        <source>Save as PNG…</source>
        <translation>PNG kimi saxla…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="300"/>
        <source>Save as CSV…</source>
        <translation>CSV kimi saxla…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="346"/>
        <source>PNG image (*.png)</source>
        <translation>PNG şəkli (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="350"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV cədvəli (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="353"/>
        <source>Export chart</source>
        <translation>Qrafiki ixrac et</translation>
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="129"/>
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <translation>Beyci skan edin — skaner kursor harada olsa da işləyir</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="210"/>
        <source>Entry gate · %1</source>
        <translation>Giriş qapısı · %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="212"/>
        <source>zone %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="213"/>
        <source>F10: desk settings</source>
        <translation>F10: masa parametrləri</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="215"/>
        <source>none (PDF files)</source>
        <translation>yoxdur (PDF faylları)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="217"/>
        <source>Badge pickup · %1 · printer: %2</source>
        <translation>Beyc təhvili · %1 · printer: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="224"/>
        <source>PDF files go to %1</source>
        <translation>PDF faylları bura yazılır: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="228"/>
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation>Ctrl+F adla tap · F2 təkrar çap · F3 geri al · F4 indi çap et · F10 masa parametrləri · Esc skana qayıt</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="347"/>
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation>Skan qeydə alınmadı (%1) — yenidən skan edin; təkrarlansa, nəzarətçini çağırın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="426"/>
        <source>Entries today: %1</source>
        <translation>Bu gün girişlər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="433"/>
        <source>%1 s per attendee</source>
        <translation>İştirakçı başına %1 san</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="435"/>
        <source>— s per attendee</source>
        <translation>İştirakçı başına — san</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="438"/>
        <source>Today %1 · This hour %2 · %3</source>
        <translation>Bu gün %1 · Bu saat %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="487"/>
        <source>Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.</source>
        <translation>Çap edilmədi (glyph_missing): bu masadakı heç bir şrift %1 simvolunu çap edə bilmir. Beyci əllə yazın və nəzarətçiyə bildirin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="495"/>
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation>Çap alınmadı (%1) — printeri düzəldin, sonra F4 ilə yenidən çap edin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="504"/>
        <source>Badge %1 sent to %2</source>
        <translation>Beyc %1 göndərildi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="510"/>
        <source>Badge saved as %1</source>
        <translation>Beyc saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="541"/>
        <source>Scan or find the person first, then F2.</source>
        <translation>Əvvəlcə şəxsi skan edin və ya tapın, sonra F2 basın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="552"/>
        <source>Nothing to undo: scan or find the person first.</source>
        <translation>Geri alınacaq heç nə yoxdur: əvvəlcə şəxsi skan edin və ya tapın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="597"/>
        <source>Check-in undone: %1</source>
        <translation>Qəbul geri alındı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="603"/>
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation>Bu masa yeni beyc verə bilməz (masanın imza açarı yoxdur): şəxsi yardım masasına göndərin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="606"/>
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation>Artıq çap edilib — təkrar çap üçün F2 basıb səbəbi göstərin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="607"/>
        <source>This person has no valid badge on this desk.</source>
        <translation>Bu masada həmin şəxsin etibarlı beyci yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="608"/>
        <source>That check-in was already undone.</source>
        <translation>Bu qəbul artıq geri alınıb.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../ui/schedule/messages.py" line="105"/>
        <location filename="../../ui/schedule/messages.py" line="376"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="112"/>
        <source>speaker %1</source>
        <translation>məruzəçi %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="117"/>
        <source>not placed</source>
        <translation>yerləşdirilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="122"/>
        <source>off the grid</source>
        <translation>cədvəldən kənarda</translation>
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
        <translation>həmin gün yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="156"/>
        <source>Rule “%1” found a problem with %2.</source>
        <translation>“%1” qaydası problem aşkarladı: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="204"/>
        <source>%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.</source>
        <translation>%1 (%2) və %3 (%4) %6 zalında %5 dəq üst-üstə düşür. Onlardan birini köçürün və ya qısaldın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="215"/>
        <source>%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.</source>
        <translation>%1, %3 bitdikdən %2 dəq sonra başlayır, lakin %4 zalına %5 dəq keçid vaxtı lazımdır. Onlardan birini köçürün və ya birincini qısaldın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="235"/>
        <source>%1 (%2) is outside the times %3 is available (%4). Move it, or change the room&apos;s availability.</source>
        <translation>%1 (%2) %3 zalının açıq olduğu vaxtdan (%4) kənardadır. Sessiyanı köçürün və ya zalın iş vaxtını dəyişin.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="248"/>
        <source>%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.</source>
        <translation>%1 həm %2 (%3), həm də %4 (%5) sessiyasında çıxış edir, onlar isə %6 dəq üst-üstə düşür. Sessiyalardan birini köçürün və ya onun məruzəçilərini dəyişin.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="269"/>
        <source>%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.</source>
        <translation>%1 bu sessiya zamanı məşğuldur: %2 (%3); boş vaxtı: %4. Sessiyanı köçürün və ya məruzəçi ilə razılaşın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="304"/>
        <source>%1 expected</source>
        <translation>%1 nəfər gözlənilir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="319"/>
        <source>%1: %2, on air %3 (%4 min before, %5 after)</source>
        <translation>%1: %2, efir %3 (%4 dəq əvvəl, %5 dəq sonra)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="339"/>
        <source>Marked do-not-stream (closed door)</source>
        <translation>“Yayımlanmasın” qeydi var (qapalı iclas)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="363"/>
        <source>%1 seats</source>
        <translation>%1 yer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="365"/>
        <source>%1 min to change over</source>
        <translation>Keçid vaxtı: %1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="386"/>
        <source>overlaps %1 by %2 min</source>
        <translation>%1 ilə %2 dəq üst-üstə düşür</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="281"/>
        <source>%1 expects %2 people; %3 has %4 seats. Move it to a larger room.</source>
        <translation>%1 üçün %2 nəfər gözlənilir, %3 zalında isə %4 yer var. Sessiyanı daha böyük zala köçürün.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="390"/>
        <source>%1 min before %2; the room needs %3 min to change over</source>
        <translation>%2 başlamazdan %1 dəq əvvəl; zala %3 dəq keçid vaxtı lazımdır</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="392"/>
        <source>%1 min after %2; the room needs %3 min to change over</source>
        <translation>%2 sessiyasından %1 dəq sonra; zala %3 dəq keçid vaxtı lazımdır</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="398"/>
        <source>%1 is closed then</source>
        <translation>%1 həmin vaxt bağlıdır</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="401"/>
        <source>%1 also speaks in %2</source>
        <translation>%1 həm də %2 sessiyasında çıxış edir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="405"/>
        <source>%1 is not available then</source>
        <translation>%1 həmin vaxt məşğuldur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="409"/>
        <source>%1 expected, %2 seats</source>
        <translation>%1 nəfər gözlənilir, %2 yer var</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="413"/>
        <source>overlaps %1 on %2 by %3 min, rolls included</source>
        <translation>%2 kanalında %1 ilə %3 dəq üst-üstə düşür (ehtiyat vaxtı daxil)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="420"/>
        <source>streamed, but %1 has no stream encoder</source>
        <translation>yayımlanır, lakin %1 zalında yayım enkoderi yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="425"/>
        <source>do-not-stream, but planned on %1</source>
        <translation>yayımlanmamalıdır, lakin %1 kanalında planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="430"/>
        <source>its stream on %1 lacks captions or sign language it requires</source>
        <translation>%1 kanalındakı yayımda tələb olunan subtitr və ya işarət dili yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="441"/>
        <source>this device</source>
        <translation>bu cihaz</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="442"/>
        <source>device %1</source>
        <translation>cihaz %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="448"/>
        <source>Your move of %1 (%2) lost to %3&apos;s move (%4).</source>
        <translation>%1 üçün etdiyiniz köçürmə (%2) %3 tərəfindən edilən köçürmə (%4) ilə əvəzləndi.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="455"/>
        <source>%1&apos;s move of %2 (%3) lost to %4&apos;s move (%5).</source>
        <translation>%1 tərəfindən %2 üçün edilən köçürmə (%3) %4 tərəfindən edilən köçürmə (%5) ilə əvəzləndi.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="465"/>
        <source>added</source>
        <translation>əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="466"/>
        <source>removed</source>
        <translation>çıxarılıb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="467"/>
        <source>moved</source>
        <translation>köçürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="468"/>
        <source>edited</source>
        <translation>redaktə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="471"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="476"/>
        <source>This session no longer exists in this event.</source>
        <translation>Bu sessiya artıq bu tədbirdə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="477"/>
        <source>This room no longer exists in this event.</source>
        <translation>Bu zal artıq bu tədbirdə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="478"/>
        <source>This session has no default length: give its end time.</source>
        <translation>Bu sessiyanın standart müddəti yoxdur: bitmə vaxtını daxil edin.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="481"/>
        <source>A session becomes released only when a release publishes it.</source>
        <translation>Sessiya “Dərc edilib” statusunu yalnız proqram dərc ediləndə alır.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="479"/>
        <source>A session ends after it starts and lasts at most 24 hours.</source>
        <translation>Sessiya başladıqdan sonra bitməli və ən çoxu 24 saat davam etməlidir.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="480"/>
        <source>Place the session in a room and time before scheduling it.</source>
        <translation>Planlaşdırmadan əvvəl sessiyanı zala və vaxta yerləşdirin.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="482"/>
        <source>That status cannot be set by hand.</source>
        <translation>Bu statusu əllə təyin etmək olmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="484"/>
        <source>No session is placed and scheduled: schedule sessions first.</source>
        <translation>Yerləşdirilmiş və planlaşdırılmış sessiya yoxdur: əvvəlcə sessiyaları planlaşdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="486"/>
        <source>The schedule is exactly what the last release published.</source>
        <translation>Proqram son dərc edilmiş versiya ilə eynidir.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="487"/>
        <source>A session holds too much text to be released.</source>
        <translation>Sessiyalardan birinin mətni dərc üçün çox uzundur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="489"/>
        <source>Blocking conflicts stand: fix them, or lower their rule&apos;s severity, before releasing.</source>
        <translation>Bloklayan konfliktlər qalır: dərc etməzdən əvvəl onları aradan qaldırın və ya qaydalarının ciddilik dərəcəsini azaldın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="493"/>
        <source>This device&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Bu cihazın verilənlər bazasına hazırda yazmaq mümkün deyil. Yenidən cəhd edin; problem davam etsə, nəzarətçini çağırın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="500"/>
        <source>Refused (%1).</source>
        <translation>Rədd edildi (%1).</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="252"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="253"/>
        <source>All severities</source>
        <translation>Bütün dərəcələr</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="258"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="259"/>
        <location filename="../../ui/schedule/panels.py" line="319"/>
        <source>All rules</source>
        <translation>Bütün qaydalar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="273"/>
        <source>Moves that lost to another coordinator&apos;s move</source>
        <translation>Başqa koordinatorun köçürməsi ilə əvəzlənmiş köçürmələr</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="280"/>
        <source>Re-apply</source>
        <translation>Bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="281"/>
        <source>Put the session back where the lost move put it</source>
        <translation>Sessiyanı əvəzlənmiş köçürmənin qoyduğu yerə qaytar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="283"/>
        <source>Dismiss</source>
        <translation>Yox say</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="284"/>
        <source>Keep the session where it is and mark this resolved</source>
        <translation>Sessiyanı olduğu yerdə saxla və bunu həll edilmiş kimi qeyd et</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="325"/>
        <source>%n conflict(s) block the release</source>
        <translation>
            <numerusform>%n konflikt dərci bloklayır</numerusform>
            <numerusform>%n konflikt dərci bloklayır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="326"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n xəbərdarlıq</numerusform>
            <numerusform>%n xəbərdarlıq</numerusform>
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
        <translation>Əvəzlənmiş yerləşdirmə</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="90"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="91"/>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="92"/>
        <source>Given name (Latin)</source>
        <translation>Ad (latınca)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="93"/>
        <source>Family name (Latin)</source>
        <translation>Soyad (latınca)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="94"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="97"/>
        <source>e.g. spelling as in the passport</source>
        <translation>məs., pasportdakı yazılış</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="98"/>
        <source>Reason (required)</source>
        <translation>Səbəb (məcburi)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="103"/>
        <source>Save correction</source>
        <translation>Düzəlişi saxla</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="106"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="160"/>
        <source>Type a given name or a family name.</source>
        <translation>Ad və ya soyad yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="163"/>
        <source>Say why you are correcting this record.</source>
        <translation>Bu məlumatları niyə düzəltdiyinizi yazın.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="89"/>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="90"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="91"/>
        <source>Session</source>
        <translation>Sessiya</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="92"/>
        <source>Coverage</source>
        <translation>Təminat</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="93"/>
        <source>Services filled</source>
        <translation>Təmin olunan xidmətlər</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="125"/>
        <source>%1: %2 of %3 units filled (%4 required).</source>
        <translation>%1: %2 / %3 vahid təmin olunub (%4 məcburi).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="66"/>
        <source>Desk area</source>
        <translation>Masa zonası</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="68"/>
        <source>Open</source>
        <extracomment>column header: how many of the area&apos;s check-in desks are open now</extracomment>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="70"/>
        <source>Load</source>
        <extracomment>column header: the share of the open desks&apos; capacity in use (a percentage)</extracomment>
        <translation>Yüklənmə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="72"/>
        <source>Waiting</source>
        <extracomment>column header: people estimated waiting in the queue now</extracomment>
        <translation>Növbədə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="74"/>
        <source>Wait now</source>
        <extracomment>column header: how long a person joining the queue now waits</extracomment>
        <translation>İndi gözləmə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="76"/>
        <source>Worst, 30 min</source>
        <extracomment>column header: the longest wait forecast over the next 30 minutes</extracomment>
        <translation>Ən pis, 30 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="166"/>
        <source>Why</source>
        <extracomment>heading above the list of probable causes (slow scanners, failing printers, silent devices)</extracomment>
        <translation>Səbəblər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="168"/>
        <source>No slow desk, failing printer or silent device found.</source>
        <translation>Yavaş masa, nasaz printer və ya susan cihaz tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="180"/>
        <source>%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.</source>
        <translation>%1: növbədə %2 nəfər, indi gözləmə %3, növbəti %5 dəq ərzində ən pis halda %4.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="192"/>
        <source>No desk area is expected to wait over %1 min.</source>
        <translation>Heç bir masa zonasında gözləmənin %1 dəqiqədən çox olacağı gözlənilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="196"/>
        <source>At %1</source>
        <translation>Saat %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="198"/>
        <source>At %1 (the last recorded activity)</source>
        <translation>%1 (son qeydə alınan fəaliyyət)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="209"/>
        <source>%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible</source>
        <translation>%2 masadan %1 açıqdır; şəxs başına %3 san; dəqiqədə %4 nəfərə xidmət (mümkün: %5)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="218"/>
        <source>Idle: %1</source>
        <translation>Boş: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="227"/>
        <source>no end</source>
        <translation>sonsuz</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="229"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="230"/>
        <source>%1 min</source>
        <translation>%1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="240"/>
        <source>Open these desks: %1.</source>
        <translation>Bu masaları açın: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="246"/>
        <source>Move %n volunteer(s) from %1.</source>
        <translation>
            <numerusform>%n könüllünü buradan keçirin: %1.</numerusform>
            <numerusform>%n könüllünü buradan keçirin: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="251"/>
        <source>Call %n more staff.</source>
        <translation>
            <numerusform>Daha %n əməkdaş çağırın.</numerusform>
            <numerusform>Daha %n əməkdaş çağırın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="253"/>
        <source>The wait then falls to %1.</source>
        <translation>Onda gözləmə vaxtı %1 olacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="260"/>
        <source>%1: scans take %2 ms (most desks %3 ms) — check its scanner</source>
        <translation>%1: skan %2 ms çəkir (əksər masalarda %3 ms) — skanerini yoxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="267"/>
        <source>%1: %2 s per person (its area %3 s)</source>
        <translation>%1: şəxs başına %2 san (zonası üzrə %3 san)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="274"/>
        <source>%1: %2% of prints failed — check the printer</source>
        <translation>%1: çap xətası %2% — printeri yoxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="279"/>
        <source>%1: not synced for %2 min — check its network</source>
        <translation>%1: %2 dəq sinxronlaşdırılmayıb — şəbəkəsini yoxlayın</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="105"/>
        <source>Ready — scan a badge or find a name</source>
        <translation>Hazırdır — beyci skan edin və ya adı tapın</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="109"/>
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation>Skaner kursor harada olsa da işləyir. Ctrl+F: adla tap · F2: təkrar çap · F3: geri al · F10: masa parametrləri</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="120"/>
        <source>Check in this person?</source>
        <translation>Bu şəxs qəbul edilsin?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="122"/>
        <source>Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.</source>
        <translation>Enter — qəbul et · Esc — ləğv et. Qeydiyyat kodu %1 beyclə deyil, ad və ya kodla tapılıb: şəkilli şəxsiyyət sənədini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="126"/>
        <source>Already picked up: Enter shows when and where.</source>
        <translation>Artıq təhvil alınıb: nə vaxt və harada olduğunu görmək üçün Enter basın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="143"/>
        <source>First pickup: %1 at %2</source>
        <translation>İlk təhvil: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="145"/>
        <source>another desk</source>
        <translation>başqa masa</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="150"/>
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation>Masalar oflayn olarkən bir neçə dəfə verilib — nəzarətçiyə bildirin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="155"/>
        <source>The scanner types for another keyboard layout (%1 read as US): set it to this desk&apos;s layout.</source>
        <translation>Skaner başqa klaviatura düzümü ilə yazır (%1 US kimi oxundu): onu bu masanın düzümünə keçirin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="162"/>
        <source>This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.</source>
        <translation>Bu beyc masanın son sinxronlaşdırılmasından sonra verilib: yoxlama beycdə göstərilən şəxsə görə aparıldı. Növbəti sinxronlaşdırmadan sonra onu burada təkrar çap etmək olar.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="186"/>
        <source>⚑ %1 — call the protocol officer</source>
        <translation>⚑ %1 — protokol əməkdaşını çağırın</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="193"/>
        <source>Sign language: %1</source>
        <translation>İşarət dili: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="195"/>
        <source>Captions</source>
        <translation>Subtitr</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197"/>
        <source>Step-free access</source>
        <translation>Pilləkənsiz giriş</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="199"/>
        <source>Assistance</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="201"/>
        <source>Access needs: %1</source>
        <translation>Əlçatanlıq ehtiyacları: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="208"/>
        <source>PARTICIPANT</source>
        <translation>İŞTİRAKÇI</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="209"/>
        <source>SPEAKER</source>
        <translation>MƏRUZƏÇİ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210"/>
        <source>MEDIA</source>
        <translation>MEDİA</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="211"/>
        <source>VIP / HEAD OF DELEGATION</source>
        <translation>VIP / NÜMAYƏNDƏ HEYƏTİNİN RƏHBƏRİ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="212"/>
        <source>STAFF</source>
        <translation>ƏMƏKDAŞ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="213"/>
        <source>VOLUNTEER</source>
        <translation>KÖNÜLLÜ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214"/>
        <source>EXHIBITOR</source>
        <translation>SƏRGİ İŞTİRAKÇISI</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="215"/>
        <source>SECURITY</source>
        <translation>TƏHLÜKƏSİZLİK</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="223"/>
        <source>Printing the badge — hand it over.</source>
        <translation>Beyc çap edilir — onu təhvil verin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="225"/>
        <source>Badge already printed — hand it over.</source>
        <translation>Beyc artıq çap edilib — onu təhvil verin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="228"/>
        <source>Found by name or code: check a photo ID.</source>
        <translation>Ad və ya kodla tapılıb: şəkilli şəxsiyyət sənədini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="229"/>
        <source>✔ Admitted</source>
        <translation>✔ Qəbul edildi</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="231"/>
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation>Şəkilli şəxsiyyət sənədini yoxlayın. Yeni beyc yalnız təkrar çap səbəbi ilə (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="233"/>
        <source>The badge never printed: F4 prints it now.</source>
        <translation>Beyc heç çap edilməyib: indi çap etmək üçün F4 basın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="234"/>
        <source>● Already picked up</source>
        <translation>● Artıq təhvil alınıb</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="237"/>
        <source>✘ Refused — badge revoked</source>
        <translation>✘ İmtina — beyc ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="238"/>
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation>İtmiş və ya əvəzlənmiş kimi bildirilib. Şəkilli şəxsiyyət sənədini yoxlayın; yardım masasına göndərin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="241"/>
        <source>✘ Refused — unknown badge</source>
        <translation>✘ İmtina — naməlum beyc</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="242"/>
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation>Bu masada məlum deyil. Sinxronlaşdırma vəziyyətini yoxlayın və ya adı tapın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="245"/>
        <source>✘ Refused — forged or damaged code</source>
        <translation>✘ İmtina — saxta və ya zədələnmiş kod</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="246"/>
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation>Beyc verməyin. Nəzarətçini çağırın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="249"/>
        <source>✘ Refused — badge of another event</source>
        <translation>✘ İmtina — başqa tədbirin beyci</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="250"/>
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation>WUF qeydiyyat təsdiqini istəyin və ya adı tapın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="253"/>
        <source>✘ Not a badge code</source>
        <translation>✘ Beyc kodu deyil</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="254"/>
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation>Təsdiqdəki və ya beycdəki QR kodu skan edin, ya da adı tapın.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="257"/>
        <source>✘ Refused — security hold</source>
        <translation>✘ İmtina — təhlükəsizlik bloku</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="258"/>
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation>Beyci verməyin. Təhlükəsizlik nəzarətçisini çağırın.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="192"/>
        <source>Select an attendee to see their details.</source>
        <translation>Məlumatlarına baxmaq üçün iştirakçı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="214"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="215"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="216"/>
        <source>Needs</source>
        <translation>Ehtiyaclar</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="217"/>
        <source>Badge</source>
        <translation>Beyc</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="218"/>
        <source>Check-in</source>
        <translation>Qəbul</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="219"/>
        <source>Corrected</source>
        <translation>Düzəldilib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="229"/>
        <source>Correct name or category (Enter)</source>
        <translation>Adı və ya kateqoriyanı düzəlt (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="276"/>
        <source>No note recorded.</source>
        <translation>Qeyd yazılmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="277"/>
        <source>⚑ Attention: %1</source>
        <translation>⚑ Diqqət: %1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279"/>
        <source>Security hold: send to the supervisor desk.</source>
        <translation>Təhlükəsizlik bloku: nəzarətçi masasına göndərin.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="284"/>
        <source>None declared</source>
        <translation>Bildirilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="293"/>
        <source>Not issued yet</source>
        <translation>Hələ verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="296"/>
        <source>valid</source>
        <translation>etibarlı</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="297"/>
        <source>revoked</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="298"/>
        <source>reported lost</source>
        <translation>itmiş kimi bildirilib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="301"/>
        <source>No. %1 · %2 · issued %3</source>
        <translation>№ %1 · %2 · verilib: %3</translation>
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
        <translation>naməlum masa</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="317"/>
        <source>Never</source>
        <translation>Heç vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="323"/>
        <source>Not checked in</source>
        <translation>Qəbul edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="328"/>
        <source>Checked in %1 at %2</source>
        <translation>Qəbul edilib: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="337"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n təkrar təhvil nəzarətçilər üçün qeyd edilib</numerusform>
            <numerusform>%n təkrar təhvil nəzarətçilər üçün qeyd edilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="344"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n təhvil geri alınıb</numerusform>
            <numerusform>%n təhvil geri alınıb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="366"/>
        <source>Only an administrator changes the category</source>
        <translation>Kateqoriyanı yalnız administrator dəyişə bilər</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="389"/>
        <location filename="../../ui/attendees/detail.py" line="394"/>
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>Saxlanılmadı (%1). Məlumatlar dəyişməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="400"/>
        <source>Not saved: this desk&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Saxlanılmadı: bu masanın verilənlər bazasına hazırda yazmaq mümkün deyil. Yenidən cəhd edin; problem davam etsə, nəzarətçini çağırın.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="406"/>
        <source>Nothing changed.</source>
        <translation>Heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="411"/>
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>Düzəliş bu masada saxlanıldı; avtomatik sinxronlaşdırılacaq.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="231"/>
        <source>Session details</source>
        <translation>Sessiya məlumatları</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="235"/>
        <source>This session no longer exists in this event.</source>
        <translation>Bu sessiya artıq bu tədbirdə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="244"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="247"/>
        <location filename="../../ui/schedule/dialogs.py" line="280"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="249"/>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="251"/>
        <source>%1 expected</source>
        <translation>%1 nəfər gözlənilir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="253"/>
        <source>%1 seats</source>
        <translation>%1 yer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="254"/>
        <source>Audience</source>
        <translation>Auditoriya</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="255"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="259"/>
        <source>Speakers</source>
        <translation>Məruzəçilər</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="263"/>
        <source>No conflict.</source>
        <translation>Konflikt yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="265"/>
        <source>Conflicts:</source>
        <translation>Konfliktlər:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Move to…</source>
        <translation>Köçür…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Place…</source>
        <translation>Yerləşdir…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="276"/>
        <source>Take off the grid</source>
        <translation>Cədvəldən çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="289"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>DropPreview</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="210"/>
        <source>Drop here: no conflict.</source>
        <translation>Bura buraxın: konflikt yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="213"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>Bura buraxın: %n konflikt</numerusform>
            <numerusform>Bura buraxın: %n konflikt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="223"/>
        <source>… and %1 more.</source>
        <translation>… və daha %1.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="43"/>
        <source>Enrol this desk</source>
        <translation>Masanı serverə qoş</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="46"/>
        <source>Enrol this desk with the hub</source>
        <translation>Bu masanı serverə qoşun</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="50"/>
        <source>Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.</source>
        <translation>Qoşulma QR kodunu barkod skaneri ilə skan edin və ya serverdə `wufops enrol` əmrinin çap etdiyi qoşulma mətnini yapışdırın, sonra Enter düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="60"/>
        <source>Venue CA file (only for wss:// hubs)</source>
        <translation>Məkanın CA faylı (yalnız wss:// serverləri üçün)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="61"/>
        <source>Browse…</source>
        <translation>Gözdən keçir…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="75"/>
        <source>Connect</source>
        <translation>Qoşul</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="82"/>
        <source>This desk&apos;s data: %1</source>
        <translation>Bu masanın məlumatları: %1</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>Venue CA</source>
        <translation>Məkanın CA faylı</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM faylları (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="133"/>
        <location filename="../../ui/enrolment/panel.py" line="154"/>
        <source>Connecting to the hub…</source>
        <translation>Serverə qoşulur…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="149"/>
        <source>Downloading the event from the hub (as %1)…</source>
        <translation>Tədbir serverdən endirilir (%1 kimi)…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="169"/>
        <source>Done — opening the desk.</source>
        <translation>Hazırdır — masa açılır.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="182"/>
        <source>Paste or scan the enrolment text first.</source>
        <translation>Əvvəlcə qoşulma mətnini yapışdırın və ya skan edin.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="184"/>
        <source>That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.</source>
        <translation>Bu, qoşulma mətni deyil (qoşulma mətni wufops-enrol: ilə başlayır). Qoşulma QR kodunu yenidən skan edin və ya mətni tam yapışdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="188"/>
        <source>The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.</source>
        <translation>Qoşulma mətni natamamdır. Mətni tam yapışdırın və ya `wufops enrol` ilə yenisini çap edin.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="192"/>
        <source>The hub address must start with ws:// or wss://. Print a new enrolment.</source>
        <translation>Server ünvanı ws:// və ya wss:// ilə başlamalıdır. Yeni qoşulma mətni çap edin.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="195"/>
        <source>Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.</source>
        <translation>Serverə çatmaq mümkün deyil. Şəbəkə kabelini və ya Wi-Fi bağlantısını, həmçinin serverin işlədiyini yoxlayın, sonra yenidən cəhd etmək üçün Enter düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="199"/>
        <source>The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.</source>
        <translation>Server bu tokeni tanımır. Masanı serverdə yenidən qoşun (`wufops enrol`) və yeni kodu skan edin.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="203"/>
        <source>This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).</source>
        <translation>Bu qoşulma serverdə ləğv edilib. Yenisini istəyin (`wufops enrol`).</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="205"/>
        <source>This desk&apos;s data belongs to another device. Call IT.</source>
        <translation>Bu masanın məlumatları başqa cihaza aiddir. İT xidmətini çağırın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="207"/>
        <source>A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.</source>
        <translation>wss:// serveri üçün məkanın CA faylı lazımdır: onu “Gözdən keçir…” ilə seçin, sonra “Qoşul” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="210"/>
        <source>The hub&apos;s certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.</source>
        <translation>Serverin sertifikatı qoşulma mətnində göstərilən məkan CA-sı tərəfindən verilməyib. İT xidmətini çağırın; körü-körünə yenidən qoşmayın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="213"/>
        <source>The venue CA file cannot be read: choose it again.</source>
        <translation>Məkanın CA faylını oxumaq mümkün deyil: onu yenidən seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="214"/>
        <source>This app is older than the hub: install the hub&apos;s version.</source>
        <translation>Bu tətbiq serverdəkindən köhnədir: serverin versiyasını quraşdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="215"/>
        <source>The download took too long. Press Enter to resume it.</source>
        <translation>Endirmə çox uzun çəkdi. Davam etdirmək üçün Enter düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="216"/>
        <source>This desk&apos;s data folder cannot be written: check the disk.</source>
        <translation>Bu masanın məlumat qovluğuna yazmaq mümkün deyil: diski yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="218"/>
        <source>Enrolment failed. Press Enter to try again.</source>
        <translation>Qoşulma alınmadı. Yenidən cəhd etmək üçün Enter düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="222"/>
        <source>Finishing the current step…</source>
        <translation>Cari addım tamamlanır…</translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="62"/>
        <source>No code? Find by name (Ctrl+F)</source>
        <translation>Kod yoxdur? Adla tapın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="66"/>
        <source>Name, organization or registration code</source>
        <translation>Ad, təşkilat və ya qeydiyyat kodu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="105"/>
        <source>Type to search %Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln iştirakçı arasında axtarmaq üçün yazın</numerusform>
            <numerusform>%Ln iştirakçı arasında axtarmaq üçün yazın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="117"/>
        <source>picked up</source>
        <translation>təhvil alınıb</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="125"/>
        <source>No match</source>
        <translation>Nəticə yoxdur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="127"/>
        <source>%n more match(es) — type more of the name</source>
        <translation>
            <numerusform>Daha %n nəticə — adın davamını yazın</numerusform>
            <numerusform>Daha %n nəticə — adın davamını yazın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="129"/>
        <source>Enter picks the highlighted person</source>
        <translation>Enter ilə işarələnmiş şəxsi seçin</translation>
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="347"/>
        <source>SCAN</source>
        <translation>SKAN EDİN</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="348"/>
        <source>Hold the badge QR code under the scanner</source>
        <translation>Beycin QR kodunu skanerin altında tutun</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="354"/>
        <source>ADMIT</source>
        <translation>BURAXIN</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="357"/>
        <source>Already counted — the same badge moments ago</source>
        <translation>Artıq sayılıb — eyni beyc bir az əvvəl skan edilib</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="359"/>
        <source>Valid badge</source>
        <translation>Etibarlı beyc</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="362"/>
        <source>DENY</source>
        <translation>BURAXMAYIN</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="364"/>
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation>Beyc ləğv edilib (itmiş və ya əvəzlənmiş) — beyc masasına göndərin</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="365"/>
        <source>Unknown badge — send to the badge desk</source>
        <translation>Naməlum beyc — beyc masasına göndərin</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="366"/>
        <source>Forged or damaged code — call a supervisor</source>
        <translation>Saxta və ya zədələnmiş kod — nəzarətçini çağırın</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="367"/>
        <source>Badge of another event</source>
        <translation>Başqa tədbirin beyci</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="368"/>
        <source>Not a badge code — scan the badge QR code</source>
        <translation>Beyc kodu deyil — beycin QR kodunu skan edin</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="369"/>
        <source>Already used</source>
        <translation>Artıq istifadə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="370"/>
        <source>Security hold — call a supervisor</source>
        <translation>Təhlükəsizlik bloku — nəzarətçini çağırın</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="761"/>
        <source>Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.</source>
        <translation>Giriş qapılarında proqram yoxdur. Sessiyanın harada keçirildiyini koordinatordan və ya qəbul masasından soruşun.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="642"/>
        <source>Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.</source>
        <translation>Giriş qapılarında əlçatanlıq planı yoxdur. Sessiyada kimin tərcümə etdiyini və ya subtitr hazırladığını əlçatanlıq xidmətləri koordinatorundan soruşun.</translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="227"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_paint.py" line="327"/>
        <source>%1 seats</source>
        <translation>%1 yer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="357"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n zal</numerusform>
            <numerusform>%n zal</numerusform>
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
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Language of this desk</source>
        <translation>Bu masanın dili</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>%1 · %2 · times in %3</source>
        <translation>%1 · %2 · saat qurşağı: %3</translation>
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
            <numerusform>%Ln iştirakçı</numerusform>
            <numerusform>%Ln iştirakçı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="238"/>
        <source>%Ln checked in</source>
        <translation>
            <numerusform>%Ln qəbul edilib</numerusform>
            <numerusform>%Ln qəbul edilib</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Move “%1”</source>
        <translation>“%1” sessiyasını köçür</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Place “%1”</source>
        <translation>“%1” sessiyasını yerləşdir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="95"/>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 yer)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="113"/>
        <source>&amp;Room</source>
        <translation>&amp;Zal</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="114"/>
        <source>&amp;Day</source>
        <translation>&amp;Gün</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="120"/>
        <source>&amp;Start – end</source>
        <translation>&amp;Başlanğıc – son</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Move</source>
        <translation>Köçür</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Place</source>
        <translation>Yerləşdir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="128"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="194"/>
        <source>%1 min</source>
        <translation>%1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="196"/>
        <source>ends the next day</source>
        <translation>növbəti gün bitir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="201"/>
        <source>No conflict there.</source>
        <translation>Orada konflikt yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="205"/>
        <source>This placement would cause:</source>
        <translation>Bu yerləşdirmə bunlara səbəb olar:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="67"/>
        <source>Arrivals per 15 min by category, against the expected curve</source>
        <translation>Kateqoriyalar üzrə 15 dəqiqəlik gəlişlər, gözlənilən əyri ilə müqayisədə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="70"/>
        <source>Check-ins per desk per hour</source>
        <translation>Masalar üzrə saatlıq qəbul sayı</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="71"/>
        <source>Scan to decision, last hour (ms)</source>
        <translation>Skandan qərara qədər, son saat (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="72"/>
        <source>Entries per gate zone per hour</source>
        <translation>Qapı zonaları üzrə saatlıq girişlər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="73"/>
        <source>Badge prints and failures per printer</source>
        <translation>Printerlər üzrə beyc çapları və xətalar</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="74"/>
        <source>Duplicate pickups and conflicts</source>
        <translation>Təkrar təhvillər və konfliktlər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="81"/>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="82"/>
        <source>Speakers</source>
        <translation>Məruzəçilər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="83"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="84"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="85"/>
        <source>Staff</source>
        <translation>Əməkdaşlar</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="86"/>
        <source>Volunteers</source>
        <translation>Könüllülər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="87"/>
        <source>Exhibitors</source>
        <translation>Sərgi iştirakçıları</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="88"/>
        <source>Security</source>
        <translation>Təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="89"/>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="90"/>
        <source>Expected</source>
        <translation>Gözlənilən</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="91"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="92"/>
        <source>90th percentile</source>
        <translation>90-cı persentil</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="93"/>
        <source>Printed</source>
        <translation>Çap edilib</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="94"/>
        <source>Failed</source>
        <translation>Xəta</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="95"/>
        <source>Duplicate pickups</source>
        <translation>Təkrar təhvillər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="96"/>
        <source>Conflicts</source>
        <translation>Konfliktlər</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80"/>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="83"/>
        <source>Wall screen (F11)</source>
        <translation>Divar ekranı (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="90"/>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="91"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="92"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="93"/>
        <source>Last seen</source>
        <translation>Son görünmə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="94"/>
        <source>Newest record</source>
        <translation>Ən yeni qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="95"/>
        <source>Pending</source>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="97"/>
        <source>Lag</source>
        <extracomment>column header: how late a device&apos;s recent changes reached the hub</extracomment>
        <translation>Gecikmə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="103"/>
        <source>Attendee</source>
        <translation>İştirakçı</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="104"/>
        <source>Registration</source>
        <translation>Qeydiyyat</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="105"/>
        <source>Counted pickup</source>
        <translation>Sayılan təhvil</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="106"/>
        <location filename="../../ui/operations/workspace.py" line="132"/>
        <source>Duplicate pickups</source>
        <translation>Təkrar təhvillər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="112"/>
        <source>Detected</source>
        <translation>Aşkarlanıb</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114"/>
        <source>What</source>
        <extracomment>column header: the kind of record a sync conflict was about</extracomment>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="115"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="117"/>
        <source>Kept</source>
        <extracomment>column header: the value a sync conflict kept</extracomment>
        <translation>Saxlanılan</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="119"/>
        <source>Overwritten</source>
        <extracomment>column header: the value a sync conflict replaced</extracomment>
        <translation>Əvəzlənən</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Change</source>
        <translation>Dəyişiklik</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="128"/>
        <source>Dashboard</source>
        <translation>İdarə paneli</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="131"/>
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="133"/>
        <source>Conflicts</source>
        <translation>Konfliktlər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="134"/>
        <source>Rejected changes</source>
        <translation>Rədd edilmiş dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="238"/>
        <source>Operations — %1</source>
        <translation>Əməliyyatlar — %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="293"/>
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation>Beycin başqasına verilməsi və ya iki dəfə növbəyə durma: iştirakçı ilə dəqiqləşdirin</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="318"/>
        <source>Devices: %1</source>
        <translation>Cihazlar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="319"/>
        <source>Duplicate pickups: %1</source>
        <translation>Təkrar təhvillər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="320"/>
        <source>Conflicts: %1</source>
        <translation>Konfliktlər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="321"/>
        <source>Rejected changes from this device: %1</source>
        <translation>Bu cihazdan rədd edilmiş dəyişikliklər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="326"/>
        <source>not syncing: %1</source>
        <translation>sinxronlaşmır: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="328"/>
        <source>settings ignored (%1)</source>
        <translation>parametrlər nəzərə alınmadı (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices (%n not syncing)</source>
        <translation>
            <numerusform>Cihazlar (%n sinxronlaşmır)</numerusform>
            <numerusform>Cihazlar (%n sinxronlaşmır)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="336"/>
        <source>online</source>
        <translation>onlayn</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="337"/>
        <source>quiet</source>
        <translation>səssiz</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="338"/>
        <source>not syncing</source>
        <translation>sinxronlaşmır</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="339"/>
        <source>never seen</source>
        <translation>heç görünməyib</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="340"/>
        <source>revoked</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="341"/>
        <source>offline</source>
        <translation>oflayn</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="345"/>
        <source>this desk</source>
        <translation>bu masa</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="348"/>
        <source>%1 (this desk)</source>
        <translation>%1 (bu masa)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="368"/>
        <source>This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them</source>
        <translation>Bu masa: öz bağlantısı və serverin hələ təsdiqləmədiyi əməliyyatları; gecikmə onların ən köhnəsinin yaşıdır</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="372"/>
        <source>As the hub recorded it; lag: how late its recent work arrived</source>
        <translation>Serverin qeydə aldığı kimi; gecikmə: son işinin nə qədər gec çatdığı</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="374"/>
        <source>As replicated to this desk: last seen is the hub&apos;s last contact or its newest record here. Only the hub knows other devices&apos; pending ops and lag.</source>
        <translation>Bu masadakı surətə görə: son görünmə — serverlə son əlaqəsi və ya buradakı ən yeni qeydi. Digər cihazların gözləyən əməliyyatlarını və gecikməsini yalnız server bilir.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="380"/>
        <location filename="../../ui/operations/workspace.py" line="408"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="385"/>
        <source>just now</source>
        <translation>indicə</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="387"/>
        <source>%1 min ago</source>
        <translation>%1 dəq əvvəl</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="401"/>
        <source>%1 s</source>
        <translation>%1 san</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="403"/>
        <source>%1 min</source>
        <translation>%1 dəq</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="404"/>
        <source>%1 h</source>
        <translation>%1 saat</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/access/picker.py" line="43"/>
        <source>Assign a provider</source>
        <translation>Mütəxəssis təyin et</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="53"/>
        <source>Type to find a provider by name</source>
        <translation>Mütəxəssisi adla tapmaq üçün yazın</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="67"/>
        <source>Type a name · ↑ ↓ choose · Enter assign · Esc close</source>
        <translation>Ad yaz · ↑ ↓ seç · Enter təyin et · Esc bağla</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="71"/>
        <source>Assign</source>
        <translation>Təyin et</translation>
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
        <translation>Bu slotda %1 üçün ötürücü olacaq eşidən tərcüməçini seçin.</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86"/>
        <source>Preparing the demo event</source>
        <translation>Demo tədbir hazırlanır</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89"/>
        <source>Creating the demo event</source>
        <translation>Demo tədbir yaradılır</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%Ln attendee(s) from 182 countries — only on the first run.</source>
        <translation>
            <numerusform>182 ölkədən %Ln iştirakçı — yalnız ilk işəsalmada.</numerusform>
            <numerusform>182 ölkədən %Ln iştirakçı — yalnız ilk işəsalmada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="98"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="116"/>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="123"/>
        <location filename="../../ui/access/panels.py" line="155"/>
        <source>Run a solve to see a proposal here.</source>
        <translation>Təklifi burada görmək üçün hesablamanı başladın.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="137"/>
        <source>&amp;Accept the proposal</source>
        <translation>Təklifi &amp;təsdiqlə</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="138"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Rədd et</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="164"/>
        <source>The coverage grid shows the plan as the proposal would leave it.</source>
        <translation>Təminat cədvəli təklif təsdiqlənərsə alınacaq planı göstərir.</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Provider</source>
        <translation>Mütəxəssis</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Load that day</source>
        <translation>Günlük iş yükü</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="320"/>
        <source>captioner</source>
        <translation>subtitr operatoru</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>Deaf interpreter</source>
        <translation>kar tərcüməçi</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>interpreter</source>
        <translation>tərcüməçi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="330"/>
        <source>Travel to another room: %n min.</source>
        <translation>
            <numerusform>Başqa zala yol: %n dəq.</numerusform>
            <numerusform>Başqa zala yol: %n dəq.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="337"/>
        <source>%1 in %2: %3, %4 (feeding the Deaf interpreter).</source>
        <translation>%1, %2: %3, %4 (kar tərcüməçi üçün ötürücü).</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="339"/>
        <source>%1 in %2: %3, %4.</source>
        <translation>%1, %2: %3, %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="343"/>
        <source>%1 Locked.</source>
        <translation>%1 Kilidli.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="357"/>
        <source>Not working</source>
        <translation>İşləmir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="362"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n təyinat</numerusform>
            <numerusform>%n təyinat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="318"/>
        <source>Release the schedule</source>
        <translation>Proqramı dərc et</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="328"/>
        <source>Note for this version (optional)</source>
        <translation>Bu versiya üçün qeyd (istəyə görə)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="329"/>
        <source>Release now</source>
        <translation>İndi dərc et</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="332"/>
        <source>Show in the conflicts panel</source>
        <translation>Konfliktlər panelində göstər</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="334"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="352"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>Proqramı dərc etmək olmur: %n konflikt buna mane olur.</numerusform>
            <numerusform>Proqramı dərc etmək olmur: %n konflikt buna mane olur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="356"/>
        <source>Fix them, or lower their rule&apos;s severity, then release.</source>
        <translation>Onları aradan qaldırın və ya qaydalarının ciddilik dərəcəsini azaldın, sonra dərc edin.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="359"/>
        <source>… and %1 more.</source>
        <translation>… və daha %1.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="370"/>
        <source>Release version %1</source>
        <translation>Dərc et: versiya %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n əlavə edilib</numerusform>
            <numerusform>%n əlavə edilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n köçürülüb</numerusform>
            <numerusform>%n köçürülüb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n redaktə edilib</numerusform>
            <numerusform>%n redaktə edilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="378"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n çıxarılıb</numerusform>
            <numerusform>%n çıxarılıb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="381"/>
        <source>Since version %1:</source>
        <translation>Versiya %1 ilə müqayisədə:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="383"/>
        <source>First release:</source>
        <translation>İlk dərc:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="388"/>
        <source>Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.</source>
        <translation>Yerləşdirilmiş və planlaşdırılmış hər sessiya dərcə daxil olur və “Dərc edilib” statusu alır; qaralamalar daxil edilmir. İxrac fayllarında versiya nömrəsi göstərilir.</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="89"/>
        <source>Reprint the badge — why? (↑/↓ choose, Enter reprints)</source>
        <translation>Beyc təkrar çap edilsin — səbəb? (↑/↓ seçin, Enter — çap)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="91"/>
        <source>Damaged — same badge number</source>
        <translation>Zədələnib — eyni beyc nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="92"/>
        <source>Lost — the old badge stops working at the gates</source>
        <translation>İtib — köhnə beyc qapılarda işləməyəcək</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="93"/>
        <source>Name corrected — same badge number</source>
        <translation>Ad düzəldilib — eyni beyc nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="95"/>
        <source>Reprint (Enter)</source>
        <translation>Təkrar çap et (Enter)</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="443"/>
        <source>Rooms</source>
        <translation>Zallar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="450"/>
        <source>Find a room</source>
        <translation>Zal tap</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="453"/>
        <source>Tick the rooms to show; drag to reorder; ★ pins to the top.</source>
        <translation>Göstəriləcək zalları işarələyin; sıranı dəyişmək üçün sürüşdürün; ★ zalı yuxarıya bərkidir.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="463"/>
        <source>%1 — %2 seats · %3</source>
        <translation>%1 — %2 yer · %3</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="475"/>
        <source>★ Favourite</source>
        <translation>★ Sevimli</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="476"/>
        <source>Pin the selected room to the top of the grid</source>
        <translation>Seçilmiş zalı cədvəlin yuxarısına bərkit</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="478"/>
        <source>Show all</source>
        <translation>Hamısını göstər</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="480"/>
        <source>Show none</source>
        <translation>Hamısını gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="482"/>
        <source>Favourites only</source>
        <translation>Yalnız sevimlilər</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="485"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="100"/>
        <source>Batch run</source>
        <translation>Toplu çap</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="104"/>
        <source>Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.</source>
        <translation>Əvvəlcədən çap üçün beyclər ölkəyə, sonra soyada görə sıralanır. Beyci olmayan iştirakçılara beyc verilir. Yazılan hər beyc çap edilmiş sayılır, ona görə masalar təhvil zamanı onu yenidən çap etməyəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="113"/>
        <source>All categories</source>
        <translation>Bütün kateqoriyalar</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="117"/>
        <source>All countries</source>
        <translation>Bütün ölkələr</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="122"/>
        <source>No limit</source>
        <translation>Limitsiz</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="123"/>
        <source>Only the first N badges of the selection (empty: all)</source>
        <translation>Seçimdən yalnız ilk N beyc (boş: hamısı)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="134"/>
        <source>Where to write the PDF</source>
        <translation>PDF faylının yazılacağı yer</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="135"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="147"/>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="148"/>
        <source>C&amp;ountry</source>
        <translation>Ö&amp;lkə</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="149"/>
        <source>Li&amp;mit</source>
        <translation>L&amp;imit</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="155"/>
        <source>Output &amp;file</source>
        <translation>Çıxış &amp;faylı</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="159"/>
        <source>&amp;Run batch</source>
        <translation>Toplu çapı &amp;başlat</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="163"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="164"/>
        <source>Stop the run (Esc); nothing is written</source>
        <translation>Çapı dayandır (Esc); heç nə yazılmayacaq</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="189"/>
        <source>Open fol&amp;der</source>
        <translation>&amp;Qovluğu aç</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="251"/>
        <source>Counting…</source>
        <translation>Sayılır…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="269"/>
        <source>Could not count the selection</source>
        <translation>Seçimi saymaq alınmadı</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="271"/>
        <source>No attendee matches these filters</source>
        <translation>Bu filtrlərə uyğun iştirakçı yoxdur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>%Ln badge(s) selected</source>
        <translation>
            <numerusform>%Ln beyc seçilib</numerusform>
            <numerusform>%Ln beyc seçilib</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="281"/>
        <source>Write badges to</source>
        <translation>Beyclərin yazılacağı fayl</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="284"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="325"/>
        <source>Starting…</source>
        <translation>Başladılır…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="343"/>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="371"/>
        <source>Issuing badges: %1</source>
        <translation>Beyclər verilir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="373"/>
        <source>Writing badges: %1</source>
        <translation>Beyclər yazılır: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="375"/>
        <source>Recording them as printed: %1</source>
        <translation>Çap edilmiş kimi qeyd edilir: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="407"/>
        <source>%Ln badge(s) written to %1</source>
        <translation>
            <numerusform>%Ln beyc yazıldı: %1</numerusform>
            <numerusform>%Ln beyc yazıldı: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln səhifə</numerusform>
            <numerusform>%Ln səhifə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%Ln newly issued</source>
        <translation>
            <numerusform>%Ln beyc yeni verilib</numerusform>
            <numerusform>%Ln beyc yeni verilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="418"/>
        <source>%Ln character(s) could not be set in any bundled font: check those badges</source>
        <translation>
            <numerusform>%Ln simvol proqramla gələn heç bir şriftdə yoxdur: həmin beycləri yoxlayın</numerusform>
            <numerusform>%Ln simvol proqramla gələn heç bir şriftdə yoxdur: həmin beycləri yoxlayın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="438"/>
        <source>Cancelled. No file was written and no badge was marked printed.</source>
        <translation>Ləğv edildi. Heç bir fayl yazılmadı və heç bir beyc çap edilmiş kimi qeyd edilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="440"/>
        <source>Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>%1 faylını yazmaq mümkün deyil. Yazma icazəniz olan qovluq seçin və ya fayl başqa proqramda açıqdırsa, onu bağlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="443"/>
        <source>Choose where to write the PDF first.</source>
        <translation>Əvvəlcə PDF faylının yazılacağı yeri seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="444"/>
        <source>This layout cannot be used: pick another one.</source>
        <translation>Bu maketdən istifadə etmək olmur: başqasını seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="446"/>
        <source>No attendee matches these filters: change the category, country or limit.</source>
        <translation>Bu filtrlərə uyğun iştirakçı yoxdur: kateqoriyanı, ölkəni və ya limiti dəyişin.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="448"/>
        <source>This event is not in the database any more.</source>
        <translation>Bu tədbir artıq verilənlər bazasında yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="449"/>
        <source>The database holds several events; open one event.</source>
        <translation>Verilənlər bazasında bir neçə tədbir var; yalnız bir tədbiri açın.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="451"/>
        <source>Two attendees share a badge reference; ask the hub operator to fix it before printing.</source>
        <translation>İki iştirakçının beyc istinadı eynidir; çapdan əvvəl server operatorundan bunu düzəltməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="455"/>
        <source>This device has used up its badge serial numbers: sync with the hub.</source>
        <translation>Bu cihazın beyc seriya nömrələri bitib: serverlə sinxronlaşdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="458"/>
        <source>This device has no badge serial numbers yet: sync with the hub.</source>
        <translation>Bu cihazın hələ beyc seriya nömrələri yoxdur: serverlə sinxronlaşdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="460"/>
        <source>Could not open the event database.</source>
        <translation>Tədbirin verilənlər bazasını açmaq alınmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="464"/>
        <source>The run stopped with an error (%1).</source>
        <translation>Toplu çap xəta ilə dayandı (%1).</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/schedule/editor.py" line="40"/>
        <source>Not changed: %1</source>
        <translation>Dəyişdirilmədi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/editor.py" line="48"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n konflikt:</numerusform>
            <numerusform>%n konflikt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="67"/>
        <source>Moved “%1” to %2.</source>
        <translation>“%1” köçürüldü: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="69"/>
        <source>Placed “%1” in %2.</source>
        <translation>“%1” yerləşdirildi: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="97"/>
        <source>Took “%1” off the grid.</source>
        <translation>“%1” cədvəldən çıxarıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="125"/>
        <source>“%1”: %2.</source>
        <translation>“%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="134"/>
        <source>Undone: %1</source>
        <translation>Geri alındı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="141"/>
        <source>Redone: %1</source>
        <translation>Təkrarlandı: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../../ui/schedule/grid.py" line="183"/>
        <source>Schedule grid</source>
        <translation>Proqram cədvəli</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <location filename="../../ui/schedule/style.py" line="60"/>
        <source>Plenary</source>
        <translation>Plenar iclas</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="61"/>
        <source>Assembly</source>
        <translation>Assambleya</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="62"/>
        <source>Dialogue</source>
        <translation>Dialoq</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="63"/>
        <source>Roundtable</source>
        <translation>Dəyirmi masa</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="64"/>
        <source>Side event</source>
        <translation>Yan tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="65"/>
        <source>Networking</source>
        <translation>Şəbəkələşmə</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="66"/>
        <source>Training</source>
        <translation>Təlim</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="75"/>
        <source>PL</source>
        <comment>marker: plenary</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>PL</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="77"/>
        <source>AS</source>
        <comment>marker: assembly</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>AS</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="79"/>
        <source>DI</source>
        <comment>marker: dialogue</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>DL</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="81"/>
        <source>RT</source>
        <comment>marker: roundtable</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="83"/>
        <source>SE</source>
        <comment>marker: side event</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>YT</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="85"/>
        <source>NW</source>
        <comment>marker: networking</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>ŞB</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="87"/>
        <source>TR</source>
        <comment>marker: training</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>TL</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="94"/>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="95"/>
        <source>Scheduled</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="96"/>
        <source>Released</source>
        <translation>Dərc edilib</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="97"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="104"/>
        <source>Blocks release</source>
        <translation>Dərci bloklayır</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="105"/>
        <source>Warning</source>
        <translation>Xəbərdarlıq</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="107"/>
        <source>Off</source>
        <extracomment>severity of a conflict rule that is switched off</extracomment>
        <translation>Söndürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="114"/>
        <source>Room overlap</source>
        <translation>Zal toqquşması</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="115"/>
        <source>Room unavailable</source>
        <translation>Zal bağlıdır</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="116"/>
        <source>Speaker double-booked</source>
        <translation>Məruzəçi iki yerdə</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="119"/>
        <source>Speaker unavailable</source>
        <translation>Məruzəçi məşğuldur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="120"/>
        <source>Over capacity</source>
        <translation>Tutum aşılıb</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="121"/>
        <source>Channel overlap</source>
        <translation>Kanal toqquşması</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="122"/>
        <source>No stream encoder</source>
        <translation>Enkoder yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="123"/>
        <source>Streamed, do-not-stream</source>
        <translation>Yayım qadağası pozulur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="124"/>
        <source>Captions or sign not streamed</source>
        <translation>Subtitr/işarət dili yayımda yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="133"/>
        <source>In person</source>
        <translation>Əyani</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="134"/>
        <source>Hybrid</source>
        <translation>Hibrid</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="135"/>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
</context>
<context>
    <name>ScheduleToolbar</name>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="37"/>
        <source>Find a session (Ctrl+F)</source>
        <translation>Sessiya tap (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="45"/>
        <source>Filter rooms</source>
        <translation>Zalları filtrlə</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="50"/>
        <source>Rooms…</source>
        <translation>Zallar…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="51"/>
        <source>Choose, pin and order the rooms shown</source>
        <translation>Göstərilən zalları seçin, bərkidin və sıralayın</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="54"/>
        <source>Order of the rooms</source>
        <translation>Zalların sırası</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By name</source>
        <translation>Ada görə</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By floor</source>
        <translation>Mərtəbəyə görə</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By capacity</source>
        <translation>Tutuma görə</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>My order</source>
        <translation>Mənim sıram</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="62"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="65"/>
        <source>Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)</source>
        <translation>Zalların üstündə yayım kanallarının zolaqları: göstər və ya gizlət (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="70"/>
        <source>Compact</source>
        <translation>Yığcam</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="71"/>
        <source>Lower rows: more rooms on the screen</source>
        <translation>Alçaq sətirlər: ekranda daha çox zal</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="73"/>
        <source>Show cancelled</source>
        <translation>Ləğv edilənlər</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="74"/>
        <source>Show cancelled sessions (greyed and struck through)</source>
        <translation>Ləğv edilmiş sessiyaları göstər (boz və üstündən xətt çəkilmiş)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="78"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Kiçilt (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="81"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Böyüt (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="82"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="84"/>
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="88"/>
        <source>Move to…</source>
        <translation>Köçür…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="90"/>
        <source>Room, day and time of the selected session (Ctrl+M)</source>
        <translation>Seçilmiş sessiyanın zalı, günü və vaxtı (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="182"/>
        <source>Release</source>
        <extracomment>tab title (a noun): publishing the schedule as a numbered version</extracomment>
        <translation>Dərc</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="251"/>
        <source>Read only: this device&apos;s role (%1) can look sessions up; only coordinators change the schedule.</source>
        <translation>Yalnız baxış: bu cihazın rolu (%1) sessiyalara baxmağa imkan verir; proqramı yalnız koordinatorlar dəyişir.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="270"/>
        <source>check-in desk</source>
        <translation>qəbul masası</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="271"/>
        <source>entry gate</source>
        <translation>giriş qapısı</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="272"/>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="273"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes shown.</source>
        <translation>Kanal zolaqları göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes hidden.</source>
        <translation>Kanal zolaqları gizlədildi.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="377"/>
        <source>Show channel lanes</source>
        <translation>Kanal zolaqlarını göstər</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="385"/>
        <source>No stream channels in this event</source>
        <translation>Bu tədbirdə yayım kanalı yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="399"/>
        <source>To place (%1)</source>
        <translation>Yerləşdiriləcək (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="406"/>
        <source>Conflicts (%1)</source>
        <translation>Konfliktlər (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="462"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="508"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n tapıldı</numerusform>
            <numerusform>%n tapıldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="613"/>
        <source>Select a session for its details (Enter). Ctrl+F finds a session.</source>
        <translation>Təfərrüatlara baxmaq üçün sessiya seçin (Enter). Ctrl+F ilə sessiya tapın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="615"/>
        <source>Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…</source>
        <translation>Sürüşdür: köçür · kənarı: ölçünü dəyiş · Ctrl+oxlar: köçür · Delete: cədvəldən çıxar · Enter: təfərrüatlar · Ctrl+M: Köçür…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="646"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Geri al: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="648"/>
        <source>Nothing to undo</source>
        <translation>Geri alınacaq heç nə yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="651"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Təkrarla: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="653"/>
        <source>Nothing to redo</source>
        <translation>Təkrarlanacaq heç nə yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="710"/>
        <source>Released version %1.</source>
        <translation>Versiya %1 dərc edildi.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="721"/>
        <source>Details…</source>
        <translation>Təfərrüatlar…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="723"/>
        <source>Move to…</source>
        <translation>Köçür…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="724"/>
        <source>Take off the grid</source>
        <translation>Cədvəldən çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="725"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="159"/>
        <source>Desk settings</source>
        <translation>Masa parametrləri</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="164"/>
        <source>Badge pickup</source>
        <translation>Beyc təhvili</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165"/>
        <source>Entry gate</source>
        <translation>Giriş qapısı</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="175"/>
        <source> s</source>
        <extracomment>unit after a number of seconds (keep the leading space if your language uses one)</extracomment>
        <translation> san</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="177"/>
        <source>off</source>
        <extracomment>shown in the seconds field when it is 0: repeated scans are not merged</extracomment>
        <translation>yox</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="179"/>
        <source>The same badge again at this gate within this time counts one entry</source>
        <translation>Bu müddət ərzində eyni beyc bu qapıda təkrar skan edilərsə, bir giriş sayılır</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="181"/>
        <source>Sound per outcome</source>
        <translation>Hər nəticə üçün səs</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="186"/>
        <source>Desk or gate name</source>
        <translation>Masanın və ya qapının adı</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="187"/>
        <source>Mode</source>
        <translation>Rejim</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="188"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="189"/>
        <source>PDF folder (no printer)</source>
        <translation>PDF qovluğu (printersiz)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="190"/>
        <source>Badge stock (layout)</source>
        <translation>Beyc blankı (maket)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="191"/>
        <source>Gate zone</source>
        <translation>Qapı zonası</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="192"/>
        <source>Gate: same badge again within</source>
        <translation>Qapı: eyni beycin təkrar intervalı</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="196"/>
        <source>Save (Enter)</source>
        <translation>Saxla (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="212"/>
        <source>No printer — save PDF files</source>
        <translation>Printer yoxdur — PDF faylları saxla</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="216"/>
        <source>%1 (not found)</source>
        <translation>%1 (tapılmadı)</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Assigned</source>
        <translation>Təyin olunan</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Lock</source>
        <translation>Kilid</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="225"/>
        <source>— open —</source>
        <translation>— boş —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="228"/>
        <source>%1 with feed %2</source>
        <translation>%1, ötürücü: %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="241"/>
        <source>⚠ %1 (does not count: see the rules)</source>
        <translation>⚠ %1 (sayılmır: qaydalara baxın)</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="244"/>
        <source>⚑ Locked</source>
        <translation>⚑ Kilidli</translation>
    </message>
</context>
<context>
    <name>SlotsPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="67"/>
        <source>Choose a session to see its slots.</source>
        <translation>Slotlarına baxmaq üçün sessiya seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="87"/>
        <source>Assign… (Enter)</source>
        <translation>Təyin et… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="88"/>
        <source>Clear (Delete)</source>
        <translation>Boşalt (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="89"/>
        <source>Lock or unlock (L)</source>
        <translation>Kilidlə / kilidi aç (L)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../../ui/schedule/commands.py" line="105"/>
        <source>Set status of “%1”</source>
        <translation>“%1” üçün status təyini</translation>
    </message>
</context>
<context>
    <name>StreamTexts</name>
    <message>
        <location filename="../../ui/streams/texts.py" line="22"/>
        <source>PLANNED</source>
        <translation>PLANDA</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="23"/>
        <source>TESTING</source>
        <translation>TEST</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="24"/>
        <source>LIVE</source>
        <translation>CANLI</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="25"/>
        <source>COMPLETE</source>
        <translation>BİTİB</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="26"/>
        <source>OFF AIR</source>
        <translation>EFİRDƏ DEYİL</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="33"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>IS</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="43"/>
        <source>%1: “%2” was taken off the plan.</source>
        <translation>%1: “%2” plandan çıxarıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="48"/>
        <source>%1: nothing is planned on this channel.</source>
        <translation>%1: bu kanalda heç nə planlaşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="51"/>
        <source>This device may not change stream statuses: only coordinator and admin devices may.</source>
        <translation>Bu cihaz yayım statuslarını dəyişə bilməz: bunu yalnız koordinator və administrator cihazları edə bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="55"/>
        <source>%1: the status was not changed (%2).</source>
        <translation>%1: status dəyişdirilmədi (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="62"/>
        <source>Press T to test or L to go live.</source>
        <translation>Test üçün T, canlı efirə çıxmaq üçün L basın.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="63"/>
        <source>Press L to go live or P to go back to planned.</source>
        <translation>Canlı efirə çıxmaq üçün L, plana qaytarmaq üçün P basın.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="64"/>
        <source>Press C when it is over.</source>
        <translation>Bitəndə C basın.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="65"/>
        <source>Press L to put it back on air.</source>
        <translation>Yenidən efirə qaytarmaq üçün L basın.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="73"/>
        <source>%1: “%2” is already planned.</source>
        <translation>%1: “%2” artıq plandadır.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="74"/>
        <source>%1: “%2” is already in testing.</source>
        <translation>%1: “%2” artıq test edilir.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="75"/>
        <source>%1: “%2” is already live.</source>
        <translation>%1: “%2” artıq canlı efirdədir.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="76"/>
        <source>%1: “%2” is already complete.</source>
        <translation>%1: “%2” artıq bitib.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="77"/>
        <source>%1: “%2” already has that status.</source>
        <translation>%1: “%2” artıq bu statusdadır.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="79"/>
        <source>%1: “%2” is planned — it cannot go to complete.</source>
        <translation>%1: “%2” plandadır — “bitib” statusuna keçə bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="80"/>
        <source>%1: “%2” is in testing — it cannot go to complete.</source>
        <translation>%1: “%2” test edilir — “bitib” statusuna keçə bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="81"/>
        <source>%1: “%2” is live — it cannot go back to planned.</source>
        <translation>%1: “%2” canlı efirdədir — plana qayıda bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="82"/>
        <source>%1: “%2” is live — it cannot go back to testing.</source>
        <translation>%1: “%2” canlı efirdədir — testə qayıda bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="84"/>
        <source>%1: “%2” is complete — it cannot go back to planned.</source>
        <translation>%1: “%2” bitib — plana qayıda bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="87"/>
        <source>%1: “%2” is complete — it cannot go back to testing.</source>
        <translation>%1: “%2” bitib — testə qayıda bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="89"/>
        <source>%1: “%2” cannot take that status now.</source>
        <translation>%1: “%2” indi bu statusa keçə bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="93"/>
        <source>%1: “%2” is now PLANNED.</source>
        <translation>%1: “%2” — yeni status: PLANDA.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="94"/>
        <source>%1: “%2” is now TESTING.</source>
        <translation>%1: “%2” — yeni status: TEST.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="95"/>
        <source>%1: “%2” is now LIVE.</source>
        <translation>%1: “%2” — yeni status: CANLI.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="96"/>
        <source>%1: “%2” is now COMPLETE.</source>
        <translation>%1: “%2” — yeni status: BİTİB.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="97"/>
        <source>%1: “%2” has a new status.</source>
        <translation>%1: “%2” — status dəyişdi.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="108"/>
        <source>“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.</source>
        <translation>“%1” və “%2” eyni kanalı tələb edir (%3): ehtiyat vaxtları ilə birlikdə %4 dəq üst-üstə düşürlər. Birini başqa kanala keçirin və ya onun ehtiyat vaxtını qısaldın.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="120"/>
        <source>“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.</source>
        <translation>“%1” yayım üçün planlaşdırılıb, lakin %2 zalında yayım enkoderi yoxdur. Sessiyanı enkoderi olan zala köçürün və ya yayımını plandan çıxarın.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="129"/>
        <source>“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.</source>
        <translation>“%1” üçün “Yayımlanmasın” qeydi var, lakin o, %2 kanalında planlaşdırılıb. Yayımı plandan çıxarın və ya yayımlanmasına icazə varsa, “Yayımlanmasın” qeydini götürün.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="142"/>
        <source>“%1” requires captions in %2, which its stream on %3 does not carry.</source>
        <translation>“%1” üçün subtitr tələb olunur (%2), lakin %3 kanalındakı yayımda yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="150"/>
        <source>“%1” requires sign language %2, which its stream on %3 does not carry.</source>
        <translation>“%1” üçün işarət dili tələb olunur (%2), lakin %3 kanalındakı yayımda yoxdur.</translation>
    </message>
</context>
<context>
    <name>StreamsWorkspace</name>
    <message>
        <location filename="../../ui/streams/workspace.py" line="149"/>
        <source>Live board</source>
        <translation>Efir lövhəsi</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="153"/>
        <source>Wall screen (F11)</source>
        <translation>Divar ekranı (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="167"/>
        <source>↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen</source>
        <translation>↑ ↓ və ya 1–8: kanal · T test · L canlı · C bitib · P planda · F11 divar ekranı</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="187"/>
        <source>Choose a channel, then T, L, C or P to change its status.</source>
        <translation>Kanal seçin, sonra statusunu dəyişmək üçün T, L, C və ya P basın.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>● Standalone</source>
        <translation>● Avtonom</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <source>This desk is not connected to a hub</source>
        <translation>Bu masa serverə qoşulmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54"/>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>Connecting…</source>
        <translation>Qoşulur…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Offline — working locally</source>
        <translation>Oflayn — lokal işləyir</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Sync stopped</source>
        <translation>Sinxronlaşdırma dayandı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n gözləyir</numerusform>
            <numerusform>%n gözləyir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rədd edilib</numerusform>
            <numerusform>%n rədd edilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>%n rədd edilib: bu masanın saatı səhv idi</numerusform>
            <numerusform>%n rədd edilib: bu masanın saatı səhv idi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="72"/>
        <source>last sync %1</source>
        <translation>son sinxronlaşdırma: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="74"/>
        <source>never synced</source>
        <translation>heç sinxronlaşdırılmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="76"/>
        <source>hub clock %1 s</source>
        <translation>server saatı %1 san</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>Device %1 (%2)</source>
        <translation>Cihaz %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88"/>
        <source>Badge signing key %1 certified by the hub</source>
        <translation>Beyc imza açarı %1 server tərəfindən sertifikatlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="95"/>
        <source>The hub did not certify this desk&apos;s badge key (%1): lost-badge reprints need the hub until it does</source>
        <translation>Server bu masanın beyc açarını sertifikatlaşdırmayıb (%1): o vaxtadək itmiş beyclərin təkrar çapı üçün server lazımdır</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="102"/>
        <source>This computer&apos;s clock is %1 s off the hub&apos;s: the desk uses the hub&apos;s time</source>
        <translation>Bu kompüterin saatı serverin saatından %1 san fərqlənir: masa serverin vaxtından istifadə edir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="108"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>Server səhv saatla qeyd edilmiş %n əməliyyatı rədd etdi (clock_skew): onlar bu masada saxlanılır — nəzarətçiyə bildirin</numerusform>
            <numerusform>Server səhv saatla qeyd edilmiş %n əməliyyatı rədd etdi (clock_skew): onlar bu masada saxlanılır — nəzarətçiyə bildirin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="115"/>
        <source>Last problem: %1</source>
        <translation>Son problem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="121"/>
        <source>the hub cannot be reached; retrying</source>
        <translation>serverə çatmaq mümkün deyil; yenidən cəhd edilir</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>the hub refused this device&apos;s token: enrol it again</source>
        <translation>server bu cihazın tokenini rədd etdi: cihazı yenidən qoşun</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="123"/>
        <source>this device has been revoked by a supervisor</source>
        <translation>bu cihazın girişi nəzarətçi tərəfindən ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="124"/>
        <source>this data belongs to another enrolled device: call IT</source>
        <translation>bu məlumatlar qoşulmuş başqa cihaza aiddir: İT xidmətini çağırın</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="125"/>
        <source>this app is older than the hub: upgrade it</source>
        <translation>bu tətbiq serverdəkindən köhnədir: onu yeniləyin</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="126"/>
        <source>the hub&apos;s certificate is not the venue&apos;s: call IT</source>
        <translation>serverin sertifikatı məkana aid deyil: İT xidmətini çağırın</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="127"/>
        <source>some changes from the hub could not be applied here</source>
        <translation>serverdən gələn bəzi dəyişiklikləri burada tətbiq etmək mümkün olmadı</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="128"/>
        <source>this replica differed from the hub and was reloaded</source>
        <translation>bu surət serverdəkindən fərqlənirdi və yenidən yükləndi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="129"/>
        <source>an unexpected sync error; retrying (see the log)</source>
        <translation>gözlənilməz sinxronlaşdırma xətası; yenidən cəhd edilir (jurnala baxın)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="131"/>
        <source>the hub holds too many connections from this device at once (is the app open twice?); retrying later</source>
        <translation>serverdə bu cihazdan eyni vaxtda həddən çox bağlantı var (tətbiq iki dəfə açılıb?); sonra yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="134"/>
        <source>the hub asked this desk to slow down; retrying shortly</source>
        <translation>server bu masadan sorğuları yavaşlatmağı xahiş etdi; tezliklə yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="136"/>
        <source>too many refused connections from this network address; retrying later</source>
        <translation>bu şəbəkə ünvanından həddən çox bağlantı rədd edilib; sonra yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="138"/>
        <source>the hub is busy; retrying shortly</source>
        <translation>server məşğuldur; tezliklə yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="140"/>
        <source>this device has synced too many copies of its data: call IT to re-enrol it</source>
        <translation>bu cihaz öz məlumatlarının həddən çox surətini sinxronlaşdırıb: yenidən qoşmaq üçün İT xidmətini çağırın</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="142"/>
        <source>the hub failed on a request; retrying (see its log)</source>
        <translation>server sorğunu emal edə bilmədi; yenidən cəhd edilir (server jurnalına baxın)</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="123"/>
        <source>Undo this check-in — why?</source>
        <translation>Bu qəbul geri alınsın — səbəb?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="125"/>
        <source>e.g. scanned the wrong badge</source>
        <translation>məs., səhv beyc skan edilib</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="127"/>
        <source>Undo check-in (Enter)</source>
        <translation>Qəbulu geri al (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="144"/>
        <source>Type a reason first.</source>
        <translation>Əvvəlcə səbəbi yazın.</translation>
    </message>
</context>
<context>
    <name>UnmetPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="191"/>
        <source>No provider has this language (or the accreditation it needs).</source>
        <translation>Bu dildə (və ya tələb olunan akkreditasiya ilə) işləyən mütəxəssis yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="193"/>
        <source>Nobody with this language declared they can work then, or they are absent.</source>
        <translation>Bu dili bilənlərdən heç kim həmin vaxt işləyə biləcəyini bildirməyib və ya onlar həmin vaxt işdə deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="195"/>
        <source>Everyone who could is already working at that time.</source>
        <translation>Bunu edə biləcək hər kəs həmin vaxt artıq işləyir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="196"/>
        <source>Those free then have reached their day&apos;s cap or need a rest.</source>
        <translation>Həmin vaxt boş olanlar gündəlik limitə çatıb və ya fasiləyə ehtiyacı var.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="206"/>
        <source>%1 (WFD-WASLI accredited)</source>
        <translation>%1 (WFD-WASLI akkreditasiyalı)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="208"/>
        <source>%n more provider(s) of %1 on the morning of %2.</source>
        <translation>
            <numerusform>Daha %n mütəxəssis: %1 — %2, səhər.</numerusform>
            <numerusform>Daha %n mütəxəssis: %1 — %2, səhər.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="209"/>
        <source>%n more provider(s) of %1 on the afternoon of %2.</source>
        <translation>
            <numerusform>Daha %n mütəxəssis: %1 — %2, günortadan sonra.</numerusform>
            <numerusform>Daha %n mütəxəssis: %1 — %2, günortadan sonra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="210"/>
        <source>%n more provider(s) of %1 on the evening of %2.</source>
        <translation>
            <numerusform>Daha %n mütəxəssis: %1 — %2, axşam.</numerusform>
            <numerusform>Daha %n mütəxəssis: %1 — %2, axşam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="218"/>
        <source>Session</source>
        <translation>Sessiya</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="219"/>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="220"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="221"/>
        <source>Why it is open</source>
        <translation>Niyə boşdur</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="222"/>
        <source>Smallest change that covers it</source>
        <translation>Təmin etmək üçün ən kiçik dəyişiklik</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="228"/>
        <source>Every unit of demand is filled: nothing is open.</source>
        <translation>Tələbatın bütün vahidləri təmin olunub: boş slot yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="231"/>
        <source>%n required unit(s) open.</source>
        <translation>
            <numerusform>%n məcburi vahid boşdur.</numerusform>
            <numerusform>%n məcburi vahid boşdur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="233"/>
        <source>%n advised unit(s) open.</source>
        <translation>
            <numerusform>%n tövsiyə olunan vahid boşdur.</numerusform>
            <numerusform>%n tövsiyə olunan vahid boşdur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="102"/>
        <source>Search sessions to place</source>
        <translation>Yerləşdiriləcək sessiyaları axtar</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="120"/>
        <source>Place…</source>
        <translation>Yerləşdir…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="121"/>
        <source>Choose a room and time for the selected session (Enter)</source>
        <translation>Seçilmiş sessiya üçün zal və vaxt seçin (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="125"/>
        <source>Drag a session onto the grid, or select it and press Enter.</source>
        <translation>Sessiyanı cədvələ sürüşdürün və ya seçib Enter düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="127"/>
        <source>Sessions not placed yet.</source>
        <translation>Hələ yerləşdirilməmiş sessiyalar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="161"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>Yerləşdiriləcək %n sessiya</numerusform>
            <numerusform>Yerləşdiriləcək %n sessiya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="164"/>
        <source>%1 of %2 shown</source>
        <translation>Göstərilir: %1 / %2</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52"/>
        <source>Attendees</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="57"/>
        <source>Check-in</source>
        <translation>Qəbul</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="62"/>
        <source>Operations</source>
        <translation>Əməliyyatlar</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="67"/>
        <source>Badges</source>
        <translation>Beyclər</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="72"/>
        <source>Schedule</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="77"/>
        <source>Streams</source>
        <translation>Yayımlar</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="82"/>
        <source>Access</source>
        <translation>Əlçatanlıq</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="71"/>
        <source>Cancel (Esc)</source>
        <translation>Ləğv et (Esc)</translation>
    </message>
</context>
<context>
    <name>_SetupWindow</name>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="154"/>
        <location filename="../../ui/sync/demo_hub.py" line="157"/>
        <source>Preparing the demo hub</source>
        <translation>Demo server hazırlanır</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="159"/>
        <source>Issuing a signed badge for every attendee…</source>
        <translation>Hər iştirakçı üçün imzalı beyc verilir…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="173"/>
        <source>Issuing signed badges: %1 of %2</source>
        <translation>İmzalı beyclər verilir: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="179"/>
        <source>Starting the hub and loading the event on this desk…</source>
        <translation>Server işə salınır və tədbir bu masaya yüklənir…</translation>
    </message>
</context>
</TS>
