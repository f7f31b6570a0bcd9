<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="41"/>
        <source>Participant</source>
        <extracomment>rows handed to the view per fetch</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="42"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="43"/>
        <source>Media</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44"/>
        <source>VIP / head of delegation</source>
        <translation>VIP / chef de délégation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47"/>
        <source>Exhibitor</source>
        <translation>Exposant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="57"/>
        <source>Sign language (%1)</source>
        <translation>Langue des signes (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="62"/>
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64"/>
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="80"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="81"/>
        <source>Latin name</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="201"/>
        <source>In</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="203"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207"/>
        <source>Hold</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="63"/>
        <source>Search name in any script, organization, country or registration code</source>
        <extracomment>milliseconds of quiet typing before the search runs (coalesces bursts and pastes)</extracomment>
        <translation>Rechercher un nom dans toute écriture, une organisation, un pays ou un code d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="69"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="73"/>
        <source>All countries</source>
        <translation>Tous pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="77"/>
        <source>Any needs</source>
        <translation>Tous besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="79"/>
        <source>Has a need</source>
        <translation>A un besoin</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80"/>
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="81"/>
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82"/>
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="87"/>
        <source>Checked in or not</source>
        <translation>Arrivé ou non</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="88"/>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="89"/>
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="93"/>
        <source>Accessibility need</source>
        <translation>Besoin d&apos;accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94"/>
        <source>Check-in state</source>
        <translation>État d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="206"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="214"/>
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>Personne ne correspond à « %1 » avec ces filtres. Vérifiez l’orthographe, tapez une partie du nom, ou appuyez sur Échap pour effacer la recherche et les filtres.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="142"/>
        <source>Open layout file…</source>
        <extracomment>(label shown in the picker, given, family, latin given, latin family, org, country, category)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="157"/>
        <source>Layout</source>
        <extracomment>the preview&apos;s own pickers (a workspace with its own may hide them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="159"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="199"/>
        <source>Badge layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="200"/>
        <source>Badge layouts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="223"/>
        <source>This layout cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesWorkspace</name>
    <message>
        <location filename="../../ui/badges/workspace.py" line="88"/>
        <source>A6</source>
        <extracomment>demo samples (``ui.badges.preview.SAMPLES``) shown side by side: one per script family bundled layouts in the order offered (others found on disk follow, by file name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="89"/>
        <source>4×6 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="90"/>
        <source>CR80 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="91"/>
        <source>54×90 mm label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="92"/>
        <source>4×A6 on A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="107"/>
        <source>Whose name the preview shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="109"/>
        <source>Name or registration code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="119"/>
        <source>Layout and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="125"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="126"/>
        <source>&amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="127"/>
        <source>Find &amp;attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="162"/>
        <source>Every script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="167"/>
        <source>Latin, diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="168"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="169"/>
        <source>Devanagari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="170"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="205"/>
        <source>Attendee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="209"/>
        <source>Demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="280"/>
        <source>No badge issued yet: this QR code is only a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="296"/>
        <source>No attendee matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="122"/>
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <extracomment>counters refresh at most this often while scans come in a burst opens a printer by name; tests swap in a PDF-format QPrinter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="196"/>
        <source>Entry gate · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="198"/>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="199"/>
        <source>F10: desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="201"/>
        <source>no printer — PDF files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="205"/>
        <source>Badge pickup · %1 · printer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="211"/>
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="273"/>
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="333"/>
        <source>Entries today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="340"/>
        <source>%1 s per attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="342"/>
        <source>— s per attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="345"/>
        <source>Today %1 · This hour %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="392"/>
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="401"/>
        <source>Badge %1 sent to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="404"/>
        <source>Badge saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="427"/>
        <source>Scan or find the person first, then F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="436"/>
        <source>Nothing to undo: scan or find the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="479"/>
        <source>Check-in undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="485"/>
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="488"/>
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="489"/>
        <source>This person has no valid badge on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="490"/>
        <source>That check-in was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="86"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="87"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="88"/>
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="89"/>
        <source>Family name (Latin)</source>
        <translation>Nom de famille (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="90"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="95"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="151"/>
        <source>Enter a given name or a family name.</source>
        <translation>Saisissez un prénom ou un nom de famille.</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="101"/>
        <source>Ready — scan a badge or find a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="105"/>
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="123"/>
        <source>First pickup: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="125"/>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="130"/>
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="135"/>
        <source>The scanner types for another keyboard layout (%1 read as US): set it to this desk&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="159"/>
        <source>⚑ %1 — call the protocol officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="166"/>
        <source>Sign language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="168"/>
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="170"/>
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="172"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="173"/>
        <source>Access needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="177"/>
        <source>PARTICIPANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="178"/>
        <source>SPEAKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="179"/>
        <source>MEDIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="180"/>
        <source>VIP / HEAD OF DELEGATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="181"/>
        <source>STAFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="182"/>
        <source>VOLUNTEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="183"/>
        <source>EXHIBITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="184"/>
        <source>SECURITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="192"/>
        <source>Printing the badge — hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="194"/>
        <source>Badge already printed — hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197"/>
        <source>Found by name: check a photo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="198"/>
        <source>✔ Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="200"/>
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="202"/>
        <source>The badge never printed: F4 prints it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="203"/>
        <source>● Already picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="206"/>
        <source>✘ Refused — badge revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="207"/>
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210"/>
        <source>✘ Refused — unknown badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="211"/>
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214"/>
        <source>✘ Refused — forged or damaged code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="215"/>
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="218"/>
        <source>✘ Refused — badge of another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="219"/>
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="222"/>
        <source>✘ Not a badge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="223"/>
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="226"/>
        <source>✘ Refused — security hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="227"/>
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="179"/>
        <source>Select an attendee to see their details.</source>
        <translation>Sélectionnez un participant pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="200"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="201"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="202"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="203"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="204"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="214"/>
        <source>Correct name or category  (Enter)</source>
        <translation>Corriger le nom ou la catégorie  (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="261"/>
        <source>No note recorded.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="262"/>
        <source>⚑ Attention: %1</source>
        <translation>⚑ Attention : %1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="264"/>
        <source>Security hold: send to the supervisor desk.</source>
        <translation>Blocage sécurité : orienter vers le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="268"/>
        <source>None declared</source>
        <translation>Aucun déclaré</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="275"/>
        <source>Not issued yet</source>
        <translation>Pas encore émis</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="278"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="280"/>
        <source>reported lost</source>
        <translation>déclaré perdu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="283"/>
        <source>No. %1 · %2 · issued %3</source>
        <translation>N° %1 · %2 · émis %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="293"/>
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="295"/>
        <source>unknown desk</source>
        <translation>poste inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="298"/>
        <source>Checked in %1 at %2</source>
        <translation>Arrivé %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="307"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n retrait en double signalé aux superviseurs</numerusform>
            <numerusform>%n retraits en double signalés aux superviseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="314"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n retrait annulé</numerusform>
            <numerusform>%n retraits annulés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="350"/>
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>Non enregistré (%1). La fiche n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="356"/>
        <source>Not saved: this desk&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Non enregistré : la base de ce poste ne peut pas être écrite pour l’instant. Réessayez ; si cela persiste, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="362"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="367"/>
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>Correction enregistrée sur ce poste ; elle se synchronise automatiquement.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="42"/>
        <source>Enrol this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="45"/>
        <source>Enrol this desk with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="49"/>
        <source>Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="59"/>
        <source>Venue CA file (only for wss:// hubs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="60"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="74"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="81"/>
        <source>This desk&apos;s data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="101"/>
        <source>Venue CA</source>
        <extracomment>``(code, detail)`` of the last attempt (&quot;&quot; code: enrolled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="101"/>
        <source>PEM files (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="132"/>
        <location filename="../../ui/enrolment/panel.py" line="153"/>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="148"/>
        <source>Downloading the event from the hub (as %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="168"/>
        <source>Done — opening the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="181"/>
        <source>Paste or scan the enrolment text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="183"/>
        <source>That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="187"/>
        <source>The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="191"/>
        <source>The hub address must start with ws:// or wss://. Print a new enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="194"/>
        <source>Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="198"/>
        <source>The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="202"/>
        <source>This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="204"/>
        <source>This desk&apos;s data belongs to another device. Call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="206"/>
        <source>A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="209"/>
        <source>The hub&apos;s certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="212"/>
        <source>The venue CA file cannot be read: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="213"/>
        <source>This app is older than the hub: install the hub&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="214"/>
        <source>The download took too long. Press Enter to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="215"/>
        <source>This desk&apos;s data folder cannot be written: check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="217"/>
        <source>Enrolment failed. Press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="221"/>
        <source>Finishing the current step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="26"/>
        <source>No code? Find by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="30"/>
        <source>Name, organisation or registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="70"/>
        <source>Type to search %1 attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="83"/>
        <source>picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="91"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="93"/>
        <source>%1 more — type more of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="95"/>
        <source>Enter picks the highlighted person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="265"/>
        <source>SCAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="266"/>
        <source>Hold the badge QR code under the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="272"/>
        <source>ADMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="273"/>
        <source>Valid badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="276"/>
        <source>DENY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="278"/>
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="279"/>
        <source>Unknown badge — send to the badge desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="280"/>
        <source>Forged or damaged code — call a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="281"/>
        <source>Badge of another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="282"/>
        <source>Not a badge code — scan the badge QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="283"/>
        <source>Already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="284"/>
        <source>Security hold — call a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>WUF Ops — %1</source>
        <translation>WUF Ops — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>WUF Ops</source>
        <translation>WUF Ops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>%1 · %2 · times in %3</source>
        <translation>%1 · %2 · heures de %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>%1 attendees · %2 checked in</source>
        <translation>%1 participants · %2 arrivés</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="46"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="54"/>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="55"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="56"/>
        <source>Counted pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="57"/>
        <location filename="../../ui/operations/workspace.py" line="79"/>
        <source>Duplicate pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="63"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="64"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="65"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="66"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="67"/>
        <source>Overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="78"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="81"/>
        <source>Rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="130"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="130"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="147"/>
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="172"/>
        <source>Devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="173"/>
        <source>Duplicate pickups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="174"/>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="175"/>
        <source>Rejected changes from this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86"/>
        <source>Preparing the demo event</source>
        <extracomment>set from the GUI thread; read by the generator&apos;s thread at its next progress report</extracomment>
        <translation>Préparation de l&apos;événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89"/>
        <source>Creating the demo event</source>
        <translation>Création de l&apos;événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%1 attendees from 182 countries — only on the first run.</source>
        <translation>%1 participants de 182 pays — au premier lancement seulement.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="78"/>
        <source>Reprint the badge — why? (↑/↓ choose, Enter reprints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="80"/>
        <source>Damaged — same badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="81"/>
        <source>Lost — the old badge stops working at the gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="82"/>
        <source>Name corrected — same badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="84"/>
        <source>Reprint (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="99"/>
        <source>Batch run</source>
        <extracomment>share of the progress bar each stage fills (issuing badges, rendering pages, recording) milliseconds of quiet after a filter change before the selection is counted opens a folder in the file manager; tests swap it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="103"/>
        <source>Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="112"/>
        <source>All categories</source>
        <translation type="unfinished">Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="116"/>
        <source>All countries</source>
        <translation type="unfinished">Tous pays</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="121"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="122"/>
        <source>Only the first N badges of the selection (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="133"/>
        <source>Where to write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="134"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="146"/>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="147"/>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="148"/>
        <source>Li&amp;mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="154"/>
        <source>Output &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="158"/>
        <source>&amp;Run batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="163"/>
        <source>Stop the run (Esc); nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="188"/>
        <source>Open fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="250"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="268"/>
        <source>Could not count the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="270"/>
        <source>No attendee matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>1 badge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="275"/>
        <source>%1 badges selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="284"/>
        <source>Write badges to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="287"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="328"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="346"/>
        <source>Cancelling…</source>
        <translation type="unfinished">Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="374"/>
        <source>Issuing badges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="376"/>
        <source>Writing badges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="378"/>
        <source>Recording them as printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>1 badge written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%1 badges written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="419"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="419"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="422"/>
        <source>%1 newly issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="427"/>
        <source>%1 character(s) could not be set in any bundled font: check those badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="445"/>
        <source>Cancelled. No file was written and no badge was marked printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="447"/>
        <source>Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="450"/>
        <source>Choose where to write the PDF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="451"/>
        <source>This layout cannot be used: pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="453"/>
        <source>No attendee matches these filters: change the category, country or limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="455"/>
        <source>This event is not in the database any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="456"/>
        <source>The database holds several events; open one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="458"/>
        <source>Two attendees share a badge reference; ask the hub operator to fix it before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="462"/>
        <source>This device has used up its badge serial numbers: sync with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="465"/>
        <source>This device has no badge serial numbers yet: sync with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="467"/>
        <source>Could not open the event database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="471"/>
        <source>The run stopped with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="148"/>
        <source>Desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="153"/>
        <source>Badge pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="154"/>
        <source>Entry gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="161"/>
        <source>Sound per outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="162"/>
        <source>Desk or gate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="163"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="164"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165"/>
        <source>PDF folder (no printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="166"/>
        <source>Badge stock (layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="167"/>
        <source>Gate zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="170"/>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="180"/>
        <source>No printer — save PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="184"/>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="35"/>
        <source>● Standalone</source>
        <extracomment>offsets beyond this are worth a supervisor&apos;s attention</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="36"/>
        <source>This desk is not connected to a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="52"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="53"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Offline — working locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="60"/>
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="65"/>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="67"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="69"/>
        <source>hub clock %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="75"/>
        <source>Device %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="80"/>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="112"/>
        <source>Undo this check-in — why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="114"/>
        <source>e.g. scanned the wrong badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="121"/>
        <source>Undo check-in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="134"/>
        <source>Type a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52"/>
        <source>Attendees</source>
        <extracomment>source text, translated in context &quot;Workspaces&quot; by the main window</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="57"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="62"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="67"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="63"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SetupWindow</name>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="151"/>
        <location filename="../../ui/sync/demo_hub.py" line="154"/>
        <source>Preparing the demo hub</source>
        <extracomment>``(stage, done, total)``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="156"/>
        <source>Issuing a signed badge for every attendee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="170"/>
        <source>Issuing signed badges: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="176"/>
        <source>Starting the hub and loading the event on this desk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="86"/>
        <source>the hub cannot be reached; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="87"/>
        <source>the hub refused this device&apos;s token: enrol it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88"/>
        <source>this device has been revoked by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="89"/>
        <source>this data belongs to another enrolled device: call IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="90"/>
        <source>this app is older than the hub: upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="91"/>
        <source>the hub&apos;s certificate is not the venue&apos;s: call IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="92"/>
        <source>some changes from the hub could not be applied here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="93"/>
        <source>this replica differed from the hub and was reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="94"/>
        <source>an unexpected sync error; retrying (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
