# ruff: noqa: E501
TABLE: dict[str, str | list[str]] = {
    # --- AttendeeTableModel
    "Participant": "İştirakçı",
    "Speaker": "Məruzəçi",
    "Media": "Media",
    "VIP / head of delegation": "VIP / nümayəndə heyətinin rəhbəri",
    "Staff": "Əməkdaş",
    "Volunteer": "Könüllü",
    "Exhibitor": "Sərgi iştirakçısı",
    "Security": "Təhlükəsizlik",
    "Sign language (%1)": "İşarət dili (%1)",
    "Captions": "Subtitr",
    "Step-free access": "Pilləkənsiz giriş",
    "Assistance": "Yardım",
    "Name": "Ad",
    "Latin name": "Latınca ad",
    "Organization": "Təşkilat",
    "Country": "Ölkə",
    "Category": "Kateqoriya",
    "Needs": "Ehtiyaclar",
    "Check-in": "Qəbul",
    "In": "Qəbul edilib",
    "Not yet": "Hələ yox",
    "Hold": "Blok",
    # --- AttendeesWorkspace
    "Name, organization, country or code": "Ad, təşkilat, ölkə və ya kod",
    "All categories": "Bütün kateqoriyalar",
    "All countries": "Bütün ölkələr",
    "Any needs": "Bütün ehtiyaclar",
    "Has a need": "Ehtiyacı var",
    "Sign language": "İşarət dili",
    "Checked in or not": "Qəbul edilib və ya yox",
    "Checked in": "Qəbul edilib",
    "Not checked in": "Qəbul edilməyib",
    "Accessibility need": "Əlçatanlıq ehtiyacı",
    "Check-in state": "Qəbul vəziyyəti",
    "%1 of %2": "%1 / %2",
    "No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.": "Bu filtrlərlə “%1” sorğusuna uyğun heç kim yoxdur. Yazılışı yoxlayın, adın bir hissəsini yazın və ya axtarışı və filtrləri təmizləmək üçün Esc düyməsini basın.",
    "The scanned code is not a badge or a registration code of this event.": "Skan edilən kod bu tədbirin beyci və ya qeydiyyat kodu deyil.",
    # --- BadgePreview
    "Open layout file…": "Maket faylını aç…",
    "Layout": "Maket",
    "Sample": "Nümunə",
    "Badge layout": "Beyc maketi",
    "Badge layouts (*.json)": "Beyc maketləri (*.json)",
    "This layout cannot be used:": "Bu maketdən istifadə etmək olmur:",
    # --- BadgesWorkspace
    "A6": "A6",
    "4×6 in": "4×6 düym",
    "CR80 card": "CR80 kart",
    "54×90 mm label": "54×90 mm etiket",
    "4×A6 on A4": "A4-də 4×A6",
    "A6, EN + AZ": "A6, EN + AZ",
    "Whose name the preview shows": "Önizləmədə kimin adı göstərilsin",
    "Name or registration code, then Enter": "Ad və ya qeydiyyat kodu, sonra Enter",
    "Layout and preview": "Maket və önizləmə",
    "&Layout": "&Maket",
    "&Sample": "&Nümunə",
    "Find &attendee": "İştir&akçını tap",
    "Every script": "Bütün əlifbalar",
    "Latin, diacritics": "Latın, diakritik işarələr",
    "Arabic": "Ərəb",
    "Devanagari": "Devanaqari",
    "Chinese": "Çin",
    "Attendee: %1": "İştirakçı: %1",
    "Demo: %1": "Demo: %1",
    "No badge issued yet: this QR code is only a sample.": "Hələ beyc verilməyib: bu QR kod yalnız nümunədir.",
    "No attendee matches “%1”.": "“%1” sorğusuna uyğun iştirakçı yoxdur.",
    # --- BoardModel
    "Channel": "Kanal",
    "Status": "Status",
    "On air now": "İndi efirdə",
    "Next": "Növbəti",
    "Captions · sign": "Subtitr · işarət",
    "this device": "bu cihaz",
    "by %1 at %2": "%1, saat %2",
    "LATE %1 min": "GECİKİR %1 dəq",
    "OVERRUN %1 min": "VAXTI AŞIR %1 dəq",
    "CLASH": "TOQQUŞMA",
    "DO NOT STREAM": "YAYIMLAMAYIN",
    "%1 · pre-roll in %2": "%1 · hazırlığa %2 qalıb",
    "%1 · in pre-roll": "%1 · efirə hazırlıq",
    "CC %1": "Subtitr %1",
    "No captions": "Subtitr yoxdur",
    "Sign: %1": "İşarət: %1",
    "No sign": "İşarət yoxdur",
    "NO CC %1": "SUBTİTR YOX %1",
    "NO SIGN %1": "İŞARƏT YOX %1",
    # --- ChangesPanel
    "Release…": "Dərc et…",
    "Publish the schedule as its next version": "Proqramı növbəti versiya kimi dərc edin",
    "Never released. Every scheduled session is new.": "Heç vaxt dərc edilməyib. Planlaşdırılmış bütün sessiyalar yenidir.",
    "Version %1, released %2.": "Versiya %1, dərc tarixi: %2.",
    "%n change(s) since.": ["O vaxtdan bəri %n dəyişiklik.", "O vaxtdan bəri %n dəyişiklik."],
    "Added": "Əlavə edilib",
    "Removed": "Çıxarılıb",
    "Moved": "Köçürülüb",
    "Edited": "Redaktə edilib",
    # --- ChartTile
    "Export": "İxrac et",
    "Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)": "Bu qrafiki PNG (Ctrl+S) və ya CSV (Ctrl+Shift+S) kimi saxlayın",
    "Save as PNG…": "PNG kimi saxla…",
    "Save as CSV…": "CSV kimi saxla…",
    "PNG image (*.png)": "PNG şəkli (*.png)",
    "CSV table (*.csv)": "CSV cədvəli (*.csv)",
    "Export chart": "Qrafiki ixrac et",
    # --- CheckinWorkspace
    "Scan a badge — the scanner works wherever the cursor is": "Beyci skan edin — skaner kursor harada olsa da işləyir",
    "Entry gate · %1": "Giriş qapısı · %1",
    "zone %1": "zona %1",
    "F10: desk settings": "F10: masa parametrləri",
    "none (PDF files)": "yoxdur (PDF faylları)",
    "Badge pickup · %1 · printer: %2": "Beyc təhvili · %1 · printer: %2",
    "PDF files go to %1": "PDF faylları bura yazılır: %1",
    "Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning": "Ctrl+F adla tap · F2 təkrar çap · F3 geri al · F4 indi çap et · F10 masa parametrləri · Esc skana qayıt",
    "Could not record the scan (%1) — scan again; if it repeats, call a supervisor.": "Skan qeydə alınmadı (%1) — yenidən skan edin; təkrarlansa, nəzarətçini çağırın.",
    "Entries today: %1": "Bu gün girişlər: %1",
    "%1 s per attendee": "İştirakçı başına %1 san",
    "— s per attendee": "İştirakçı başına — san",
    "Today %1 · This hour %2 · %3": "Bu gün %1 · Bu saat %2 · %3",
    "Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.": "Çap edilmədi (glyph_missing): bu masadakı heç bir şrift %1 simvolunu çap edə bilmir. Beyci əllə yazın və nəzarətçiyə bildirin.",
    "Print failed (%1) — fix the printer, then F4 prints again.": "Çap alınmadı (%1) — printeri düzəldin, sonra F4 ilə yenidən çap edin.",
    "Badge %1 sent to %2": "Beyc %1 göndərildi: %2",
    "Badge saved as %1": "Beyc saxlanıldı: %1",
    "Scan or find the person first, then F2.": "Əvvəlcə şəxsi skan edin və ya tapın, sonra F2 basın.",
    "Nothing to undo: scan or find the person first.": "Geri alınacaq heç nə yoxdur: əvvəlcə şəxsi skan edin və ya tapın.",
    "Check-in undone: %1": "Qəbul geri alındı: %1",
    "This desk cannot issue a new badge (no desk signing key): send the person to the help desk.": "Bu masa yeni beyc verə bilməz (masanın imza açarı yoxdur): şəxsi yardım masasına göndərin.",
    "Already printed — use F2 with a reason to reprint.": "Artıq çap edilib — təkrar çap üçün F2 basıb səbəbi göstərin.",
    "This person has no valid badge on this desk.": "Bu masada həmin şəxsin etibarlı beyci yoxdur.",
    "That check-in was already undone.": "Bu qəbul artıq geri alınıb.",
    # --- ConflictText
    "“%1”": "“%1”",
    "speaker %1": "məruzəçi %1",
    "not placed": "yerləşdirilməyib",
    "off the grid": "cədvəldən kənarda",
    "%1, %2": "%1, %2",
    "none that day": "həmin gün yoxdur",
    "Rule “%1” found a problem with %2.": "“%1” qaydası problem aşkarladı: %2.",
    "%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.": "%1 (%2) və %3 (%4) %6 zalında %5 dəq üst-üstə düşür. Onlardan birini köçürün və ya qısaldın.",
    "%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.": "%1, %3 bitdikdən %2 dəq sonra başlayır, lakin %4 zalına %5 dəq keçid vaxtı lazımdır. Onlardan birini köçürün və ya birincini qısaldın.",
    "%1 (%2) is outside the times %3 is available (%4). Move it, or change the room's availability.": "%1 (%2) %3 zalının açıq olduğu vaxtdan (%4) kənardadır. Sessiyanı köçürün və ya zalın iş vaxtını dəyişin.",
    "%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.": "%1 həm %2 (%3), həm də %4 (%5) sessiyasında çıxış edir, onlar isə %6 dəq üst-üstə düşür. Sessiyalardan birini köçürün və ya onun məruzəçilərini dəyişin.",
    "%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.": "%1 bu sessiya zamanı məşğuldur: %2 (%3); boş vaxtı: %4. Sessiyanı köçürün və ya məruzəçi ilə razılaşın.",
    "%1 expects %2 people; %3 seats %4. Move it to a larger room.": "%1 üçün %2 nəfər gözlənilir, %3 zalında isə %4 yer var. Sessiyanı daha böyük zala köçürün.",
    "%1 expected": "%1 nəfər gözlənilir",
    "%1: %2, on air %3 (%4 min before, %5 after)": "%1: %2, efir %3 (%4 dəq əvvəl, %5 dəq sonra)",
    "Marked do-not-stream (closed door)": "“Yayımlanmasın” qeydi var (qapalı iclas)",
    "%1 seats": "%1 yer",
    "%1 min to change over": "Keçid vaxtı: %1 dəq",
    "overlaps %1 by %2 min": "%1 ilə %2 dəq üst-üstə düşür",
    "%1 min from %2; the room needs %3 to change over": "%2 ilə arada %1 dəq var; zala %3 dəq keçid vaxtı lazımdır",
    "%1 is closed then": "%1 həmin vaxt bağlıdır",
    "%1 also speaks in %2": "%1 həm də %2 sessiyasında çıxış edir",
    "%1 is not available then": "%1 həmin vaxt məşğuldur",
    "%1 expected, %2 seats": "%1 nəfər gözlənilir, %2 yer var",
    "overlaps %1 on %2 by %3 min, rolls included": "%2 kanalında %1 ilə %3 dəq üst-üstə düşür (ehtiyat vaxtı daxil)",
    "streamed, but %1 has no stream encoder": "yayımlanır, lakin %1 zalında yayım enkoderi yoxdur",
    "do-not-stream, but planned on %1": "yayımlanmamalıdır, lakin %1 kanalında planlaşdırılıb",
    "its stream on %1 lacks captions or sign language it requires": "%1 kanalındakı yayımda tələb olunan subtitr və ya işarət dili yoxdur",
    "device %1": "cihaz %1",
    "Your move of %1 (%2) lost to %3's move (%4).": "%1 üçün etdiyiniz köçürmə (%2) %3 tərəfindən edilən köçürmə (%4) ilə əvəzləndi.",
    "%1's move of %2 (%3) lost to %4's move (%5).": "%1 tərəfindən %2 üçün edilən köçürmə (%3) %4 tərəfindən edilən köçürmə (%5) ilə əvəzləndi.",
    "added": "əlavə edilib",
    "removed": "çıxarılıb",
    "moved": "köçürülüb",
    "edited": "redaktə edilib",
    "%1 — %2": "%1 — %2",
    "This session no longer exists in this event.": "Bu sessiya artıq bu tədbirdə yoxdur.",
    "This room no longer exists in this event.": "Bu zal artıq bu tədbirdə yoxdur.",
    "The session asks for no length: give its end.": "Sessiyanın müddəti göstərilməyib: bitmə vaxtını daxil edin.",
    "A session ends after it starts and lasts at most 24 hours.": "Sessiya başladıqdan sonra bitməli və ən çoxu 24 saat davam etməlidir.",
    "Place the session in a room and time before scheduling it.": "Planlaşdırmadan əvvəl sessiyanı zala və vaxta yerləşdirin.",
    "Sessions become released only by a release.": "Sessiya “Dərc edilib” statusunu yalnız proqram dərc ediləndə alır.",
    "That status cannot be set by hand.": "Bu statusu əllə təyin etmək olmaz.",
    "No session is placed and scheduled: schedule sessions first.": "Yerləşdirilmiş və planlaşdırılmış sessiya yoxdur: əvvəlcə sessiyaları planlaşdırın.",
    "The schedule is exactly what the last release published.": "Proqram son dərc edilmiş versiya ilə eynidir.",
    "A session holds too much text to be released.": "Sessiyalardan birinin mətni dərc üçün çox uzundur.",
    "Blocking conflicts stand: fix them, or lower their rule's severity, before releasing.": "Bloklayan konfliktlər qalır: dərc etməzdən əvvəl onları aradan qaldırın və ya qaydalarının ciddilik dərəcəsini azaldın.",
    "This device's database cannot be written right now. Try again; if it persists, call the supervisor.": "Bu cihazın verilənlər bazasına hazırda yazmaq mümkün deyil. Yenidən cəhd edin; problem davam etsə, nəzarətçini çağırın.",
    "Refused (%1).": "Rədd edildi (%1).",
    # --- ConflictsPanel
    "Severity": "Ciddilik",
    "All severities": "Bütün dərəcələr",
    "Rule": "Qayda",
    "All rules": "Bütün qaydalar",
    "Moves that lost to another coordinator's move": "Başqa koordinatorun köçürməsi ilə əvəzlənmiş köçürmələr",
    "Re-apply": "Bərpa et",
    "Put the session back where the lost move put it": "Sessiyanı əvəzlənmiş köçürmənin qoyduğu yerə qaytar",
    "Dismiss": "Yox say",
    "Keep the session where it is and mark this resolved": "Sessiyanı olduğu yerdə saxla və bunu həll edilmiş kimi qeyd et",
    "%n conflict(s) block the release": [
        "%n konflikt dərci bloklayır",
        "%n konflikt dərci bloklayır",
    ],
    "%n warning(s)": ["%n xəbərdarlıq", "%n xəbərdarlıq"],
    "%1 · %2": "%1 · %2",
    "Lost placement": "Əvəzlənmiş yerləşdirmə",
    # --- CorrectionForm
    "Given name": "Ad",
    "Family name": "Soyad",
    "Given name (Latin)": "Ad (latınca)",
    "Family name (Latin)": "Soyad (latınca)",
    "e.g. spelling as in the passport": "məs., pasportdakı yazılış",
    "Reason (required)": "Səbəb (məcburi)",
    "Save correction": "Düzəlişi saxla",
    "Cancel": "Ləğv et",
    "Type a given name or a family name.": "Ad və ya soyad yazın.",
    "Say why you correct this record (Reason).": "Bu məlumatları niyə düzəltdiyinizi yazın (Səbəb).",
    # --- DashboardView
    "Desk area": "Masa zonası",
    "Open": "Açıq",
    "Load": "Yüklənmə",
    "Waiting": "Növbədə",
    "Wait now": "İndi gözləmə",
    "Worst, 30 min": "Ən pis, 30 dəq",
    "Why": "Səbəblər",
    "No slow desk, failing printer or silent device found.": "Yavaş masa, nasaz printer və ya susan cihaz tapılmadı.",
    "%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.": "%1: növbədə %2 nəfər, indi gözləmə %3, növbəti %5 dəq ərzində ən pis halda %4.",
    "No desk area is expected to wait over %1 min.": "Heç bir masa zonasında gözləmənin %1 dəqiqədən çox olacağı gözlənilmir.",
    "At %1": "Saat %1",
    "At %1 (the last recorded activity)": "%1 (son qeydə alınan fəaliyyət)",
    "%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible": "%2 masadan %1 açıqdır; şəxs başına %3 san; dəqiqədə %4 nəfərə xidmət (mümkün: %5)",
    "Idle: %1": "Boş: %1",
    "no end": "sonsuz",
    "< 1 min": "< 1 dəq",
    "%1 min": "%1 dəq",
    "Open desks %1.": "Bu masaları açın: %1.",
    "Move %n volunteer(s) from %1.": [
        "%n könüllünü buradan keçirin: %1.",
        "%n könüllünü buradan keçirin: %1.",
    ],
    "Call %n more staff.": ["Daha %n əməkdaş çağırın.", "Daha %n əməkdaş çağırın."],
    "The wait then falls to %1.": "Onda gözləmə vaxtı %1 olacaq.",
    "%1: %2% of prints failed — check the printer": "%1: çap xətası %2% — printeri yoxlayın",
    "%1: scans take %2 ms (most desks %3 ms) — check its scanner": "%1: skan %2 ms çəkir (əksər masalarda %3 ms) — skanerini yoxlayın",
    "%1: %2 s per person (its area %3 s)": "%1: şəxs başına %2 san (zonası üzrə %3 san)",
    "%1: not synced for %2 min — check its network": "%1: %2 dəq sinxronlaşdırılmayıb — şəbəkəsini yoxlayın",
    # --- DecisionCard
    "Ready — scan a badge or find a name": "Hazırdır — beyci skan edin və ya adı tapın",
    "The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings": "Skaner kursor harada olsa da işləyir. Ctrl+F: adla tap · F2: təkrar çap · F3: geri al · F10: masa parametrləri",
    "Check in this person?": "Bu şəxs qəbul edilsin?",
    "Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.": "Enter — qəbul et · Esc — ləğv et. Qeydiyyat kodu %1 beyclə deyil, ad və ya kodla tapılıb: şəkilli şəxsiyyət sənədini yoxlayın.",
    "Already picked up: Enter shows when and where.": "Artıq təhvil alınıb: nə vaxt və harada olduğunu görmək üçün Enter basın.",
    "First pickup: %1 at %2": "İlk təhvil: %1, %2",
    "another desk": "başqa masa",
    "Handed out more than once while desks were offline — tell a supervisor.": "Masalar oflayn olarkən bir neçə dəfə verilib — nəzarətçiyə bildirin.",
    "The scanner types for another keyboard layout (%1 read as US): set it to this desk's layout.": "Skaner başqa klaviatura düzümü ilə yazır (%1 US kimi oxundu): onu bu masanın düzümünə keçirin.",
    "This badge is newer than this desk's copy: decided on the person it names. It can be reprinted here after the next sync.": "Bu beyc masadakı məlumatlardan daha yenidir: qərar beycdə göstərilən şəxsə görə verildi. Növbəti sinxronlaşdırmadan sonra onu burada təkrar çap etmək olar.",
    "⚑ %1 — call the protocol officer": "⚑ %1 — protokol əməkdaşını çağırın",
    "Sign language: %1": "İşarət dili: %1",
    "Access needs: %1": "Əlçatanlıq ehtiyacları: %1",
    "PARTICIPANT": "İŞTİRAKÇI",
    "SPEAKER": "MƏRUZƏÇİ",
    "MEDIA": "MEDİA",
    "VIP / HEAD OF DELEGATION": "VIP / NÜMAYƏNDƏ HEYƏTİNİN RƏHBƏRİ",
    "STAFF": "ƏMƏKDAŞ",
    "VOLUNTEER": "KÖNÜLLÜ",
    "EXHIBITOR": "SƏRGİ İŞTİRAKÇISI",
    "SECURITY": "TƏHLÜKƏSİZLİK",
    "Printing the badge — hand it over.": "Beyc çap edilir — onu təhvil verin.",
    "Badge already printed — hand it over.": "Beyc artıq çap edilib — onu təhvil verin.",
    "Found by name or code: check a photo ID.": "Ad və ya kodla tapılıb: şəkilli şəxsiyyət sənədini yoxlayın.",
    "✔ Admitted": "✔ Qəbul edildi",
    "Check photo ID. A new badge only with a reprint reason (F2).": "Şəkilli şəxsiyyət sənədini yoxlayın. Yeni beyc yalnız təkrar çap səbəbi ilə (F2).",
    "The badge never printed: F4 prints it now.": "Beyc heç çap edilməyib: indi çap etmək üçün F4 basın.",
    "● Already picked up": "● Artıq təhvil alınıb",
    "✘ Refused — badge revoked": "✘ İmtina — beyc ləğv edilib",
    "Reported lost or replaced. Check photo ID; send to the help desk.": "İtmiş və ya əvəzlənmiş kimi bildirilib. Şəkilli şəxsiyyət sənədini yoxlayın; yardım masasına göndərin.",
    "✘ Refused — unknown badge": "✘ İmtina — naməlum beyc",
    "Not known on this desk. Check the sync state, or find the name.": "Bu masada məlum deyil. Sinxronlaşdırma vəziyyətini yoxlayın və ya adı tapın.",
    "✘ Refused — forged or damaged code": "✘ İmtina — saxta və ya zədələnmiş kod",
    "Do not hand out a badge. Call a supervisor.": "Beyc verməyin. Nəzarətçini çağırın.",
    "✘ Refused — badge of another event": "✘ İmtina — başqa tədbirin beyci",
    "Ask for the WUF confirmation, or find the name.": "WUF qeydiyyat təsdiqini istəyin və ya adı tapın.",
    "✘ Not a badge code": "✘ Beyc kodu deyil",
    "Scan the QR code on the confirmation or badge, or find the name.": "Təsdiqdəki və ya beycdəki QR kodu skan edin, ya da adı tapın.",
    "✘ Refused — security hold": "✘ İmtina — təhlükəsizlik bloku",
    "Do not hand out the badge. Call the security supervisor.": "Beyci verməyin. Təhlükəsizlik nəzarətçisini çağırın.",
    # --- DetailPanel
    "Select an attendee to see their details.": "Məlumatlarına baxmaq üçün iştirakçı seçin.",
    "Badge": "Beyc",
    "Corrected": "Düzəldilib",
    "Correct name or category  (Enter)": "Adı və ya kateqoriyanı düzəlt  (Enter)",
    "No note recorded.": "Qeyd yazılmayıb.",
    "⚑ Attention: %1": "⚑ Diqqət: %1",
    "Security hold: send to the supervisor desk.": "Təhlükəsizlik bloku: nəzarətçi masasına göndərin.",
    "None declared": "Bildirilməyib",
    "Not issued yet": "Hələ verilməyib",
    "valid": "etibarlı",
    "revoked": "ləğv edilib",
    "reported lost": "itmiş kimi bildirilib",
    "No. %1 · %2 · issued %3": "№ %1 · %2 · verilib: %3",
    "%1 at %2: %3": "%1, %2: %3",
    "Never": "Heç vaxt",
    "unknown desk": "naməlum masa",
    "Checked in %1 at %2": "Qəbul edilib: %1, %2",
    "%n duplicate pickup(s) flagged for supervisors": [
        "%n təkrar təhvil nəzarətçilər üçün qeyd edilib",
        "%n təkrar təhvil nəzarətçilər üçün qeyd edilib",
    ],
    "%n pickup(s) undone": ["%n təhvil geri alınıb", "%n təhvil geri alınıb"],
    "Only an administrator changes the category": "Kateqoriyanı yalnız administrator dəyişə bilər",
    "Not saved (%1). The record is unchanged.": "Saxlanılmadı (%1). Məlumatlar dəyişməyib.",
    "Not saved: this desk's database cannot be written right now. Try again; if it persists, call the supervisor.": "Saxlanılmadı: bu masanın verilənlər bazasına hazırda yazmaq mümkün deyil. Yenidən cəhd edin; problem davam etsə, nəzarətçini çağırın.",
    "Nothing changed.": "Heç nə dəyişmədi.",
    "Correction saved on this desk; it syncs automatically.": "Düzəliş bu masada saxlanıldı; avtomatik sinxronlaşdırılacaq.",
    # --- DetailsDialog
    "Session details": "Sessiya məlumatları",
    "Type": "Növ",
    "Where": "Yer",
    "Audience": "Auditoriya",
    "Format": "Format",
    "Speakers": "Məruzəçilər",
    "No conflict.": "Konflikt yoxdur.",
    "Conflicts:": "Konfliktlər:",
    "Move to…": "Köçür…",
    "Place…": "Yerləşdir…",
    "Take off the grid": "Cədvəldən çıxar",
    "Close": "Bağla",
    # --- DropPreview
    "Drop here: no conflict.": "Bura buraxın: konflikt yoxdur.",
    "Drop here: %n conflict(s)": ["Bura buraxın: %n konflikt", "Bura buraxın: %n konflikt"],
    "… and %1 more.": "… və daha %1.",
    # --- EnrolmentPanel
    "Enrol this desk": "Masanı serverə qoş",
    "Enrol this desk with the hub": "Bu masanı serverə qoşun",
    "Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.": "Qoşulma QR kodunu barkod skaneri ilə skan edin və ya serverdə `wufops enrol` əmrinin çap etdiyi qoşulma mətnini yapışdırın, sonra Enter düyməsini basın.",
    "Venue CA file (only for wss:// hubs)": "Məkanın CA faylı (yalnız wss:// serverləri üçün)",
    "Browse…": "Gözdən keçir…",
    "Connect": "Qoşul",
    "This desk's data: %1": "Bu masanın məlumatları: %1",
    "Venue CA": "Məkanın CA faylı",
    "PEM files (*.pem)": "PEM faylları (*.pem)",
    "Connecting to the hub…": "Serverə qoşulur…",
    "Downloading the event from the hub (as %1)…": "Tədbir serverdən endirilir (%1 kimi)…",
    "Done — opening the desk.": "Hazırdır — masa açılır.",
    "Paste or scan the enrolment text first.": "Əvvəlcə qoşulma mətnini yapışdırın və ya skan edin.",
    "That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.": "Bu, qoşulma mətni deyil (qoşulma mətni wufops-enrol: ilə başlayır). Qoşulma QR kodunu yenidən skan edin və ya mətni tam yapışdırın.",
    "The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.": "Qoşulma mətni natamamdır. Mətni tam yapışdırın və ya `wufops enrol` ilə yenisini çap edin.",
    "The hub address must start with ws:// or wss://. Print a new enrolment.": "Server ünvanı ws:// və ya wss:// ilə başlamalıdır. Yeni qoşulma mətni çap edin.",
    "Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.": "Serverə çatmaq mümkün deyil. Şəbəkə kabelini və ya Wi-Fi bağlantısını, həmçinin serverin işlədiyini yoxlayın, sonra yenidən cəhd etmək üçün Enter düyməsini basın.",
    "The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.": "Server bu tokeni tanımır. Masanı serverdə yenidən qoşun (`wufops enrol`) və yeni kodu skan edin.",
    "This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).": "Bu qoşulma serverdə ləğv edilib. Yenisini istəyin (`wufops enrol`).",
    "This desk's data belongs to another device. Call IT.": "Bu masanın məlumatları başqa cihaza aiddir. İT xidmətini çağırın.",
    "A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.": "wss:// serveri üçün məkanın CA faylı lazımdır: onu “Gözdən keçir…” ilə seçin, sonra “Qoşul” düyməsini basın.",
    "The hub's certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.": "Serverin sertifikatı qoşulma mətnində göstərilən məkan CA-sı tərəfindən verilməyib. İT xidmətini çağırın; körü-körünə yenidən qoşmayın.",
    "The venue CA file cannot be read: choose it again.": "Məkanın CA faylını oxumaq mümkün deyil: onu yenidən seçin.",
    "This app is older than the hub: install the hub's version.": "Bu tətbiq serverdəkindən köhnədir: serverin versiyasını quraşdırın.",
    "The download took too long. Press Enter to resume it.": "Endirmə çox uzun çəkdi. Davam etdirmək üçün Enter düyməsini basın.",
    "This desk's data folder cannot be written: check the disk.": "Bu masanın məlumat qovluğuna yazmaq mümkün deyil: diski yoxlayın.",
    "Enrolment failed. Press Enter to try again.": "Qoşulma alınmadı. Yenidən cəhd etmək üçün Enter düyməsini basın.",
    "Finishing the current step…": "Cari addım tamamlanır…",
    # --- FindByName
    "No code? Find by name (Ctrl+F)": "Kod yoxdur? Adla tapın (Ctrl+F)",
    "Name, organization or registration code": "Ad, təşkilat və ya qeydiyyat kodu",
    "Type to search %Ln attendee(s)": [
        "%Ln iştirakçı arasında axtarmaq üçün yazın",
        "%Ln iştirakçı arasında axtarmaq üçün yazın",
    ],
    "picked up": "təhvil alınıb",
    "No match": "Nəticə yoxdur",
    "%n more match(es) — type more of the name": [
        "Daha %n nəticə — adın davamını yazın",
        "Daha %n nəticə — adın davamını yazın",
    ],
    "Enter picks the highlighted person": "Enter ilə işarələnmiş şəxsi seçin",
    # --- GateCard
    "SCAN": "SKAN EDİN",
    "Hold the badge QR code under the scanner": "Beycin QR kodunu skanerin altında tutun",
    "ADMIT": "BURAXIN",
    "Already counted — the same badge moments ago": "Artıq sayılıb — eyni beyc bir az əvvəl skan edilib",
    "Valid badge": "Etibarlı beyc",
    "DENY": "BURAXMAYIN",
    "Badge revoked (lost or replaced) — send to the badge desk": "Beyc ləğv edilib (itmiş və ya əvəzlənmiş) — beyc masasına göndərin",
    "Unknown badge — send to the badge desk": "Naməlum beyc — beyc masasına göndərin",
    "Forged or damaged code — call a supervisor": "Saxta və ya zədələnmiş kod — nəzarətçini çağırın",
    "Badge of another event": "Başqa tədbirin beyci",
    "Not a badge code — scan the badge QR code": "Beyc kodu deyil — beycin QR kodunu skan edin",
    "Already used": "Artıq istifadə edilib",
    "Security hold — call a supervisor": "Təhlükəsizlik bloku — nəzarətçini çağırın",
    # --- GatePage
    "Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.": "Giriş qapılarında proqram yoxdur. Sessiyanın harada keçirildiyini koordinatordan və ya qəbul masasından soruşun.",
    # --- GridPainter
    "%n conflict(s)": ["%n konflikt", "%n konflikt"],
    "%n room(s)": ["%n zal", "%n zal"],
    # --- MainWindow
    "WUF Ops": "WUF Ops",
    "%1 · %2 · times in %3": "%1 · %2 · saat qurşağı: %3",
    "%Ln attendee(s)": ["%Ln iştirakçı", "%Ln iştirakçı"],
    "%Ln checked in": ["%Ln qəbul edilib", "%Ln qəbul edilib"],
    # --- MoveDialog
    "Move “%1”": "“%1” sessiyasını köçür",
    "Place “%1”": "“%1” sessiyasını yerləşdir",
    "%1 (%2 seats)": "%1 (%2 yer)",
    "&Room": "&Zal",
    "&Day": "&Gün",
    "&Start – end": "&Başlanğıc – son",
    "Move": "Köçür",
    "Place": "Yerləşdir",
    "ends the next day": "növbəti gün bitir",
    "No conflict there.": "Orada konflikt yoxdur.",
    "This placement would cause:": "Bu yerləşdirmə bunlara səbəb olar:",
    # --- Operations
    "Arrivals per 15 min by category, against the expected curve": "Kateqoriyalar üzrə 15 dəqiqəlik gəlişlər, gözlənilən əyri ilə müqayisədə",
    "Check-ins per desk per hour": "Masalar üzrə saatlıq qəbul sayı",
    "Scan to decision, last hour (ms)": "Skandan qərara qədər, son saat (ms)",
    "Entries per gate zone per hour": "Qapı zonaları üzrə saatlıq girişlər",
    "Badge prints and failures per printer": "Printerlər üzrə beyc çapları və xətalar",
    "Duplicate pickups and conflicts": "Təkrar təhvillər və konfliktlər",
    "Participants": "İştirakçılar",
    "VIP": "VIP",
    "Volunteers": "Könüllülər",
    "Exhibitors": "Sərgi iştirakçıları",
    "Unknown": "Naməlum",
    "Expected": "Gözlənilən",
    "Median": "Median",
    "90th percentile": "90-cı persentil",
    "Printed": "Çap edilib",
    "Failed": "Xəta",
    "Duplicate pickups": "Təkrar təhvillər",
    "Conflicts": "Konfliktlər",
    # --- OperationsWorkspace
    "Refresh": "Yenilə",
    "Device": "Cihaz",
    "Role": "Rol",
    "State": "Vəziyyət",
    "Last seen": "Son görünmə",
    "Newest record": "Ən yeni qeyd",
    "Pending": "Gözləyir",
    "Lag": "Gecikmə",
    "Attendee": "İştirakçı",
    "Registration": "Qeydiyyat",
    "Counted pickup": "Sayılan təhvil",
    "Detected": "Aşkarlanıb",
    "What": "Obyekt",
    "Field": "Sahə",
    "Kept": "Saxlanılan",
    "Overwritten": "Əvəzlənən",
    "Change": "Dəyişiklik",
    "Record": "Qeyd",
    "Reason": "Səbəb",
    "Detail": "Təfərrüat",
    "Dashboard": "İdarə paneli",
    "Devices": "Cihazlar",
    "Rejected changes": "Rədd edilmiş dəyişikliklər",
    "Operations — %1": "Əməliyyatlar — %1",
    "not syncing: %1": "sinxronlaşmır: %1",
    "settings ignored (%1)": "parametrlər nəzərə alınmadı (%1)",
    "Devices (%n not syncing)": ["Cihazlar (%n sinxronlaşmır)", "Cihazlar (%n sinxronlaşmır)"],
    "online": "onlayn",
    "quiet": "səssiz",
    "not syncing": "sinxronlaşmır",
    "never seen": "heç görünməyib",
    "offline": "oflayn",
    "this desk": "bu masa",
    "%1 (this desk)": "%1 (bu masa)",
    "This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them": "Bu masa: öz bağlantısı və serverin hələ təsdiqləmədiyi əməliyyatları; gecikmə onların ən köhnəsinin yaşıdır",
    "As the hub recorded it; lag: how late its recent work arrived": "Serverin qeydə aldığı kimi; gecikmə: son işinin nə qədər gec çatdığı",
    "As replicated to this desk: last seen is the hub's last contact or its newest record here. Only the hub knows other devices' pending ops and lag.": "Bu masadakı surətə görə: son görünmə — serverlə son əlaqəsi və ya buradakı ən yeni qeydi. Digər cihazların gözləyən əməliyyatlarını və gecikməsini yalnız server bilir.",
    "never": "heç vaxt",
    "just now": "indicə",
    "%1 min ago": "%1 dəq əvvəl",
    "%1 s": "%1 san",
    "%1 h": "%1 saat",
    "Wall screen (F11)": "Divar ekranı (F11)",
    "Badge sharing or double queueing: check with the attendee": "Beycin başqasına verilməsi və ya iki dəfə növbəyə durma: iştirakçı ilə dəqiqləşdirin",
    "Devices: %1": "Cihazlar: %1",
    "Duplicate pickups: %1": "Təkrar təhvillər: %1",
    "Conflicts: %1": "Konfliktlər: %1",
    "Rejected changes from this device: %1": "Bu cihazdan rədd edilmiş dəyişikliklər: %1",
    # --- ProgressWindow
    "Preparing the demo event": "Demo tədbir hazırlanır",
    "Creating the demo event": "Demo tədbir yaradılır",
    "%Ln attendee(s) from 182 countries — only on the first run.": [
        "182 ölkədən %Ln iştirakçı — yalnız ilk işəsalmada.",
        "182 ölkədən %Ln iştirakçı — yalnız ilk işəsalmada.",
    ],
    "Cancelling…": "Ləğv edilir…",
    # --- ReleaseDialog
    "Release the schedule": "Proqramı dərc et",
    "Note for this version (optional)": "Bu versiya üçün qeyd (istəyə görə)",
    "Release now": "İndi dərc et",
    "Show in the conflicts panel": "Konfliktlər panelində göstər",
    "The schedule cannot be released: %n conflict(s) block it.": [
        "Proqramı dərc etmək olmur: %n konflikt buna mane olur.",
        "Proqramı dərc etmək olmur: %n konflikt buna mane olur.",
    ],
    "Fix them, or lower their rule's severity, then release.": "Onları aradan qaldırın və ya qaydalarının ciddilik dərəcəsini azaldın, sonra dərc edin.",
    "Release version %1": "Dərc et: versiya %1",
    "%n added": ["%n əlavə edilib", "%n əlavə edilib"],
    "%n moved": ["%n köçürülüb", "%n köçürülüb"],
    "%n edited": ["%n redaktə edilib", "%n redaktə edilib"],
    "%n removed": ["%n çıxarılıb", "%n çıxarılıb"],
    "Since version %1:": "Versiya %1 ilə müqayisədə:",
    "First release:": "İlk dərc:",
    "Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.": "Yerləşdirilmiş və planlaşdırılmış hər sessiya dərcə daxil olur və “Dərc edilib” statusu alır; qaralamalar daxil edilmir. İxrac fayllarında versiya nömrəsi göstərilir.",
    # --- ReprintPanel
    "Reprint the badge — why? (↑/↓ choose, Enter reprints)": "Beyc təkrar çap edilsin — səbəb? (↑/↓ seçin, Enter — çap)",
    "Damaged — same badge number": "Zədələnib — eyni beyc nömrəsi",
    "Lost — the old badge stops working at the gates": "İtib — köhnə beyc qapılarda işləməyəcək",
    "Name corrected — same badge number": "Ad düzəldilib — eyni beyc nömrəsi",
    "Reprint (Enter)": "Təkrar çap et (Enter)",
    # --- RoomsDialog
    "Rooms": "Zallar",
    "Find a room": "Zal tap",
    "Tick the rooms to show; drag to reorder; ★ pins to the top.": "Göstəriləcək zalları işarələyin; sıranı dəyişmək üçün sürüşdürün; ★ zalı yuxarıya bərkidir.",
    "%1 — %2 seats · %3": "%1 — %2 yer · %3",
    "★ Favourite": "★ Sevimli",
    "Pin the selected room to the top of the grid": "Seçilmiş zalı cədvəlin yuxarısına bərkit",
    "Show all": "Hamısını göstər",
    "Show none": "Hamısını gizlət",
    "Favourites only": "Yalnız sevimlilər",
    "Done": "Hazırdır",
    # --- RunPanel
    "Batch run": "Toplu çap",
    "Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.": "Əvvəlcədən çap üçün beyclər ölkəyə, sonra soyada görə sıralanır. Beyci olmayan iştirakçılara beyc verilir. Yazılan hər beyc çap edilmiş sayılır, ona görə masalar təhvil zamanı onu yenidən çap etməyəcək.",
    "No limit": "Limitsiz",
    "Only the first N badges of the selection (empty: all)": "Seçimdən yalnız ilk N beyc (boş: hamısı)",
    "Where to write the PDF": "PDF faylının yazılacağı yer",
    "C&hoose…": "&Seç…",
    "Ca&tegory": "&Kateqoriya",
    "C&ountry": "Ö&lkə",
    "Li&mit": "L&imit",
    "Output &file": "Çıxış &faylı",
    "&Run batch": "Toplu çapı &başlat",
    "Stop the run (Esc); nothing is written": "Çapı dayandır (Esc); heç nə yazılmayacaq",
    "Open fol&der": "&Qovluğu aç",
    "Counting…": "Sayılır…",
    "Could not count the selection": "Seçimi saymaq alınmadı",
    "No attendee matches these filters": "Bu filtrlərə uyğun iştirakçı yoxdur",
    "%Ln badge(s) selected": ["%Ln beyc seçilib", "%Ln beyc seçilib"],
    "%Ln badge(s) written to %1": ["%Ln beyc yazıldı: %1", "%Ln beyc yazıldı: %1"],
    "%Ln page(s)": ["%Ln səhifə", "%Ln səhifə"],
    "%Ln newly issued": ["%Ln beyc yeni verilib", "%Ln beyc yeni verilib"],
    "%Ln character(s) could not be set in any bundled font: check those badges": [
        "%Ln simvol proqramla gələn heç bir şriftdə yoxdur: həmin beycləri yoxlayın",
        "%Ln simvol proqramla gələn heç bir şriftdə yoxdur: həmin beycləri yoxlayın",
    ],
    "Write badges to": "Beyclərin yazılacağı fayl",
    "PDF files (*.pdf)": "PDF faylları (*.pdf)",
    "Starting…": "Başladılır…",
    "Issuing badges: %1": "Beyclər verilir: %1",
    "Writing badges: %1": "Beyclər yazılır: %1",
    "Recording them as printed: %1": "Çap edilmiş kimi qeyd edilir: %1",
    "Cancelled. No file was written and no badge was marked printed.": "Ləğv edildi. Heç bir fayl yazılmadı və heç bir beyc çap edilmiş kimi qeyd edilmədi.",
    "Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.": "%1 faylını yazmaq mümkün deyil. Yazma icazəniz olan qovluq seçin və ya fayl başqa proqramda açıqdırsa, onu bağlayın.",
    "Choose where to write the PDF first.": "Əvvəlcə PDF faylının yazılacağı yeri seçin.",
    "This layout cannot be used: pick another one.": "Bu maketdən istifadə etmək olmur: başqasını seçin.",
    "No attendee matches these filters: change the category, country or limit.": "Bu filtrlərə uyğun iştirakçı yoxdur: kateqoriyanı, ölkəni və ya limiti dəyişin.",
    "This event is not in the database any more.": "Bu tədbir artıq verilənlər bazasında yoxdur.",
    "The database holds several events; open one event.": "Verilənlər bazasında bir neçə tədbir var; yalnız bir tədbiri açın.",
    "Two attendees share a badge reference; ask the hub operator to fix it before printing.": "İki iştirakçının beyc istinadı eynidir; çapdan əvvəl server operatorundan bunu düzəltməsini xahiş edin.",
    "This device has used up its badge serial numbers: sync with the hub.": "Bu cihazın beyc seriya nömrələri bitib: serverlə sinxronlaşdırın.",
    "This device has no badge serial numbers yet: sync with the hub.": "Bu cihazın hələ beyc seriya nömrələri yoxdur: serverlə sinxronlaşdırın.",
    "Could not open the event database.": "Tədbirin verilənlər bazasını açmaq alınmadı.",
    "The run stopped with an error (%1).": "Toplu çap xəta ilə dayandı (%1).",
    # --- ScheduleEditor
    "Not changed: %1": "Dəyişdirilmədi: %1",
    "%n conflict(s):": ["%n konflikt:", "%n konflikt:"],
    "Moved “%1” to %2.": "“%1” köçürüldü: %2.",
    "Placed “%1” in %2.": "“%1” yerləşdirildi: %2.",
    "Took “%1” off the grid.": "“%1” cədvəldən çıxarıldı.",
    "“%1”: %2.": "“%1”: %2.",
    "Undone: %1": "Geri alındı: %1",
    "Redone: %1": "Təkrarlandı: %1",
    # --- ScheduleGrid
    "Schedule grid": "Proqram cədvəli",
    # --- ScheduleStyle
    "Plenary": "Plenar iclas",
    "Assembly": "Assambleya",
    "Dialogue": "Dialoq",
    "Roundtable": "Dəyirmi masa",
    "Side event": "Yan tədbir",
    "Networking": "Şəbəkələşmə",
    "Training": "Təlim",
    "PL": "PL",
    "AS": "AS",
    "DI": "DL",
    "RT": "DM",
    "SE": "YT",
    "NW": "ŞB",
    "TR": "TL",
    "Draft": "Qaralama",
    "Scheduled": "Planlaşdırılıb",
    "Released": "Dərc edilib",
    "Cancelled": "Ləğv edilib",
    "Blocks release": "Dərci bloklayır",
    "Warning": "Xəbərdarlıq",
    "Off": "Söndürülüb",
    "Room overlap": "Zal toqquşması",
    "Room unavailable": "Zal bağlıdır",
    "Speaker double-booked": "Məruzəçi iki yerdə",
    "Speaker unavailable": "Məruzəçi məşğuldur",
    "Over capacity": "Tutum aşılıb",
    "Channel overlap": "Kanal toqquşması",
    "No stream encoder": "Enkoder yoxdur",
    "Streamed, do-not-stream": "Yayım qadağası pozulur",
    "Captions or sign not streamed": "Subtitr/işarət dili yayımda yoxdur",
    "In person": "Əyani",
    "Hybrid": "Hibrid",
    "Online": "Onlayn",
    # --- ScheduleToolbar
    "Find a session (Ctrl+F)": "Sessiya tap (Ctrl+F)",
    "Filter rooms": "Zalları filtrlə",
    "Rooms…": "Zallar…",
    "Choose, pin and order the rooms shown": "Göstərilən zalları seçin, bərkidin və sıralayın",
    "Order of the rooms": "Zalların sırası",
    "By name": "Ada görə",
    "By floor": "Mərtəbəyə görə",
    "By capacity": "Tutuma görə",
    "My order": "Mənim sıram",
    "Channels": "Kanallar",
    "Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)": "Zalların üstündə yayım kanallarının zolaqları: göstər və ya gizlət (Ctrl+Shift+L)",
    "Compact": "Yığcam",
    "Lower rows: more rooms on the screen": "Alçaq sətirlər: ekranda daha çox zal",
    "Show cancelled": "Ləğv edilənlər",
    "Show cancelled sessions (greyed and struck through)": "Ləğv edilmiş sessiyaları göstər (boz və üstündən xətt çəkilmiş)",
    "Zoom out (Ctrl+−)": "Kiçilt (Ctrl+−)",
    "Zoom in (Ctrl++)": "Böyüt (Ctrl++)",
    "Undo": "Geri al",
    "Redo": "Təkrarla",
    "Room, day and time of the selected session (Ctrl+M)": "Seçilmiş sessiyanın zalı, günü və vaxtı (Ctrl+M)",
    # --- ScheduleWorkspace
    "Release": "Dərc",
    "Read only: this device's role (%1) can look sessions up; only coordinators change the schedule.": "Yalnız baxış: bu cihazın rolu (%1) sessiyalara baxmağa imkan verir; proqramı yalnız koordinatorlar dəyişir.",
    "check-in desk": "qəbul masası",
    "entry gate": "giriş qapısı",
    "coordinator": "koordinator",
    "administrator": "administrator",
    "Channel lanes shown.": "Kanal zolaqları göstərilir.",
    "Channel lanes hidden.": "Kanal zolaqları gizlədildi.",
    "Show channel lanes": "Kanal zolaqlarını göstər",
    "No stream channels in this event": "Bu tədbirdə yayım kanalı yoxdur",
    "To place (%1)": "Yerləşdiriləcək (%1)",
    "Conflicts (%1)": "Konfliktlər (%1)",
    "%n found": ["%n tapıldı", "%n tapıldı"],
    "Select a session for its details (Enter). Ctrl+F finds a session.": "Təfərrüatlara baxmaq üçün sessiya seçin (Enter). Ctrl+F ilə sessiya tapın.",
    "Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…": "Sürüşdür: köçür · kənarı: ölçünü dəyiş · Ctrl+oxlar: köçür · Delete: cədvəldən çıxar · Enter: təfərrüatlar · Ctrl+M: Köçür…",
    "Undo: %1 (Ctrl+Z)": "Geri al: %1 (Ctrl+Z)",
    "Nothing to undo": "Geri alınacaq heç nə yoxdur",
    "Redo: %1 (Ctrl+Shift+Z)": "Təkrarla: %1 (Ctrl+Shift+Z)",
    "Nothing to redo": "Təkrarlanacaq heç nə yoxdur",
    "Released version %1.": "Versiya %1 dərc edildi.",
    "Details…": "Təfərrüatlar…",
    # --- SettingsPanel
    "Desk settings": "Masa parametrləri",
    "Badge pickup": "Beyc təhvili",
    "Entry gate": "Giriş qapısı",
    " s": " san",
    "off": "yox",
    "The same badge again at this gate within this time counts one entry": "Bu müddət ərzində eyni beyc bu qapıda təkrar skan edilərsə, bir giriş sayılır",
    "Sound per outcome": "Hər nəticə üçün səs",
    "Desk or gate name": "Masanın və ya qapının adı",
    "Mode": "Rejim",
    "Printer": "Printer",
    "PDF folder (no printer)": "PDF qovluğu (printersiz)",
    "Badge stock (layout)": "Beyc blankı (maket)",
    "Gate zone": "Qapı zonası",
    "Gate: same badge again within": "Qapı: eyni beycin təkrar intervalı",
    "Save (Enter)": "Saxla (Enter)",
    "No printer — save PDF files": "Printer yoxdur — PDF faylları saxla",
    "%1 (not found)": "%1 (tapılmadı)",
    # --- StatusCommand
    "Set status of “%1”": "“%1” üçün status təyini",
    # --- StreamTexts
    "PLANNED": "PLANDA",
    "TESTING": "TEST",
    "LIVE": "CANLI",
    "COMPLETE": "BİTİB",
    "OFF AIR": "EFİRDƏ DEYİL",
    "IS": "IS",
    "%1: “%2” was taken off the plan.": "%1: “%2” plandan çıxarıldı.",
    "%1: nothing is planned on this channel.": "%1: bu kanalda heç nə planlaşdırılmayıb.",
    "This device may not change stream statuses: only coordinator and admin devices may.": "Bu cihaz yayım statuslarını dəyişə bilməz: bunu yalnız koordinator və administrator cihazları edə bilər.",
    "%1: the status was not changed (%2).": "%1: status dəyişdirilmədi (%2).",
    "Press T to test or L to go live.": "Test üçün T, canlı efirə çıxmaq üçün L basın.",
    "Press L to go live or P to go back to planned.": "Canlı efirə çıxmaq üçün L, plana qaytarmaq üçün P basın.",
    "Press C when it is over.": "Bitəndə C basın.",
    "Press L to put it back on air.": "Yenidən efirə qaytarmaq üçün L basın.",
    "%1: “%2” is already planned.": "%1: “%2” artıq plandadır.",
    "%1: “%2” is already in testing.": "%1: “%2” artıq test edilir.",
    "%1: “%2” is already live.": "%1: “%2” artıq canlı efirdədir.",
    "%1: “%2” is already complete.": "%1: “%2” artıq bitib.",
    "%1: “%2” already has that status.": "%1: “%2” artıq bu statusdadır.",
    "%1: “%2” is planned — it cannot go to complete.": "%1: “%2” plandadır — “bitib” statusuna keçə bilməz.",
    "%1: “%2” is in testing — it cannot go to complete.": "%1: “%2” test edilir — “bitib” statusuna keçə bilməz.",
    "%1: “%2” is live — it cannot go back to planned.": "%1: “%2” canlı efirdədir — plana qayıda bilməz.",
    "%1: “%2” is live — it cannot go back to testing.": "%1: “%2” canlı efirdədir — testə qayıda bilməz.",
    "%1: “%2” is complete — it cannot go back to planned.": "%1: “%2” bitib — plana qayıda bilməz.",
    "%1: “%2” is complete — it cannot go back to testing.": "%1: “%2” bitib — testə qayıda bilməz.",
    "%1: “%2” cannot take that status now.": "%1: “%2” indi bu statusa keçə bilməz.",
    "%1: “%2” is now PLANNED.": "%1: “%2” — yeni status: PLANDA.",
    "%1: “%2” is now TESTING.": "%1: “%2” — yeni status: TEST.",
    "%1: “%2” is now LIVE.": "%1: “%2” — yeni status: CANLI.",
    "%1: “%2” is now COMPLETE.": "%1: “%2” — yeni status: BİTİB.",
    "%1: “%2” has a new status.": "%1: “%2” — status dəyişdi.",
    "“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.": "“%1” və “%2” eyni kanalı tələb edir (%3): ehtiyat vaxtları ilə birlikdə %4 dəq üst-üstə düşürlər. Birini başqa kanala keçirin və ya onun ehtiyat vaxtını qısaldın.",
    "“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.": "“%1” yayım üçün planlaşdırılıb, lakin %2 zalında yayım enkoderi yoxdur. Sessiyanı enkoderi olan zala köçürün və ya yayımını plandan çıxarın.",
    "“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.": "“%1” üçün “Yayımlanmasın” qeydi var, lakin o, %2 kanalında planlaşdırılıb. Yayımı plandan çıxarın və ya yayımlanmasına icazə varsa, “Yayımlanmasın” qeydini götürün.",
    "“%1” requires captions in %2, which its stream on %3 does not carry.": "“%1” üçün subtitr tələb olunur (%2), lakin %3 kanalındakı yayımda yoxdur.",
    "“%1” requires sign language %2, which its stream on %3 does not carry.": "“%1” üçün işarət dili tələb olunur (%2), lakin %3 kanalındakı yayımda yoxdur.",
    # --- StreamsWorkspace
    "Live board": "Efir lövhəsi",
    "↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen": "↑ ↓ və ya 1–8: kanal · T test · L canlı · C bitib · P planda · F11 divar ekranı",
    "Choose a channel, then T, L, C or P to change its status.": "Kanal seçin, sonra statusunu dəyişmək üçün T, L, C və ya P basın.",
    # --- SyncStatusWidget
    "● Standalone": "● Avtonom",
    "This desk is not connected to a hub": "Bu masa serverə qoşulmayıb",
    "Syncing…": "Sinxronlaşdırılır…",
    "Connecting…": "Qoşulur…",
    "Offline — working locally": "Oflayn — lokal işləyir",
    "Sync stopped": "Sinxronlaşdırma dayandı",
    "%n pending": ["%n gözləyir", "%n gözləyir"],
    "%n rejected": ["%n rədd edilib", "%n rədd edilib"],
    "%n refused: this desk's clock was wrong": [
        "%n rədd edilib: bu masanın saatı səhv idi",
        "%n rədd edilib: bu masanın saatı səhv idi",
    ],
    "last sync %1": "son sinxronlaşdırma: %1",
    "never synced": "heç sinxronlaşdırılmayıb",
    "hub clock %1 s": "server saatı %1 san",
    "Device %1 (%2)": "Cihaz %1 (%2)",
    "Badge signing key %1 certified by the hub": "Beyc imza açarı %1 server tərəfindən sertifikatlaşdırılıb",
    "The hub did not certify this desk's badge key (%1): lost-badge reprints need the hub until it does": "Server bu masanın beyc açarını sertifikatlaşdırmayıb (%1): o vaxtadək itmiş beyclərin təkrar çapı üçün server lazımdır",
    "This computer's clock is %1 s off the hub's: the desk uses the hub's time": "Bu kompüterin saatı serverin saatından %1 san fərqlənir: masa serverin vaxtından istifadə edir",
    "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor": [
        "Server səhv saatla qeyd edilmiş %n əməliyyatı rədd etdi (clock_skew): onlar bu masada saxlanılır — nəzarətçiyə bildirin",
        "Server səhv saatla qeyd edilmiş %n əməliyyatı rədd etdi (clock_skew): onlar bu masada saxlanılır — nəzarətçiyə bildirin",
    ],
    "Last problem: %1": "Son problem: %1",
    "the hub cannot be reached; retrying": "serverə çatmaq mümkün deyil; yenidən cəhd edilir",
    "the hub refused this device's token: enrol it again": "server bu cihazın tokenini rədd etdi: cihazı yenidən qoşun",
    "this device has been revoked by a supervisor": "bu cihazın girişi nəzarətçi tərəfindən ləğv edilib",
    "this data belongs to another enrolled device: call IT": "bu məlumatlar qoşulmuş başqa cihaza aiddir: İT xidmətini çağırın",
    "this app is older than the hub: upgrade it": "bu tətbiq serverdəkindən köhnədir: onu yeniləyin",
    "the hub's certificate is not the venue's: call IT": "serverin sertifikatı məkana aid deyil: İT xidmətini çağırın",
    "some changes from the hub could not be applied here": "serverdən gələn bəzi dəyişiklikləri burada tətbiq etmək mümkün olmadı",
    "this replica differed from the hub and was reloaded": "bu surət serverdəkindən fərqlənirdi və yenidən yükləndi",
    "an unexpected sync error; retrying (see the log)": "gözlənilməz sinxronlaşdırma xətası; yenidən cəhd edilir (jurnala baxın)",
    "the hub holds too many connections from this device at once (is the app open twice?); retrying later": "serverdə bu cihazdan eyni vaxtda həddən çox bağlantı var (tətbiq iki dəfə açılıb?); sonra yenidən cəhd ediləcək",
    "the hub asked this desk to slow down; retrying shortly": "server bu masadan sorğuları yavaşlatmağı xahiş etdi; tezliklə yenidən cəhd ediləcək",
    "too many refused connections from this network address; retrying later": "bu şəbəkə ünvanından həddən çox bağlantı rədd edilib; sonra yenidən cəhd ediləcək",
    "the hub is busy; retrying shortly": "server məşğuldur; tezliklə yenidən cəhd ediləcək",
    "this device has synced too many copies of its data: call IT to re-enrol it": "bu cihaz öz məlumatlarının həddən çox surətini sinxronlaşdırıb: yenidən qoşmaq üçün İT xidmətini çağırın",
    "the hub failed on a request; retrying (see its log)": "server sorğunu emal edə bilmədi; yenidən cəhd edilir (server jurnalına baxın)",
    # --- UndoPanel
    "Undo this check-in — why?": "Bu qəbul geri alınsın — səbəb?",
    "e.g. scanned the wrong badge": "məs., səhv beyc skan edilib",
    "Undo check-in (Enter)": "Qəbulu geri al (Enter)",
    "Type a reason first.": "Əvvəlcə səbəbi yazın.",
    # --- UnscheduledPanel
    "Search sessions to place": "Yerləşdiriləcək sessiyaları axtar",
    "Choose a room and time for the selected session (Enter)": "Seçilmiş sessiya üçün zal və vaxt seçin (Enter)",
    "Drag a session onto the grid, or select it and press Enter.": "Sessiyanı cədvələ sürüşdürün və ya seçib Enter düyməsini basın.",
    "Sessions not placed yet.": "Hələ yerləşdirilməmiş sessiyalar.",
    "%n session(s) to place": ["Yerləşdiriləcək %n sessiya", "Yerləşdiriləcək %n sessiya"],
    "%1 of %2 shown": "Göstərilir: %1 / %2",
    # --- Workspaces
    "Attendees": "İştirakçılar",
    "Operations": "Əməliyyatlar",
    "Badges": "Beyclər",
    "Schedule": "Proqram",
    "Streams": "Yayımlar",
    # --- _Panel
    "Cancel (Esc)": "Ləğv et (Esc)",
    # --- _SetupWindow
    "Preparing the demo hub": "Demo server hazırlanır",
    "Issuing a signed badge for every attendee…": "Hər iştirakçı üçün imzalı beyc verilir…",
    "Issuing signed badges: %1 of %2": "İmzalı beyclər verilir: %1 / %2",
    "Starting the hub and loading the event on this desk…": "Server işə salınır və tədbir bu masaya yüklənir…",
}

