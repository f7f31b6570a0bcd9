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
        <location filename="../../ui/attendees/workspace.py" line="201" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="80" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="81" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="82" />
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="83" />
        <source>Family name (Latin)</source>
        <translation>Nom de famille (latin)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="84" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="89" />
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="92" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="143" />
        <source>Enter a given name or a family name.</source>
        <translation>Saisissez un prénom ou un nom de famille.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="170" />
        <source>Select an attendee to see their details.</source>
        <translation>Sélectionnez un participant pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="191" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="192" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="193" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="194" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="195" />
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="205" />
        <source>Correct name or category  (Enter)</source>
        <translation>Corriger le nom ou la catégorie  (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="252" />
        <source>No note recorded.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="253" />
        <source>⚑ Attention: %1</source>
        <translation>⚑ Attention : %1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="255" />
        <source>Security hold: send to the supervisor desk.</source>
        <translation>Blocage sécurité : orienter vers le superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="259" />
        <source>None declared</source>
        <translation>Aucun déclaré</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="266" />
        <source>Not issued yet</source>
        <translation>Pas encore émis</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="269" />
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="270" />
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="271" />
        <source>reported lost</source>
        <translation>déclaré perdu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="274" />
        <source>No. %1 · %2 · issued %3</source>
        <translation>N° %1 · %2 · émis %3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="284" />
        <source>Not checked in</source>
        <translation>Pas arrivé</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="286" />
        <source>unknown desk</source>
        <translation>poste inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="289" />
        <source>Checked in %1 at %2</source>
        <translation>Arrivé %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="298" />
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation><numerusform>%n retrait en double signalé aux superviseurs</numerusform><numerusform>%n retraits en double signalés aux superviseurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="305" />
        <source>%n pickup(s) undone</source>
        <translation><numerusform>%n retrait annulé</numerusform><numerusform>%n retraits annulés</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="340" />
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>Non enregistré (%1). La fiche n'a pas changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="344" />
        <source>Nothing changed.</source>
        <translation>Rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="352" />
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>Correction enregistrée sur ce poste ; elle se synchronise automatiquement.</translation>
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
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="69" />
        <source>Preparing the demo event</source>
        <translation>Préparation de l'événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="72" />
        <source>Creating the demo event</source>
        <translation>Création de l'événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="75" />
        <source>%1 attendees from 182 countries — only on the first run.</source>
        <translation>%1 participants de 182 pays — au premier lancement seulement.</translation>
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
</context>
</TS>