# ruff: noqa: E501 -- a table keyed by whole English sentences
"""French texts for the desk app, keyed by English source text (``fill.py fr`` applies them).

Write plain spaces before ``: ; ? !`` and inside « »; ``fill.py`` makes them no-break.
Keys and shortcut names (F2, Ctrl+F, Esc, Enter), placeholders (%1, %n), mnemonics (&)
and decision codes stay as in the source. A list is the two French plural forms (n ≤ 1, n ≥ 2).
"""

TABLE: dict[str, str | list[str]] = {
    # -- badge preview and badges workspace --
    "Open layout file…": "Ouvrir un modèle…",
    "Layout": "Modèle",
    "Sample": "Exemple",
    "Badge layout": "Modèle de badge",
    "Badge layouts (*.json)": "Modèles de badge (*.json)",
    "This layout cannot be used:": "Ce modèle est inutilisable :",
    "A6": "A6",
    "4×6 in": "4×6 pouces",
    "CR80 card": "Carte CR80",
    "54×90 mm label": "Étiquette 54×90 mm",
    "4×A6 on A4": "4×A6 sur A4",
    "Whose name the preview shows": "Nom affiché dans l’aperçu",
    "Name or registration code, then Enter": "Nom ou code d’inscription, puis Enter",
    "Layout and preview": "Modèle et aperçu",
    "&Layout": "&Modèle",
    "&Sample": "&Exemple",
    "Find &attendee": "Chercher un p&articipant",
    "Every script": "Toutes écritures",
    "Latin, diacritics": "Latin, diacritiques",
    "Arabic": "Arabe",
    "Devanagari": "Devanagari",
    "Chinese": "Chinois",
    "Attendee: %1": "Participant : %1",
    "Demo: %1": "Démo : %1",
    "No badge issued yet: this QR code is only a sample.": (
        "Aucun badge émis : ce code QR n’est qu’un exemple."
    ),
    "No attendee matches “%1”.": "Aucun participant ne correspond à « %1 ».",
    # -- check-in desk and gate --
    "Scan a badge — the scanner works wherever the cursor is": (
        "Scannez un badge — le lecteur fonctionne où que soit le curseur"
    ),
    "Entry gate · %1": "Contrôle d’accès · %1",
    "zone %1": "zone %1",
    "F10: desk settings": "F10 : réglages du poste",
    "no printer — PDF files in %1": "aucune — PDF dans %1",
    "Badge pickup · %1 · printer: %2": "Retrait de badge · %1 · imprimante : %2",
    "Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning": (
        "Ctrl+F nom · F2 réimprimer · F3 annuler · F4 imprimer · F10 réglages · Esc retour au scan"
    ),
    "Could not record the scan (%1) — scan again; if it repeats, call a supervisor.": (
        "Scan non enregistré (%1) — scannez à nouveau ; si cela se répète, appelez un superviseur."
    ),
    "Entries today: %1": "Entrées aujourd’hui : %1",
    "%1 s per attendee": "%1 s/personne",
    "— s per attendee": "— s/personne",
    "Today %1 · This hour %2 · %3": "Aujourd’hui %1 · Cette heure %2 · %3",
    "Print failed (%1) — fix the printer, then F4 prints again.": (
        "Échec d’impression (%1) — réparez l’imprimante, puis F4 pour relancer."
    ),
    "Badge %1 sent to %2": "Badge %1 envoyé à %2",
    "Badge saved as %1": "Badge enregistré sous %1",
    "Scan or find the person first, then F2.": "Scannez ou cherchez d’abord la personne, puis F2.",
    "Nothing to undo: scan or find the person first.": (
        "Rien à annuler : scannez ou cherchez d’abord la personne."
    ),
    "Check-in undone: %1": "Retrait annulé : %1",
    "This desk cannot issue a new badge (no desk signing key): send the person to the help desk.": (
        "Ce poste ne peut pas émettre de nouveau badge (pas de clé de signature) :"
        " orientez la personne vers le guichet d’assistance."
    ),
    "Already printed — use F2 with a reason to reprint.": (
        "Déjà imprimé — F2 avec un motif pour réimprimer."
    ),
    "This person has no valid badge on this desk.": (
        "Cette personne n’a pas de badge valide sur ce poste."
    ),
    "That check-in was already undone.": "Ce retrait a déjà été annulé.",
    "Ready — scan a badge or find a name": "Prêt — scannez un badge ou cherchez un nom",
    "The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings": (
        "Le lecteur fonctionne où que soit le curseur. Ctrl+F : chercher un nom · F2 : réimprimer"
        " · F3 : annuler · F10 : réglages du poste"
    ),
    "First pickup: %1 at %2": "Premier retrait : %1 · %2",
    "another desk": "un autre poste",
    "Handed out more than once while desks were offline — tell a supervisor.": (
        "Remis plusieurs fois pendant une coupure réseau — prévenez un superviseur."
    ),
    "The scanner types for another keyboard layout (%1 read as US): set it to this desk's layout.": (
        "Le lecteur est réglé sur une autre disposition de clavier (%1 lu en US) :"
        " réglez-le sur celle de ce poste."
    ),
    "⚑ %1 — call the protocol officer": "⚑ %1 — prévenez le protocole",
    "Sign language: %1": "Langue des signes (%1)",
    "Access needs: %1": "Besoins d’accès : %1",
    "PARTICIPANT": "PARTICIPANT",
    "SPEAKER": "INTERVENANT",
    "MEDIA": "PRESSE",
    "VIP / HEAD OF DELEGATION": "VIP / CHEF DE DÉLÉGATION",
    "STAFF": "PERSONNEL",
    "VOLUNTEER": "BÉNÉVOLE",
    "EXHIBITOR": "EXPOSANT",
    "SECURITY": "SÉCURITÉ",
    "Printing the badge — hand it over.": "Impression du badge — remettez-le.",
    "Badge already printed — hand it over.": "Badge déjà imprimé — remettez-le.",
    "Found by name: check a photo ID.": "Trouvé par nom : vérifiez une pièce d’identité.",
    "✔ Admitted": "✔ Admis",
    "Check photo ID. A new badge only with a reprint reason (F2).": (
        "Vérifiez la pièce d’identité. Nouveau badge seulement avec un motif (F2)."
    ),
    "The badge never printed: F4 prints it now.": (
        "Le badge n’a jamais été imprimé : F4 pour l’imprimer."
    ),
    "● Already picked up": "● Déjà retiré",
    "✘ Refused — badge revoked": "✘ Refusé — badge révoqué",
    "Reported lost or replaced. Check photo ID; send to the help desk.": (
        "Déclaré perdu ou remplacé. Vérifiez l’identité ; orientez vers le guichet d’assistance."
    ),
    "✘ Refused — unknown badge": "✘ Refusé — badge inconnu",
    "Not known on this desk. Check the sync state, or find the name.": (
        "Inconnu sur ce poste. Vérifiez la synchronisation ou cherchez le nom."
    ),
    "✘ Refused — forged or damaged code": "✘ Refusé — code falsifié ou abîmé",
    "Do not hand out a badge. Call a supervisor.": (
        "Ne remettez pas de badge. Appelez un superviseur."
    ),
    "✘ Refused — badge of another event": "✘ Refusé — badge d’un autre événement",
    "Ask for the WUF confirmation, or find the name.": (
        "Demandez la confirmation WUF ou cherchez le nom."
    ),
    "✘ Not a badge code": "✘ Pas un code de badge",
    "Scan the QR code on the confirmation or badge, or find the name.": (
        "Scannez le code QR de la confirmation ou du badge, ou cherchez le nom."
    ),
    "✘ Refused — security hold": "✘ Refusé — blocage sécurité",
    "Do not hand out the badge. Call the security supervisor.": (
        "Ne remettez pas le badge. Appelez le superviseur sécurité."
    ),
    # -- find by name --
    "No code? Find by name (Ctrl+F)": "Pas de code ? Chercher un nom (Ctrl+F)",
    "Name, organization or registration code": "Nom, organisation ou code d’inscription",
    "picked up": "retiré",
    "No match": "Aucun résultat",
    "%n more match(es) — type more of the name": [
        "%n autre résultat — précisez le nom",
        "%n autres résultats — précisez le nom",
    ],
    "Enter picks the highlighted person": "Enter choisit la personne en surbrillance",
    # -- gate card --
    "SCAN": "SCAN",
    "Hold the badge QR code under the scanner": "Présentez le code QR du badge au lecteur",
    "ADMIT": "ADMIS",
    "Valid badge": "Badge valide",
    "DENY": "REFUSÉ",
    "Badge revoked (lost or replaced) — send to the badge desk": (
        "Badge révoqué (perdu ou remplacé) — orientez vers le guichet des badges"
    ),
    "Unknown badge — send to the badge desk": "Badge inconnu — orientez vers le guichet des badges",
    "Forged or damaged code — call a supervisor": "Code falsifié ou abîmé — appelez un superviseur",
    "Badge of another event": "Badge d’un autre événement",
    "Not a badge code — scan the badge QR code": "Pas un code de badge — scannez le code QR du badge",
    "Already used": "Déjà utilisé",
    "Security hold — call a supervisor": "Blocage sécurité — appelez un superviseur",
    # -- enrolment --
    "Enrol this desk": "Enrôler ce poste",
    "Enrol this desk with the hub": "Enrôler ce poste auprès du serveur",
    "Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.": (
        "Scannez le code QR d’enrôlement avec le lecteur, ou collez le texte d’enrôlement"
        " affiché par `wufops enrol` sur le serveur, puis appuyez sur Enter."
    ),
    "Venue CA file (only for wss:// hubs)": "Fichier CA du site (serveurs wss:// seulement)",
    "Browse…": "Parcourir…",
    "Connect": "Connecter",
    "This desk's data: %1": "Données de ce poste : %1",
    "Venue CA": "CA du site",
    "PEM files (*.pem)": "Fichiers PEM (*.pem)",
    "Connecting to the hub…": "Connexion au serveur…",
    "Downloading the event from the hub (as %1)…": (
        "Téléchargement de l’événement depuis le serveur (en tant que %1)…"
    ),
    "Done — opening the desk.": "Terminé — ouverture du poste.",
    "Paste or scan the enrolment text first.": ("Collez ou scannez d’abord le texte d’enrôlement."),
    "That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.": (
        "Texte d’enrôlement non valide (il commence par wufops-enrol:)."
        " Rescannez le code QR ou collez tout le texte."
    ),
    "The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.": (
        "Le texte d’enrôlement est tronqué. Collez le texte entier,"
        " ou imprimez-en un nouveau avec `wufops enrol`."
    ),
    "The hub address must start with ws:// or wss://. Print a new enrolment.": (
        "L’adresse du serveur doit commencer par ws:// ou wss://. Imprimez un nouvel enrôlement."
    ),
    "Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.": (
        "Serveur injoignable. Vérifiez le réseau (câble ou Wi-Fi) et que le serveur tourne,"
        " puis Enter pour réessayer."
    ),
    "The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.": (
        "Jeton inconnu du serveur. Réenrôlez le poste sur le serveur (`wufops enrol`)"
        " et scannez le nouveau code."
    ),
    "This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).": (
        "Cet enrôlement a été révoqué sur le serveur. Demandez-en un nouveau (`wufops enrol`)."
    ),
    "This desk's data belongs to another device. Call IT.": (
        "Les données de ce poste sont à un autre appareil. Appelez l’informatique."
    ),
    "A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.": (
        "Un serveur wss:// exige le fichier CA du site : choisissez-le avec Parcourir…,"
        " puis Connecter."
    ),
    "The hub's certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.": (
        "Le certificat du serveur ne vient pas de la CA du site. Appelez l’informatique ;"
        " ne réenrôlez pas à l’aveugle."
    ),
    "The venue CA file cannot be read: choose it again.": (
        "Le fichier CA du site est illisible : choisissez-le à nouveau."
    ),
    "This app is older than the hub: install the hub's version.": (
        "Application plus ancienne que le serveur : installez sa version."
    ),
    "The download took too long. Press Enter to resume it.": (
        "Téléchargement trop long. Appuyez sur Enter pour le reprendre."
    ),
    "This desk's data folder cannot be written: check the disk.": (
        "Écriture impossible dans le dossier de ce poste : vérifiez le disque."
    ),
    "Enrolment failed. Press Enter to try again.": (
        "Échec de l’enrôlement. Appuyez sur Enter pour réessayer."
    ),
    "Finishing the current step…": "Fin de l’étape en cours…",
    # -- operations --
    "Refresh": "Actualiser",
    "Device": "Appareil",
    "Role": "Rôle",
    "State": "État",
    "Last contact": "Dernier contact",
    "Attendee": "Participant",
    "Registration": "Inscription",
    "Counted pickup": "Retrait compté",
    "Duplicate pickups": "Retraits en double",
    "Detected": "Détecté",
    "What": "Objet",
    "Field": "Champ",
    "Kept": "Conservé",
    "Overwritten": "Écrasé",
    "Change": "Modification",
    "Record": "Fiche",
    "Reason": "Motif",
    "Detail": "Détail",
    "Devices": "Appareils",
    "Conflicts": "Conflits",
    "Rejected changes": "Modifications rejetées",
    "never": "jamais",
    "active": "actif",
    "Badge sharing or double queueing: check with the attendee": (
        "Badge prêté ou double passage : vérifiez avec le participant"
    ),
    "Devices: %1": "Appareils : %1",
    "Duplicate pickups: %1": "Retraits en double : %1",
    "Conflicts: %1": "Conflits : %1",
    "Rejected changes from this device: %1": "Modifications rejetées de cet appareil : %1",
    # -- reprint / undo / settings panels --
    "Reprint the badge — why? (↑/↓ choose, Enter reprints)": (
        "Réimprimer le badge — pourquoi ? (↑/↓ choisir, Enter réimprime)"
    ),
    "Damaged — same badge number": "Abîmé — même numéro de badge",
    "Lost — the old badge stops working at the gates": (
        "Perdu — l’ancien badge est bloqué aux contrôles"
    ),
    "Name corrected — same badge number": "Nom corrigé — même numéro de badge",
    "Reprint (Enter)": "Réimprimer (Enter)",
    "Undo this check-in — why?": "Annuler ce retrait — pourquoi ?",
    "e.g. scanned the wrong badge": "ex. : mauvais badge scanné",
    "Undo check-in (Enter)": "Annuler le retrait (Enter)",
    "Type a reason first.": "Saisissez d’abord un motif.",
    "Cancel (Esc)": "Annuler (Esc)",
    "Desk settings": "Réglages du poste",
    "Badge pickup": "Retrait des badges",
    "Entry gate": "Contrôle d’accès",
    "Sound per outcome": "Son selon le résultat",
    "Desk or gate name": "Nom du poste ou du contrôle",
    "Mode": "Mode",
    "Printer": "Imprimante",
    "PDF folder (no printer)": "Dossier PDF (sans imprimante)",
    "Badge stock (layout)": "Support de badge (modèle)",
    "Gate zone": "Zone du contrôle",
    "Save (Enter)": "Enregistrer (Enter)",
    "No printer — save PDF files": "Sans imprimante — enregistrer en PDF",
    "%1 (not found)": "%1 (introuvable)",
    # -- batch run --
    "Batch run": "Impression par lot",
    "Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.": (
        "Badges à pré-imprimer, triés par pays puis par nom de famille. Les participants sans"
        " badge en reçoivent un. Chaque badge écrit compte comme imprimé : les postes ne le"
        " réimprimeront pas au retrait."
    ),
    "All categories": "Toutes catégories",
    "All countries": "Tous pays",
    "No limit": "Sans limite",
    "Only the first N badges of the selection (empty: all)": (
        "Seulement les N premiers badges de la sélection (vide : tous)"
    ),
    "Where to write the PDF": "Où écrire le PDF",
    "C&hoose…": "C&hoisir…",
    "Ca&tegory": "Ca&tégorie",
    "C&ountry": "Pa&ys",
    "Li&mit": "Lim&ite",
    "Output &file": "&Fichier de sortie",
    "&Run batch": "&Lancer le lot",
    "Cancel": "Annuler",
    "Stop the run (Esc); nothing is written": "Arrêter le lot (Esc) ; rien n’est écrit",
    "Open fol&der": "Ouvrir le &dossier",
    "Counting…": "Comptage…",
    "Could not count the selection": "Impossible de compter la sélection",
    "No attendee matches these filters": "Aucun participant ne correspond à ces filtres",
    "%Ln badge(s) selected": ["%Ln badge sélectionné", "%Ln badges sélectionnés"],
    "Write badges to": "Écrire les badges dans",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "Starting…": "Démarrage…",
    "Cancelling…": "Annulation…",
    "Issuing badges: %1": "Émission des badges : %1",
    "Writing badges: %1": "Écriture des badges : %1",
    "Recording them as printed: %1": "Marquage comme imprimés : %1",
    "%Ln badge(s) written to %1": ["%Ln badge écrit dans %1", "%Ln badges écrits dans %1"],
    "%Ln page(s)": ["%Ln page", "%Ln pages"],
    "%Ln newly issued": ["%Ln nouvellement émis", "%Ln nouvellement émis"],
    "%Ln character(s) could not be set in any bundled font: check those badges": [
        "%Ln caractère absent des polices fournies : vérifiez ces badges",
        "%Ln caractères absents des polices fournies : vérifiez ces badges",
    ],
    "Cancelled. No file was written and no badge was marked printed.": (
        "Annulé. Aucun fichier écrit, aucun badge marqué imprimé."
    ),
    "Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.": (
        "Impossible d’écrire %1. Choisissez un dossier accessible en écriture, ou fermez le"
        " fichier s’il est ouvert dans un autre programme."
    ),
    "Choose where to write the PDF first.": "Choisissez d’abord où écrire le PDF.",
    "This layout cannot be used: pick another one.": (
        "Ce modèle est inutilisable : choisissez-en un autre."
    ),
    "No attendee matches these filters: change the category, country or limit.": (
        "Aucun participant ne correspond à ces filtres : changez la catégorie, le pays ou la limite."
    ),
    "This event is not in the database any more.": (
        "Cet événement n’est plus dans la base de données."
    ),
    "The database holds several events; open one event.": (
        "La base contient plusieurs événements ; ouvrez-en un seul."
    ),
    "Two attendees share a badge reference; ask the hub operator to fix it before printing.": (
        "Deux participants partagent une référence de badge ; demandez à l’opérateur du"
        " serveur de corriger avant d’imprimer."
    ),
    "This device has used up its badge serial numbers: sync with the hub.": (
        "Cet appareil a épuisé ses numéros de badge : synchronisez avec le serveur."
    ),
    "This device has no badge serial numbers yet: sync with the hub.": (
        "Cet appareil n’a pas encore de numéros de badge : synchronisez avec le serveur."
    ),
    "Could not open the event database.": "Impossible d’ouvrir la base de l’événement.",
    "The run stopped with an error (%1).": "Le lot s’est arrêté sur une erreur (%1).",
    # -- sync status --
    "● Standalone": "● Autonome",
    "This desk is not connected to a hub": "Ce poste n’est relié à aucun serveur",
    "Online": "En ligne",
    "Syncing…": "Synchronisation…",
    "Connecting…": "Connexion…",
    "Offline — working locally": "Hors ligne — en local",
    "Sync stopped": "Synchronisation arrêtée",
    "%n pending": ["%n en attente", "%n en attente"],
    "%n rejected": ["%n rejetée", "%n rejetées"],
    "last sync %1": "dernière synchro %1",
    "never synced": "jamais synchronisé",
    "hub clock %1 s": "horloge serveur %1 s",
    "Device %1 (%2)": "Appareil %1 (%2)",
    "Badge signing key %1 certified by the hub": (
        "Clé de signature des badges %1 certifiée par le serveur"
    ),
    "The hub did not certify this desk's badge key (%1): lost-badge reprints need the hub until it does": (
        "Le serveur n’a pas certifié la clé de badge de ce poste (%1) : réimprimer un"
        " badge perdu exige le serveur d’ici là"
    ),
    "Last problem: %1": "Dernier problème : %1",
    "the hub cannot be reached; retrying": "serveur injoignable ; nouvel essai",
    "the hub refused this device's token: enrol it again": (
        "le serveur a refusé le jeton de cet appareil : réenrôlez-le"
    ),
    "this device has been revoked by a supervisor": "cet appareil a été révoqué par un superviseur",
    "this data belongs to another enrolled device: call IT": (
        "ces données sont à un autre appareil enrôlé : appelez l’informatique"
    ),
    "this app is older than the hub: upgrade it": (
        "application plus ancienne que le serveur : mettez-la à jour"
    ),
    "the hub's certificate is not the venue's: call IT": (
        "le certificat du serveur n’est pas celui du site : appelez l’informatique"
    ),
    "some changes from the hub could not be applied here": (
        "des modifications du serveur n’ont pas pu être appliquées ici"
    ),
    "this replica differed from the hub and was reloaded": (
        "cette copie différait du serveur et a été rechargée"
    ),
    "an unexpected sync error; retrying (see the log)": (
        "erreur de synchronisation inattendue ; nouvel essai (voir le journal)"
    ),
    # -- workspaces and demo hub --
    "Operations": "Opérations",
    "Badges": "Badges",
    "Preparing the demo hub": "Préparation du serveur de démonstration",
    "Issuing a signed badge for every attendee…": "Émission d’un badge signé par participant…",
    "Issuing signed badges: %1 of %2": "Émission des badges signés : %1 sur %2",
    "Starting the hub and loading the event on this desk…": (
        "Démarrage du serveur et chargement de l’événement sur ce poste…"
    ),
    # -- desk: confirm by Enter, gate repeats, 1280×720 --
    "Name, organization, country or code": "Nom, organisation, pays ou code",
    "none (PDF files)": "aucune (PDF)",
    "PDF files go to %1": "Les PDF vont dans %1",
    "Check in this person?": "Enregistrer cette personne ?",
    "Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.": (
        "Entrée enregistre · Échap annule. Inscription %1, trouvée par nom ou code, sans badge : vérifiez l’identité."
    ),
    "Already picked up: Enter shows when and where.": "Déjà retiré : Entrée dit où et quand.",
    "Found by name or code: check a photo ID.": "Trouvé par nom ou code : vérifiez l’identité.",
    "Already counted — the same badge moments ago": "Déjà compté — même badge à l’instant",
    " s": " s",
    "off": "non",
    "The same badge again at this gate within this time counts one entry": (
        "Le même badge repassé ici dans ce délai compte une seule entrée"
    ),
    "Gate: same badge again within": "Contrôle : même badge dans",
    "The scanned code is not a badge or a registration code of this event.": (
        "Le code lu n’est ni un badge ni un code d’inscription de cet événement."
    ),
    # -- roles, clocks, late badges --
    "%n refused: this desk's clock was wrong": [
        "%n refusée : horloge du poste fausse",
        "%n refusées : horloge du poste fausse",
    ],
    "This computer's clock is %1 s off the hub's: the desk uses the hub's time": (
        "L’horloge de cet ordinateur a %1 s d’écart avec le serveur : le poste prend l’heure "
        "du serveur"
    ),
    "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept "
    "on this desk — tell a supervisor": [
        "Le serveur a refusé %n opération datée par une horloge fausse (clock_skew) : elle "
        "reste sur ce poste — prévenez un superviseur",
        "Le serveur a refusé %n opérations datées par une horloge fausse (clock_skew) : elles "
        "restent sur ce poste — prévenez un superviseur",
    ],
    "This badge was issued after this desk last synced: checked against the person it names. "
    "It can be reprinted here after the next sync.": (
        "Badge émis après la dernière synchro du poste : vérifié sur la personne qu’il désigne. "
        "Réimpression ici après la prochaine synchro."
    ),
    "Only an administrator changes the category": ("Seul un administrateur change la catégorie"),
    # -- sync status: hub limits --
    "the hub holds too many connections from this device at once (is the app open twice?); retrying later": (
        "le hub a trop de connexions de ce poste à la fois (app ouverte deux fois ?) ; nouvel essai plus tard"
    ),
    "the hub asked this desk to slow down; retrying shortly": (
        "le serveur demande de ralentir ; nouvel essai sous peu"
    ),
    "too many refused connections from this network address; retrying later": (
        "trop de connexions refusées depuis cette adresse réseau ; nouvel essai plus tard"
    ),
    "the hub is busy; retrying shortly": "le serveur est saturé ; nouvel essai sous peu",
    "this device has synced too many copies of its data: call IT to re-enrol it": (
        "ce poste a synchronisé trop de copies de ses données : appelez l’informatique"
    ),
    "the hub failed on a request; retrying (see its log)": (
        "le serveur a échoué sur une requête ; nouvel essai (voir son journal)"
    ),
    # -- operations dashboard --
    "Export": "Exporter",
    "Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)": "Enregistrer ce graphique en PNG (Ctrl+S) ou CSV (Ctrl+Shift+S)",
    "Save as PNG…": "Enregistrer en PNG…",
    "Save as CSV…": "Enregistrer en CSV…",
    "PNG image (*.png)": "Image PNG (*.png)",
    "CSV table (*.csv)": "Tableau CSV (*.csv)",
    "Export chart": "Exporter le graphique",
    "Desk area": "Zone",
    "Open": "Ouverts",
    "Load": "Charge",
    "Waiting": "En file",
    "Wait now": "Attente",
    "Worst, 30 min": "Pire, 30 min",
    "Why": "Pourquoi",
    "No slow desk, failing printer or silent device found.": "Ni guichet lent, ni imprimante en panne, ni appareil muet.",
    "%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.": "%1 : %2 en file, attente %3, au pire %4 dans les %5 min.",
    "No desk area is expected to wait over %1 min.": "Aucune zone ne devrait attendre plus de %1 min.",
    "At %1": "À %1",
    "At %1 (the last recorded activity)": "À %1 (dernière activité)",
    "%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible": "%1 guichets ouverts sur %2 ; %3 s par personne ; %4 par minute sur %5 possibles",
    "Idle: %1": "Inactifs : %1",
    "no end": "sans fin",
    "< 1 min": "< 1 min",
    "%1 min": "%1 min",
    "Open these desks: %1.": "Ouvrez ces guichets : %1.",
    "Move %n volunteer(s) from %1.": [
        "Déplacer %n bénévole de %1.",
        "Déplacer %n bénévoles de %1.",
    ],
    "Call %n more staff.": ["Appeler %n renfort.", "Appeler %n renforts."],
    "The wait then falls to %1.": "L’attente tombe alors à %1.",
    "%1: scans take %2 ms (most desks %3 ms) — check its scanner": "%1 : lecture en %2 ms (%3 ms ailleurs) — vérifier le scanner",
    "%1: %2 s per person (its area %3 s)": "%1 : %2 s par personne (zone : %3 s)",
    "%1: %2% of prints failed — check the printer": "%1 : %2 % d’impressions ratées — vérifier l’imprimante",
    "%1: not synced for %2 min — check its network": "%1 : pas de synchro depuis %2 min — vérifier le réseau",
    "Last seen": "Vu",
    "Newest record": "Dernier relevé",
    "Pending": "En attente",
    "Lag": "Retard",
    "Dashboard": "Tableau de bord",
    "Operations — %1": "Opérations — %1",
    "not syncing: %1": "sans synchro : %1",
    "settings ignored (%1)": "réglages ignorés (%1)",
    "Devices (%n not syncing)": ["Appareils (%n sans synchro)", "Appareils (%n sans synchro)"],
    "online": "en ligne",
    "quiet": "silencieux",
    "not syncing": "sans synchro",
    "never seen": "jamais vu",
    "offline": "hors ligne",
    "this desk": "ce poste",
    "%1 (this desk)": "%1 (ce poste)",
    "This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them": (
        "Ce poste : sa liaison et ses opérations non confirmées par le serveur ; le retard "
        "est l’âge de la plus ancienne"
    ),
    "As the hub recorded it; lag: how late its recent work arrived": "Selon le serveur ; retard : délai d’arrivée de son travail récent",
    "As replicated to this desk: last seen is the hub's last contact or its newest record here. Only the hub knows other devices' pending ops and lag.": (
        "Tel que répliqué ici : « vu » est le dernier contact avec le serveur ou son dernier "
        "relevé ici. Seul le serveur connaît l’attente et le retard des autres appareils."
    ),
    "just now": "à l’instant",
    "%1 min ago": "il y a %1 min",
    "%1 s": "%1 s",
    "%1 h": "%1 h",
    "Arrivals per 15 min by category, against the expected curve": "Arrivées par 15 min et catégorie, face à la courbe prévue",
    "Check-ins per desk per hour": "Retraits par guichet et par heure",
    "Scan to decision, last hour (ms)": "Lecture à décision, dernière heure (ms)",
    "Entries per gate zone per hour": "Entrées par zone et par heure",
    "Badge prints and failures per printer": "Impressions de badges et échecs par imprimante",
    "Duplicate pickups and conflicts": "Doubles retraits et conflits",
    "Participants": "Participants",
    "Speakers": "Intervenants",
    "Media": "Médias",
    "VIP": "VIP",
    "Staff": "Personnel",
    "Volunteers": "Bénévoles",
    "Exhibitors": "Exposants",
    "Security": "Sécurité",
    "Unknown": "Inconnu",
    "Expected": "Prévu",
    "Median": "Médiane",
    "90th percentile": "90e centile",
    "Printed": "Imprimés",
    "Failed": "Échecs",
    # -- streams: the control room's live board (ui/streams) --
    "Streams": "Diffusions",
    "Channel": "Chaîne",
    "Status": "État",
    "On air now": "À l’antenne",
    "Next": "Ensuite",
    "Captions · sign": "Sous-titres · LS",
    "this device": "ce poste",
    "by %1 at %2": "par %1 à %2",
    "LATE %1 min": "RETARD %1 min",
    "OVERRUN %1 min": "DÉPASSE %1 min",
    "CLASH": "CONFLIT",
    "DO NOT STREAM": "NE PAS DIFFUSER",
    "%1 · pre-roll in %2": "%1 · antenne dans %2",
    "%1 · in pre-roll": "%1 · pré-antenne",
    "CC %1": "ST %1",
    "No captions": "Sans ST",
    "Sign: %1": "Signes : %1",
    "No sign": "Sans signes",
    "NO CC %1": "SANS ST %1",
    "NO SIGN %1": "SANS SIGNES %1",
    "PLANNED": "PRÉVU",
    "TESTING": "TEST",
    "LIVE": "EN DIRECT",
    "COMPLETE": "TERMINÉ",
    "OFF AIR": "HORS ANTENNE",
    "IS": "SI",
    "%1: “%2” is already planned.": "%1 : « %2 » est déjà prévu.",
    "%1: “%2” is already in testing.": "%1 : « %2 » est déjà en test.",
    "%1: “%2” is already live.": "%1 : « %2 » est déjà en direct.",
    "%1: “%2” is already complete.": "%1 : « %2 » est déjà terminé.",
    "%1: “%2” already has that status.": "%1 : « %2 » a déjà cet état.",
    "%1: “%2” is planned — it cannot go to complete.": (
        "%1 : « %2 » est prévu — il ne peut pas passer à terminé."
    ),
    "%1: “%2” is in testing — it cannot go to complete.": (
        "%1 : « %2 » est en test — il ne peut pas passer à terminé."
    ),
    "%1: “%2” is live — it cannot go back to planned.": (
        "%1 : « %2 » est en direct — il ne peut pas revenir à prévu."
    ),
    "%1: “%2” is live — it cannot go back to testing.": (
        "%1 : « %2 » est en direct — il ne peut pas revenir en test."
    ),
    "%1: “%2” is complete — it cannot go back to planned.": (
        "%1 : « %2 » est terminé — il ne peut pas revenir à prévu."
    ),
    "%1: “%2” is complete — it cannot go back to testing.": (
        "%1 : « %2 » est terminé — il ne peut pas revenir en test."
    ),
    "%1: “%2” cannot take that status now.": "%1 : « %2 » ne peut pas prendre cet état.",
    "%1: “%2” was taken off the plan.": "%1 : « %2 » a été retiré du plan.",
    "%1: nothing is planned on this channel.": "%1 : rien n’est prévu sur cette chaîne.",
    "This device may not change stream statuses: only coordinator and admin devices may.": (
        "Ce poste ne peut pas changer l’état des diffusions : seuls les postes coordinateur "
        "et admin le peuvent."
    ),
    "%1: the status was not changed (%2).": "%1 : l’état n’a pas changé (%2).",
    "Press T to test or L to go live.": "T pour tester, L pour passer en direct.",
    "Press L to go live or P to go back to planned.": (
        "L pour passer en direct, P pour revenir à prévu."
    ),
    "Press C when it is over.": "C quand c’est fini.",
    "Press L to put it back on air.": "L pour le remettre à l’antenne.",
    "%1: “%2” is now PLANNED.": "%1 : « %2 » est maintenant PRÉVU.",
    "%1: “%2” is now TESTING.": "%1 : « %2 » est maintenant en TEST.",
    "%1: “%2” is now LIVE.": "%1 : « %2 » est maintenant EN DIRECT.",
    "%1: “%2” is now COMPLETE.": "%1 : « %2 » est maintenant TERMINÉ.",
    "%1: “%2” has a new status.": "%1 : « %2 » a un nouvel état.",
    "“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.": (
        "« %1 » et « %2 » demandent tous deux %3 : avec leurs marges, ils se chevauchent de "
        "%4 min. Passez l’un sur une autre chaîne ou raccourcissez sa marge."
    ),
    "“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.": (
        "« %1 » doit être diffusé mais %2 n’a pas d’encodeur. Déplacez-le dans une salle "
        "équipée, ou retirez sa diffusion."
    ),
    "“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.": (
        "« %1 » est marqué « ne pas diffuser » mais prévu sur %2. Retirez la diffusion, ou "
        "levez l’interdiction s’il peut être diffusé."
    ),
    "“%1” requires captions in %2, which its stream on %3 does not carry.": (
        "« %1 » demande des sous-titres en %2, absents de sa diffusion sur %3."
    ),
    "“%1” requires sign language %2, which its stream on %3 does not carry.": (
        "« %1 » demande la langue des signes %2, absente de sa diffusion sur %3."
    ),
    "Live board": "Tableau du direct",
    "Wall screen (F11)": "Écran mural (F11)",
    "↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen": (
        "↑ ↓ ou 1–8 : chaîne · T test · L direct · C terminé · P prévu · F11 écran mural"
    ),
    "Choose a channel, then T, L, C or P to change its status.": (
        "Choisissez une chaîne, puis T, L, C ou P pour changer son état."
    ),
    # -- schedule workspace (ui/schedule) --
    "Schedule": "Programme",
    "Release…": "Publier…",
    "Publish the schedule as its next version": "Publier le programme comme nouvelle version",
    "“%1”": "« %1 »",
    "speaker %1": "intervenant %1",
    "not placed": "non placée",
    "off the grid": "hors de la grille",
    "%1, %2": "%1, %2",
    "none that day": "aucune ce jour-là",
    "Rule “%1” found a problem with %2.": "La règle « %1 » signale un problème avec %2.",
    "%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.": (
        "%1 (%2) et %3 (%4) se chevauchent de %5 min dans %6. Déplacez ou raccourcissez l’une des deux."
    ),
    "%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.": (
        "%1 commence %2 min après la fin de %3 dans %4, qui demande %5 min de changement. Déplacez l’une des deux ou raccourcissez la première."
    ),
    "%1 (%2) is outside the times %3 is available (%4). Move it, or change the room's availability.": (
        "%1 (%2) est hors des heures d’ouverture de %3 (%4). Déplacez-la, ou changez les disponibilités de la salle."
    ),
    "%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.": (
        "%1 intervient dans %2 (%3) et dans %4 (%5), qui se chevauchent de %6 min. Déplacez une session ou changez ses intervenants."
    ),
    "%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.": (
        "%1 n’est pas disponible pendant %2 (%3) ; disponible : %4. Déplacez la session ou consultez l’intervenant."
    ),
    "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": (
        "%1 attend %2 personnes ; %3 compte %4 places. Déplacez-la dans une salle plus grande."
    ),
    "overlaps %1 by %2 min": "chevauche %1 de %2 min",
    "%1 min after %2; the room needs %3 min to change over": "%1 min après %2 ; la salle demande %3 min de changement",
    "%1 min before %2; the room needs %3 min to change over": "%1 min avant %2 ; la salle demande %3 min de changement",
    "%1 is closed then": "%1 est fermée à ce moment",
    "%1 also speaks in %2": "%1 intervient aussi dans %2",
    "%1 is not available then": "%1 n’est pas disponible à ce moment",
    "%1 expected, %2 seats": "%1 attendus, %2 places",
    "device %1": "appareil %1",
    "Your move of %1 (%2) lost to %3's move (%4).": (
        "Votre déplacement de %1 (%2) a été remplacé par celui de %3 (%4)."
    ),
    "%1's move of %2 (%3) lost to %4's move (%5).": (
        "Le déplacement de %2 par %1 (%3) a été remplacé par celui de %4 (%5)."
    ),
    "added": "ajoutée",
    "removed": "retirée",
    "moved": "déplacée",
    "edited": "modifiée",
    "%1 — %2": "%1 — %2",
    "This session no longer exists in this event.": "Cette session n’existe plus dans cet événement.",
    "This room no longer exists in this event.": "Cette salle n’existe plus dans cet événement.",
    "This session has no default length: give its end time.": "Cette session n’a pas de durée par défaut : donnez son heure de fin.",
    "A session ends after it starts and lasts at most 24 hours.": (
        "Une session finit après son début et dure au plus 24 heures."
    ),
    "Place the session in a room and time before scheduling it.": (
        "Placez la session dans une salle et un horaire avant de la programmer."
    ),
    "A session becomes released only when a release publishes it.": "Une session ne devient publiée que lorsqu’une publication la publie.",
    "That status cannot be set by hand.": "Ce statut ne se choisit pas à la main.",
    "No session is placed and scheduled: schedule sessions first.": (
        "Aucune session placée et programmée : programmez d’abord des sessions."
    ),
    "The schedule is exactly what the last release published.": (
        "Le programme est exactement celui de la dernière publication."
    ),
    "A session holds too much text to be released.": "Une session contient trop de texte pour être publiée.",
    "Blocking conflicts stand: fix them, or lower their rule's severity, before releasing.": (
        "Des conflits bloquants subsistent : corrigez-les, ou baissez la gravité de leur règle, avant de publier."
    ),
    "This device's database cannot be written right now. Try again; if it persists, call the supervisor.": (
        "La base de cet appareil ne peut pas être écrite pour l’instant. Réessayez ; si cela persiste, appelez le superviseur."
    ),
    "Refused (%1).": "Refusé (%1).",
    "Severity": "Gravité",
    "All severities": "Toute gravité",
    "Rule": "Règle",
    "All rules": "Toute règle",
    "Moves that lost to another coordinator's move": (
        "Déplacements remplacés par ceux d’un autre coordinateur"
    ),
    "Re-apply": "Réappliquer",
    "Put the session back where the lost move put it": (
        "Remettre la session là où le déplacement perdu l’avait mise"
    ),
    "Dismiss": "Ignorer",
    "Keep the session where it is and mark this resolved": (
        "Laisser la session où elle est et marquer ceci résolu"
    ),
    "%n conflict(s) block the release": [
        "%n conflit bloque la publication",
        "%n conflits bloquent la publication",
    ],
    "%n warning(s)": ["%n alerte", "%n alertes"],
    "%1 · %2": "%1 · %2",
    "Session details": "Détails de la session",
    "Type": "Type",
    "Where": "Lieu",
    "%1 expected": "%1 attendus",
    "%1 seats": "%1 places",
    "Audience": "Public",
    "Format": "Format",
    "No conflict.": "Aucun conflit.",
    "Conflicts:": "Conflits :",
    "Move to…": "Déplacer…",
    "Place…": "Placer…",
    "Take off the grid": "Retirer de la grille",
    "Close": "Fermer",
    "Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.": (
        "Les portiques d’entrée n’ont pas le programme. Demandez à un coordinateur ou à un guichet d’accueil où a lieu une session."
    ),
    "%n conflict(s)": ["%n conflit", "%n conflits"],
    "%n room(s)": ["%n salle", "%n salles"],
    "Move “%1”": "Déplacer « %1 »",
    "Place “%1”": "Placer « %1 »",
    "%1 (%2 seats)": "%1 (%2 places)",
    "&Room": "&Salle",
    "&Day": "&Jour",
    "&Start – end": "&Début – fin",
    "Move": "Déplacer",
    "Place": "Placer",
    "ends the next day": "finit le lendemain",
    "No conflict there.": "Aucun conflit à cet endroit.",
    "This placement would cause:": "Ce placement causerait :",
    "Release the schedule": "Publier le programme",
    "Note for this version (optional)": "Note pour cette version (facultatif)",
    "Release": "Publication",
    "Release now": "Publier",
    "Show in the conflicts panel": "Voir dans les conflits",
    "The schedule cannot be released: %n conflict(s) block it.": [
        "Le programme ne peut pas être publié : %n conflit le bloque.",
        "Le programme ne peut pas être publié : %n conflits le bloquent.",
    ],
    "Fix them, or lower their rule's severity, then release.": (
        "Corrigez-les, ou baissez la gravité de leur règle, puis publiez."
    ),
    "… and %1 more.": "… et %1 de plus.",
    "Release version %1": "Publier la version %1",
    "%n added": ["%n ajoutée", "%n ajoutées"],
    "%n moved": ["%n déplacée", "%n déplacées"],
    "%n edited": ["%n modifiée", "%n modifiées"],
    "%n removed": ["%n retirée", "%n retirées"],
    "Since version %1:": "Depuis la version %1 :",
    "First release:": "Première publication :",
    "Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.": (
        "Chaque session placée et programmée entre dans la publication et devient publiée ; les brouillons restent dehors. Les exports portent le numéro de version."
    ),
    "Rooms": "Salles",
    "Find a room": "Chercher une salle",
    "Tick the rooms to show; drag to reorder; ★ pins to the top.": (
        "Cochez les salles à afficher ; glissez pour les ordonner ; ★ les épingle en haut."
    ),
    "%1 — %2 seats · %3": "%1 — %2 places · %3",
    "★ Favourite": "★ Favorite",
    "Pin the selected room to the top of the grid": "Épingler la salle choisie en haut de la grille",
    "Show all": "Tout afficher",
    "Show none": "Tout masquer",
    "Favourites only": "Favorites seules",
    "Done": "Terminé",
    "Schedule grid": "Grille du programme",
    "Plenary": "Plénière",
    "Assembly": "Assemblée",
    "Dialogue": "Dialogue",
    "Roundtable": "Table ronde",
    "Side event": "Événement parallèle",
    "Networking": "Réseautage",
    "Training": "Formation",
    "PL": "PL",
    "AS": "AS",
    "DI": "DI",
    "RT": "TR",
    "SE": "ÉP",
    "NW": "RÉ",
    "TR": "FO",
    "Draft": "Brouillon",
    "Scheduled": "Programmée",
    "Released": "Publiée",
    "Cancelled": "Annulée",
    "Blocks release": "Bloque la publication",
    "Warning": "Alerte",
    "Off": "Désactivée",
    "Room overlap": "Salle en double",
    "Room unavailable": "Salle fermée",
    "Speaker double-booked": "Intervenant en double",
    "Speaker unavailable": "Intervenant indisponible",
    "Over capacity": "Salle trop petite",
    "In person": "Sur place",
    "Hybrid": "Hybride",
    "Find a session (Ctrl+F)": "Session (Ctrl+F)",
    "Filter rooms": "Filtrer salles",
    "Rooms…": "Salles…",
    "Choose, pin and order the rooms shown": "Choisir, épingler et ordonner les salles affichées",
    "Order of the rooms": "Ordre des salles",
    "By name": "Par nom",
    "By floor": "Par étage",
    "By capacity": "Par capacité",
    "My order": "Mon ordre",
    "Compact": "Compact",
    "Show cancelled": "Annulées",
    "Show cancelled sessions (greyed and struck through)": "Afficher les sessions annulées (grisées et barrées)",
    "Lower rows: more rooms on the screen": "Lignes plus basses : plus de salles à l’écran",
    "Zoom out (Ctrl+−)": "Zoom arrière (Ctrl+−)",
    "Zoom in (Ctrl++)": "Zoom avant (Ctrl++)",
    "Undo": "Annuler",
    "Redo": "Rétablir",
    "Room, day and time of the selected session (Ctrl+M)": (
        "Salle, jour et heure de la session choisie (Ctrl+M)"
    ),
    "Read only: this device's role (%1) can look sessions up; only coordinators change the schedule.": (
        "Lecture seule : le rôle de cet appareil (%1) permet de consulter les sessions ; seuls les coordinateurs modifient le programme."
    ),
    "To place (%1)": "À placer (%1)",
    "check-in desk": "guichet d’accueil",
    "entry gate": "portique d’entrée",
    "coordinator": "coordinateur",
    "administrator": "administrateur",
    "Conflicts (%1)": "Conflits (%1)",
    "Lost placement": "Placement perdu",
    "Never released. Every scheduled session is new.": (
        "Jamais publié. Chaque session programmée est nouvelle."
    ),
    "Version %1, released %2.": "Version %1, publiée %2.",
    "%n change(s) since then.": ["%n changement depuis.", "%n changements depuis."],
    "Added": "Ajoutée",
    "Removed": "Retirée",
    "Moved": "Déplacée",
    "Edited": "Modifiée",
    "%1 min to change over": "%1 min de changement",
    "%n found": ["%n trouvée", "%n trouvées"],
    "Select a session for its details (Enter). Ctrl+F finds a session.": (
        "Choisissez une session pour ses détails (Enter). Ctrl+F trouve une session."
    ),
    "Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…": (
        "Glisser : déplacer · un bord : redimensionner · Ctrl+flèches : déplacer · Suppr : retirer · Enter : détails · Ctrl+M : Déplacer…"
    ),
    "Not changed: %1": "Pas modifié : %1",
    "%n conflict(s):": ["%n conflit :", "%n conflits :"],
    "Moved “%1” to %2.": "« %1 » déplacée : %2.",
    "Placed “%1” in %2.": "« %1 » placée : %2.",
    "Took “%1” off the grid.": "« %1 » retirée de la grille.",
    "“%1”: %2.": "« %1 » : %2.",
    "Undone: %1": "Annulé : %1",
    "Redone: %1": "Rétabli : %1",
    "Undo: %1 (Ctrl+Z)": "Annuler : %1 (Ctrl+Z)",
    "Nothing to undo": "Rien à annuler",
    "Redo: %1 (Ctrl+Shift+Z)": "Rétablir : %1 (Ctrl+Shift+Z)",
    "Nothing to redo": "Rien à rétablir",
    "Released version %1.": "Version %1 publiée.",
    "Details…": "Détails…",
    "Drop here: no conflict.": "Déposer ici : aucun conflit.",
    "Drop here: %n conflict(s)": ["Déposer ici : %n conflit", "Déposer ici : %n conflits"],
    "Set status of “%1”": "Statut de « %1 »",
    "Search sessions to place": "Chercher une session à placer",
    "Choose a room and time for the selected session (Enter)": (
        "Choisir la salle et l’heure de la session choisie (Enter)"
    ),
    "Drag a session onto the grid, or select it and press Enter.": (
        "Glissez une session sur la grille, ou choisissez-la et appuyez sur Enter."
    ),
    "Sessions not placed yet.": "Sessions pas encore placées.",
    "%n session(s) to place": ["%n session à placer", "%n sessions à placer"],
    "%1 of %2 shown": "%1 sur %2 affichées",
    "Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.": "Non imprimé (glyph_missing) : aucune police de ce poste ne sait imprimer %1. Écrivez le badge à la main et prévenez le superviseur.",
    "e.g. spelling as in the passport": "p. ex. orthographe du passeport",
    "Reason (required)": "Motif (obligatoire)",
    "Say why you are correcting this record.": "Indiquez pourquoi vous corrigez cette fiche.",
    "Correct name or category (Enter)": "Corriger le nom ou la catégorie (Enter)",
    "Corrected": "Corrigé",
    "%1 at %2: %3": "%1 à %2 : %3",
    "Never": "Jamais",
    "%Ln attendee(s) from 182 countries — only on the first run.": [
        "%Ln participant de 182 pays — au premier lancement seulement.",
        "%Ln participants de 182 pays — au premier lancement seulement.",
    ],
    "%Ln attendee(s)": ["%Ln participant", "%Ln participants"],
    "%Ln checked in": ["%Ln enregistré", "%Ln enregistrés"],
    "Type to search %Ln attendee(s)": [
        "Tapez pour chercher parmi %Ln participant",
        "Tapez pour chercher parmi %Ln participants",
    ],
    "Type a given name or a family name.": "Saisissez un prénom ou un nom de famille.",
    "Name, organisation or registration code": "Nom, organisation ou code d’inscription",
    "Type to search %1 attendees": "Tapez pour chercher parmi %1 participants",
    "%1 more — type more of the name": "%1 autres — précisez le nom",
    "1 badge selected": "1 badge sélectionné",
    "%1 badges selected": "%1 badges sélectionnés",
    "1 badge written to %2": "1 badge écrit dans %2",
    "%1 badges written to %2": "%1 badges écrits dans %2",
    "1 page": "1 page",
    "%1 pages": "%1 pages",
    "%1 newly issued": "%1 nouvellement émis",
    "%1 character(s) could not be set in any bundled font: check those badges": "%1 caractère(s) absent(s) des polices fournies : vérifiez ces badges",
    "Enter checks in · Esc cancels. Found by name or code %1: check a photo ID.": "Entrée enregistre · Échap annule. Trouvé par nom ou code %1 : vérifiez l’identité.",
    "this device is already connected elsewhere too often; retrying later": "ce poste a déjà trop de connexions ouvertes ; nouvel essai plus tard",
    "Open %1": "Ouvrir %1",
    "; ": " ; ",
    "move %n volunteer(s) from %1": ["déplacer %n bénévole de %1", "déplacer %n bénévoles de %1"],
    "call %n more staff": ["appeler %n renfort", "appeler %n renforts"],
    "%1: the wait falls to %2.": "%1 : l’attente tombe à %2.",
    "%1: %2 of prints failed — check the printer": "%1 : %2 d’impressions ratées — vérifier l’imprimante",
    "Wall mode (F11)": "Mur (F11)",
    "Devices (%1 red)": "Appareils (%1 en rouge)",
    "NO %1": "SANS %1",
    "planned": "prévu",
    "testing": "en test",
    "live": "en direct",
    "complete": "terminé",
    "%1: “%2” is already %3.": "%1 : « %2 » est déjà %3.",
    "%1: “%2” is %3 — it cannot go %4. %5": "%1 : « %2 » est %3 — il ne peut pas passer « %4 ». %5",
    "%1: “%2” is now %3.": "%1 : « %2 » est maintenant %3.",
    "captions %1": "sous-titres %1",
    "sign language %1": "langue des signes %1",
    "“%1” requires %2, which its stream on %3 does not carry.": "« %1 » demande %2, absent de sa diffusion sur %3.",
    "%1 block the release · %2 warnings": "%1 bloquent la publication · %2 alertes",
    "Channels": "Chaînes",
    "Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)": "Les chaînes de diffusion en lignes au-dessus des salles : les montrer ou cacher (Ctrl+Shift+L)",
    "Channel lanes shown.": "Chaînes affichées.",
    "Channel lanes hidden.": "Chaînes masquées.",
    "Show channel lanes": "Afficher les chaînes",
    "No stream channels in this event": "Aucune chaîne de diffusion",
    "overlaps %1 on %2 by %3 min, rolls included": "chevauche %1 sur %2 de %3 min, marges comprises",
    "streamed, but %1 has no stream encoder": "diffusée, mais %1 n’a pas d’encodeur",
    "do-not-stream, but planned on %1": "à ne pas diffuser, mais prévue sur %1",
    "its stream on %1 lacks captions or sign language it requires": "sa diffusion sur %1 n’a pas les sous-titres ou signes requis",
    "%1: %2, on air %3 (%4 min before, %5 after)": "%1 : %2, antenne %3 (%4 min avant, %5 après)",
    "Marked do-not-stream (closed door)": "À ne pas diffuser (huis clos)",
    "Channel overlap": "Chaîne en double",
    "No stream encoder": "Pas d’encodeur",
    "Streamed, do-not-stream": "Diffusion interdite",
    "Captions or sign not streamed": "Sous-titres ou signes absents",
    "A6, EN + AZ": "A6, EN + AZ",
}