BY_CONTEXT: dict[tuple[str, str], str | list[str]] = {
    ("Operations", "Staff"): "Əməkdaşlar",
}

# -- delta: the language picker at the foot of the rail (ui/main_window.py) --
TABLE.update(
    {
        "Language": "Dil",
        "Language of this desk": "Bu masanın dili",
    }
)

# -- delta: clearer English sources (main, 5675947 and 4ac435f); adapted from the
# translations of the texts they replace --
TABLE.update(
    {
        "%1 min after %2; the room needs %3 min to change over": "%2 bitəndən %1 dəq sonra; zala %3 "
        "dəq keçid vaxtı lazımdır",
        "%1 min before %2; the room needs %3 min to change over": "%2 başlamazdan %1 dəq əvvəl; zala "
        "%3 dəq keçid vaxtı lazımdır",
        "This session has no default length: give its end time.": "Bu sessiyanın standart müddəti "
        "yoxdur: bitmə vaxtını daxil edin.",
        "A session becomes released only when a release publishes it.": "Sessiya “Dərc edilib” "
        "statusunu yalnız proqramın "
        "dərc edilən versiyasına "
        "daxil olanda alır.",
        "Say why you are correcting this record.": "Bu qeydi nə üçün düzəltdiyinizi yazın.",
        "Open these desks: %1.": "Bu masaları açın: %1.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "Bu "
        "beyc "
        "masanın "
        "son "
        "sinxronizasiyasından "
        "sonra "
        "verilib: "
        "beycdə "
        "göstərilən "
        "şəxsə "
        "görə "
        "yoxlanılıb. "
        "Növbəti "
        "sinxronizasiyadan "
        "sonra "
        "burada "
        "təkrar "
        "çap "
        "edilə "
        "bilər.",
        "Correct name or category (Enter)": "Adı və ya kateqoriyanı düzəlt (Enter)",
        "%n change(s) since then.": [
            "O vaxtdan bəri %n dəyişiklik.",
            "O vaxtdan bəri %n dəyişiklik.",
        ],
        "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": "%1 üçün %2 nəfər "
        "gözlənilir, %3 zalında "
        "isə %4 yer var. "
        "Sessiyanı daha böyük "
        "zala köçürün.",
    }
)

