<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessTexts</name>
    <message>
        <location filename="../../ui/access/texts.py" line="23"/>
        <source>International Sign</source>
        <translation>Signes internationaux</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="24"/>
        <source>Turkish Sign Language</source>
        <translation>Langue des signes turque</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="25"/>
        <source>Russian Sign Language</source>
        <translation>Langue des signes russe</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="26"/>
        <source>American Sign Language</source>
        <translation>Langue des signes américaine</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="27"/>
        <source>British Sign Language</source>
        <translation>Langue des signes britannique</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="28"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="29"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="30"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="31"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="32"/>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="33"/>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="34"/>
        <source>Azerbaijani</source>
        <translation>azerbaïdjanais</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="40"/>
        <source>Captions in %1</source>
        <translation>Sous-titrage en %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="47"/>
        <source>CC %1</source>
        <extracomment>a captions tag in a narrow cell; %1 is a language code such as EN</extracomment>
        <translation>ST %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="50"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>SI</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>advised</source>
        <translation>conseillé</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="60"/>
        <source>✓ Covered</source>
        <translation>✓ Couverte</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="61"/>
        <source>◐ Partly covered</source>
        <translation>◐ En partie couverte</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="62"/>
        <source>✗ Not covered</source>
        <translation>✗ Non couverte</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="76"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="77"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="80"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="87"/>
        <source>Does not work in this language.</source>
        <translation>Ne travaille pas dans cette langue.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="89"/>
        <source>Not WFD-WASLI accredited, which a high-level session needs for International Sign.</source>
        <translation>Sans accréditation WFD-WASLI, exigée en signes internationaux pour une session de haut niveau.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="91"/>
        <source>Declared no availability.</source>
        <translation>Aucune disponibilité déclarée.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="92"/>
        <source>Not available then (arrival included).</source>
        <translation>Indisponible à ce moment (arrivée comprise).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="93"/>
        <source>Absent then.</source>
        <translation>Absence signalée à ce moment.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="94"/>
        <source>Already working at an overlapping session.</source>
        <translation>Travaille déjà sur une session qui chevauche celle-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="95"/>
        <source>No time to travel from or to another room.</source>
        <translation>Pas assez de temps pour changer de salle.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="96"/>
        <source>Would pass the day&apos;s cap.</source>
        <translation>Dépasserait le plafond journalier.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="97"/>
        <source>Would work too long without a rest.</source>
        <translation>Travaillerait trop longtemps sans pause.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="98"/>
        <source>Deaf interpreter: needs a hearing feed interpreter.</source>
        <translation>Interprète sourd&#xa0;: a besoin d’un interprète relais entendant.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="99"/>
        <source>The slot is locked.</source>
        <translation>Le créneau est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="103"/>
        <source>Fits. Works %1 that day so far.</source>
        <translation>Convient. Déjà %1 de travail ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="107"/>
        <source>Fits with a hearing feed interpreter. Works %1 that day so far.</source>
        <translation>Convient avec un interprète relais entendant. Déjà %1 de travail ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="114"/>
        <source>%1 is assigned to %2 at “%3”.</source>
        <translation>%1&#xa0;: affectation à «&#xa0;%3&#xa0;» (%2) enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="119"/>
        <source>%1 is assigned to %2 at “%3”, although they do not fit:</source>
        <translation>%1&#xa0;: affectation à «&#xa0;%3&#xa0;» (%2) enregistrée, mais le profil ne convient pas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="124"/>
        <source>%1 at “%2” is open again.</source>
        <translation>«&#xa0;%2&#xa0;» (%1)&#xa0;: de nouveau à pourvoir.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="127"/>
        <source>%1 at “%2” is locked: every later solve keeps it.</source>
        <translation>«&#xa0;%2&#xa0;» (%1)&#xa0;: verrouillé&#xa0;; le solveur le gardera tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="130"/>
        <source>%1 at “%2” is unlocked: a solve may change it.</source>
        <translation>«&#xa0;%2&#xa0;» (%1)&#xa0;: déverrouillé&#xa0;; le solveur peut le modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="136"/>
        <source>This device may not change assignments: only coordinator and admin devices may.</source>
        <translation>Ce poste ne peut pas modifier les affectations&#xa0;: seuls les postes coordinateur et admin le peuvent.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="138"/>
        <source>The slot is locked. Unlock it (L) before changing it.</source>
        <translation>Le créneau est verrouillé. Déverrouillez-le (L) avant de le modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="139"/>
        <source>This slot is no longer needed: the session changed.</source>
        <translation>Ce créneau n’est plus nécessaire&#xa0;: la session a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="140"/>
        <source>This provider is no longer in the event.</source>
        <translation>Ce prestataire ne fait plus partie de l’événement.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="142"/>
        <source>Interpreters take sign-language slots and captioners take caption slots.</source>
        <translation>Les interprètes prennent les créneaux de langue des signes, les sous-titreurs ceux de sous-titrage.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="144"/>
        <source>A provider cannot feed themselves.</source>
        <translation>Un prestataire ne peut pas être son propre relais.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="146"/>
        <source>Some of these slots changed since the solve started. Solve again.</source>
        <translation>Certains de ces créneaux ont changé depuis le lancement du solveur. Relancez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="148"/>
        <source>The change was not made (%1).</source>
        <translation>La modification n’a pas été faite (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="152"/>
        <source>%1, slot %2</source>
        <translation>%1, créneau %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="157"/>
        <source>The proposal changes %n slot(s).</source>
        <translation>
            <numerusform>La proposition modifie %n créneau.</numerusform>
            <numerusform>La proposition modifie %n créneaux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="161"/>
        <source>Required units filled: %1 of %2. Advised units filled: %3 of %4.</source>
        <translation>Unités requises pourvues&#xa0;: %1 sur %2. Unités conseillées pourvues&#xa0;: %3 sur %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="170"/>
        <source>Largest load of one provider: %1 on one day, %2 over the whole event.</source>
        <translation>Charge maximale d’un prestataire&#xa0;: %1 sur une journée, %2 sur tout l’événement.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="177"/>
        <source>Stopped: this is the best plan found before the stop.</source>
        <translation>Arrêté&#xa0;: voici le meilleur plan trouvé avant l’arrêt.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="179"/>
        <source>A quick plan (the optimiser did not run to the end).</source>
        <translation>Un plan rapide (l’optimiseur n’est pas allé jusqu’au bout).</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="181"/>
        <source>The best plan: no plan covers more.</source>
        <translation>Le meilleur plan&#xa0;: aucun autre ne couvre davantage.</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="182"/>
        <source>A good plan found within the time limit.</source>
        <translation>Un bon plan, trouvé dans le délai imparti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="185"/>
        <source>Accepted: %n slot(s) changed.</source>
        <translation>
            <numerusform>Proposition acceptée&#xa0;: %n créneau modifié.</numerusform>
            <numerusform>Proposition acceptée&#xa0;: %n créneaux modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessWorkspace</name>
    <message>
        <location filename="../../ui/access/workspace.py" line="114"/>
        <source>Access services</source>
        <translation>Services d’accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="121"/>
        <source>&amp;Solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="127"/>
        <source>%v of %m required</source>
        <translation>%v sur %m unités requises</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="128"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="180"/>
        <source>Drag a provider onto a slot to assign them.</source>
        <translation>Glissez un prestataire sur un créneau pour l’affecter.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="209"/>
        <source>Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.</source>
        <translation>Bleu&#xa0;: langue des signes&#xa0;; violet&#xa0;: sous-titrage&#xa0;; plus pâle&#xa0;: relais d’un interprète sourd&#xa0;; ⚑ et contour épais&#xa0;: verrouillé&#xa0;; hachures&#xa0;: trajet (en rouge si trop court)&#xa0;; soulignement rouge&#xa0;: trop long sans pause. Journée affichée de 07:00 à 21:00.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="228"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="229"/>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="230"/>
        <source>Unmet demand</source>
        <translation>Besoins non couverts</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="231"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="236"/>
        <source>Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve</source>
        <translation>Enter&#xa0;: affecter · Suppr&#xa0;: vider · L&#xa0;: (dé)verrouiller · glisser un prestataire sur un créneau · Ctrl+PgUp / Ctrl+PgDown&#xa0;: jour · Alt+S&#xa0;: résoudre · Esc&#xa0;: arrêter le solveur</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="265"/>
        <source>Choose a session, then a slot: Enter assigns, L locks.</source>
        <translation>Choisissez une session, puis un créneau&#xa0;: Enter pour affecter, L pour verrouiller.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="305"/>
        <source>Read only: this device&apos;s role cannot change assignments; only coordinators do.</source>
        <translation>Lecture seule&#xa0;: le rôle de cet appareil ne permet pas de modifier les affectations&#xa0;; seuls les coordinateurs les modifient.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="311"/>
        <source>Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.</source>
        <translation>Aperçu&#xa0;: la grille montre le plan tel que la proposition le laisserait. Acceptez-la ou abandonnez-la (onglet Proposition) avant de modifier des créneaux à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="359"/>
        <source>Choose a session to see its slots.</source>
        <translation>Choisissez une session pour voir ses créneaux.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="363"/>
        <source>“%1” — %2, %3. %4.</source>
        <translation>«&#xa0;%1&#xa0;» — %2, %3. %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="436"/>
        <source>Accept or discard the proposal first (Proposal tab).</source>
        <translation>Acceptez ou abandonnez d’abord la proposition (onglet Proposition).</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="467"/>
        <source>Who takes %1 at “%2”?</source>
        <translation>«&#xa0;%2&#xa0;» — %1&#xa0;: qui affecter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="548"/>
        <source>Solving… Esc stops it and keeps the best plan found so far.</source>
        <translation>Résolution… Esc l’arrête et garde le meilleur plan trouvé jusque-là.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="556"/>
        <source>A first plan is made.</source>
        <translation>Un premier plan est prêt.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="557"/>
        <source>Covering as many units as possible…</source>
        <translation>Couverture du plus grand nombre d’unités…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="558"/>
        <source>Evening out the loads…</source>
        <translation>Équilibrage des charges…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="559"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="567"/>
        <source>Stopping the solve…</source>
        <translation>Arrêt du solveur…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="581"/>
        <source>The solve found nothing to change.</source>
        <translation>Le solveur n’a rien trouvé à changer.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="593"/>
        <source>The solve failed: %1</source>
        <translation>Échec du solveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="621"/>
        <source>The proposal was discarded; nothing changed.</source>
        <translation>Proposition abandonnée&#xa0;; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="43"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45"/>
        <source>Media</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46"/>
        <source>VIP / head of delegation</source>
        <translation>VIP / chef de délégation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="49"/>
        <source>Exhibitor</source>
        <translation>Exposant</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="50"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="59"/>
        <source>Sign language (%1)</source>
        <translation>Langue des signes (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64"/>
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66"/>
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="68"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83"/>
        <source>Latin name</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="87"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="88"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="204"/>
        <source>In</source>
        <extracomment>check-in column: the attendee has checked in</extracomment>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207"/>
        <source>Not yet</source>
        <extracomment>check-in column: the attendee has not checked in yet</extracomment>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="211"/>
        <source>Hold</source>
        <extracomment>check-in column: a security hold is set on this attendee (a noun)</extracomment>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="67"/>
        <source>Name, organization, country or code</source>
        <translation>Nom, organisation, pays ou code</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="72"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="76"/>
        <source>All countries</source>
        <translation>Tous pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80"/>
        <source>Any needs</source>
        <translation>Tous besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82"/>
        <source>Has a need</source>
        <translation>A un besoin</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83"/>
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="84"/>
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="85"/>
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="86"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="90"/>
        <source>Checked in or not</source>
        <translation>Arrivé ou non</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91"/>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92"/>
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="95"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="96"/>
        <source>Accessibility need</source>
        <translation>Besoin d&apos;accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="97"/>
        <source>Check-in state</source>
        <translation>État d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="231"/>
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;» avec ces filtres. Vérifiez l’orthographe, tapez une partie du nom, ou appuyez sur Esc pour effacer la recherche et les filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="254"/>
        <source>The scanned code is not a badge or a registration code of this event.</source>
        <translation>Le code lu n’est ni un badge ni un code d’inscription de cet événement.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="127"/>
        <source>Open layout file…</source>
        <translation>Ouvrir un modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="142"/>
        <source>Layout</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="144"/>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="184"/>
        <source>Badge layout</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="185"/>
        <source>Badge layouts (*.json)</source>
        <translation>Modèles de badge (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="208"/>
        <source>This layout cannot be used:</source>
        <translation>Ce modèle est inutilisable&#xa0;:</translation>
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
        <translation>4×6 pouces</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="91"/>
        <source>CR80 card</source>
        <translation>Carte CR80</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="92"/>
        <source>54×90 mm label</source>
        <translation>Étiquette 54×90 mm</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="93"/>
        <source>4×A6 on A4</source>
        <translation>4×A6 sur A4</translation>
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
        <translation>Nom affiché dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="111"/>
        <source>Name or registration code, then Enter</source>
        <translation>Nom ou code d’inscription, puis Enter</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="121"/>
        <source>Layout and preview</source>
        <translation>Modèle et aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="127"/>
        <source>&amp;Layout</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="128"/>
        <source>&amp;Sample</source>
        <translation>&amp;Exemple</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="129"/>
        <source>Find &amp;attendee</source>
        <translation>Chercher un p&amp;articipant</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="164"/>
        <source>Every script</source>
        <translation>Toutes écritures</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="169"/>
        <source>Latin, diacritics</source>
        <translation>Latin, diacritiques</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="170"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="171"/>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="172"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="218"/>
        <source>Attendee: %1</source>
        <translation>Participant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="222"/>
        <source>Demo: %1</source>
        <translation>Démo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="293"/>
        <source>No badge issued yet: this QR code is only a sample.</source>
        <translation>Aucun badge émis&#xa0;: ce code QR n’est qu’un exemple.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="309"/>
        <source>No attendee matches “%1”.</source>
        <translation>Aucun participant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/streams/model.py" line="86"/>
        <source>Channel</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="87"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="88"/>
        <source>On air now</source>
        <translation>À l’antenne</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="90"/>
        <source>Next</source>
        <extracomment>column header: the next session planned on the channel</extracomment>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="91"/>
        <source>Captions · sign</source>
        <translation>Sous-titres · LS</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="145"/>
        <source>this device</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="151"/>
        <source>by %1 at %2</source>
        <translation>par %1 à %2</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="163"/>
        <source>LATE %1 min</source>
        <translation>RETARD %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="166"/>
        <source>OVERRUN %1 min</source>
        <translation>DÉPASSE %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="168"/>
        <source>CLASH</source>
        <translation>CONFLIT</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="179"/>
        <source>DO NOT STREAM</source>
        <translation>NE PAS DIFFUSER</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="191"/>
        <source>%1 · pre-roll in %2</source>
        <translation>%1 · antenne dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="196"/>
        <source>%1 · in pre-roll</source>
        <translation>%1 · pré-antenne</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>CC %1</source>
        <extracomment>CC = closed captions; %1: language codes such as EN FR</extracomment>
        <translation>ST %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>No captions</source>
        <translation>Sans ST</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>Sign: %1</source>
        <translation>Signes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>No sign</source>
        <translation>Sans signes</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="216"/>
        <source>NO CC %1</source>
        <extracomment>short alert chip: captions in languages %1 are required but missing from the stream</extracomment>
        <translation>SANS ST %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="221"/>
        <source>NO SIGN %1</source>
        <extracomment>short alert chip: sign language %1 (codes such as IS, ASL) is required but missing from the stream</extracomment>
        <translation>SANS SIGNES %1</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="425"/>
        <source>— open —</source>
        <translation>— à pourvoir —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="428"/>
        <source>%1 with feed %2</source>
        <translation>%1 (relais&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="384"/>
        <source>Release…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="386"/>
        <source>Publish the schedule as its next version</source>
        <translation>Publier le programme comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="406"/>
        <source>Never released. Every scheduled session is new.</source>
        <translation>Jamais publié. Chaque session programmée est nouvelle.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="413"/>
        <source>Version %1, released %2.</source>
        <translation>Version %1, publiée %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="415"/>
        <source>%n change(s) since then.</source>
        <translation>
            <numerusform>%n changement depuis.</numerusform>
            <numerusform>%n changements depuis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="418"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="419"/>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="420"/>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="421"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="292"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="294"/>
        <source>Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)</source>
        <translation>Enregistrer ce graphique en PNG (Ctrl+S) ou CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="299"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="300"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="346"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="350"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="353"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="129"/>
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <translation>Scannez un badge — le lecteur fonctionne où que soit le curseur</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="210"/>
        <source>Entry gate · %1</source>
        <translation>Contrôle d’accès · %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="212"/>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="213"/>
        <source>F10: desk settings</source>
        <translation>F10&#xa0;: réglages du poste</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="215"/>
        <source>none (PDF files)</source>
        <translation>aucune (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="217"/>
        <source>Badge pickup · %1 · printer: %2</source>
        <translation>Retrait de badge · %1 · imprimante&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="224"/>
        <source>PDF files go to %1</source>
        <translation>Les PDF vont dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="228"/>
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation>Ctrl+F nom · F2 réimprimer · F3 annuler · F4 imprimer · F10 réglages · Esc retour au scan</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="347"/>
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation>Scan non enregistré (%1) — scannez à nouveau&#xa0;; si cela se répète, appelez un superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="426"/>
        <source>Entries today: %1</source>
        <translation>Entrées aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="433"/>
        <source>%1 s per attendee</source>
        <translation>%1 s/personne</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="435"/>
        <source>— s per attendee</source>
        <translation>— s/personne</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="438"/>
        <source>Today %1 · This hour %2 · %3</source>
        <translation>Aujourd’hui %1 · Cette heure %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="487"/>
        <source>Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.</source>
        <translation>Non imprimé (glyph_missing)&#xa0;: aucune police de ce poste ne sait imprimer %1. Écrivez le badge à la main et prévenez le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="495"/>
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation>Échec d’impression (%1) — réparez l’imprimante, puis F4 pour relancer.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="504"/>
        <source>Badge %1 sent to %2</source>
        <translation>Badge %1 envoyé à %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="510"/>
        <source>Badge saved as %1</source>
        <translation>Badge enregistré sous %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="541"/>
        <source>Scan or find the person first, then F2.</source>
        <translation>Scannez ou cherchez d’abord la personne, puis F2.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="552"/>
        <source>Nothing to undo: scan or find the person first.</source>
        <translation>Rien à annuler&#xa0;: scannez ou cherchez d’abord la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="597"/>
        <source>Check-in undone: %1</source>
        <translation>Retrait annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="603"/>
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation>Ce poste ne peut pas émettre de nouveau badge (pas de clé de signature)&#xa0;: orientez la personne vers le guichet d’assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="606"/>
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation>Déjà imprimé — F2 avec un motif pour réimprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="607"/>
        <source>This person has no valid badge on this desk.</source>
        <translation>Cette personne n’a pas de badge valide sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="608"/>
        <source>That check-in was already undone.</source>
        <translation>Ce retrait a déjà été annulé.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../ui/schedule/messages.py" line="105"/>
        <location filename="../../ui/schedule/messages.py" line="376"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="112"/>
        <source>speaker %1</source>
        <translation>intervenant %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="117"/>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="122"/>
        <source>off the grid</source>
        <translation>hors de la grille</translation>
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
        <translation>aucune ce jour-là</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="156"/>
        <source>Rule “%1” found a problem with %2.</source>
        <translation>La règle «&#xa0;%1&#xa0;» signale un problème avec %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="204"/>
        <source>%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.</source>
        <translation>%1 (%2) et %3 (%4) se chevauchent de %5 min dans %6. Déplacez ou raccourcissez l’une des deux.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="215"/>
        <source>%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.</source>
        <translation>%1 commence %2 min après la fin de %3 dans %4, qui demande %5 min de changement. Déplacez l’une des deux ou raccourcissez la première.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="235"/>
        <source>%1 (%2) is outside the times %3 is available (%4). Move it, or change the room&apos;s availability.</source>
        <translation>%1 (%2) est hors des heures d’ouverture de %3 (%4). Déplacez-la, ou changez les disponibilités de la salle.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="248"/>
        <source>%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.</source>
        <translation>%1 intervient dans %2 (%3) et dans %4 (%5), qui se chevauchent de %6 min. Déplacez une session ou changez ses intervenants.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="269"/>
        <source>%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.</source>
        <translation>%1 n’est pas disponible pendant %2 (%3)&#xa0;; disponible&#xa0;: %4. Déplacez la session ou consultez l’intervenant.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="304"/>
        <source>%1 expected</source>
        <translation>%1 attendus</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="319"/>
        <source>%1: %2, on air %3 (%4 min before, %5 after)</source>
        <translation>%1&#xa0;: %2, antenne %3 (%4 min avant, %5 après)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="339"/>
        <source>Marked do-not-stream (closed door)</source>
        <translation>À ne pas diffuser (huis clos)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="363"/>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="365"/>
        <source>%1 min to change over</source>
        <translation>%1 min de changement</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="386"/>
        <source>overlaps %1 by %2 min</source>
        <translation>chevauche %1 de %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="281"/>
        <source>%1 expects %2 people; %3 has %4 seats. Move it to a larger room.</source>
        <translation>%1 attend %2 personnes&#xa0;; %3 compte %4 places. Déplacez-la dans une salle plus grande.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="390"/>
        <source>%1 min before %2; the room needs %3 min to change over</source>
        <translation>%1 min avant %2&#xa0;; la salle demande %3 min de changement</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="392"/>
        <source>%1 min after %2; the room needs %3 min to change over</source>
        <translation>%1 min après %2&#xa0;; la salle demande %3 min de changement</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="398"/>
        <source>%1 is closed then</source>
        <translation>%1 est fermée à ce moment</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="401"/>
        <source>%1 also speaks in %2</source>
        <translation>%1 intervient aussi dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="405"/>
        <source>%1 is not available then</source>
        <translation>%1 n’est pas disponible à ce moment</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="409"/>
        <source>%1 expected, %2 seats</source>
        <translation>%1 attendus, %2 places</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="413"/>
        <source>overlaps %1 on %2 by %3 min, rolls included</source>
        <translation>chevauche %1 sur %2 de %3 min, marges comprises</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="420"/>
        <source>streamed, but %1 has no stream encoder</source>
        <translation>diffusée, mais %1 n’a pas d’encodeur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="425"/>
        <source>do-not-stream, but planned on %1</source>
        <translation>à ne pas diffuser, mais prévue sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="430"/>
        <source>its stream on %1 lacks captions or sign language it requires</source>
        <translation>sa diffusion sur %1 n’a pas les sous-titres ou signes requis</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="441"/>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="442"/>
        <source>device %1</source>
        <translation>appareil %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="448"/>
        <source>Your move of %1 (%2) lost to %3&apos;s move (%4).</source>
        <translation>Votre déplacement de %1 (%2) a été remplacé par celui de %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="455"/>
        <source>%1&apos;s move of %2 (%3) lost to %4&apos;s move (%5).</source>
        <translation>Le déplacement de %2 par %1 (%3) a été remplacé par celui de %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="465"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="466"/>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="467"/>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="468"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="471"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="476"/>
        <source>This session no longer exists in this event.</source>
        <translation>Cette session n’existe plus dans cet événement.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="477"/>
        <source>This room no longer exists in this event.</source>
        <translation>Cette salle n’existe plus dans cet événement.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="478"/>
        <source>This session has no default length: give its end time.</source>
        <translation>Cette session n’a pas de durée par défaut&#xa0;: donnez son heure de fin.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="481"/>
        <source>A session becomes released only when a release publishes it.</source>
        <translation>Une session ne devient publiée que lorsqu’une publication la publie.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="479"/>
        <source>A session ends after it starts and lasts at most 24 hours.</source>
        <translation>Une session finit après son début et dure au plus 24 heures.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="480"/>
        <source>Place the session in a room and time before scheduling it.</source>
        <translation>Placez la session dans une salle et un horaire avant de la programmer.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="482"/>
        <source>That status cannot be set by hand.</source>
        <translation>Ce statut ne se choisit pas à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="484"/>
        <source>No session is placed and scheduled: schedule sessions first.</source>
        <translation>Aucune session placée et programmée&#xa0;: programmez d’abord des sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="486"/>
        <source>The schedule is exactly what the last release published.</source>
        <translation>Le programme est exactement celui de la dernière publication.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="487"/>
        <source>A session holds too much text to be released.</source>
        <translation>Une session contient trop de texte pour être publiée.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="489"/>
        <source>Blocking conflicts stand: fix them, or lower their rule&apos;s severity, before releasing.</source>
        <translation>Des conflits bloquants subsistent&#xa0;: corrigez-les, ou baissez la gravité de leur règle, avant de publier.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="493"/>
        <source>This device&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>La base de cet appareil ne peut pas être écrite pour l’instant. Réessayez&#xa0;; si cela persiste, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="500"/>
        <source>Refused (%1).</source>
        <translation>Refusé (%1).</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="252"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="253"/>
        <source>All severities</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="258"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="259"/>
        <location filename="../../ui/schedule/panels.py" line="319"/>
        <source>All rules</source>
        <translation>Toute règle</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="273"/>
        <source>Moves that lost to another coordinator&apos;s move</source>
        <translation>Déplacements remplacés par ceux d’un autre coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="280"/>
        <source>Re-apply</source>
        <translation>Réappliquer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="281"/>
        <source>Put the session back where the lost move put it</source>
        <translation>Remettre la session là où le déplacement perdu l’avait mise</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="283"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="284"/>
        <source>Keep the session where it is and mark this resolved</source>
        <translation>Laisser la session où elle est et marquer ceci résolu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="325"/>
        <source>%n conflict(s) block the release</source>
        <translation>
            <numerusform>%n conflit bloque la publication</numerusform>
            <numerusform>%n conflits bloquent la publication</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="326"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
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
        <translation>Placement perdu</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="90"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="91"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="92"/>
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="93"/>
        <source>Family name (Latin)</source>
        <translation>Nom de famille (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="94"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="97"/>
        <source>e.g. spelling as in the passport</source>
        <translation>p. ex. orthographe du passeport</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="98"/>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="103"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="106"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="160"/>
        <source>Type a given name or a family name.</source>
        <translation>Saisissez un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="163"/>
        <source>Say why you are correcting this record.</source>
        <translation>Indiquez pourquoi vous corrigez cette fiche.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="89"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="90"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="91"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="92"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="93"/>
        <source>Services filled</source>
        <translation>Services pourvus</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="125"/>
        <source>%1: %2 of %3 units filled (%4 required).</source>
        <translation>%1&#xa0;: unités pourvues, %2 sur %3 (requises&#xa0;: %4).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="66"/>
        <source>Desk area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="68"/>
        <source>Open</source>
        <extracomment>column header: how many of the area&apos;s check-in desks are open now</extracomment>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="70"/>
        <source>Load</source>
        <extracomment>column header: the share of the open desks&apos; capacity in use (a percentage)</extracomment>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="72"/>
        <source>Waiting</source>
        <extracomment>column header: people estimated waiting in the queue now</extracomment>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="74"/>
        <source>Wait now</source>
        <extracomment>column header: how long a person joining the queue now waits</extracomment>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="76"/>
        <source>Worst, 30 min</source>
        <extracomment>column header: the longest wait forecast over the next 30 minutes</extracomment>
        <translation>Pire, 30 min</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="166"/>
        <source>Why</source>
        <extracomment>heading above the list of probable causes (slow scanners, failing printers, silent devices)</extracomment>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="168"/>
        <source>No slow desk, failing printer or silent device found.</source>
        <translation>Ni guichet lent, ni imprimante en panne, ni appareil muet.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="180"/>
        <source>%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.</source>
        <translation>%1&#xa0;: %2 en file, attente %3, au pire %4 dans les %5 min.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="192"/>
        <source>No desk area is expected to wait over %1 min.</source>
        <translation>Aucune zone ne devrait attendre plus de %1 min.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="196"/>
        <source>At %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="198"/>
        <source>At %1 (the last recorded activity)</source>
        <translation>À %1 (dernière activité)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="209"/>
        <source>%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible</source>
        <translation>%1 guichets ouverts sur %2&#xa0;; %3 s par personne&#xa0;; %4 par minute sur %5 possibles</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="218"/>
        <source>Idle: %1</source>
        <translation>Inactifs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="227"/>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="229"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="230"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="246"/>
        <source>Move %n volunteer(s) from %1.</source>
        <translation>
            <numerusform>Déplacer %n bénévole de %1.</numerusform>
            <numerusform>Déplacer %n bénévoles de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="251"/>
        <source>Call %n more staff.</source>
        <translation>
            <numerusform>Appeler %n renfort.</numerusform>
            <numerusform>Appeler %n renforts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="253"/>
        <source>The wait then falls to %1.</source>
        <translation>L’attente tombe alors à %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="274"/>
        <source>%1: %2% of prints failed — check the printer</source>
        <translation>%1&#xa0;: %2 % d’impressions ratées — vérifier l’imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="260"/>
        <source>%1: scans take %2 ms (most desks %3 ms) — check its scanner</source>
        <translation>%1&#xa0;: lecture en %2 ms (%3 ms ailleurs) — vérifier le scanner</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="240"/>
        <source>Open these desks: %1.</source>
        <translation>Ouvrez ces guichets&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="267"/>
        <source>%1: %2 s per person (its area %3 s)</source>
        <translation>%1&#xa0;: %2 s par personne (zone&#xa0;: %3 s)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="279"/>
        <source>%1: not synced for %2 min — check its network</source>
        <translation>%1&#xa0;: pas de synchro depuis %2 min — vérifier le réseau</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="105"/>
        <source>Ready — scan a badge or find a name</source>
        <translation>Prêt — scannez un badge ou cherchez un nom</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="109"/>
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation>Le lecteur fonctionne où que soit le curseur. Ctrl+F&#xa0;: chercher un nom · F2&#xa0;: réimprimer · F3&#xa0;: annuler · F10&#xa0;: réglages du poste</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="120"/>
        <source>Check in this person?</source>
        <translation>Enregistrer cette personne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="122"/>
        <source>Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.</source>
        <translation>Entrée enregistre · Échap annule. Inscription %1, trouvée par nom ou code, sans badge&#xa0;: vérifiez l’identité.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="126"/>
        <source>Already picked up: Enter shows when and where.</source>
        <translation>Déjà retiré&#xa0;: Entrée dit où et quand.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="143"/>
        <source>First pickup: %1 at %2</source>
        <translation>Premier retrait&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="145"/>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="150"/>
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation>Remis plusieurs fois pendant une coupure réseau — prévenez un superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="155"/>
        <source>The scanner types for another keyboard layout (%1 read as US): set it to this desk&apos;s layout.</source>
        <translation>Le lecteur est réglé sur une autre disposition de clavier (%1 lu en US)&#xa0;: réglez-le sur celle de ce poste.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="162"/>
        <source>This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.</source>
        <translation>Badge émis après la dernière synchro du poste&#xa0;: vérifié sur la personne qu’il désigne. Réimpression ici après la prochaine synchro.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="186"/>
        <source>⚑ %1 — call the protocol officer</source>
        <translation>⚑ %1 — prévenez le protocole</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="193"/>
        <source>Sign language: %1</source>
        <translation>Langue des signes (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="195"/>
        <source>Captions</source>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197"/>
        <source>Step-free access</source>
        <translation>Accès sans marches</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="199"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="201"/>
        <source>Access needs: %1</source>
        <translation>Besoins d’accès&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="208"/>
        <source>PARTICIPANT</source>
        <translation>PARTICIPANT</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="209"/>
        <source>SPEAKER</source>
        <translation>INTERVENANT</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210"/>
        <source>MEDIA</source>
        <translation>PRESSE</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="211"/>
        <source>VIP / HEAD OF DELEGATION</source>
        <translation>VIP / CHEF DE DÉLÉGATION</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="212"/>
        <source>STAFF</source>
        <translation>PERSONNEL</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="213"/>
        <source>VOLUNTEER</source>
        <translation>BÉNÉVOLE</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214"/>
        <source>EXHIBITOR</source>
        <translation>EXPOSANT</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="215"/>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="223"/>
        <source>Printing the badge — hand it over.</source>
        <translation>Impression du badge — remettez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="225"/>
        <source>Badge already printed — hand it over.</source>
        <translation>Badge déjà imprimé — remettez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="228"/>
        <source>Found by name or code: check a photo ID.</source>
        <translation>Trouvé par nom ou code&#xa0;: vérifiez l’identité.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="229"/>
        <source>✔ Admitted</source>
        <translation>✔ Admis</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="231"/>
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation>Vérifiez la pièce d’identité. Nouveau badge seulement avec un motif (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="233"/>
        <source>The badge never printed: F4 prints it now.</source>
        <translation>Le badge n’a jamais été imprimé&#xa0;: F4 pour l’imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="234"/>
        <source>● Already picked up</source>
        <translation>● Déjà retiré</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="237"/>
        <source>✘ Refused — badge revoked</source>
        <translation>✘ Refusé — badge révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="238"/>
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation>Déclaré perdu ou remplacé. Vérifiez l’identité&#xa0;; orientez vers le guichet d’assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="241"/>
        <source>✘ Refused — unknown badge</source>
        <translation>✘ Refusé — badge inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="242"/>
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation>Inconnu sur ce poste. Vérifiez la synchronisation ou cherchez le nom.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="245"/>
        <source>✘ Refused — forged or damaged code</source>
        <translation>✘ Refusé — code falsifié ou abîmé</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="246"/>
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation>Ne remettez pas de badge. Appelez un superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="249"/>
        <source>✘ Refused — badge of another event</source>
        <translation>✘ Refusé — badge d’un autre événement</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="250"/>
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation>Demandez la confirmation WUF ou cherchez le nom.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="253"/>
        <source>✘ Not a badge code</source>
        <translation>✘ Pas un code de badge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="254"/>
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation>Scannez le code QR de la confirmation ou du badge, ou cherchez le nom.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="257"/>
        <source>✘ Refused — security hold</source>
        <translation>✘ Refusé — blocage sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="258"/>
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation>Ne remettez pas le badge. Appelez le superviseur sécurité.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="192"/>
        <source>Select an attendee to see their details.</source>
        <translation>Sélectionnez un participant pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="214"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="215"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="216"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="217"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="218"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="219"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="276"/>
        <source>No note recorded.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="277"/>
        <source>⚑ Attention: %1</source>
        <translation>⚑ Attention&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279"/>
        <source>Security hold: send to the supervisor desk.</source>
        <translation>Blocage sécurité&#xa0;: orienter vers le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="284"/>
        <source>None declared</source>
        <translation>Aucun déclaré</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="293"/>
        <source>Not issued yet</source>
        <translation>Pas encore émis</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="296"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="297"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="298"/>
        <source>reported lost</source>
        <translation>déclaré perdu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="301"/>
        <source>No. %1 · %2 · issued %3</source>
        <translation>N° %1 · %2 · émis %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="311"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="317"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="323"/>
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="313"/>
        <location filename="../../ui/attendees/detail.py" line="325"/>
        <source>unknown desk</source>
        <translation>poste inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="229"/>
        <source>Correct name or category (Enter)</source>
        <translation>Corriger le nom ou la catégorie (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="328"/>
        <source>Checked in %1 at %2</source>
        <translation>Arrivé %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="337"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>%n retrait en double signalé aux superviseurs</numerusform>
            <numerusform>%n retraits en double signalés aux superviseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="344"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>%n retrait annulé</numerusform>
            <numerusform>%n retraits annulés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="366"/>
        <source>Only an administrator changes the category</source>
        <translation>Seul un administrateur change la catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="389"/>
        <location filename="../../ui/attendees/detail.py" line="394"/>
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>Non enregistré (%1). La fiche n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="400"/>
        <source>Not saved: this desk&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>Non enregistré&#xa0;: la base de ce poste ne peut pas être écrite pour l’instant. Réessayez&#xa0;; si cela persiste, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="406"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="411"/>
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>Correction enregistrée sur ce poste&#xa0;; elle se synchronise automatiquement.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="231"/>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="235"/>
        <source>This session no longer exists in this event.</source>
        <translation>Cette session n’existe plus dans cet événement.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="244"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="247"/>
        <location filename="../../ui/schedule/dialogs.py" line="280"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="249"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="251"/>
        <source>%1 expected</source>
        <translation>%1 attendus</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="253"/>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="254"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="255"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="259"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="263"/>
        <source>No conflict.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="265"/>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Move to…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Place…</source>
        <translation>Placer…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="276"/>
        <source>Take off the grid</source>
        <translation>Retirer de la grille</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="289"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DropPreview</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="210"/>
        <source>Drop here: no conflict.</source>
        <translation>Déposer ici&#xa0;: aucun conflit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="213"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>Déposer ici&#xa0;: %n conflit</numerusform>
            <numerusform>Déposer ici&#xa0;: %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="223"/>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="43"/>
        <source>Enrol this desk</source>
        <translation>Enrôler ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="46"/>
        <source>Enrol this desk with the hub</source>
        <translation>Enrôler ce poste auprès du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="50"/>
        <source>Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.</source>
        <translation>Scannez le code QR d’enrôlement avec le lecteur, ou collez le texte d’enrôlement affiché par `wufops enrol` sur le serveur, puis appuyez sur Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="60"/>
        <source>Venue CA file (only for wss:// hubs)</source>
        <translation>Fichier CA du site (serveurs wss:// seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="61"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="75"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="82"/>
        <source>This desk&apos;s data: %1</source>
        <translation>Données de ce poste&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>Venue CA</source>
        <translation>CA du site</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>PEM files (*.pem)</source>
        <translation>Fichiers PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="133"/>
        <location filename="../../ui/enrolment/panel.py" line="154"/>
        <source>Connecting to the hub…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="149"/>
        <source>Downloading the event from the hub (as %1)…</source>
        <translation>Téléchargement de l’événement depuis le serveur (en tant que %1)…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="169"/>
        <source>Done — opening the desk.</source>
        <translation>Terminé — ouverture du poste.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="182"/>
        <source>Paste or scan the enrolment text first.</source>
        <translation>Collez ou scannez d’abord le texte d’enrôlement.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="184"/>
        <source>That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.</source>
        <translation>Texte d’enrôlement non valide (il commence par wufops-enrol:). Rescannez le code QR ou collez tout le texte.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="188"/>
        <source>The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.</source>
        <translation>Le texte d’enrôlement est tronqué. Collez le texte entier, ou imprimez-en un nouveau avec `wufops enrol`.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="192"/>
        <source>The hub address must start with ws:// or wss://. Print a new enrolment.</source>
        <translation>L’adresse du serveur doit commencer par ws:// ou wss://. Imprimez un nouvel enrôlement.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="195"/>
        <source>Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.</source>
        <translation>Serveur injoignable. Vérifiez le réseau (câble ou Wi-Fi) et que le serveur tourne, puis Enter pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="199"/>
        <source>The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.</source>
        <translation>Jeton inconnu du serveur. Réenrôlez le poste sur le serveur (`wufops enrol`) et scannez le nouveau code.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="203"/>
        <source>This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).</source>
        <translation>Cet enrôlement a été révoqué sur le serveur. Demandez-en un nouveau (`wufops enrol`).</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="205"/>
        <source>This desk&apos;s data belongs to another device. Call IT.</source>
        <translation>Les données de ce poste sont à un autre appareil. Appelez l’informatique.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="207"/>
        <source>A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.</source>
        <translation>Un serveur wss:// exige le fichier CA du site&#xa0;: choisissez-le avec Parcourir…, puis Connecter.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="210"/>
        <source>The hub&apos;s certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.</source>
        <translation>Le certificat du serveur ne vient pas de la CA du site. Appelez l’informatique&#xa0;; ne réenrôlez pas à l’aveugle.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="213"/>
        <source>The venue CA file cannot be read: choose it again.</source>
        <translation>Le fichier CA du site est illisible&#xa0;: choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="214"/>
        <source>This app is older than the hub: install the hub&apos;s version.</source>
        <translation>Application plus ancienne que le serveur&#xa0;: installez sa version.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="215"/>
        <source>The download took too long. Press Enter to resume it.</source>
        <translation>Téléchargement trop long. Appuyez sur Enter pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="216"/>
        <source>This desk&apos;s data folder cannot be written: check the disk.</source>
        <translation>Écriture impossible dans le dossier de ce poste&#xa0;: vérifiez le disque.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="218"/>
        <source>Enrolment failed. Press Enter to try again.</source>
        <translation>Échec de l’enrôlement. Appuyez sur Enter pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="222"/>
        <source>Finishing the current step…</source>
        <translation>Fin de l’étape en cours…</translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="62"/>
        <source>No code? Find by name (Ctrl+F)</source>
        <translation>Pas de code&#xa0;? Chercher un nom (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="66"/>
        <source>Name, organization or registration code</source>
        <translation>Nom, organisation ou code d’inscription</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="105"/>
        <source>Type to search %Ln attendee(s)</source>
        <translation>
            <numerusform>Tapez pour chercher parmi %Ln participant</numerusform>
            <numerusform>Tapez pour chercher parmi %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="117"/>
        <source>picked up</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="125"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="127"/>
        <source>%n more match(es) — type more of the name</source>
        <translation>
            <numerusform>%n autre résultat — précisez le nom</numerusform>
            <numerusform>%n autres résultats — précisez le nom</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="129"/>
        <source>Enter picks the highlighted person</source>
        <translation>Enter choisit la personne en surbrillance</translation>
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="347"/>
        <source>SCAN</source>
        <translation>SCAN</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="348"/>
        <source>Hold the badge QR code under the scanner</source>
        <translation>Présentez le code QR du badge au lecteur</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="354"/>
        <source>ADMIT</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="357"/>
        <source>Already counted — the same badge moments ago</source>
        <translation>Déjà compté — même badge à l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="359"/>
        <source>Valid badge</source>
        <translation>Badge valide</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="362"/>
        <source>DENY</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="364"/>
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation>Badge révoqué (perdu ou remplacé) — orientez vers le guichet des badges</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="365"/>
        <source>Unknown badge — send to the badge desk</source>
        <translation>Badge inconnu — orientez vers le guichet des badges</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="366"/>
        <source>Forged or damaged code — call a supervisor</source>
        <translation>Code falsifié ou abîmé — appelez un superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="367"/>
        <source>Badge of another event</source>
        <translation>Badge d’un autre événement</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="368"/>
        <source>Not a badge code — scan the badge QR code</source>
        <translation>Pas un code de badge — scannez le code QR du badge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="369"/>
        <source>Already used</source>
        <translation>Déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="370"/>
        <source>Security hold — call a supervisor</source>
        <translation>Blocage sécurité — appelez un superviseur</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="761"/>
        <source>Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.</source>
        <translation>Les portiques d’entrée n’ont pas le programme. Demandez à un coordinateur ou à un guichet d’accueil où a lieu une session.</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="642"/>
        <source>Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.</source>
        <translation>Les portiques d’entrée n’ont pas le plan d’accessibilité. Demandez au coordinateur des services d’accessibilité qui interprète ou sous-titre une session.</translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="227"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_paint.py" line="327"/>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="357"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
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
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Language of this desk</source>
        <translation>Langue de ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>%1 · %2 · times in %3</source>
        <translation>%1 · %2 · heures de %3</translation>
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
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="238"/>
        <source>%Ln checked in</source>
        <translation>
            <numerusform>%Ln enregistré</numerusform>
            <numerusform>%Ln enregistrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Place “%1”</source>
        <translation>Placer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="95"/>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 places)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="113"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="114"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="120"/>
        <source>&amp;Start – end</source>
        <translation>&amp;Début – fin</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Place</source>
        <translation>Placer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="128"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="194"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="196"/>
        <source>ends the next day</source>
        <translation>finit le lendemain</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="201"/>
        <source>No conflict there.</source>
        <translation>Aucun conflit à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="205"/>
        <source>This placement would cause:</source>
        <translation>Ce placement causerait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="67"/>
        <source>Arrivals per 15 min by category, against the expected curve</source>
        <translation>Arrivées par 15 min et catégorie, face à la courbe prévue</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="70"/>
        <source>Check-ins per desk per hour</source>
        <translation>Retraits par guichet et par heure</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="71"/>
        <source>Scan to decision, last hour (ms)</source>
        <translation>Lecture à décision, dernière heure (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="72"/>
        <source>Entries per gate zone per hour</source>
        <translation>Entrées par zone et par heure</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="73"/>
        <source>Badge prints and failures per printer</source>
        <translation>Impressions de badges et échecs par imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="74"/>
        <source>Duplicate pickups and conflicts</source>
        <translation>Doubles retraits et conflits</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="81"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="82"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="83"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="84"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="85"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="86"/>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="87"/>
        <source>Exhibitors</source>
        <translation>Exposants</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="88"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="89"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="90"/>
        <source>Expected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="91"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="92"/>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="93"/>
        <source>Printed</source>
        <translation>Imprimés</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="94"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="95"/>
        <source>Duplicate pickups</source>
        <translation>Retraits en double</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="96"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="90"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="91"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="92"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="93"/>
        <source>Last seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="94"/>
        <source>Newest record</source>
        <translation>Dernier relevé</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="95"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="97"/>
        <source>Lag</source>
        <extracomment>column header: how late a device&apos;s recent changes reached the hub</extracomment>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="103"/>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="104"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="105"/>
        <source>Counted pickup</source>
        <translation>Retrait compté</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="106"/>
        <location filename="../../ui/operations/workspace.py" line="132"/>
        <source>Duplicate pickups</source>
        <translation>Retraits en double</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="112"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114"/>
        <source>What</source>
        <extracomment>column header: the kind of record a sync conflict was about</extracomment>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="115"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="117"/>
        <source>Kept</source>
        <extracomment>column header: the value a sync conflict kept</extracomment>
        <translation>Conservé</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="119"/>
        <source>Overwritten</source>
        <extracomment>column header: the value a sync conflict replaced</extracomment>
        <translation>Écrasé</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="128"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="131"/>
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="133"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="134"/>
        <source>Rejected changes</source>
        <translation>Modifications rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="238"/>
        <source>Operations — %1</source>
        <translation>Opérations — %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="326"/>
        <source>not syncing: %1</source>
        <translation>sans synchro&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="328"/>
        <source>settings ignored (%1)</source>
        <translation>réglages ignorés (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices (%n not syncing)</source>
        <translation>
            <numerusform>Appareils (%n sans synchro)</numerusform>
            <numerusform>Appareils (%n sans synchro)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="336"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="337"/>
        <source>quiet</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="338"/>
        <source>not syncing</source>
        <translation>sans synchro</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="339"/>
        <source>never seen</source>
        <translation>jamais vu</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="341"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="345"/>
        <source>this desk</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="348"/>
        <source>%1 (this desk)</source>
        <translation>%1 (ce poste)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="368"/>
        <source>This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them</source>
        <translation>Ce poste&#xa0;: sa liaison et ses opérations non confirmées par le serveur&#xa0;; le retard est l’âge de la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="372"/>
        <source>As the hub recorded it; lag: how late its recent work arrived</source>
        <translation>Selon le serveur&#xa0;; retard&#xa0;: délai d’arrivée de son travail récent</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="374"/>
        <source>As replicated to this desk: last seen is the hub&apos;s last contact or its newest record here. Only the hub knows other devices&apos; pending ops and lag.</source>
        <translation>Tel que répliqué ici&#xa0;: «&#xa0;vu&#xa0;» est le dernier contact avec le serveur ou son dernier relevé ici. Seul le serveur connaît l’attente et le retard des autres appareils.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="380"/>
        <location filename="../../ui/operations/workspace.py" line="408"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="385"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="387"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="401"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="403"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="404"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="340"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="83"/>
        <source>Wall screen (F11)</source>
        <translation>Écran mural (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="293"/>
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation>Badge prêté ou double passage&#xa0;: vérifiez avec le participant</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="318"/>
        <source>Devices: %1</source>
        <translation>Appareils&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="319"/>
        <source>Duplicate pickups: %1</source>
        <translation>Retraits en double&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="320"/>
        <source>Conflicts: %1</source>
        <translation>Conflits&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="321"/>
        <source>Rejected changes from this device: %1</source>
        <translation>Modifications rejetées de cet appareil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/access/picker.py" line="43"/>
        <source>Assign a provider</source>
        <translation>Affecter un prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="53"/>
        <source>Type to find a provider by name</source>
        <translation>Tapez pour chercher un prestataire par nom</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="67"/>
        <source>Type a name · ↑ ↓ choose · Enter assign · Esc close</source>
        <translation>Tapez un nom · ↑ ↓ choisir · Enter affecter · Esc fermer</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="71"/>
        <source>Assign</source>
        <translation>Affecter</translation>
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
        <translation>Choisissez l’interprète entendant qui sert de relais à %1 sur ce créneau.</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86"/>
        <source>Preparing the demo event</source>
        <translation>Préparation de l&apos;événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89"/>
        <source>Creating the demo event</source>
        <translation>Création de l&apos;événement de démonstration</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%Ln attendee(s) from 182 countries — only on the first run.</source>
        <translation>
            <numerusform>%Ln participant de 182 pays — au premier lancement seulement.</numerusform>
            <numerusform>%Ln participants de 182 pays — au premier lancement seulement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="116"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="123"/>
        <location filename="../../ui/access/panels.py" line="155"/>
        <source>Run a solve to see a proposal here.</source>
        <translation>Lancez le solveur (Résoudre) pour voir ici une proposition.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="137"/>
        <source>&amp;Accept the proposal</source>
        <translation>&amp;Accepter la proposition</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="138"/>
        <source>&amp;Discard it</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="164"/>
        <source>The coverage grid shows the plan as the proposal would leave it.</source>
        <translation>La grille de couverture montre le plan tel que la proposition le laisserait.</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Load that day</source>
        <translation>Charge du jour</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="320"/>
        <source>captioner</source>
        <translation>sous-titreur</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>Deaf interpreter</source>
        <translation>interprète sourd</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="330"/>
        <source>Travel to another room: %n min.</source>
        <translation>
            <numerusform>Trajet vers une autre salle&#xa0;: %n min.</numerusform>
            <numerusform>Trajet vers une autre salle&#xa0;: %n min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="337"/>
        <source>%1 in %2: %3, %4 (feeding the Deaf interpreter).</source>
        <translation>%1, %2&#xa0;: %3, %4 (relais de l’interprète sourd).</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="339"/>
        <source>%1 in %2: %3, %4.</source>
        <translation>%1, %2&#xa0;: %3, %4.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="343"/>
        <source>%1 Locked.</source>
        <translation>%1 Verrouillé.</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="357"/>
        <source>Not working</source>
        <translation>Ne travaille pas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="362"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n affectation</numerusform>
            <numerusform>%n affectations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="318"/>
        <source>Release the schedule</source>
        <translation>Publier le programme</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="328"/>
        <source>Note for this version (optional)</source>
        <translation>Note pour cette version (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="329"/>
        <source>Release now</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="332"/>
        <source>Show in the conflicts panel</source>
        <translation>Voir dans les conflits</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="334"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="352"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>Le programme ne peut pas être publié&#xa0;: %n conflit le bloque.</numerusform>
            <numerusform>Le programme ne peut pas être publié&#xa0;: %n conflits le bloquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="356"/>
        <source>Fix them, or lower their rule&apos;s severity, then release.</source>
        <translation>Corrigez-les, ou baissez la gravité de leur règle, puis publiez.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="359"/>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="370"/>
        <source>Release version %1</source>
        <translation>Publier la version %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="378"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="381"/>
        <source>Since version %1:</source>
        <translation>Depuis la version %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="383"/>
        <source>First release:</source>
        <translation>Première publication&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="388"/>
        <source>Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.</source>
        <translation>Chaque session placée et programmée entre dans la publication et devient publiée&#xa0;; les brouillons restent dehors. Les exports portent le numéro de version.</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="89"/>
        <source>Reprint the badge — why? (↑/↓ choose, Enter reprints)</source>
        <translation>Réimprimer le badge — pourquoi&#xa0;? (↑/↓ choisir, Enter réimprime)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="91"/>
        <source>Damaged — same badge number</source>
        <translation>Abîmé — même numéro de badge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="92"/>
        <source>Lost — the old badge stops working at the gates</source>
        <translation>Perdu — l’ancien badge est bloqué aux contrôles</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="93"/>
        <source>Name corrected — same badge number</source>
        <translation>Nom corrigé — même numéro de badge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="95"/>
        <source>Reprint (Enter)</source>
        <translation>Réimprimer (Enter)</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="443"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="450"/>
        <source>Find a room</source>
        <translation>Chercher une salle</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="453"/>
        <source>Tick the rooms to show; drag to reorder; ★ pins to the top.</source>
        <translation>Cochez les salles à afficher&#xa0;; glissez pour les ordonner&#xa0;; ★ les épingle en haut.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="463"/>
        <source>%1 — %2 seats · %3</source>
        <translation>%1 — %2 places · %3</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="475"/>
        <source>★ Favourite</source>
        <translation>★ Favorite</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="476"/>
        <source>Pin the selected room to the top of the grid</source>
        <translation>Épingler la salle choisie en haut de la grille</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="478"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="480"/>
        <source>Show none</source>
        <translation>Tout masquer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="482"/>
        <source>Favourites only</source>
        <translation>Favorites seules</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="485"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="100"/>
        <source>Batch run</source>
        <translation>Impression par lot</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="104"/>
        <source>Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.</source>
        <translation>Badges à pré-imprimer, triés par pays puis par nom de famille. Les participants sans badge en reçoivent un. Chaque badge écrit compte comme imprimé&#xa0;: les postes ne le réimprimeront pas au retrait.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="113"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="117"/>
        <source>All countries</source>
        <translation>Tous pays</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="122"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="123"/>
        <source>Only the first N badges of the selection (empty: all)</source>
        <translation>Seulement les N premiers badges de la sélection (vide&#xa0;: tous)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="134"/>
        <source>Where to write the PDF</source>
        <translation>Où écrire le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="135"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="147"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="148"/>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="149"/>
        <source>Li&amp;mit</source>
        <translation>Lim&amp;ite</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="155"/>
        <source>Output &amp;file</source>
        <translation>&amp;Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="159"/>
        <source>&amp;Run batch</source>
        <translation>&amp;Lancer le lot</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="164"/>
        <source>Stop the run (Esc); nothing is written</source>
        <translation>Arrêter le lot (Esc)&#xa0;; rien n’est écrit</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="189"/>
        <source>Open fol&amp;der</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="251"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="269"/>
        <source>Could not count the selection</source>
        <translation>Impossible de compter la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="271"/>
        <source>No attendee matches these filters</source>
        <translation>Aucun participant ne correspond à ces filtres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>%Ln badge(s) selected</source>
        <translation>
            <numerusform>%Ln badge sélectionné</numerusform>
            <numerusform>%Ln badges sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="407"/>
        <source>%Ln badge(s) written to %1</source>
        <translation>
            <numerusform>%Ln badge écrit dans %1</numerusform>
            <numerusform>%Ln badges écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%Ln newly issued</source>
        <translation>
            <numerusform>%Ln nouvellement émis</numerusform>
            <numerusform>%Ln nouvellement émis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="418"/>
        <source>%Ln character(s) could not be set in any bundled font: check those badges</source>
        <translation>
            <numerusform>%Ln caractère absent des polices fournies&#xa0;: vérifiez ces badges</numerusform>
            <numerusform>%Ln caractères absents des polices fournies&#xa0;: vérifiez ces badges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="281"/>
        <source>Write badges to</source>
        <translation>Écrire les badges dans</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="284"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="325"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="343"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="371"/>
        <source>Issuing badges: %1</source>
        <translation>Émission des badges&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="373"/>
        <source>Writing badges: %1</source>
        <translation>Écriture des badges&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="375"/>
        <source>Recording them as printed: %1</source>
        <translation>Marquage comme imprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="438"/>
        <source>Cancelled. No file was written and no badge was marked printed.</source>
        <translation>Annulé. Aucun fichier écrit, aucun badge marqué imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="440"/>
        <source>Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>Impossible d’écrire %1. Choisissez un dossier accessible en écriture, ou fermez le fichier s’il est ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="443"/>
        <source>Choose where to write the PDF first.</source>
        <translation>Choisissez d’abord où écrire le PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="444"/>
        <source>This layout cannot be used: pick another one.</source>
        <translation>Ce modèle est inutilisable&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="446"/>
        <source>No attendee matches these filters: change the category, country or limit.</source>
        <translation>Aucun participant ne correspond à ces filtres&#xa0;: changez la catégorie, le pays ou la limite.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="448"/>
        <source>This event is not in the database any more.</source>
        <translation>Cet événement n’est plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="449"/>
        <source>The database holds several events; open one event.</source>
        <translation>La base contient plusieurs événements&#xa0;; ouvrez-en un seul.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="451"/>
        <source>Two attendees share a badge reference; ask the hub operator to fix it before printing.</source>
        <translation>Deux participants partagent une référence de badge&#xa0;; demandez à l’opérateur du serveur de corriger avant d’imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="455"/>
        <source>This device has used up its badge serial numbers: sync with the hub.</source>
        <translation>Cet appareil a épuisé ses numéros de badge&#xa0;: synchronisez avec le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="458"/>
        <source>This device has no badge serial numbers yet: sync with the hub.</source>
        <translation>Cet appareil n’a pas encore de numéros de badge&#xa0;: synchronisez avec le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="460"/>
        <source>Could not open the event database.</source>
        <translation>Impossible d’ouvrir la base de l’événement.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="464"/>
        <source>The run stopped with an error (%1).</source>
        <translation>Le lot s’est arrêté sur une erreur (%1).</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/schedule/editor.py" line="40"/>
        <source>Not changed: %1</source>
        <translation>Pas modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/editor.py" line="48"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflit&#xa0;:</numerusform>
            <numerusform>%n conflits&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="67"/>
        <source>Moved “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» déplacée&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="69"/>
        <source>Placed “%1” in %2.</source>
        <translation>«&#xa0;%1&#xa0;» placée&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="97"/>
        <source>Took “%1” off the grid.</source>
        <translation>«&#xa0;%1&#xa0;» retirée de la grille.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="125"/>
        <source>“%1”: %2.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="134"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="141"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../../ui/schedule/grid.py" line="183"/>
        <source>Schedule grid</source>
        <translation>Grille du programme</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <location filename="../../ui/schedule/style.py" line="60"/>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="61"/>
        <source>Assembly</source>
        <translation>Assemblée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="62"/>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="63"/>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="64"/>
        <source>Side event</source>
        <translation>Événement parallèle</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="65"/>
        <source>Networking</source>
        <translation>Réseautage</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="66"/>
        <source>Training</source>
        <translation>Formation</translation>
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
        <translation>DI</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="81"/>
        <source>RT</source>
        <comment>marker: roundtable</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>TR</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="83"/>
        <source>SE</source>
        <comment>marker: side event</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>ÉP</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="85"/>
        <source>NW</source>
        <comment>marker: networking</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>RÉ</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="87"/>
        <source>TR</source>
        <comment>marker: training</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>FO</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="94"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="95"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="96"/>
        <source>Released</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="97"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="104"/>
        <source>Blocks release</source>
        <translation>Bloque la publication</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="105"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="107"/>
        <source>Off</source>
        <extracomment>severity of a conflict rule that is switched off</extracomment>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="114"/>
        <source>Room overlap</source>
        <translation>Salle en double</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="115"/>
        <source>Room unavailable</source>
        <translation>Salle fermée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="116"/>
        <source>Speaker double-booked</source>
        <translation>Intervenant en double</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="119"/>
        <source>Speaker unavailable</source>
        <translation>Intervenant indisponible</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="120"/>
        <source>Over capacity</source>
        <translation>Salle trop petite</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="121"/>
        <source>Channel overlap</source>
        <translation>Chaîne en double</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="122"/>
        <source>No stream encoder</source>
        <translation>Pas d’encodeur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="123"/>
        <source>Streamed, do-not-stream</source>
        <translation>Diffusion interdite</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="124"/>
        <source>Captions or sign not streamed</source>
        <translation>Sous-titres ou signes absents</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="133"/>
        <source>In person</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="134"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="135"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
</context>
<context>
    <name>ScheduleToolbar</name>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="37"/>
        <source>Find a session (Ctrl+F)</source>
        <translation>Session (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="45"/>
        <source>Filter rooms</source>
        <translation>Filtrer salles</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="50"/>
        <source>Rooms…</source>
        <translation>Salles…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="51"/>
        <source>Choose, pin and order the rooms shown</source>
        <translation>Choisir, épingler et ordonner les salles affichées</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="54"/>
        <source>Order of the rooms</source>
        <translation>Ordre des salles</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By floor</source>
        <translation>Par étage</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By capacity</source>
        <translation>Par capacité</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>My order</source>
        <translation>Mon ordre</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="62"/>
        <source>Channels</source>
        <translation>Chaînes</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="65"/>
        <source>Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)</source>
        <translation>Les chaînes de diffusion en lignes au-dessus des salles&#xa0;: les montrer ou cacher (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="70"/>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="71"/>
        <source>Lower rows: more rooms on the screen</source>
        <translation>Lignes plus basses&#xa0;: plus de salles à l’écran</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="73"/>
        <source>Show cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="74"/>
        <source>Show cancelled sessions (greyed and struck through)</source>
        <translation>Afficher les sessions annulées (grisées et barrées)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="78"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="81"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="82"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="84"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="88"/>
        <source>Move to…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="90"/>
        <source>Room, day and time of the selected session (Ctrl+M)</source>
        <translation>Salle, jour et heure de la session choisie (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="182"/>
        <source>Release</source>
        <extracomment>tab title (a noun): publishing the schedule as a numbered version</extracomment>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="251"/>
        <source>Read only: this device&apos;s role (%1) can look sessions up; only coordinators change the schedule.</source>
        <translation>Lecture seule&#xa0;: le rôle de cet appareil (%1) permet de consulter les sessions&#xa0;; seuls les coordinateurs modifient le programme.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="270"/>
        <source>check-in desk</source>
        <translation>guichet d’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="271"/>
        <source>entry gate</source>
        <translation>portique d’entrée</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="272"/>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="273"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes shown.</source>
        <translation>Chaînes affichées.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes hidden.</source>
        <translation>Chaînes masquées.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="377"/>
        <source>Show channel lanes</source>
        <translation>Afficher les chaînes</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="385"/>
        <source>No stream channels in this event</source>
        <translation>Aucune chaîne de diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="399"/>
        <source>To place (%1)</source>
        <translation>À placer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="406"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="462"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="508"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="613"/>
        <source>Select a session for its details (Enter). Ctrl+F finds a session.</source>
        <translation>Choisissez une session pour ses détails (Enter). Ctrl+F trouve une session.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="615"/>
        <source>Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…</source>
        <translation>Glisser&#xa0;: déplacer · un bord&#xa0;: redimensionner · Ctrl+flèches&#xa0;: déplacer · Suppr&#xa0;: retirer · Enter&#xa0;: détails · Ctrl+M&#xa0;: Déplacer…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="646"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="648"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="651"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="653"/>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="710"/>
        <source>Released version %1.</source>
        <translation>Version %1 publiée.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="721"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="723"/>
        <source>Move to…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="724"/>
        <source>Take off the grid</source>
        <translation>Retirer de la grille</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="725"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="159"/>
        <source>Desk settings</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="164"/>
        <source>Badge pickup</source>
        <translation>Retrait des badges</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165"/>
        <source>Entry gate</source>
        <translation>Contrôle d’accès</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="175"/>
        <source> s</source>
        <extracomment>unit after a number of seconds (keep the leading space if your language uses one)</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="177"/>
        <source>off</source>
        <extracomment>shown in the seconds field when it is 0: repeated scans are not merged</extracomment>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="179"/>
        <source>The same badge again at this gate within this time counts one entry</source>
        <translation>Le même badge repassé ici dans ce délai compte une seule entrée</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="181"/>
        <source>Sound per outcome</source>
        <translation>Son selon le résultat</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="186"/>
        <source>Desk or gate name</source>
        <translation>Nom du poste ou du contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="187"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="188"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="189"/>
        <source>PDF folder (no printer)</source>
        <translation>Dossier PDF (sans imprimante)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="190"/>
        <source>Badge stock (layout)</source>
        <translation>Support de badge (modèle)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="191"/>
        <source>Gate zone</source>
        <translation>Zone du contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="192"/>
        <source>Gate: same badge again within</source>
        <translation>Contrôle&#xa0;: même badge dans</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="196"/>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="212"/>
        <source>No printer — save PDF files</source>
        <translation>Sans imprimante — enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="216"/>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Assigned</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="225"/>
        <source>— open —</source>
        <translation>— à pourvoir —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="228"/>
        <source>%1 with feed %2</source>
        <translation>%1 (relais&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="241"/>
        <source>⚠ %1 (does not count: see the rules)</source>
        <translation>⚠ %1 (non compté&#xa0;: voir les règles)</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="244"/>
        <source>⚑ Locked</source>
        <translation>⚑ Verrouillé</translation>
    </message>
</context>
<context>
    <name>SlotsPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="67"/>
        <source>Choose a session to see its slots.</source>
        <translation>Choisissez une session pour voir ses créneaux.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="87"/>
        <source>Assign… (Enter)</source>
        <translation>Affecter… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="88"/>
        <source>Clear (Delete)</source>
        <translation>Vider (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="89"/>
        <source>Lock or unlock (L)</source>
        <translation>(Dé)verrouiller (L)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../../ui/schedule/commands.py" line="105"/>
        <source>Set status of “%1”</source>
        <translation>Statut de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StreamTexts</name>
    <message>
        <location filename="../../ui/streams/texts.py" line="22"/>
        <source>PLANNED</source>
        <translation>PRÉVU</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="23"/>
        <source>TESTING</source>
        <translation>TEST</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="24"/>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="25"/>
        <source>COMPLETE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="26"/>
        <source>OFF AIR</source>
        <translation>HORS ANTENNE</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="33"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>SI</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="43"/>
        <source>%1: “%2” was taken off the plan.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a été retiré du plan.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="48"/>
        <source>%1: nothing is planned on this channel.</source>
        <translation>%1&#xa0;: rien n’est prévu sur cette chaîne.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="51"/>
        <source>This device may not change stream statuses: only coordinator and admin devices may.</source>
        <translation>Ce poste ne peut pas changer l’état des diffusions&#xa0;: seuls les postes coordinateur et admin le peuvent.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="55"/>
        <source>%1: the status was not changed (%2).</source>
        <translation>%1&#xa0;: l’état n’a pas changé (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="62"/>
        <source>Press T to test or L to go live.</source>
        <translation>T pour tester, L pour passer en direct.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="63"/>
        <source>Press L to go live or P to go back to planned.</source>
        <translation>L pour passer en direct, P pour revenir à prévu.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="64"/>
        <source>Press C when it is over.</source>
        <translation>C quand c’est fini.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="65"/>
        <source>Press L to put it back on air.</source>
        <translation>L pour le remettre à l’antenne.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="73"/>
        <source>%1: “%2” is already planned.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà prévu.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="74"/>
        <source>%1: “%2” is already in testing.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà en test.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="75"/>
        <source>%1: “%2” is already live.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà en direct.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="76"/>
        <source>%1: “%2” is already complete.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="77"/>
        <source>%1: “%2” already has that status.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a déjà cet état.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="79"/>
        <source>%1: “%2” is planned — it cannot go to complete.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est prévu — il ne peut pas passer à terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="80"/>
        <source>%1: “%2” is in testing — it cannot go to complete.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est en test — il ne peut pas passer à terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="81"/>
        <source>%1: “%2” is live — it cannot go back to planned.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est en direct — il ne peut pas revenir à prévu.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="82"/>
        <source>%1: “%2” is live — it cannot go back to testing.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est en direct — il ne peut pas revenir en test.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="84"/>
        <source>%1: “%2” is complete — it cannot go back to planned.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est terminé — il ne peut pas revenir à prévu.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="87"/>
        <source>%1: “%2” is complete — it cannot go back to testing.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est terminé — il ne peut pas revenir en test.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="89"/>
        <source>%1: “%2” cannot take that status now.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas prendre cet état.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="93"/>
        <source>%1: “%2” is now PLANNED.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est maintenant PRÉVU.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="94"/>
        <source>%1: “%2” is now TESTING.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est maintenant en TEST.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="95"/>
        <source>%1: “%2” is now LIVE.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est maintenant EN DIRECT.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="96"/>
        <source>%1: “%2” is now COMPLETE.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est maintenant TERMINÉ.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="97"/>
        <source>%1: “%2” has a new status.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a un nouvel état.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="108"/>
        <source>“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» demandent tous deux %3&#xa0;: avec leurs marges, ils se chevauchent de %4 min. Passez l’un sur une autre chaîne ou raccourcissez sa marge.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="120"/>
        <source>“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.</source>
        <translation>«&#xa0;%1&#xa0;» doit être diffusé mais %2 n’a pas d’encodeur. Déplacez-le dans une salle équipée, ou retirez sa diffusion.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="129"/>
        <source>“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.</source>
        <translation>«&#xa0;%1&#xa0;» est marqué «&#xa0;ne pas diffuser&#xa0;» mais prévu sur %2. Retirez la diffusion, ou levez l’interdiction s’il peut être diffusé.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="142"/>
        <source>“%1” requires captions in %2, which its stream on %3 does not carry.</source>
        <translation>«&#xa0;%1&#xa0;» demande des sous-titres en %2, absents de sa diffusion sur %3.</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="150"/>
        <source>“%1” requires sign language %2, which its stream on %3 does not carry.</source>
        <translation>«&#xa0;%1&#xa0;» demande la langue des signes %2, absente de sa diffusion sur %3.</translation>
    </message>
</context>
<context>
    <name>StreamsWorkspace</name>
    <message>
        <location filename="../../ui/streams/workspace.py" line="149"/>
        <source>Live board</source>
        <translation>Tableau du direct</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="153"/>
        <source>Wall screen (F11)</source>
        <translation>Écran mural (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="167"/>
        <source>↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen</source>
        <translation>↑ ↓ ou 1–8&#xa0;: chaîne · T test · L direct · C terminé · P prévu · F11 écran mural</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="187"/>
        <source>Choose a channel, then T, L, C or P to change its status.</source>
        <translation>Choisissez une chaîne, puis T, L, C ou P pour changer son état.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>● Standalone</source>
        <translation>● Autonome</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <source>This desk is not connected to a hub</source>
        <translation>Ce poste n’est relié à aucun serveur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Offline — working locally</source>
        <translation>Hors ligne — en local</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>%n refusée&#xa0;: horloge du poste fausse</numerusform>
            <numerusform>%n refusées&#xa0;: horloge du poste fausse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="72"/>
        <source>last sync %1</source>
        <translation>dernière synchro %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="74"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="76"/>
        <source>hub clock %1 s</source>
        <translation>horloge serveur %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>Device %1 (%2)</source>
        <translation>Appareil %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88"/>
        <source>Badge signing key %1 certified by the hub</source>
        <translation>Clé de signature des badges %1 certifiée par le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="95"/>
        <source>The hub did not certify this desk&apos;s badge key (%1): lost-badge reprints need the hub until it does</source>
        <translation>Le serveur n’a pas certifié la clé de badge de ce poste (%1)&#xa0;: réimprimer un badge perdu exige le serveur d’ici là</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="102"/>
        <source>This computer&apos;s clock is %1 s off the hub&apos;s: the desk uses the hub&apos;s time</source>
        <translation>L’horloge de cet ordinateur a %1 s d’écart avec le serveur&#xa0;: le poste prend l’heure du serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="108"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>Le serveur a refusé %n opération datée par une horloge fausse (clock_skew)&#xa0;: elle reste sur ce poste — prévenez un superviseur</numerusform>
            <numerusform>Le serveur a refusé %n opérations datées par une horloge fausse (clock_skew)&#xa0;: elles restent sur ce poste — prévenez un superviseur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="115"/>
        <source>Last problem: %1</source>
        <translation>Dernier problème&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="121"/>
        <source>the hub cannot be reached; retrying</source>
        <translation>serveur injoignable&#xa0;; nouvel essai</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>the hub refused this device&apos;s token: enrol it again</source>
        <translation>le serveur a refusé le jeton de cet appareil&#xa0;: réenrôlez-le</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="123"/>
        <source>this device has been revoked by a supervisor</source>
        <translation>cet appareil a été révoqué par un superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="124"/>
        <source>this data belongs to another enrolled device: call IT</source>
        <translation>ces données sont à un autre appareil enrôlé&#xa0;: appelez l’informatique</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="125"/>
        <source>this app is older than the hub: upgrade it</source>
        <translation>application plus ancienne que le serveur&#xa0;: mettez-la à jour</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="126"/>
        <source>the hub&apos;s certificate is not the venue&apos;s: call IT</source>
        <translation>le certificat du serveur n’est pas celui du site&#xa0;: appelez l’informatique</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="127"/>
        <source>some changes from the hub could not be applied here</source>
        <translation>des modifications du serveur n’ont pas pu être appliquées ici</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="128"/>
        <source>this replica differed from the hub and was reloaded</source>
        <translation>cette copie différait du serveur et a été rechargée</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="129"/>
        <source>an unexpected sync error; retrying (see the log)</source>
        <translation>erreur de synchronisation inattendue&#xa0;; nouvel essai (voir le journal)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="131"/>
        <source>the hub holds too many connections from this device at once (is the app open twice?); retrying later</source>
        <translation>le hub a trop de connexions de ce poste à la fois (app ouverte deux fois&#xa0;?)&#xa0;; nouvel essai plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="134"/>
        <source>the hub asked this desk to slow down; retrying shortly</source>
        <translation>le serveur demande de ralentir&#xa0;; nouvel essai sous peu</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="136"/>
        <source>too many refused connections from this network address; retrying later</source>
        <translation>trop de connexions refusées depuis cette adresse réseau&#xa0;; nouvel essai plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="138"/>
        <source>the hub is busy; retrying shortly</source>
        <translation>le serveur est saturé&#xa0;; nouvel essai sous peu</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="140"/>
        <source>this device has synced too many copies of its data: call IT to re-enrol it</source>
        <translation>ce poste a synchronisé trop de copies de ses données&#xa0;: appelez l’informatique</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="142"/>
        <source>the hub failed on a request; retrying (see its log)</source>
        <translation>le serveur a échoué sur une requête&#xa0;; nouvel essai (voir son journal)</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="123"/>
        <source>Undo this check-in — why?</source>
        <translation>Annuler ce retrait — pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="125"/>
        <source>e.g. scanned the wrong badge</source>
        <translation>ex.&#xa0;: mauvais badge scanné</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="127"/>
        <source>Undo check-in (Enter)</source>
        <translation>Annuler le retrait (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="144"/>
        <source>Type a reason first.</source>
        <translation>Saisissez d’abord un motif.</translation>
    </message>
</context>
<context>
    <name>UnmetPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="191"/>
        <source>No provider has this language (or the accreditation it needs).</source>
        <translation>Aucun prestataire n’a cette langue (ou l’accréditation requise).</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="193"/>
        <source>Nobody with this language declared they can work then, or they are absent.</source>
        <translation>Les prestataires de cette langue ne se sont pas déclarés disponibles à ce moment, ou sont absents.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="195"/>
        <source>Everyone who could is already working at that time.</source>
        <translation>Tous ceux qui le pourraient travaillent déjà à ce moment.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="196"/>
        <source>Those free then have reached their day&apos;s cap or need a rest.</source>
        <translation>Ceux qui sont libres à ce moment ont atteint leur plafond journalier ou doivent faire une pause.</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="206"/>
        <source>%1 (WFD-WASLI accredited)</source>
        <translation>%1 (accréditation WFD-WASLI)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="208"/>
        <source>%n more provider(s) of %1 on the morning of %2.</source>
        <translation>
            <numerusform>%n prestataire de plus le matin du %2&#xa0;: %1.</numerusform>
            <numerusform>%n prestataires de plus le matin du %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="209"/>
        <source>%n more provider(s) of %1 on the afternoon of %2.</source>
        <translation>
            <numerusform>%n prestataire de plus l’après-midi du %2&#xa0;: %1.</numerusform>
            <numerusform>%n prestataires de plus l’après-midi du %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="210"/>
        <source>%n more provider(s) of %1 on the evening of %2.</source>
        <translation>
            <numerusform>%n prestataire de plus le soir du %2&#xa0;: %1.</numerusform>
            <numerusform>%n prestataires de plus le soir du %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="218"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="219"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="220"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="221"/>
        <source>Why it is open</source>
        <translation>Pourquoi non pourvu</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="222"/>
        <source>Smallest change that covers it</source>
        <translation>Changement minimal pour le couvrir</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="228"/>
        <source>Every unit of demand is filled: nothing is open.</source>
        <translation>Toutes les unités demandées sont pourvues&#xa0;: rien n’est à pourvoir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="231"/>
        <source>%n required unit(s) open.</source>
        <translation>
            <numerusform>%n unité requise à pourvoir.</numerusform>
            <numerusform>%n unités requises à pourvoir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="233"/>
        <source>%n advised unit(s) open.</source>
        <translation>
            <numerusform>%n unité conseillée à pourvoir.</numerusform>
            <numerusform>%n unités conseillées à pourvoir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="102"/>
        <source>Search sessions to place</source>
        <translation>Chercher une session à placer</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="120"/>
        <source>Place…</source>
        <translation>Placer…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="121"/>
        <source>Choose a room and time for the selected session (Enter)</source>
        <translation>Choisir la salle et l’heure de la session choisie (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="125"/>
        <source>Drag a session onto the grid, or select it and press Enter.</source>
        <translation>Glissez une session sur la grille, ou choisissez-la et appuyez sur Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="127"/>
        <source>Sessions not placed yet.</source>
        <translation>Sessions pas encore placées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="161"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>%n session à placer</numerusform>
            <numerusform>%n sessions à placer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="164"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52"/>
        <source>Attendees</source>
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
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="67"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="72"/>
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="77"/>
        <source>Streams</source>
        <translation>Diffusions</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="82"/>
        <source>Access</source>
        <translation>Accessibilité</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="71"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Esc)</translation>
    </message>
</context>
<context>
    <name>_SetupWindow</name>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="154"/>
        <location filename="../../ui/sync/demo_hub.py" line="157"/>
        <source>Preparing the demo hub</source>
        <translation>Préparation du serveur de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="159"/>
        <source>Issuing a signed badge for every attendee…</source>
        <translation>Émission d’un badge signé par participant…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="173"/>
        <source>Issuing signed badges: %1 of %2</source>
        <translation>Émission des badges signés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="179"/>
        <source>Starting the hub and loading the event on this desk…</source>
        <translation>Démarrage du serveur et chargement de l’événement sur ce poste…</translation>
    </message>
</context>
</TS>