# -- texts the .ts had beyond the table (translated in Qt Linguist before tables/) --
TABLE.update(
    {
        "Participant": "Participant",
        "Speaker": "Intervenant",
        "VIP / head of delegation": "VIP / chef de délégation",
        "Volunteer": "Bénévole",
        "Exhibitor": "Exposant",
        "Sign language (%1)": "Langue des signes (%1)",
        "Captions": "Sous-titrage",
        "Step-free access": "Accès sans marches",
        "Assistance": "Assistance",
        "Name": "Nom",
        "Latin name": "Nom (latin)",
        "Organization": "Organisation",
        "Country": "Pays",
        "Category": "Catégorie",
        "Needs": "Besoins",
        "Check-in": "Accueil",
        "In": "Arrivé",
        "Not yet": "Pas encore",
        "Hold": "Bloqué",
        "Any needs": "Tous besoins",
        "Has a need": "A un besoin",
        "Sign language": "Langue des signes",
        "Checked in or not": "Arrivé ou non",
        "Checked in": "Arrivé",
        "Not checked in": "Pas arrivé",
        "Accessibility need": "Besoin d'accessibilité",
        "Check-in state": "État d'accueil",
        "%1 of %2": "%1 sur %2",
        "No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.": "Personne ne correspond à « %1 » avec ces filtres. Vérifiez l’orthographe, tapez une partie du nom, ou appuyez sur Esc pour effacer la recherche et les filtres.",
        "Given name": "Prénom",
        "Family name": "Nom de famille",
        "Given name (Latin)": "Prénom (latin)",
        "Family name (Latin)": "Nom de famille (latin)",
        "Save correction": "Enregistrer la correction",
        "Select an attendee to see their details.": "Sélectionnez un participant pour voir sa fiche.",
        "Badge": "Badge",
        "Correct name or category  (Enter)": "Corriger le nom ou la catégorie  (Enter)",
        "No note recorded.": "Aucune note.",
        "⚑ Attention: %1": "⚑ Attention : %1",
        "Security hold: send to the supervisor desk.": "Blocage sécurité : orienter vers le superviseur.",
        "None declared": "Aucun déclaré",
        "Not issued yet": "Pas encore émis",
        "valid": "valide",
        "revoked": "révoqué",
        "reported lost": "déclaré perdu",
        "No. %1 · %2 · issued %3": "N° %1 · %2 · émis %3",
        "unknown desk": "poste inconnu",
        "Checked in %1 at %2": "Arrivé %1 au %2",
        "%n duplicate pickup(s) flagged for supervisors": [
            "%n retrait en double signalé aux superviseurs",
            "%n retraits en double signalés aux superviseurs",
        ],
        "%n pickup(s) undone": ["%n retrait annulé", "%n retraits annulés"],
        "Not saved (%1). The record is unchanged.": "Non enregistré (%1). La fiche n'a pas changé.",
        "Not saved: this desk's database cannot be written right now. Try again; if it persists, call the supervisor.": "Non enregistré : la base de ce poste ne peut pas être écrite pour l’instant. Réessayez ; si cela persiste, appelez le superviseur.",
        "Nothing changed.": "Rien n'a changé.",
        "Correction saved on this desk; it syncs automatically.": "Correction enregistrée sur ce poste ; elle se synchronise automatiquement.",
        "WUF Ops": "WUF Ops",
        "%1 · %2 · times in %3": "%1 · %2 · heures de %3",
        "Preparing the demo event": "Préparation de l'événement de démonstration",
        "Creating the demo event": "Création de l'événement de démonstration",
        "Attendees": "Participants",
    }
)