# -- imported from delta_az.py --
TABLE.update(
    {
        "International Sign": "Beynəlxalq işarət dili",
        "Turkish Sign Language": "Türk işarət dili",
        "Russian Sign Language": "Rus işarət dili",
        "American Sign Language": "Amerika işarət dili",
        "British Sign Language": "Britaniya işarət dili",
        "English": "İngilis dili",
        "French": "Fransız dili",
        "Spanish": "İspan dili",
        "Russian": "Rus dili",
        "Azerbaijani": "Azərbaycan dili",
        "Captions in %1": "Subtitr (%1)",
        "required": "məcburi",
        "advised": "tövsiyə olunan",
        "✓ Covered": "✓ Təmin olunub",
        "◐ Partly covered": "◐ Qismən təmin olunub",
        "✗ Not covered": "✗ Təmin olunmayıb",
        "%1/%2": "%1/%2",
        "%n min": ["%n dəq", "%n dəq"],
        "%n h": ["%n saat", "%n saat"],
        "%1 h %2 min": "%1 saat %2 dəq",
        "Does not work in this language.": "Bu dildə işləmir.",
        "Not WFD-WASLI accredited, which a high-level session needs for International Sign.": "WFD-WASLI "
        "akkreditasiyası "
        "yoxdur, "
        "yüksək "
        "səviyyəli "
        "sessiyada "
        "isə "
        "Beynəlxalq "
        "işarət "
        "dili "
        "üçün "
        "bu "
        "tələb "
        "olunur.",
        "Declared no availability.": "Heç bir boş vaxt bildirməyib.",
        "Not available then (arrival included).": "Həmin vaxt məşğuldur (gəliş vaxtı nəzərə "
        "alınmaqla).",
        "Absent then.": "Həmin vaxt işdə deyil.",
        "Already working at an overlapping session.": "Vaxtı üst-üstə düşən sessiyada artıq işləyir.",
        "No time to travel from or to another room.": "Başqa zala getməyə və ya oradan gəlməyə vaxt "
        "yoxdur.",
        "Would pass the day's cap.": "Gündəlik limiti aşardı.",
        "Would work too long without a rest.": "Fasiləsiz həddən artıq uzun işləyərdi.",
        "Deaf interpreter: needs a hearing feed interpreter.": "Kar tərcüməçi: eşidən ötürücü "
        "tərcüməçi lazımdır.",
        "The slot is locked.": "Slot kilidlidir.",
        "Fits. Works %1 that day so far.": "Uyğundur. Həmin gün hələlik iş yükü: %1.",
        "Fits with a hearing feed interpreter. Works %1 that day so far.": "Eşidən ötürücü tərcüməçi "
        "ilə uyğundur. Həmin gün "
        "hələlik iş yükü: %1.",
        "%1 is assigned to %2 at “%3”.": "%1 təyin olundu: “%3”, %2.",
        "%1 is assigned to %2 at “%3”, although they do not fit:": "%1 təyin olundu (“%3”, %2), lakin "
        "uyğun deyil:",
        "%1 at “%2” is open again.": "“%2”: %1 yenidən boşdur.",
        "%1 at “%2” is locked: every later solve keeps it.": "“%2”: %1 kilidləndi — sonrakı "
        "hesablamalar onu dəyişməyəcək.",
        "%1 at “%2” is unlocked: a solve may change it.": "“%2”: %1 artıq kilidli deyil — hesablama "
        "onu dəyişə bilər.",
        "This device may not change assignments: only coordinator and admin devices may.": "Bu cihaz "
        "təyinatları "
        "dəyişə "
        "bilməz: "
        "bunu "
        "yalnız "
        "koordinator "
        "və "
        "administrator "
        "cihazları "
        "edə "
        "bilər.",
        "The slot is locked. Unlock it (L) before changing it.": "Slot kilidlidir. Dəyişməzdən əvvəl "
        "kilidi açın (L).",
        "This slot is no longer needed: the session changed.": "Bu slot artıq lazım deyil: sessiya "
        "dəyişib.",
        "This provider is no longer in the event.": "Bu mütəxəssis artıq tədbirdə yoxdur.",
        "Interpreters take sign-language slots and captioners take caption slots.": "İşarət dili "
        "slotlarına "
        "tərcüməçilər, "
        "subtitr "
        "slotlarına isə "
        "subtitr "
        "operatorları "
        "təyin olunur.",
        "A provider cannot feed themselves.": "Mütəxəssis özü özünə ötürücü ola bilməz.",
        "Some of these slots changed since the solve started. Solve again.": "Hesablama başlayandan "
        "bəri bu slotlardan "
        "bəziləri dəyişib. "
        "Yenidən hesablayın.",
        "The change was not made (%1).": "Dəyişiklik edilmədi (%1).",
        "%1, slot %2": "%1, slot %2",
        "The proposal changes %n slot(s).": [
            "Təklif %n slotu dəyişir.",
            "Təklif %n slotu dəyişir.",
        ],
        "Required units filled: %1 of %2. Advised units filled: %3 of %4.": "Məcburi vahidlər: %1 / "
        "%2 təmin olunub. Tövsiyə "
        "olunan vahidlər: %3 / %4 "
        "təmin olunub.",
        "Largest load of one provider: %1 on one day, %2 over the whole event.": "Bir mütəxəssisin ən "
        "böyük iş yükü: bir "
        "gündə %1, bütün "
        "tədbir boyu %2.",
        "Stopped: this is the best plan found before the stop.": "Dayandırıldı: bu, dayanmadan əvvəl "
        "tapılan ən yaxşı plandır.",
        "A quick plan (the optimiser did not run to the end).": "Sürətli plan (optimallaşdırma sona "
        "qədər aparılmadı).",
        "The best plan: no plan covers more.": "Ən yaxşı plan: heç bir plan daha çox vahidi təmin "
        "etmir.",
        "A good plan found within the time limit.": "Vaxt limiti daxilində yaxşı plan tapıldı.",
        "Accepted: %n slot(s) changed.": [
            "Təsdiqləndi: %n slot dəyişdi.",
            "Təsdiqləndi: %n slot dəyişdi.",
        ],
        "Access services": "Əlçatanlıq xidmətləri",
        "&Solve": "He&sabla",
        "%v of %m required": "%v / %m məcburi",
        "Drag a provider onto a slot to assign them.": "Mütəxəssisi təyin etmək üçün onu slotun "
        "üzərinə sürüşdürün.",
        "Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.": "Mavi: "
        "işarət "
        "dili; "
        "bənövşəyi: "
        "subtitr; "
        "açıq "
        "ton: "
        "kar "
        "tərcüməçi "
        "üçün "
        "ötürücü; "
        "⚑ "
        "və "
        "qalın "
        "çərçivə: "
        "kilidli; "
        "zolaqlar: "
        "zallar "
        "arası "
        "yol "
        "(çox "
        "qısa "
        "olanda "
        "qırmızı); "
        "qırmızı "
        "alt "
        "xətt: "
        "fasiləsiz "
        "çox "
        "uzun "
        "iş. "
        "Saatlar: "
        "07:00–21:00.",
        "Coverage": "Təminat",
        "Providers": "Mütəxəssislər",
        "Unmet demand": "Təmin olunmayan tələbat",
        "Proposal": "Təklif",
        "Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve": "Enter: "
        "təyin "
        "et "
        "· "
        "Delete: "
        "boşalt "
        "· "
        "L: "
        "kilidlə "
        "və "
        "ya "
        "kilidi "
        "aç "
        "· "
        "mütəxəssisi "
        "slotun "
        "üzərinə "
        "sürüşdür "
        "· "
        "Ctrl+PgUp "
        "/ "
        "Ctrl+PgDown: "
        "gün "
        "· "
        "Alt+S: "
        "hesabla "
        "· "
        "Esc: "
        "hesablamanı "
        "dayandır",
        "Choose a session, then a slot: Enter assigns, L locks.": "Sessiya, sonra slot seçin: Enter — "
        "təyin et, L — kilidlə.",
        "Read only: this device's role cannot change assignments; only coordinators do.": "Yalnız "
        "baxış: bu "
        "cihazın "
        "rolu "
        "təyinatları "
        "dəyişməyə "
        "imkan "
        "vermir; "
        "bunu "
        "yalnız "
        "koordinatorlar "
        "edir.",
        "Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.": "Önizləmə: "
        "cədvəl "
        "təklif "
        "təsdiqlənərsə "
        "alınacaq "
        "planı "
        "göstərir. "
        "Slotları "
        "əllə "
        "dəyişməzdən "
        "əvvəl "
        "təklifi "
        "təsdiqləyin "
        "və "
        "ya "
        "rədd "
        "edin "
        "(“Təklif” "
        "bölməsi).",
        "Choose a session to see its slots.": "Slotlarına baxmaq üçün sessiya seçin.",
        "“%1” — %2, %3. %4.": "“%1” — %2, %3. %4.",
        "Accept or discard the proposal first (Proposal tab).": "Əvvəlcə təklifi təsdiqləyin və ya "
        "rədd edin (“Təklif” bölməsi).",
        "Who takes %1 at “%2”?": "“%2”: %1 — kim təyin olunsun?",
        "Solving… Esc stops it and keeps the best plan found so far.": "Hesablanır… Esc hesablamanı "
        "dayandırır və indiyədək "
        "tapılan ən yaxşı planı "
        "saxlayır.",
        "A first plan is made.": "İlkin plan quruldu.",
        "Covering as many units as possible…": "Mümkün qədər çox vahid təmin edilir…",
        "Evening out the loads…": "İş yükü bərabərləşdirilir…",
        "Finishing…": "Tamamlanır…",
        "Stopping the solve…": "Hesablama dayandırılır…",
        "The solve found nothing to change.": "Hesablama dəyişiləcək heç nə tapmadı.",
        "The solve failed: %1": "Hesablama alınmadı: %1",
        "The proposal was discarded; nothing changed.": "Təklif rədd edildi; heç nə dəyişmədi.",
        "Session": "Sessiya",
        "Slot": "Slot",
        "Now": "İndi",
        "Proposed": "Təklif olunan",
        "— open —": "— boş —",
        "%1 with feed %2": "%1, ötürücü: %2",
        "Time": "Vaxt",
        "Room": "Zal",
        "Services filled": "Təmin olunan xidmətlər",
        "%1: %2 of %3 units filled (%4 required).": "%1: %2 / %3 vahid təmin olunub (%4 məcburi).",
        "Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.": "Giriş "
        "qapılarında "
        "əlçatanlıq "
        "planı "
        "yoxdur. "
        "Sessiyada "
        "kimin "
        "tərcümə "
        "etdiyini "
        "və "
        "ya "
        "subtitr "
        "hazırladığını "
        "əlçatanlıq "
        "xidmətləri "
        "koordinatorundan "
        "soruşun.",
        "Assign a provider": "Mütəxəssis təyin et",
        "Type to find a provider by name": "Mütəxəssisi adla tapmaq üçün yazın",
        "Type a name · ↑ ↓ choose · Enter assign · Esc close": "Ad yaz · ↑ ↓ seç · Enter təyin et · "
        "Esc bağla",
        "Assign": "Təyin et",
        "◆ %1 — %2": "◆ %1 — %2",
        "✓ %1 — %2": "✓ %1 — %2",
        "✗ %1 — %2": "✗ %1 — %2",
        "Choose the hearing interpreter who feeds %1 in this slot.": "Bu slotda %1 üçün ötürücü "
        "olacaq eşidən tərcüməçini "
        "seçin.",
        "Run a solve to see a proposal here.": "Təklifi burada görmək üçün hesablamanı başladın.",
        "&Accept the proposal": "Təklifi &təsdiqlə",
        "&Discard it": "&Rədd et",
        "The coverage grid shows the plan as the proposal would leave it.": "Təminat cədvəli təklif "
        "təsdiqlənərsə alınacaq "
        "planı göstərir.",
        "Provider": "Mütəxəssis",
        "Load that day": "Günlük iş yükü",
        "Day": "Gün",
        "captioner": "subtitr operatoru",
        "Deaf interpreter": "kar tərcüməçi",
        "interpreter": "tərcüməçi",
        "Travel to another room: %n min.": ["Başqa zala yol: %n dəq.", "Başqa zala yol: %n dəq."],
        "%1 in %2: %3, %4 (feeding the Deaf interpreter).": "%1, %2: %3, %4 (kar tərcüməçi üçün "
        "ötürücü).",
        "%1 in %2: %3, %4.": "%1, %2: %3, %4.",
        "%1 Locked.": "%1 Kilidli.",
        "Not working": "İşləmir",
        "%n assignment(s)": ["%n təyinat", "%n təyinat"],
        "Assigned": "Təyin olunan",
        "Lock": "Kilid",
        "⚠ %1 (does not count: see the rules)": "⚠ %1 (sayılmır: qaydalara baxın)",
        "⚑ Locked": "⚑ Kilidli",
        "Assign… (Enter)": "Təyin et… (Enter)",
        "Clear (Delete)": "Boşalt (Delete)",
        "Lock or unlock (L)": "Kilidlə / kilidi aç (L)",
        "No provider has this language (or the accreditation it needs).": "Bu dildə (və ya tələb "
        "olunan akkreditasiya ilə) "
        "işləyən mütəxəssis yoxdur.",
        "Nobody with this language declared they can work then, or they are absent.": "Bu dili "
        "bilənlərdən "
        "heç kim həmin "
        "vaxt işləyə "
        "biləcəyini "
        "bildirməyib və "
        "ya onlar həmin "
        "vaxt işdə "
        "deyil.",
        "Everyone who could is already working at that time.": "Bunu edə biləcək hər kəs həmin vaxt "
        "artıq işləyir.",
        "Those free then have reached their day's cap or need a rest.": "Həmin vaxt boş olanlar "
        "gündəlik limitə çatıb və ya "
        "fasiləyə ehtiyacı var.",
        "%1 (WFD-WASLI accredited)": "%1 (WFD-WASLI akkreditasiyalı)",
        "%n more provider(s) of %1 on the morning of %2.": [
            "Daha %n mütəxəssis: %1 — %2, səhər.",
            "Daha %n mütəxəssis: %1 — %2, səhər.",
        ],
        "%n more provider(s) of %1 on the afternoon of %2.": [
            "Daha %n mütəxəssis: %1 — %2, günortadan sonra.",
            "Daha %n mütəxəssis: %1 — %2, günortadan sonra.",
        ],
        "%n more provider(s) of %1 on the evening of %2.": [
            "Daha %n mütəxəssis: %1 — %2, axşam.",
            "Daha %n mütəxəssis: %1 — %2, axşam.",
        ],
        "Why it is open": "Niyə boşdur",
        "Smallest change that covers it": "Təmin etmək üçün ən kiçik dəyişiklik",
        "Every unit of demand is filled: nothing is open.": "Tələbatın bütün vahidləri təmin olunub: "
        "boş slot yoxdur.",
        "%n required unit(s) open.": ["%n məcburi vahid boşdur.", "%n məcburi vahid boşdur."],
        "%n advised unit(s) open.": [
            "%n tövsiyə olunan vahid boşdur.",
            "%n tövsiyə olunan vahid boşdur.",
        ],
        "Access": "Əlçatanlıq",
        "%1 min after %2; the room needs %3 min to change over": "%2 sessiyasından %1 dəq sonra; zala "
        "%3 dəq keçid vaxtı lazımdır",
        "A session becomes released only when a release publishes it.": "Sessiya “Dərc edilib” "
        "statusunu yalnız proqram "
        "dərc ediləndə alır.",
        "Say why you are correcting this record.": "Bu məlumatları niyə düzəltdiyinizi yazın.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "Bu "
        "beyc "
        "masanın "
        "son "
        "sinxronlaşdırılmasından "
        "sonra "
        "verilib: "
        "yoxlama "
        "beycdə "
        "göstərilən "
        "şəxsə "
        "görə "
        "aparıldı. "
        "Növbəti "
        "sinxronlaşdırmadan "
        "sonra "
        "onu "
        "burada "
        "təkrar "
        "çap "
        "etmək "
        "olar.",
    }
)
BY_CONTEXT = globals().get("BY_CONTEXT", {})
BY_CONTEXT.update({("AccessTexts", "Arabic"): "Ərəb dili", ("AccessTexts", "Chinese"): "Çin dili"})
