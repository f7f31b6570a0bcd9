<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="41" />
        <source>Participant</source>
        <extracomment>rows handed to the view per fetch</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="42" />
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="43" />
        <source>Media</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44" />
        <source>VIP / head of delegation</source>
        <translation>VIP / chef de délégation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45" />
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46" />
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47" />
        <source>Exhibitor</source>
        <translation>Exposant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="57" />
        <source>Sign language (%1)</source>
        <translation>Langue des signes (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="62" />
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64" />
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66" />
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="80" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="81" />
        <source>Latin name</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86" />
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="201" />
        <source>In</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="203" />
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207" />
        <source>Hold</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="63" />
        <source>Search name in any script, organization, country or registration code</source>
        <extracomment>milliseconds of quiet typing before the search runs (coalesces bursts and pastes)</extracomment>
        <translation>Rechercher un nom dans toute écriture, une organisation, un pays ou un code d'inscription</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="69" />
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="73" />
        <source>All countries</source>
        <translation>Tous pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="77" />
        <source>Any needs</source>
        <translation>Tous besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="79" />
        <source>Has a need</source>
        <translation>A un besoin</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80" />
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="81" />
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82" />
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83" />
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="87" />
        <source>Checked in or not</source>
        <translation>Arrivé ou non</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="88" />
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="89" />
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="93" />
        <source>Accessibility need</source>
        <translation>Besoin d'accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94" />
        <source>Check-in state</source>
        <translation>État d'accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="206" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="214" />
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>Personne ne correspond à « %1 » avec ces filtres. Vérifiez l’orthographe, tapez une partie du nom, ou appuyez sur Échap pour effacer la recherche et les filtres.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="133" />
        <source>Open layout file…</source>
        <extracomment>(label shown in the picker, given, family, latin given, latin family, org, country, category)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="142" />
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="144" />
        <source>Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="171" />
        <source>Badge layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="172" />
        <source>Badge layouts (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="194" />
        <source>This layout cannot be used:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="103" />
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <extracomment>opens a printer by name; tests swap in a PDF-format QPrinter</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="177" />
        <source>Entry gate · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="179" />
        <source>zone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="180" />
        <source>F10: desk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="182" />
        <source>no printer — PDF files in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="186" />
        <source>Badge pickup · %1 · printer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="192" />
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="254" />
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="291" />
        <source>Entries today: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="298" />
        <source>%1 s per attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="300" />
        <source>— s per attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="303" />
        <source>Today %1 · This hour %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="350" />
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="359" />
        <source>Badge %1 sent to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="362" />
        <source>Badge saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="385" />
        <source>Scan or find the person first, then F2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="394" />
        <source>Nothing to undo: scan or find the person first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="437" />
        <source>Check-in undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="443" />
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="446" />
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="447" />
        <source>This person has no valid badge on this desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="448" />
        <source>That check-in was already undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="85" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="86" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="87" />
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="88" />
        <source>Family name (Latin)</source>
        <translation>Nom de famille (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="89" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="94" />
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="97" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="150" />
        <source>Enter a given name or a family name.</source>
        <translation>Saisissez un prénom ou un nom de famille.</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="100" />
        <source>Ready — scan a badge or find a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="104" />
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="122" />
        <source>First pickup: %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="124" />
        <source>another desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="129" />
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="150" />
        <source>⚑ %1 — call the protocol officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="157" />
        <source>Sign language: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="159" />
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="161" />
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="163" />
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="164" />
        <source>Access needs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="168" />
        <source>PARTICIPANT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="169" />
        <source>SPEAKER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="170" />
        <source>MEDIA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="171" />
        <source>VIP / HEAD OF DELEGATION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="172" />
        <source>STAFF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="173" />
        <source>VOLUNTEER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="174" />
        <source>EXHIBITOR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="175" />
        <source>SECURITY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="183" />
        <source>Printing the badge — hand it over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="185" />
        <source>Badge already printed — hand it over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="188" />
        <source>Found by name: check a photo ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="189" />
        <source>✔ Admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="191" />
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="193" />
        <source>The badge never printed: F4 prints it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="194" />
        <source>● Already picked up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197" />
        <source>✘ Refused — badge revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="198" />
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="201" />
        <source>✘ Refused — unknown badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="202" />
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="205" />
        <source>✘ Refused — forged or damaged code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="206" />
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="209" />
        <source>✘ Refused — badge of another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210" />
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="213" />
        <source>✘ Not a badge code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214" />
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="217" />
        <source>✘ Refused — security hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="218" />
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="178" />
        <source>Select an attendee to see their details.</source>
        <translation>Sélectionnez un participant pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="199" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="200" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="201" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="202" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="203" />
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="213" />
        <source>Correct name or category  (Enter)</source>
        <translation>Corriger le nom ou la catégorie  (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="260" />
        <source>No note recorded.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="261" />
        <source>⚑ Attention: %1</source>
        <translation>⚑ Attention : %1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="263" />
        <source>Security hold: send to the supervisor desk.</source>
        <translation>Blocage sécurité : orienter vers le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="267" />
        <source>None declared</source>
        <translation>Aucun déclaré</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="274" />
        <source>Not issued yet</source>
        <translation>Pas encore émis</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="277" />
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="278" />
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279" />
        <source>reported lost</source>
        <translation>déclaré perdu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="282" />
        <source>No. %1 · %2 · issued %3</source>
        <translation>N° %1 · %2 · émis %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="292" />
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="294" />
        <source>unknown desk</source>
        <translation>poste inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="297" />
        <source>Checked in %1 at %2</source>
        <translation>Arrivé %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="306" />
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation><numerusform>%n retrait en double signalé aux superviseurs</numerusform><numerusform>%n retraits en double signalés aux superviseurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="313" />
        <source>%n pickup(s) undone</source>
        <translation><numerusform>%n retrait annulé</numerusform><numerusform>%n retraits annulés</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="349" />
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>Non enregistré (%1). La fiche n'a pas changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="355" />
        <source>Not saved: this desk's database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Non enregistré : la base de ce poste ne peut pas être écrite pour l’instant. Réessayez ; si cela persiste, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="361" />
        <source>Nothing changed.</source>
        <translation>Rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="366" />
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>Correction enregistrée sur ce poste ; elle se synchronise automatiquement.</translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="26" />
        <source>No code? Find by name (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="30" />
        <source>Name, organisation or registration code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="70" />
        <source>Type to search %1 attendees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="83" />
        <source>picked up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="91" />
        <source>No match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="93" />
        <source>%1 more — type more of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="95" />
        <source>Enter picks the highlighted person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="256" />
        <source>SCAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="257" />
        <source>Hold the badge QR code under the scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="263" />
        <source>ADMIT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="264" />
        <source>Valid badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="267" />
        <source>DENY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="269" />
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="270" />
        <source>Unknown badge — send to the badge desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="271" />
        <source>Forged or damaged code — call a supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="272" />
        <source>Badge of another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="273" />
        <source>Not a badge code — scan the badge QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="274" />
        <source>Already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="275" />
        <source>Security hold — call a supervisor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>WUF Ops — %1</source>
        <translation>WUF Ops — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>WUF Ops</source>
        <translation>WUF Ops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>%1 · %2 · times in %3</source>
        <translation>%1 · %2 · heures de %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>%1 attendees · %2 checked in</source>
        <translation>%1 participants · %2 arrivés</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="46" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="50" />
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="54" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="55" />
        <source>Registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="56" />
        <source>Counted pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="57" />
        <location filename="../../ui/operations/workspace.py" line="79" />
        <source>Duplicate pickups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="63" />
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="64" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="65" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="66" />
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="67" />
        <source>Overwritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="72" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="78" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="81" />
        <source>Rejected changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="130" />
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="130" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="147" />
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="172" />
        <source>Devices: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="173" />
        <source>Duplicate pickups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="174" />
        <source>Conflicts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="175" />
        <source>Rejected changes from this device: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86" />
        <source>Preparing the demo event</source>
        <extracomment>set from the GUI thread; read by the generator's thread at its next progress report</extracomment>
        <translation>Préparation de l'événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89" />
        <source>Creating the demo event</source>
        <translation>Création de l'événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="92" />
        <source>%1 attendees from 182 countries — only on the first run.</source>
        <translation>%1 participants de 182 pays — au premier lancement seulement.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="100" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="118" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="77" />
        <source>Reprint the badge — why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="79" />
        <source>Damaged — same badge number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="80" />
        <source>Lost — the old badge stops working at the gates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="81" />
        <source>Name corrected — same badge number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="83" />
        <source>Reprint (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="147" />
        <source>Desk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="152" />
        <source>Badge pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="153" />
        <source>Entry gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="157" />
        <source>Sound per outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="158" />
        <source>Desk or gate name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="159" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="160" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="161" />
        <source>PDF folder (no printer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="162" />
        <source>Gate zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165" />
        <source>Save (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="175" />
        <source>No printer — save PDF files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="179" />
        <source>%1 (not found)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="35" />
        <source>● Standalone</source>
        <extracomment>offsets beyond this are worth a supervisor's attention</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="36" />
        <source>This desk is not connected to a hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="52" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="53" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55" />
        <source>Offline — working locally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56" />
        <source>Sync stopped</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="60" />
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62" />
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="65" />
        <source>last sync %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="67" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="69" />
        <source>hub clock %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="75" />
        <source>Device %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="80" />
        <source>Last problem: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="111" />
        <source>Undo this check-in — why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="113" />
        <source>e.g. scanned the wrong badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="120" />
        <source>Undo check-in (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="133" />
        <source>Type a reason first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52" />
        <source>Attendees</source>
        <extracomment>source text, translated in context "Workspaces" by the main window</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="57" />
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="62" />
        <source>Operations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="62" />
        <source>Cancel (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="86" />
        <source>the hub cannot be reached; retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="87" />
        <source>the hub refused this device's token: enrol it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88" />
        <source>this device has been revoked by a supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="89" />
        <source>this app is older than the hub: upgrade it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="90" />
        <source>the hub's certificate is not the venue's: call IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="91" />
        <source>some changes from the hub could not be applied here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="92" />
        <source>this replica differed from the hub and was reloaded</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>