#: where one English text needs another French word in one context
BY_CONTEXT: dict[tuple[str, str], str | list[str]] = {
    ("AttendeeTableModel", "Media"): "Presse",
    ("DetailsDialog", "Status"): "Statut",
    ("ScheduleWorkspace", "Status"): "Statut",
    ("ConflictText", "this device"): "cet appareil",
}

# -- delta: the language picker at the foot of the rail (ui/main_window.py) --
TABLE.update(
    {
        "Language": "Langue",
        "Language of this desk": "Langue de ce poste",
    }
)

# -- imported from delta_fr.py --
TABLE.update(
    {
        "International Sign": "Signes internationaux",
        "Turkish Sign Language": "Langue des signes turque",
        "Russian Sign Language": "Langue des signes russe",
        "American Sign Language": "Langue des signes américaine",
        "British Sign Language": "Langue des signes britannique",
        "Captions in %1": "Sous-titrage en %1",
        "required": "requis",
        "advised": "conseillé",
        "✓ Covered": "✓ Couverte",
        "◐ Partly covered": "◐ En partie couverte",
        "✗ Not covered": "✗ Non couverte",
        "%1/%2": "%1/%2",
        "%n min": ["%n min", "%n min"],
        "%n h": ["%n h", "%n h"],
        "%1 h %2 min": "%1 h %2 min",
        "Does not work in this language.": "Ne travaille pas dans cette langue.",
        "Not WFD-WASLI accredited, which a high-level session needs for International Sign.": "Sans "
        "accréditation "
        "WFD-WASLI, "
        "exigée "
        "en "
        "signes "
        "internationaux "
        "pour "
        "une "
        "session "
        "de "
        "haut "
        "niveau.",
        "Declared no availability.": "Aucune disponibilité déclarée.",
        "Not available then (arrival included).": "Indisponible à ce moment (arrivée comprise).",
        "Absent then.": "Absence signalée à ce moment.",
        "Already working at an overlapping session.": "Travaille déjà sur une session qui chevauche "
        "celle-ci.",
        "No time to travel from or to another room.": "Pas assez de temps pour changer de salle.",
        "Would pass the day's cap.": "Dépasserait le plafond journalier.",
        "Would work too long without a rest.": "Travaillerait trop longtemps sans pause.",
        "Deaf interpreter: needs a hearing feed interpreter.": "Interprète sourd : a besoin d’un "
        "interprète relais entendant.",
        "The slot is locked.": "Le créneau est verrouillé.",
        "Fits. Works %1 that day so far.": "Convient. Déjà %1 de travail ce jour-là.",
        "Fits with a hearing feed interpreter. Works %1 that day so far.": "Convient avec un "
        "interprète relais "
        "entendant. Déjà %1 de "
        "travail ce jour-là.",
        "%1 is assigned to %2 at “%3”.": "%1 : affectation à « %3 » (%2) enregistrée.",
        "%1 is assigned to %2 at “%3”, although they do not fit:": "%1 : affectation à « %3 » (%2) "
        "enregistrée, mais le profil ne "
        "convient pas :",
        "%1 at “%2” is open again.": "« %2 » (%1) : de nouveau à pourvoir.",
        "%1 at “%2” is locked: every later solve keeps it.": "« %2 » (%1) : verrouillé ; le solveur "
        "le gardera tel quel.",
        "%1 at “%2” is unlocked: a solve may change it.": "« %2 » (%1) : déverrouillé ; le solveur "
        "peut le modifier.",
        "This device may not change assignments: only coordinator and admin devices may.": "Ce poste "
        "ne peut "
        "pas "
        "modifier "
        "les "
        "affectations "
        ": seuls "
        "les "
        "postes "
        "coordinateur "
        "et admin "
        "le "
        "peuvent.",
        "The slot is locked. Unlock it (L) before changing it.": "Le créneau est verrouillé. "
        "Déverrouillez-le (L) avant de le "
        "modifier.",
        "This slot is no longer needed: the session changed.": "Ce créneau n’est plus nécessaire : la "
        "session a changé.",
        "This provider is no longer in the event.": "Ce prestataire ne fait plus partie de "
        "l’événement.",
        "Interpreters take sign-language slots and captioners take caption slots.": "Les interprètes "
        "prennent les "
        "créneaux de "
        "langue des "
        "signes, les "
        "sous-titreurs "
        "ceux de "
        "sous-titrage.",
        "A provider cannot feed themselves.": "Un prestataire ne peut pas être son propre relais.",
        "Some of these slots changed since the solve started. Solve again.": "Certains de ces "
        "créneaux ont changé "
        "depuis le lancement du "
        "solveur. Relancez-le.",
        "The change was not made (%1).": "La modification n’a pas été faite (%1).",
        "%1, slot %2": "%1, créneau %2",
        "The proposal changes %n slot(s).": [
            "La proposition modifie %n créneau.",
            "La proposition modifie %n créneaux.",
        ],
        "Required units filled: %1 of %2. Advised units filled: %3 of %4.": "Unités requises pourvues "
        ": %1 sur %2. Unités "
        "conseillées pourvues : "
        "%3 sur %4.",
        "Largest load of one provider: %1 on one day, %2 over the whole event.": "Charge maximale "
        "d’un prestataire : "
        "%1 sur une journée, "
        "%2 sur tout "
        "l’événement.",
        "Stopped: this is the best plan found before the stop.": "Arrêté : voici le meilleur plan "
        "trouvé avant l’arrêt.",
        "A quick plan (the optimiser did not run to the end).": "Un plan rapide (l’optimiseur n’est "
        "pas allé jusqu’au bout).",
        "The best plan: no plan covers more.": "Le meilleur plan : aucun autre ne couvre davantage.",
        "A good plan found within the time limit.": "Un bon plan, trouvé dans le délai imparti.",
        "Accepted: %n slot(s) changed.": [
            "Proposition acceptée : %n créneau modifié.",
            "Proposition acceptée : %n créneaux modifiés.",
        ],
        "Access services": "Services d’accessibilité",
        "&Solve": "Ré&soudre",
        "%v of %m required": "%v sur %m unités requises",
        "Drag a provider onto a slot to assign them.": "Glissez un prestataire sur un créneau pour "
        "l’affecter.",
        "Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.": "Bleu "
        ": "
        "langue "
        "des "
        "signes "
        "; "
        "violet "
        ": "
        "sous-titrage "
        "; "
        "plus "
        "pâle "
        ": "
        "relais "
        "d’un "
        "interprète "
        "sourd "
        "; "
        "⚑ "
        "et "
        "contour "
        "épais "
        ": "
        "verrouillé "
        "; "
        "hachures "
        ": "
        "trajet "
        "(en "
        "rouge "
        "si "
        "trop "
        "court) "
        "; "
        "soulignement "
        "rouge "
        ": "
        "trop "
        "long "
        "sans "
        "pause. "
        "Journée "
        "affichée "
        "de "
        "07:00 "
        "à "
        "21:00.",
        "Coverage": "Couverture",
        "Providers": "Prestataires",
        "Unmet demand": "Besoins non couverts",
        "Proposal": "Proposition",
        "Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve": "Enter "
        ": "
        "affecter "
        "· "
        "Suppr "
        ": "
        "vider "
        "· "
        "L "
        ": "
        "(dé)verrouiller "
        "· "
        "glisser "
        "un "
        "prestataire "
        "sur "
        "un "
        "créneau "
        "· "
        "Ctrl+PgUp "
        "/ "
        "Ctrl+PgDown "
        ": "
        "jour "
        "· "
        "Alt+S "
        ": "
        "résoudre "
        "· "
        "Esc "
        ": "
        "arrêter "
        "le "
        "solveur",
        "Choose a session, then a slot: Enter assigns, L locks.": "Choisissez une session, puis un "
        "créneau : Enter pour affecter, L "
        "pour verrouiller.",
        "Read only: this device's role cannot change assignments; only coordinators do.": "Lecture "
        "seule : le "
        "rôle de "
        "cet "
        "appareil "
        "ne permet "
        "pas de "
        "modifier "
        "les "
        "affectations "
        "; seuls "
        "les "
        "coordinateurs "
        "les "
        "modifient.",
        "Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.": "Aperçu "
        ": "
        "la "
        "grille "
        "montre "
        "le "
        "plan "
        "tel "
        "que "
        "la "
        "proposition "
        "le "
        "laisserait. "
        "Acceptez-la "
        "ou "
        "abandonnez-la "
        "(onglet "
        "Proposition) "
        "avant "
        "de "
        "modifier "
        "des "
        "créneaux "
        "à "
        "la "
        "main.",
        "Choose a session to see its slots.": "Choisissez une session pour voir ses créneaux.",
        "“%1” — %2, %3. %4.": "« %1 » — %2, %3. %4.",
        "Accept or discard the proposal first (Proposal tab).": "Acceptez ou abandonnez d’abord la "
        "proposition (onglet Proposition).",
        "Who takes %1 at “%2”?": "« %2 » — %1 : qui affecter ?",
        "Solving… Esc stops it and keeps the best plan found so far.": "Résolution… Esc l’arrête et "
        "garde le meilleur plan trouvé "
        "jusque-là.",
        "A first plan is made.": "Un premier plan est prêt.",
        "Covering as many units as possible…": "Couverture du plus grand nombre d’unités…",
        "Evening out the loads…": "Équilibrage des charges…",
        "Finishing…": "Finalisation…",
        "Stopping the solve…": "Arrêt du solveur…",
        "The solve found nothing to change.": "Le solveur n’a rien trouvé à changer.",
        "The solve failed: %1": "Échec du solveur : %1",
        "The proposal was discarded; nothing changed.": "Proposition abandonnée ; rien n’a changé.",
        "Session": "Session",
        "Slot": "Créneau",
        "Now": "Actuel",
        "Proposed": "Proposé",
        "— open —": "— à pourvoir —",
        "%1 with feed %2": "%1 (relais : %2)",
        "Time": "Horaire",
        "Room": "Salle",
        "Services filled": "Services pourvus",
        "%1: %2 of %3 units filled (%4 required).": "%1 : unités pourvues, %2 sur %3 (requises : %4).",
        "Provider": "Prestataire",
        "Load that day": "Charge du jour",
        "Day": "Journée",
        "captioner": "sous-titreur",
        "Deaf interpreter": "interprète sourd",
        "interpreter": "interprète",
        "Travel to another room: %n min.": [
            "Trajet vers une autre salle : %n min.",
            "Trajet vers une autre salle : %n min.",
        ],
        "%1 in %2: %3, %4 (feeding the Deaf interpreter).": "%1, %2 : %3, %4 (relais de l’interprète "
        "sourd).",
        "%1 in %2: %3, %4.": "%1, %2 : %3, %4.",
        "%1 Locked.": "%1 Verrouillé.",
        "Not working": "Ne travaille pas",
        "%n assignment(s)": ["%n affectation", "%n affectations"],
        "Assigned": "Affecté",
        "Lock": "Verrou",
        "⚠ %1 (does not count: see the rules)": "⚠ %1 (non compté : voir les règles)",
        "⚑ Locked": "⚑ Verrouillé",
        "Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.": "Les "
        "portiques "
        "d’entrée "
        "n’ont "
        "pas "
        "le "
        "plan "
        "d’accessibilité. "
        "Demandez "
        "au "
        "coordinateur "
        "des "
        "services "
        "d’accessibilité "
        "qui "
        "interprète "
        "ou "
        "sous-titre "
        "une "
        "session.",
        "Assign a provider": "Affecter un prestataire",
        "Type to find a provider by name": "Tapez pour chercher un prestataire par nom",
        "Type a name · ↑ ↓ choose · Enter assign · Esc close": "Tapez un nom · ↑ ↓ choisir · Enter "
        "affecter · Esc fermer",
        "Assign": "Affecter",
        "◆ %1 — %2": "◆ %1 — %2",
        "✓ %1 — %2": "✓ %1 — %2",
        "✗ %1 — %2": "✗ %1 — %2",
        "Choose the hearing interpreter who feeds %1 in this slot.": "Choisissez l’interprète "
        "entendant qui sert de relais à "
        "%1 sur ce créneau.",
        "Run a solve to see a proposal here.": "Lancez le solveur (Résoudre) pour voir ici une "
        "proposition.",
        "&Accept the proposal": "&Accepter la proposition",
        "&Discard it": "Aban&donner",
        "The coverage grid shows the plan as the proposal would leave it.": "La grille de couverture "
        "montre le plan tel que "
        "la proposition le "
        "laisserait.",
        "Assign… (Enter)": "Affecter… (Enter)",
        "Clear (Delete)": "Vider (Suppr)",
        "Lock or unlock (L)": "(Dé)verrouiller (L)",
        "No provider has this language (or the accreditation it needs).": "Aucun prestataire n’a "
        "cette langue (ou "
        "l’accréditation requise).",
        "Nobody with this language declared they can work then, or they are absent.": "Les "
        "prestataires "
        "de cette "
        "langue ne se "
        "sont pas "
        "déclarés "
        "disponibles à "
        "ce moment, ou "
        "sont absents.",
        "Everyone who could is already working at that time.": "Tous ceux qui le pourraient "
        "travaillent déjà à ce moment.",
        "Those free then have reached their day's cap or need a rest.": "Ceux qui sont libres à ce "
        "moment ont atteint leur "
        "plafond journalier ou "
        "doivent faire une pause.",
        "%1 (WFD-WASLI accredited)": "%1 (accréditation WFD-WASLI)",
        "%n more provider(s) of %1 on the morning of %2.": [
            "%n prestataire de plus le matin du %2 : %1.",
            "%n prestataires de plus le matin du %2 : %1.",
        ],
        "%n more provider(s) of %1 on the afternoon of %2.": [
            "%n prestataire de plus l’après-midi du %2 : %1.",
            "%n prestataires de plus l’après-midi du %2 : %1.",
        ],
        "%n more provider(s) of %1 on the evening of %2.": [
            "%n prestataire de plus le soir du %2 : %1.",
            "%n prestataires de plus le soir du %2 : %1.",
        ],
        "Why it is open": "Pourquoi non pourvu",
        "Smallest change that covers it": "Changement minimal pour le couvrir",
        "Every unit of demand is filled: nothing is open.": "Toutes les unités demandées sont "
        "pourvues : rien n’est à pourvoir.",
        "%n required unit(s) open.": [
            "%n unité requise à pourvoir.",
            "%n unités requises à pourvoir.",
        ],
        "%n advised unit(s) open.": [
            "%n unité conseillée à pourvoir.",
            "%n unités conseillées à pourvoir.",
        ],
        "Access": "Accessibilité",
    }
)
BY_CONTEXT = globals().get("BY_CONTEXT", {})
BY_CONTEXT.update(
    {
        ("AccessTexts", "English"): "anglais",
        ("AccessTexts", "French"): "français",
        ("AccessTexts", "Spanish"): "espagnol",
        ("AccessTexts", "Arabic"): "arabe",
        ("AccessTexts", "Chinese"): "chinois",
        ("AccessTexts", "Russian"): "russe",
        ("AccessTexts", "Azerbaijani"): "azerbaïdjanais",
    }
)
