# ruff: noqa: E501
"""Spanish (es) translations for WUF Ops — neutral international UN Spanish."""

TABLE: dict[str, str | list[str]] = {
    # --- AttendeeTableModel
    "Participant": "Participante",
    "Speaker": "Ponente",
    "Media": "Medios",
    "VIP / head of delegation": "VIP / jefe de delegación",
    "Staff": "Personal",
    "Volunteer": "Voluntario",
    "Exhibitor": "Expositor",
    "Security": "Seguridad",
    "Sign language (%1)": "Lengua de señas (%1)",
    "Captions": "Subtitulado",
    "Step-free access": "Acceso sin escalones",
    "Assistance": "Asistencia",
    "Name": "Nombre",
    "Latin name": "Nombre (latino)",
    "Organization": "Organización",
    "Country": "País",
    "Category": "Categoría",
    "Needs": "Necesidades",
    "Check-in": "Llegada",
    "In": "Llegó",
    "Not yet": "Aún no",
    "Hold": "Bloqueo",
    # --- AttendeesWorkspace
    "Name, organization, country or code": "Nombre, organización, país o código",
    "All categories": "Todas las categorías",
    "All countries": "Todos los países",
    "Any needs": "Todas las necesidades",
    "Has a need": "Con necesidades",
    "Sign language": "Lengua de señas",
    "Checked in or not": "Haya llegado o no",
    "Checked in": "Ha llegado",
    "Not checked in": "No ha llegado",
    "Accessibility need": "Necesidad de accesibilidad",
    "Check-in state": "Estado de llegada",
    "%1 of %2": "%1 de %2",
    "No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.": "Nadie coincide con “%1” con estos filtros. Revise la ortografía, escriba parte de un nombre o pulse Esc para borrar la búsqueda y los filtros.",
    "The scanned code is not a badge or a registration code of this event.": "El código escaneado no es un pase ni un código de inscripción de este evento.",
    # --- BadgePreview
    "Open layout file…": "Abrir archivo de plantilla…",
    "Layout": "Plantilla",
    "Sample": "Muestra",
    "Badge layout": "Plantilla del pase",
    "Badge layouts (*.json)": "Plantillas de pase (*.json)",
    "This layout cannot be used:": "Esta plantilla no se puede usar:",
    # --- BadgesWorkspace
    "A6": "A6",
    "4×6 in": "4×6 pulg.",
    "CR80 card": "Tarjeta CR80",
    "54×90 mm label": "Etiqueta de 54×90 mm",
    "4×A6 on A4": "4×A6 en A4",
    "A6, EN + AZ": "A6, EN + AZ",
    "Whose name the preview shows": "Persona que se muestra en la vista previa",
    "Name or registration code, then Enter": "Nombre o código, luego Enter",
    "Layout and preview": "Plantilla y vista previa",
    "&Layout": "&Plantilla",
    "&Sample": "&Muestra",
    "Find &attendee": "Buscar p&articipante",
    "Every script": "Todas las escrituras",
    "Latin, diacritics": "Latina, con diacríticos",
    "Arabic": "Árabe",
    "Devanagari": "Devanagari",
    "Chinese": "Chino",
    "Attendee: %1": "Participante: %1",
    "Demo: %1": "Demostración: %1",
    "No badge issued yet: this QR code is only a sample.": "Aún no se ha emitido ningún pase: este código QR es solo una muestra.",
    "No attendee matches “%1”.": "Ningún participante coincide con “%1”.",
    # --- BoardModel
    "Channel": "Canal",
    "Status": "Estado",
    "On air now": "En emisión",
    "Next": "Siguiente",
    "Captions · sign": "Subtítulos · señas",
    "this device": "este dispositivo",
    "by %1 at %2": "por %1 a las %2",
    "LATE %1 min": "RETRASO %1 min",
    "OVERRUN %1 min": "EXCEDE %1 min",
    "CLASH": "CONFLICTO",
    "DO NOT STREAM": "NO TRANSMITIR",
    "%1 · pre-roll in %2": "%1 · margen previo en %2",
    "%1 · in pre-roll": "%1 · en margen previo",
    "CC %1": "SUB %1",
    "No captions": "Sin subtítulos",
    "Sign: %1": "Señas: %1",
    "No sign": "Sin señas",
    "NO CC %1": "SIN SUB %1",
    "NO SIGN %1": "SIN SEÑAS %1",
    # --- ChangesPanel
    "Release…": "Publicar…",
    "Publish the schedule as its next version": "Publicar el programa como nueva versión",
    "Never released. Every scheduled session is new.": "Nunca publicado. Todas las sesiones programadas son nuevas.",
    "Version %1, released %2.": "Versión %1, publicada el %2.",
    "%n change(s) since.": ["%n cambio desde entonces.", "%n cambios desde entonces."],
    "Added": "Añadida",
    "Removed": "Retirada",
    "Moved": "Movida",
    "Edited": "Modificada",
    # --- ChartTile
    "Export": "Exportar",
    "Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)": "Guardar este gráfico como PNG (Ctrl+S) o CSV (Ctrl+Shift+S)",
    "Save as PNG…": "Guardar como PNG…",
    "Save as CSV…": "Guardar como CSV…",
    "PNG image (*.png)": "Imagen PNG (*.png)",
    "CSV table (*.csv)": "Tabla CSV (*.csv)",
    "Export chart": "Exportar gráfico",
    # --- CheckinWorkspace
    "Scan a badge — the scanner works wherever the cursor is": "Escanee un pase — el lector funciona dondequiera que esté el cursor",
    "Entry gate · %1": "Control de acceso · %1",
    "zone %1": "zona %1",
    "F10: desk settings": "F10: ajustes del puesto",
    "none (PDF files)": "ninguna (archivos PDF)",
    "Badge pickup · %1 · printer: %2": "Entrega de pases · %1 · impresora: %2",
    "PDF files go to %1": "Los archivos PDF se guardan en %1",
    "Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning": "Ctrl+F nombre · F2 reimprimir · F3 anular · F4 imprimir · F10 ajustes · Esc escanear",
    "Could not record the scan (%1) — scan again; if it repeats, call a supervisor.": "No se pudo registrar el escaneo (%1) — vuelva a escanear; si se repite, llame a un supervisor.",
    "Entries today: %1": "Entradas hoy: %1",
    "%1 s per attendee": "%1 s por participante",
    "— s per attendee": "— s por participante",
    "Today %1 · This hour %2 · %3": "Hoy %1 · Esta hora %2 · %3",
    "Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.": "No impreso (glyph_missing): ninguna fuente de este puesto puede imprimir %1. Escriba el pase a mano y avise al supervisor.",
    "Print failed (%1) — fix the printer, then F4 prints again.": "Error de impresión (%1) — revise la impresora y pulse F4 para volver a imprimir.",
    "Badge %1 sent to %2": "Pase %1 enviado a %2",
    "Badge saved as %1": "Pase guardado como %1",
    "Scan or find the person first, then F2.": "Primero escanee o busque a la persona y, luego, pulse F2.",
    "Nothing to undo: scan or find the person first.": "Nada que anular: primero escanee o busque a la persona.",
    "Check-in undone: %1": "Llegada anulada: %1",
    "This desk cannot issue a new badge (no desk signing key): send the person to the help desk.": "Este puesto no puede emitir un pase nuevo (no tiene clave de firma): envíe a la persona al mostrador de ayuda.",
    "Already printed — use F2 with a reason to reprint.": "Ya impreso — para reimprimir, pulse F2 e indique un motivo.",
    "This person has no valid badge on this desk.": "Esta persona no tiene ningún pase válido en este puesto.",
    "That check-in was already undone.": "Esa llegada ya se anuló.",
    # --- ConflictText
    "“%1”": "“%1”",
    "speaker %1": "ponente %1",
    "not placed": "sin ubicar",
    "off the grid": "fuera de la cuadrícula",
    "%1, %2": "%1, %2",
    "none that day": "ningún horario ese día",
    "Rule “%1” found a problem with %2.": "La regla “%1” detectó un problema con %2.",
    "%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.": "%1 (%2) y %3 (%4) se superponen %5 min en %6. Mueva o acorte una de ellas.",
    "%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.": "%1 empieza %2 min después de que termine %3 en %4, que necesita %5 min para el cambio de sesión. Mueva una de ellas o acorte la primera.",
    "%1 (%2) is outside the times %3 is available (%4). Move it, or change the room's availability.": "%1 (%2) queda fuera del horario en que %3 está disponible (%4). Muévala o cambie la disponibilidad de la sala.",
    "%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.": "%1 interviene en %2 (%3) y en %4 (%5), que se superponen %6 min. Mueva una de las sesiones o cambie sus ponentes.",
    "%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.": "%1 no está disponible durante %2 (%3); disponible: %4. Mueva la sesión o consulte al ponente.",
    "%1 expects %2 people; %3 seats %4. Move it to a larger room.": "%1 prevé %2 personas; %3 tiene %4 plazas. Muévala a una sala más grande.",
    "%1 expected": "%1 personas previstas",
    "%1: %2, on air %3 (%4 min before, %5 after)": "%1: %2, en emisión %3 (%4 min antes, %5 después)",
    "Marked do-not-stream (closed door)": "Marcada como no transmitir (a puerta cerrada)",
    "%1 seats": "%1 plazas",
    "%1 min to change over": "%1 min para el cambio de sesión",
    "overlaps %1 by %2 min": "se superpone %2 min con %1",
    "%1 min from %2; the room needs %3 to change over": "a %1 min de %2; la sala necesita %3 min para el cambio de sesión",
    "%1 is closed then": "%1 está cerrada a esa hora",
    "%1 also speaks in %2": "%1 también interviene en %2",
    "%1 is not available then": "%1 no está disponible a esa hora",
    "%1 expected, %2 seats": "%1 personas previstas, %2 plazas",
    "overlaps %1 on %2 by %3 min, rolls included": "se superpone %3 min con %1 en %2, márgenes incluidos",
    "streamed, but %1 has no stream encoder": "se transmite, pero %1 no tiene codificador",
    "do-not-stream, but planned on %1": "no transmitir, pero prevista en %1",
    "its stream on %1 lacks captions or sign language it requires": "a su transmisión en %1 le faltan los subtítulos o la lengua de señas que requiere",
    "device %1": "dispositivo %1",
    "Your move of %1 (%2) lost to %3's move (%4).": "Su movimiento de %1 (%2) fue reemplazado por el de %3 (%4).",
    "%1's move of %2 (%3) lost to %4's move (%5).": "El movimiento de %2 (%3) hecho por %1 fue reemplazado por el de %4 (%5).",
    "added": "añadida",
    "removed": "retirada",
    "moved": "movida",
    "edited": "modificada",
    "%1 — %2": "%1 — %2",
    "This session no longer exists in this event.": "Esta sesión ya no existe en este evento.",
    "This room no longer exists in this event.": "Esta sala ya no existe en este evento.",
    "The session asks for no length: give its end.": "La sesión no tiene duración: indique la hora de fin.",
    "A session ends after it starts and lasts at most 24 hours.": "Una sesión debe terminar después de empezar y durar como máximo 24 horas.",
    "Place the session in a room and time before scheduling it.": "Ubique la sesión en una sala y un horario antes de programarla.",
    "Sessions become released only by a release.": "Las sesiones solo pasan a publicadas al publicar el programa.",
    "That status cannot be set by hand.": "Ese estado no se puede asignar manualmente.",
    "No session is placed and scheduled: schedule sessions first.": "No hay ninguna sesión ubicada y programada: primero programe sesiones.",
    "The schedule is exactly what the last release published.": "El programa es idéntico a la última versión publicada.",
    "A session holds too much text to be released.": "Una sesión contiene demasiado texto para publicarse.",
    "Blocking conflicts stand: fix them, or lower their rule's severity, before releasing.": "Quedan conflictos bloqueantes: resuélvalos o reduzca la gravedad de su regla antes de publicar.",
    "This device's database cannot be written right now. Try again; if it persists, call the supervisor.": "Ahora no se puede escribir en la base de datos de este dispositivo. Vuelva a intentarlo; si el problema persiste, llame al supervisor.",
    "Refused (%1).": "Rechazado (%1).",
    # --- ConflictsPanel
    "Severity": "Gravedad",
    "All severities": "Todas las gravedades",
    "Rule": "Regla",
    "All rules": "Todas las reglas",
    "Moves that lost to another coordinator's move": "Movimientos reemplazados por los de otro coordinador",
    "Re-apply": "Reaplicar",
    "Put the session back where the lost move put it": "Devolver la sesión adonde la había puesto el movimiento reemplazado",
    "Dismiss": "Descartar",
    "Keep the session where it is and mark this resolved": "Dejar la sesión donde está y marcar esto como resuelto",
    "%n conflict(s) block the release": [
        "%n conflicto bloquea la publicación",
        "%n conflictos bloquean la publicación",
    ],
    "%n warning(s)": ["%n advertencia", "%n advertencias"],
    "%1 · %2": "%1 · %2",
    "Lost placement": "Ubicación perdida",
    # --- CorrectionForm
    "Given name": "Nombre",
    "Family name": "Apellidos",
    "Given name (Latin)": "Nombre (caracteres latinos)",
    "Family name (Latin)": "Apellidos (caracteres latinos)",
    "e.g. spelling as in the passport": "p. ej., ortografía como en el pasaporte",
    "Reason (required)": "Motivo (obligatorio)",
    "Save correction": "Guardar corrección",
    "Cancel": "Cancelar",
    "Type a given name or a family name.": "Escriba un nombre o un apellido.",
    "Say why you correct this record (Reason).": "Indique por qué corrige este registro (Motivo).",
    # --- DashboardView
    "Desk area": "Zona de puestos",
    "Open": "Abiertos",
    "Load": "Carga",
    "Waiting": "En espera",
    "Wait now": "Espera actual",
    "Worst, 30 min": "Peor, 30 min",
    "Why": "Causas",
    "No slow desk, failing printer or silent device found.": "No se detectaron puestos lentos, impresoras con errores ni dispositivos sin señal.",
    "%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.": "%1: %2 en espera, espera actual %3, hasta %4 en los próximos %5 min.",
    "No desk area is expected to wait over %1 min.": "No se prevén esperas de más de %1 min en ninguna zona.",
    "At %1": "A las %1",
    "At %1 (the last recorded activity)": "El %1 (última actividad registrada)",
    "%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible": "%1 de %2 puestos abiertos; %3 s por persona; atiende a %4 por minuto de %5 posibles",
    "Idle: %1": "Inactivos: %1",
    "no end": "sin límite",
    "< 1 min": "< 1 min",
    "%1 min": "%1 min",
    "Open desks %1.": "Abra los puestos %1.",
    "Move %n volunteer(s) from %1.": [
        "Mueva %n voluntario desde %1.",
        "Mueva %n voluntarios desde %1.",
    ],
    "Call %n more staff.": ["Pida %n refuerzo más.", "Pida %n refuerzos más."],
    "The wait then falls to %1.": "La espera bajaría entonces a %1.",
    "%1: %2% of prints failed — check the printer": "%1: falló el %2 % de las impresiones — revise la impresora",
    "%1: scans take %2 ms (most desks %3 ms) — check its scanner": "%1: los escaneos tardan %2 ms (la mayoría de los puestos, %3 ms) — revise su lector",
    "%1: %2 s per person (its area %3 s)": "%1: %2 s por persona (su zona, %3 s)",
    "%1: not synced for %2 min — check its network": "%1: sin sincronizar desde hace %2 min — revise su red",
    # --- DecisionCard
    "Ready — scan a badge or find a name": "Listo — escanee un pase o busque un nombre",
    "The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings": "El lector funciona dondequiera que esté el cursor. Ctrl+F: buscar por nombre · F2: reimprimir · F3: anular · F10: ajustes del puesto",
    "Check in this person?": "¿Registrar la llegada de esta persona?",
    "Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.": "Enter registra la llegada · Esc cancela. Código de inscripción %1, encontrado por nombre o código, no por pase: verifique un documento de identidad con foto.",
    "Already picked up: Enter shows when and where.": "Ya entregado: Enter muestra cuándo y dónde.",
    "First pickup: %1 at %2": "Primera entrega: %1, en %2",
    "another desk": "otro puesto",
    "Handed out more than once while desks were offline — tell a supervisor.": "Entregado más de una vez mientras los puestos estaban sin conexión — avise a un supervisor.",
    "The scanner types for another keyboard layout (%1 read as US): set it to this desk's layout.": "El lector escribe con otra distribución de teclado (%1 leído como US): configúrelo con la distribución de este puesto.",
    "This badge is newer than this desk's copy: decided on the person it names. It can be reprinted here after the next sync.": "Este pase es más reciente que los datos de este puesto: se decidió según la persona que figura en él. Podrá reimprimirse aquí tras la próxima sincronización.",
    "⚑ %1 — call the protocol officer": "⚑ %1 — llame al oficial de protocolo",
    "Sign language: %1": "Lengua de señas: %1",
    "Access needs: %1": "Necesidades de accesibilidad: %1",
    "PARTICIPANT": "PARTICIPANTE",
    "SPEAKER": "PONENTE",
    "MEDIA": "MEDIOS",
    "VIP / HEAD OF DELEGATION": "VIP / JEFE DE DELEGACIÓN",
    "STAFF": "PERSONAL",
    "VOLUNTEER": "VOLUNTARIO",
    "EXHIBITOR": "EXPOSITOR",
    "SECURITY": "SEGURIDAD",
    "Printing the badge — hand it over.": "Imprimiendo el pase — entréguelo.",
    "Badge already printed — hand it over.": "Pase ya impreso — entréguelo.",
    "Found by name or code: check a photo ID.": "Encontrado por nombre o código: verifique un documento de identidad con foto.",
    "✔ Admitted": "✔ Admitido",
    "Check photo ID. A new badge only with a reprint reason (F2).": "Verifique la identidad con foto. Pase nuevo solo con motivo (F2).",
    "The badge never printed: F4 prints it now.": "El pase no llegó a imprimirse: F4 lo imprime ahora.",
    "● Already picked up": "● Ya entregado",
    "✘ Refused — badge revoked": "✘ Rechazado — pase revocado",
    "Reported lost or replaced. Check photo ID; send to the help desk.": "Declarado perdido o sustituido. Verifique un documento de identidad con foto; envíe a la persona al mostrador de ayuda.",
    "✘ Refused — unknown badge": "✘ Rechazado — pase desconocido",
    "Not known on this desk. Check the sync state, or find the name.": "Desconocido en este puesto. Compruebe el estado de la sincronización o busque el nombre.",
    "✘ Refused — forged or damaged code": "✘ Rechazado — código falsificado o dañado",
    "Do not hand out a badge. Call a supervisor.": "No entregue ningún pase. Llame a un supervisor.",
    "✘ Refused — badge of another event": "✘ Rechazado — pase de otro evento",
    "Ask for the WUF confirmation, or find the name.": "Pida la confirmación del WUF o busque el nombre.",
    "✘ Not a badge code": "✘ No es un código de pase",
    "Scan the QR code on the confirmation or badge, or find the name.": "Escanee el código QR de la confirmación o del pase, o busque el nombre.",
    "✘ Refused — security hold": "✘ Rechazado — bloqueo de seguridad",
    "Do not hand out the badge. Call the security supervisor.": "No entregue el pase. Llame al supervisor de seguridad.",
    # --- DetailPanel
    "Select an attendee to see their details.": "Seleccione un participante para ver sus datos.",
    "Badge": "Pase",
    "Corrected": "Correcciones",
    "Correct name or category  (Enter)": "Corregir nombre o categoría  (Enter)",
    "No note recorded.": "No hay ninguna nota.",
    "⚑ Attention: %1": "⚑ Atención: %1",
    "Security hold: send to the supervisor desk.": "Bloqueo de seguridad: envíe a la persona al puesto del supervisor.",
    "None declared": "Ninguna declarada",
    "Not issued yet": "Aún no emitido",
    "valid": "válido",
    "revoked": "revocado",
    "reported lost": "declarado perdido",
    "No. %1 · %2 · issued %3": "N.º %1 · %2 · emitido el %3",
    "%1 at %2: %3": "%1, en %2: %3",
    "Never": "Nunca",
    "unknown desk": "puesto desconocido",
    "Checked in %1 at %2": "Llegada: %1, en %2",
    "%n duplicate pickup(s) flagged for supervisors": [
        "%n entrega duplicada señalada a los supervisores",
        "%n entregas duplicadas señaladas a los supervisores",
    ],
    "%n pickup(s) undone": ["%n entrega anulada", "%n entregas anuladas"],
    "Only an administrator changes the category": "Solo un administrador puede cambiar la categoría",
    "Not saved (%1). The record is unchanged.": "No se guardó (%1). El registro no ha cambiado.",
    "Not saved: this desk's database cannot be written right now. Try again; if it persists, call the supervisor.": "No se guardó: ahora no se puede escribir en la base de datos de este puesto. Vuelva a intentarlo; si el problema persiste, llame al supervisor.",
    "Nothing changed.": "No hay cambios.",
    "Correction saved on this desk; it syncs automatically.": "Corrección guardada en este puesto; se sincronizará automáticamente.",
    # --- DetailsDialog
    "Session details": "Detalles de la sesión",
    "Type": "Tipo",
    "Where": "Lugar",
    "Audience": "Público",
    "Format": "Formato",
    "Speakers": "Ponentes",
    "No conflict.": "Sin conflictos.",
    "Conflicts:": "Conflictos:",
    "Move to…": "Mover a…",
    "Place…": "Ubicar…",
    "Take off the grid": "Quitar de la cuadrícula",
    "Close": "Cerrar",
    # --- DropPreview
    "Drop here: no conflict.": "Soltar aquí: sin conflictos.",
    "Drop here: %n conflict(s)": ["Soltar aquí: %n conflicto", "Soltar aquí: %n conflictos"],
    "… and %1 more.": "… y %1 más.",
    # --- EnrolmentPanel
    "Enrol this desk": "Vincular este puesto",
    "Enrol this desk with the hub": "Vincular este puesto al servidor",
    "Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.": "Escanee el código QR de vinculación con el lector de códigos de barras o pegue el texto de vinculación que `wufops enrol` imprimió en el servidor y, luego, pulse Enter.",
    "Venue CA file (only for wss:// hubs)": "Archivo de CA del recinto (solo servidores wss://)",
    "Browse…": "Examinar…",
    "Connect": "Conectar",
    "This desk's data: %1": "Datos de este puesto: %1",
    "Venue CA": "CA del recinto",
    "PEM files (*.pem)": "Archivos PEM (*.pem)",
    "Connecting to the hub…": "Conectando con el servidor…",
    "Downloading the event from the hub (as %1)…": "Descargando el evento del servidor (como %1)…",
    "Done — opening the desk.": "Listo — abriendo el puesto.",
    "Paste or scan the enrolment text first.": "Primero pegue o escanee el texto de vinculación.",
    "That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.": "Eso no es un texto de vinculación (debe empezar por wufops-enrol:). Vuelva a escanear el código QR de vinculación o pegue el texto completo.",
    "The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.": "El texto de vinculación está incompleto. Pegue el texto completo o imprima uno nuevo con `wufops enrol`.",
    "The hub address must start with ws:// or wss://. Print a new enrolment.": "La dirección del servidor debe empezar por ws:// o wss://. Imprima un nuevo texto de vinculación.",
    "Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.": "No se puede contactar con el servidor. Compruebe el cable de red o la wifi y que el servidor esté en funcionamiento; luego, pulse Enter para volver a intentarlo.",
    "The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.": "El servidor no reconoce este token. Vuelva a vincular el puesto en el servidor (`wufops enrol`) y escanee el nuevo código.",
    "This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).": "Esta vinculación se revocó en el servidor. Pida una nueva (`wufops enrol`).",
    "This desk's data belongs to another device. Call IT.": "Los datos de este puesto pertenecen a otro dispositivo. Llame al servicio de TI.",
    "A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.": "Un servidor wss:// necesita el archivo de CA del recinto: selecciónelo con Examinar… y, luego, pulse Conectar.",
    "The hub's certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.": "El certificado del servidor no procede de la CA del recinto indicada en la vinculación. Llame al servicio de TI; no vuelva a vincular el puesto a ciegas.",
    "The venue CA file cannot be read: choose it again.": "No se puede leer el archivo de CA del recinto: vuelva a seleccionarlo.",
    "This app is older than the hub: install the hub's version.": "Esta aplicación es más antigua que el servidor: instale la versión del servidor.",
    "The download took too long. Press Enter to resume it.": "La descarga tardó demasiado. Pulse Enter para reanudarla.",
    "This desk's data folder cannot be written: check the disk.": "No se puede escribir en la carpeta de datos de este puesto: revise el disco.",
    "Enrolment failed. Press Enter to try again.": "Error de vinculación. Pulse Enter para volver a intentarlo.",
    "Finishing the current step…": "Terminando el paso en curso…",
    # --- FindByName
    "No code? Find by name (Ctrl+F)": "¿Sin código? Buscar por nombre (Ctrl+F)",
    "Name, organization or registration code": "Nombre, organización o código",
    "Type to search %Ln attendee(s)": [
        "Escriba para buscar entre %Ln participante",
        "Escriba para buscar entre %Ln participantes",
    ],
    "picked up": "entregado",
    "No match": "Sin resultados",
    "%n more match(es) — type more of the name": [
        "%n resultado más — escriba más letras del nombre",
        "%n resultados más — escriba más letras del nombre",
    ],
    "Enter picks the highlighted person": "Enter elige a la persona resaltada",
    # --- GateCard
    "SCAN": "ESCANEAR",
    "Hold the badge QR code under the scanner": "Coloque el código QR del pase bajo el lector",
    "ADMIT": "ADMITIDO",
    "Already counted — the same badge moments ago": "Ya contado — el mismo pase hace unos instantes",
    "Valid badge": "Pase válido",
    "DENY": "DENEGADO",
    "Badge revoked (lost or replaced) — send to the badge desk": "Pase revocado (perdido o sustituido) — envíe a la persona al mostrador de pases",
    "Unknown badge — send to the badge desk": "Pase desconocido — envíe a la persona al mostrador de pases",
    "Forged or damaged code — call a supervisor": "Código falsificado o dañado — llame a un supervisor",
    "Badge of another event": "Pase de otro evento",
    "Not a badge code — scan the badge QR code": "No es un código de pase — escanee el código QR del pase",
    "Already used": "Ya utilizado",
    "Security hold — call a supervisor": "Bloqueo de seguridad — llame a un supervisor",
    # --- GatePage
    "Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.": "Los controles de acceso no tienen el programa. Pregunte a un coordinador o en un puesto de recepción dónde se celebra una sesión.",
    # --- GridPainter
    "%n conflict(s)": ["%n conflicto", "%n conflictos"],
    "%n room(s)": ["%n sala", "%n salas"],
    # --- MainWindow
    "WUF Ops": "WUF Ops",
    "%1 · %2 · times in %3": "%1 · %2 · horario de %3",
    "%Ln attendee(s)": ["%Ln participante", "%Ln participantes"],
    "%Ln checked in": ["%Ln llegada registrada", "%Ln llegadas registradas"],
    # --- MoveDialog
    "Move “%1”": "Mover “%1”",
    "Place “%1”": "Ubicar “%1”",
    "%1 (%2 seats)": "%1 (%2 plazas)",
    "&Room": "&Sala",
    "&Day": "&Día",
    "&Start – end": "&Inicio – fin",
    "Move": "Mover",
    "Place": "Ubicar",
    "ends the next day": "termina al día siguiente",
    "No conflict there.": "Sin conflictos en ese lugar.",
    "This placement would cause:": "Esta ubicación causaría:",
    # --- Operations
    "Arrivals per 15 min by category, against the expected curve": "Llegadas cada 15 min por categoría, frente a la curva prevista",
    "Check-ins per desk per hour": "Llegadas registradas por puesto y hora",
    "Scan to decision, last hour (ms)": "Del escaneo a la decisión, última hora (ms)",
    "Entries per gate zone per hour": "Entradas por zona de control y hora",
    "Badge prints and failures per printer": "Pases impresos y errores por impresora",
    "Duplicate pickups and conflicts": "Entregas duplicadas y conflictos",
    "Participants": "Participantes",
    "VIP": "VIP",
    "Volunteers": "Voluntarios",
    "Exhibitors": "Expositores",
    "Unknown": "Sin categoría",
    "Expected": "Previsión",
    "Median": "Mediana",
    "90th percentile": "Percentil 90",
    "Printed": "Impresos",
    "Failed": "Fallidos",
    "Duplicate pickups": "Entregas duplicadas",
    "Conflicts": "Conflictos",
    # --- OperationsWorkspace
    "Refresh": "Actualizar",
    "Device": "Dispositivo",
    "Role": "Función",
    "State": "Estado",
    "Last seen": "Último contacto",
    "Newest record": "Último registro",
    "Pending": "Pendientes",
    "Lag": "Retraso",
    "Attendee": "Participante",
    "Registration": "Inscripción",
    "Counted pickup": "Entrega válida",
    "Detected": "Detectado",
    "What": "Objeto",
    "Field": "Campo",
    "Kept": "Conservado",
    "Overwritten": "Sobrescrito",
    "Change": "Cambio",
    "Record": "Registro",
    "Reason": "Motivo",
    "Detail": "Detalle",
    "Dashboard": "Panel de control",
    "Devices": "Dispositivos",
    "Rejected changes": "Cambios rechazados",
    "Operations — %1": "Operaciones — %1",
    "not syncing: %1": "sin sincronizar: %1",
    "settings ignored (%1)": "ajustes ignorados (%1)",
    "Devices (%n not syncing)": [
        "Dispositivos (%n sin sincronizar)",
        "Dispositivos (%n sin sincronizar)",
    ],
    "online": "en línea",
    "quiet": "sin actividad",
    "not syncing": "sin sincronizar",
    "never seen": "nunca visto",
    "offline": "sin conexión",
    "this desk": "este puesto",
    "%1 (this desk)": "%1 (este puesto)",
    "This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them": "Este puesto: su propia conexión y las operaciones que tiene pendientes de confirmación por el servidor; el retraso es la antigüedad de la más antigua",
    "As the hub recorded it; lag: how late its recent work arrived": "Según lo registró el servidor; retraso: con cuánta demora llegó su trabajo reciente",
    "As replicated to this desk: last seen is the hub's last contact or its newest record here. Only the hub knows other devices' pending ops and lag.": "Según la réplica de este puesto: “Último contacto” indica la última conexión con el servidor o su registro más reciente aquí. Solo el servidor conoce las operaciones pendientes y el retraso de los demás dispositivos.",
    "never": "nunca",
    "just now": "ahora mismo",
    "%1 min ago": "hace %1 min",
    "%1 s": "%1 s",
    "%1 h": "%1 h",
    "Wall screen (F11)": "Pantalla mural (F11)",
    "Badge sharing or double queueing: check with the attendee": "Pase compartido o doble cola: consúltelo con el participante",
    "Devices: %1": "Dispositivos: %1",
    "Duplicate pickups: %1": "Entregas duplicadas: %1",
    "Conflicts: %1": "Conflictos: %1",
    "Rejected changes from this device: %1": "Cambios rechazados de este dispositivo: %1",
    # --- ProgressWindow
    "Preparing the demo event": "Preparando el evento de demostración",
    "Creating the demo event": "Creando el evento de demostración",
    "%Ln attendee(s) from 182 countries — only on the first run.": [
        "%Ln participante de 182 países — solo la primera vez.",
        "%Ln participantes de 182 países — solo la primera vez.",
    ],
    "Cancelling…": "Cancelando…",
    # --- ReleaseDialog
    "Release the schedule": "Publicar el programa",
    "Note for this version (optional)": "Nota para esta versión (opcional)",
    "Release now": "Publicar ahora",
    "Show in the conflicts panel": "Ver en el panel de conflictos",
    "The schedule cannot be released: %n conflict(s) block it.": [
        "No se puede publicar el programa: %n conflicto lo bloquea.",
        "No se puede publicar el programa: %n conflictos lo bloquean.",
    ],
    "Fix them, or lower their rule's severity, then release.": "Resuélvalos o reduzca la gravedad de su regla y, luego, publique.",
    "Release version %1": "Publicar la versión %1",
    "%n added": ["%n añadida", "%n añadidas"],
    "%n moved": ["%n movida", "%n movidas"],
    "%n edited": ["%n modificada", "%n modificadas"],
    "%n removed": ["%n retirada", "%n retiradas"],
    "Since version %1:": "Desde la versión %1:",
    "First release:": "Primera publicación:",
    "Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.": "Todas las sesiones ubicadas y programadas entran en la publicación y pasan a publicadas; los borradores quedan fuera. Las exportaciones llevan el número de versión.",
    # --- ReprintPanel
    "Reprint the badge — why? (↑/↓ choose, Enter reprints)": "Reimprimir el pase — ¿por qué? (↑/↓ elegir, Enter reimprime)",
    "Damaged — same badge number": "Dañado — mismo número de pase",
    "Lost — the old badge stops working at the gates": "Perdido — el pase anterior deja de funcionar en los controles",
    "Name corrected — same badge number": "Nombre corregido — mismo número de pase",
    "Reprint (Enter)": "Reimprimir (Enter)",
    # --- RoomsDialog
    "Rooms": "Salas",
    "Find a room": "Buscar una sala",
    "Tick the rooms to show; drag to reorder; ★ pins to the top.": "Marque las salas que desea mostrar; arrástrelas para reordenarlas; ★ las fija arriba.",
    "%1 — %2 seats · %3": "%1 — %2 plazas · %3",
    "★ Favourite": "★ Favorita",
    "Pin the selected room to the top of the grid": "Fijar la sala seleccionada en la parte superior de la cuadrícula",
    "Show all": "Mostrar todas",
    "Show none": "Ocultar todas",
    "Favourites only": "Solo favoritas",
    "Done": "Listo",
    # --- RunPanel
    "Batch run": "Impresión por lotes",
    "Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.": "Pases para imprimir por adelantado, ordenados por país y apellido. Los participantes sin pase reciben uno. Cada pase generado cuenta como impreso, así que los puestos no volverán a imprimirlo en la entrega.",
    "No limit": "Sin límite",
    "Only the first N badges of the selection (empty: all)": "Solo los N primeros pases de la selección (vacío: todos)",
    "Where to write the PDF": "Dónde guardar el PDF",
    "C&hoose…": "E&legir…",
    "Ca&tegory": "Ca&tegoría",
    "C&ountry": "Paí&s",
    "Li&mit": "Límit&e",
    "Output &file": "Archi&vo de salida",
    "&Run batch": "&Iniciar lote",
    "Stop the run (Esc); nothing is written": "Detener el lote (Esc); no se guarda nada",
    "Open fol&der": "Abrir &carpeta",
    "Counting…": "Contando…",
    "Could not count the selection": "No se pudo contar la selección",
    "No attendee matches these filters": "Ningún participante coincide con estos filtros",
    "%Ln badge(s) selected": ["%Ln pase seleccionado", "%Ln pases seleccionados"],
    "%Ln badge(s) written to %1": ["%Ln pase guardado en %1", "%Ln pases guardados en %1"],
    "%Ln page(s)": ["%Ln página", "%Ln páginas"],
    "%Ln newly issued": ["%Ln recién emitido", "%Ln recién emitidos"],
    "%Ln character(s) could not be set in any bundled font: check those badges": [
        "%Ln carácter no está en ninguna fuente incluida: revise esos pases",
        "%Ln caracteres no están en ninguna fuente incluida: revise esos pases",
    ],
    "Write badges to": "Guardar los pases en",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Starting…": "Iniciando…",
    "Issuing badges: %1": "Emitiendo pases: %1",
    "Writing badges: %1": "Generando pases: %1",
    "Recording them as printed: %1": "Marcándolos como impresos: %1",
    "Cancelled. No file was written and no badge was marked printed.": "Cancelado. No se guardó ningún archivo ni se marcó ningún pase como impreso.",
    "Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.": "No se puede escribir %1. Elija una carpeta en la que pueda escribir o cierre el archivo si otro programa lo tiene abierto.",
    "Choose where to write the PDF first.": "Primero elija dónde guardar el PDF.",
    "This layout cannot be used: pick another one.": "Esta plantilla no se puede usar: elija otra.",
    "No attendee matches these filters: change the category, country or limit.": "Ningún participante coincide con estos filtros: cambie la categoría, el país o el límite.",
    "This event is not in the database any more.": "Este evento ya no está en la base de datos.",
    "The database holds several events; open one event.": "La base de datos contiene varios eventos; abra solo uno.",
    "Two attendees share a badge reference; ask the hub operator to fix it before printing.": "Dos participantes comparten una referencia de pase; pida al operador del servidor que lo corrija antes de imprimir.",
    "This device has used up its badge serial numbers: sync with the hub.": "Este dispositivo agotó sus números de serie de pase: sincronícelo con el servidor.",
    "This device has no badge serial numbers yet: sync with the hub.": "Este dispositivo aún no tiene números de serie de pase: sincronícelo con el servidor.",
    "Could not open the event database.": "No se pudo abrir la base de datos del evento.",
    "The run stopped with an error (%1).": "El lote se detuvo por un error (%1).",
    # --- ScheduleEditor
    "Not changed: %1": "No se modificó: %1",
    "%n conflict(s):": ["%n conflicto:", "%n conflictos:"],
    "Moved “%1” to %2.": "Se movió “%1” a %2.",
    "Placed “%1” in %2.": "Se ubicó “%1” en %2.",
    "Took “%1” off the grid.": "Se quitó “%1” de la cuadrícula.",
    "“%1”: %2.": "“%1”: %2.",
    "Undone: %1": "Deshecho: %1",
    "Redone: %1": "Rehecho: %1",
    # --- ScheduleGrid
    "Schedule grid": "Cuadrícula del programa",
    # --- ScheduleStyle
    "Plenary": "Plenaria",
    "Assembly": "Asamblea",
    "Dialogue": "Diálogo",
    "Roundtable": "Mesa redonda",
    "Side event": "Actividad paralela",
    "Networking": "Redes de contacto",
    "Training": "Capacitación",
    "PL": "PL",
    "AS": "AS",
    "DI": "DI",
    "RT": "MR",
    "SE": "AP",
    "NW": "RC",
    "TR": "CA",
    "Draft": "Borrador",
    "Scheduled": "Programada",
    "Released": "Publicada",
    "Cancelled": "Cancelada",
    "Blocks release": "Bloquea la publicación",
    "Warning": "Advertencia",
    "Off": "Desactivada",
    "Room overlap": "Sala ocupada",
    "Room unavailable": "Sala no disponible",
    "Speaker double-booked": "Ponente en dos sesiones",
    "Speaker unavailable": "Ponente no disponible",
    "Over capacity": "Aforo superado",
    "Channel overlap": "Canal ocupado",
    "No stream encoder": "Sin codificador",
    "Streamed, do-not-stream": "Transmisión no permitida",
    "Captions or sign not streamed": "Sin subtítulos o señas",
    "In person": "Presencial",
    "Hybrid": "Híbrida",
    "Online": "En línea",
    # --- ScheduleToolbar
    "Find a session (Ctrl+F)": "Buscar una sesión (Ctrl+F)",
    "Filter rooms": "Filtrar salas",
    "Rooms…": "Salas…",
    "Choose, pin and order the rooms shown": "Elegir, fijar y ordenar las salas que se muestran",
    "Order of the rooms": "Orden de las salas",
    "By name": "Por nombre",
    "By floor": "Por nivel",
    "By capacity": "Por aforo",
    "My order": "Mi orden",
    "Channels": "Canales",
    "Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)": "Canales de transmisión como franjas sobre las salas: mostrarlos u ocultarlos (Ctrl+Shift+L)",
    "Compact": "Compacto",
    "Lower rows: more rooms on the screen": "Filas más bajas: más salas en pantalla",
    "Show cancelled": "Ver canceladas",
    "Show cancelled sessions (greyed and struck through)": "Mostrar las sesiones canceladas (en gris y tachadas)",
    "Zoom out (Ctrl+−)": "Alejar (Ctrl+−)",
    "Zoom in (Ctrl++)": "Acercar (Ctrl++)",
    "Undo": "Deshacer",
    "Redo": "Rehacer",
    "Room, day and time of the selected session (Ctrl+M)": "Sala, día y hora de la sesión seleccionada (Ctrl+M)",
    # --- ScheduleWorkspace
    "Release": "Publicación",
    "Read only: this device's role (%1) can look sessions up; only coordinators change the schedule.": "Solo lectura: la función de este dispositivo (%1) permite consultar sesiones; solo los coordinadores modifican el programa.",
    "check-in desk": "puesto de recepción",
    "entry gate": "control de acceso",
    "coordinator": "coordinador",
    "administrator": "administrador",
    "Channel lanes shown.": "Franjas de canales visibles.",
    "Channel lanes hidden.": "Franjas de canales ocultas.",
    "Show channel lanes": "Mostrar franjas de canales",
    "No stream channels in this event": "Este evento no tiene canales de transmisión",
    "To place (%1)": "Por ubicar (%1)",
    "Conflicts (%1)": "Conflictos (%1)",
    "%n found": ["%n encontrada", "%n encontradas"],
    "Select a session for its details (Enter). Ctrl+F finds a session.": "Seleccione una sesión para ver sus detalles (Enter). Ctrl+F busca una sesión.",
    "Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…": "Arrastrar: mover · un borde: cambiar duración · Ctrl+flechas: mover · Delete: quitar de la cuadrícula · Enter: detalles · Ctrl+M: Mover a…",
    "Undo: %1 (Ctrl+Z)": "Deshacer: %1 (Ctrl+Z)",
    "Nothing to undo": "Nada que deshacer",
    "Redo: %1 (Ctrl+Shift+Z)": "Rehacer: %1 (Ctrl+Shift+Z)",
    "Nothing to redo": "Nada que rehacer",
    "Released version %1.": "Versión %1 publicada.",
    "Details…": "Detalles…",
    # --- SettingsPanel
    "Desk settings": "Ajustes del puesto",
    "Badge pickup": "Entrega de pases",
    "Entry gate": "Control de acceso",
    " s": " s",
    "off": "no",
    "The same badge again at this gate within this time counts one entry": "El mismo pase repetido en este control dentro de este plazo cuenta como una sola entrada",
    "Sound per outcome": "Sonido según el resultado",
    "Desk or gate name": "Nombre del puesto o control",
    "Mode": "Modo",
    "Printer": "Impresora",
    "PDF folder (no printer)": "Carpeta PDF (sin impresora)",
    "Badge stock (layout)": "Soporte del pase (plantilla)",
    "Gate zone": "Zona del control",
    "Gate: same badge again within": "Control: mismo pase de nuevo en",
    "Save (Enter)": "Guardar (Enter)",
    "No printer — save PDF files": "Sin impresora — guardar archivos PDF",
    "%1 (not found)": "%1 (no se encuentra)",
    # --- StatusCommand
    "Set status of “%1”": "Cambiar el estado de “%1”",
    # --- StreamTexts
    "PLANNED": "PREVISTA",
    "TESTING": "EN PRUEBA",
    "LIVE": "EN DIRECTO",
    "COMPLETE": "FINALIZADA",
    "OFF AIR": "SIN EMISIÓN",
    "IS": "SI",
    "%1: “%2” was taken off the plan.": "%1: “%2” se retiró de la planificación.",
    "%1: nothing is planned on this channel.": "%1: no hay nada previsto en este canal.",
    "This device may not change stream statuses: only coordinator and admin devices may.": "Este dispositivo no puede cambiar el estado de las transmisiones: solo pueden hacerlo los dispositivos de coordinación y administración.",
    "%1: the status was not changed (%2).": "%1: no se cambió el estado (%2).",
    "Press T to test or L to go live.": "Pulse T para probar o L para pasar a directo.",
    "Press L to go live or P to go back to planned.": "Pulse L para pasar a directo o P para volver a prevista.",
    "Press C when it is over.": "Pulse C cuando termine.",
    "Press L to put it back on air.": "Pulse L para volver a emitirla.",
    "%1: “%2” is already planned.": "%1: “%2” ya está prevista.",
    "%1: “%2” is already in testing.": "%1: “%2” ya está en prueba.",
    "%1: “%2” is already live.": "%1: “%2” ya está en directo.",
    "%1: “%2” is already complete.": "%1: “%2” ya está finalizada.",
    "%1: “%2” already has that status.": "%1: “%2” ya tiene ese estado.",
    "%1: “%2” is planned — it cannot go to complete.": "%1: “%2” está prevista — no puede pasar a finalizada.",
    "%1: “%2” is in testing — it cannot go to complete.": "%1: “%2” está en prueba — no puede pasar a finalizada.",
    "%1: “%2” is live — it cannot go back to planned.": "%1: “%2” está en directo — no puede volver a prevista.",
    "%1: “%2” is live — it cannot go back to testing.": "%1: “%2” está en directo — no puede volver a prueba.",
    "%1: “%2” is complete — it cannot go back to planned.": "%1: “%2” está finalizada — no puede volver a prevista.",
    "%1: “%2” is complete — it cannot go back to testing.": "%1: “%2” está finalizada — no puede volver a prueba.",
    "%1: “%2” cannot take that status now.": "%1: “%2” no puede pasar a ese estado ahora.",
    "%1: “%2” is now PLANNED.": "%1: “%2” ahora está PREVISTA.",
    "%1: “%2” is now TESTING.": "%1: “%2” ahora está EN PRUEBA.",
    "%1: “%2” is now LIVE.": "%1: “%2” ahora está EN DIRECTO.",
    "%1: “%2” is now COMPLETE.": "%1: “%2” ahora está FINALIZADA.",
    "%1: “%2” has a new status.": "%1: “%2” tiene un nuevo estado.",
    "“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.": "“%1” y “%2” necesitan %3: con sus márgenes se superponen %4 min. Pase una a otro canal o acorte su margen.",
    "“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.": "“%1” debe transmitirse, pero %2 no tiene codificador. Muévala a una sala con codificador o retire su franja de transmisión.",
    "“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.": "“%1” está marcada como no transmitir, pero está prevista en %2. Retire la franja o quite la marca de no transmitir si puede emitirse.",
    "“%1” requires captions in %2, which its stream on %3 does not carry.": "“%1” requiere subtítulos en %2, que su transmisión en %3 no incluye.",
    "“%1” requires sign language %2, which its stream on %3 does not carry.": "“%1” requiere lengua de señas %2, que su transmisión en %3 no incluye.",
    # --- StreamsWorkspace
    "Live board": "Panel en directo",
    "↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen": "↑ ↓ o 1–8: canal · T prueba · L directo · C finalizada · P prevista · F11 pantalla mural",
    "Choose a channel, then T, L, C or P to change its status.": "Elija un canal y pulse T, L, C o P para cambiar su estado.",
    # --- SyncStatusWidget
    "● Standalone": "● Autónomo",
    "This desk is not connected to a hub": "Este puesto no está conectado a ningún servidor",
    "Syncing…": "Sincronizando…",
    "Connecting…": "Conectando…",
    "Offline — working locally": "Sin conexión — trabajando en local",
    "Sync stopped": "Sincronización detenida",
    "%n pending": ["%n pendiente", "%n pendientes"],
    "%n rejected": ["%n rechazada", "%n rechazadas"],
    "%n refused: this desk's clock was wrong": [
        "%n denegada: hora incorrecta en este puesto",
        "%n denegadas: hora incorrecta en este puesto",
    ],
    "last sync %1": "última sincronización %1",
    "never synced": "nunca sincronizado",
    "hub clock %1 s": "reloj del servidor %1 s",
    "Device %1 (%2)": "Dispositivo %1 (%2)",
    "Badge signing key %1 certified by the hub": "Clave de firma de pases %1 certificada por el servidor",
    "The hub did not certify this desk's badge key (%1): lost-badge reprints need the hub until it does": "El servidor no certificó la clave de pases de este puesto (%1): hasta que lo haga, para reimprimir pases perdidos se necesita el servidor",
    "This computer's clock is %1 s off the hub's: the desk uses the hub's time": "El reloj de este equipo difiere %1 s del servidor: el puesto usa la hora del servidor",
    "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor": [
        "El servidor denegó %n operación con marca de hora errónea (clock_skew): se conserva en este puesto — avise a un supervisor",
        "El servidor denegó %n operaciones con marca de hora errónea (clock_skew): se conservan en este puesto — avise a un supervisor",
    ],
    "Last problem: %1": "Último problema: %1",
    "the hub cannot be reached; retrying": "no se puede contactar con el servidor; reintentando",
    "the hub refused this device's token: enrol it again": "el servidor rechazó el token de este dispositivo: vuelva a vincularlo",
    "this device has been revoked by a supervisor": "un supervisor revocó este dispositivo",
    "this data belongs to another enrolled device: call IT": "estos datos pertenecen a otro dispositivo vinculado: llame al servicio de TI",
    "this app is older than the hub: upgrade it": "esta aplicación es más antigua que el servidor: actualícela",
    "the hub's certificate is not the venue's: call IT": "el certificado del servidor no es el del recinto: llame al servicio de TI",
    "some changes from the hub could not be applied here": "algunos cambios del servidor no se pudieron aplicar aquí",
    "this replica differed from the hub and was reloaded": "esta réplica difería del servidor y se volvió a cargar",
    "an unexpected sync error; retrying (see the log)": "error de sincronización inesperado; reintentando (consulte el archivo de registro)",
    "the hub holds too many connections from this device at once (is the app open twice?); retrying later": "el servidor tiene demasiadas conexiones simultáneas de este dispositivo (¿está la aplicación abierta dos veces?); se reintentará más tarde",
    "the hub asked this desk to slow down; retrying shortly": "el servidor pidió a este puesto que reduzca el ritmo; se reintentará en breve",
    "too many refused connections from this network address; retrying later": "demasiadas conexiones rechazadas desde esta dirección de red; se reintentará más tarde",
    "the hub is busy; retrying shortly": "el servidor está ocupado; se reintentará en breve",
    "this device has synced too many copies of its data: call IT to re-enrol it": "este dispositivo sincronizó demasiadas copias de sus datos: llame al servicio de TI para volver a vincularlo",
    "the hub failed on a request; retrying (see its log)": "el servidor falló al atender una solicitud; reintentando (consulte su archivo de registro)",
    # --- UndoPanel
    "Undo this check-in — why?": "Anular esta llegada — ¿por qué?",
    "e.g. scanned the wrong badge": "p. ej., se escaneó otro pase",
    "Undo check-in (Enter)": "Anular llegada (Enter)",
    "Type a reason first.": "Primero escriba un motivo.",
    # --- UnscheduledPanel
    "Search sessions to place": "Buscar sesiones por ubicar",
    "Choose a room and time for the selected session (Enter)": "Elegir sala y hora para la sesión seleccionada (Enter)",
    "Drag a session onto the grid, or select it and press Enter.": "Arrastre una sesión a la cuadrícula o selecciónela y pulse Enter.",
    "Sessions not placed yet.": "Sesiones aún sin ubicar.",
    "%n session(s) to place": ["%n sesión por ubicar", "%n sesiones por ubicar"],
    "%1 of %2 shown": "%1 de %2 visibles",
    # --- Workspaces
    "Attendees": "Participantes",
    "Operations": "Operaciones",
    "Badges": "Pases",
    "Schedule": "Programa",
    "Streams": "Transmisiones",
    # --- _Panel
    "Cancel (Esc)": "Cancelar (Esc)",
    # --- _SetupWindow
    "Preparing the demo hub": "Preparando el servidor de demostración",
    "Issuing a signed badge for every attendee…": "Emitiendo un pase firmado para cada participante…",
    "Issuing signed badges: %1 of %2": "Emitiendo pases firmados: %1 de %2",
    "Starting the hub and loading the event on this desk…": "Iniciando el servidor y cargando el evento en este puesto…",
}

BY_CONTEXT: dict[tuple[str, str], str | list[str]] = {
    ("ScheduleStyle", "Online"): "Virtual",
    ("Workspaces", "Check-in"): "Recepción",
}

# -- delta: the language picker at the foot of the rail (ui/main_window.py) --
TABLE.update(
    {
        "Language": "Idioma",
        "Language of this desk": "Idioma de este puesto",
    }
)

# -- delta: clearer English sources (main, 5675947 and 4ac435f); adapted from the
# translations of the texts they replace --
TABLE.update(
    {
        "%1 min after %2; the room needs %3 min to change over": "%1 min después de %2; la sala "
        "necesita %3 min para el cambio de "
        "sesión",
        "%1 min before %2; the room needs %3 min to change over": "%1 min antes de %2; la sala "
        "necesita %3 min para el cambio de "
        "sesión",
        "This session has no default length: give its end time.": "Esta sesión no tiene duración "
        "predeterminada: indique la hora de "
        "fin.",
        "A session becomes released only when a release publishes it.": "Una sesión pasa a publicada "
        "solo cuando una versión "
        "publicada la incluye.",
        "Say why you are correcting this record.": "Indique por qué corrige este registro.",
        "Open these desks: %1.": "Abra estos puestos: %1.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "Este "
        "pase "
        "se "
        "emitió "
        "después "
        "de "
        "la "
        "última "
        "sincronización "
        "de "
        "este "
        "puesto: "
        "se "
        "verificó "
        "según "
        "la "
        "persona "
        "que "
        "figura "
        "en "
        "él. "
        "Se "
        "podrá "
        "reimprimir "
        "aquí "
        "tras "
        "la "
        "próxima "
        "sincronización.",
        "Correct name or category (Enter)": "Corregir nombre o categoría (Enter)",
        "%n change(s) since then.": ["%n cambio desde entonces.", "%n cambios desde entonces."],
        "%1 expects %2 people; %3 has %4 seats. Move it to a larger room.": "%1 prevé %2 personas; %3 "
        "tiene %4 plazas. Muévala "
        "a una sala más grande.",
    }
)

# -- imported from delta_es.py --
TABLE.update(
    {
        "International Sign": "Señas Internacionales",
        "Turkish Sign Language": "Lengua de Señas Turca",
        "Russian Sign Language": "Lengua de Señas Rusa",
        "American Sign Language": "Lengua de Señas Americana",
        "British Sign Language": "Lengua de Señas Británica",
        "English": "inglés",
        "French": "francés",
        "Spanish": "español",
        "Russian": "ruso",
        "Azerbaijani": "azerbaiyano",
        "Captions in %1": "Subtitulado en %1",
        "required": "obligatoria",
        "advised": "recomendada",
        "✓ Covered": "✓ Cubierta",
        "◐ Partly covered": "◐ Cubierta en parte",
        "✗ Not covered": "✗ Sin cubrir",
        "%1/%2": "%1/%2",
        "%n min": ["%n min", "%n min"],
        "%n h": ["%n h", "%n h"],
        "%1 h %2 min": "%1 h %2 min",
        "Does not work in this language.": "No trabaja en esta lengua.",
        "Not WFD-WASLI accredited, which a high-level session needs for International Sign.": "No "
        "tiene "
        "la "
        "acreditación "
        "WFD-WASLI, "
        "necesaria "
        "para "
        "Señas "
        "Internacionales "
        "en una "
        "sesión "
        "de "
        "alto "
        "nivel.",
        "Declared no availability.": "No declaró disponibilidad.",
        "Not available then (arrival included).": "No está disponible a esa hora (incluido el tiempo "
        "de llegada).",
        "Absent then.": "Ausente a esa hora.",
        "Already working at an overlapping session.": "Ya trabaja en una sesión que se superpone.",
        "No time to travel from or to another room.": "Sin tiempo para desplazarse desde otra sala o "
        "hacia ella.",
        "Would pass the day's cap.": "Superaría su límite diario.",
        "Would work too long without a rest.": "Trabajaría demasiado tiempo sin descanso.",
        "Deaf interpreter: needs a hearing feed interpreter.": "Intérprete sordo: necesita un "
        "intérprete oyente de apoyo.",
        "The slot is locked.": "La posición está bloqueada.",
        "Fits. Works %1 that day so far.": "Puede cubrirla. Carga actual ese día: %1.",
        "Fits with a hearing feed interpreter. Works %1 that day so far.": "Puede cubrirla con un "
        "intérprete oyente de "
        "apoyo. Carga actual ese "
        "día: %1.",
        "%1 is assigned to %2 at “%3”.": "%1 cubre ahora %2 en “%3”.",
        "%1 is assigned to %2 at “%3”, although they do not fit:": "%1 cubre ahora %2 en “%3”, aunque "
        "no cumple las condiciones:",
        "%1 at “%2” is open again.": "%1 en “%2” vuelve a quedar sin cubrir.",
        "%1 at “%2” is locked: every later solve keeps it.": "%1 en “%2” queda bloqueada: los "
        "cálculos posteriores la mantendrán.",
        "%1 at “%2” is unlocked: a solve may change it.": "%1 en “%2” queda desbloqueada: un cálculo "
        "puede cambiarla.",
        "This device may not change assignments: only coordinator and admin devices may.": "Este "
        "dispositivo "
        "no puede "
        "cambiar "
        "las "
        "asignaciones: "
        "solo "
        "pueden "
        "hacerlo "
        "los "
        "dispositivos "
        "de "
        "coordinación "
        "y "
        "administración.",
        "The slot is locked. Unlock it (L) before changing it.": "La posición está bloqueada. "
        "Desbloquéela (L) antes de "
        "cambiarla.",
        "This slot is no longer needed: the session changed.": "Esta posición ya no es necesaria: la "
        "sesión cambió.",
        "This provider is no longer in the event.": "Este profesional ya no figura en el evento.",
        "Interpreters take sign-language slots and captioners take caption slots.": "Los intérpretes "
        "cubren "
        "posiciones de "
        "lengua de señas "
        "y los "
        "subtituladores, "
        "posiciones de "
        "subtitulado.",
        "A provider cannot feed themselves.": "Un profesional no puede ser su propio apoyo.",
        "Some of these slots changed since the solve started. Solve again.": "Algunas de estas "
        "posiciones cambiaron "
        "después de iniciarse el "
        "cálculo. Vuelva a "
        "resolver.",
        "The change was not made (%1).": "No se hizo el cambio (%1).",
        "%1, slot %2": "%1, posición %2",
        "The proposal changes %n slot(s).": [
            "La propuesta cambia %n posición.",
            "La propuesta cambia %n posiciones.",
        ],
        "Required units filled: %1 of %2. Advised units filled: %3 of %4.": "Unidades obligatorias "
        "cubiertas: %1 de %2. "
        "Unidades recomendadas "
        "cubiertas: %3 de %4.",
        "Largest load of one provider: %1 on one day, %2 over the whole event.": "Carga máxima de un "
        "profesional: %1 en "
        "un día, %2 en todo "
        "el evento.",
        "Stopped: this is the best plan found before the stop.": "Cálculo detenido: este es el mejor "
        "plan encontrado hasta ese momento.",
        "A quick plan (the optimiser did not run to the end).": "Plan rápido (el optimizador no llegó "
        "a terminar).",
        "The best plan: no plan covers more.": "El mejor plan: ningún otro cubre más.",
        "A good plan found within the time limit.": "Buen plan encontrado dentro del tiempo límite.",
        "Accepted: %n slot(s) changed.": [
            "Propuesta aceptada: %n posición cambiada.",
            "Propuesta aceptada: %n posiciones cambiadas.",
        ],
        "Access services": "Servicios de accesibilidad",
        "&Solve": "Re&solver",
        "%v of %m required": "%v de %m obligatorias",
        "Drag a provider onto a slot to assign them.": "Arrastre un profesional a una posición para "
        "asignarlo.",
        "Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.": "Azul: "
        "lengua "
        "de "
        "señas; "
        "violeta: "
        "subtitulado; "
        "más "
        "claro: "
        "apoyo "
        "a "
        "un "
        "intérprete "
        "sordo; "
        "⚑ "
        "y "
        "contorno "
        "grueso: "
        "bloqueada; "
        "rayas: "
        "desplazamiento "
        "(en "
        "rojo "
        "si "
        "es "
        "demasiado "
        "corto); "
        "subrayado "
        "rojo: "
        "demasiado "
        "tiempo "
        "sin "
        "descanso. "
        "Horario "
        "de "
        "07:00 "
        "a "
        "21:00.",
        "Coverage": "Cobertura",
        "Providers": "Profesionales",
        "Unmet demand": "Demanda sin cubrir",
        "Proposal": "Propuesta",
        "Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve": "Enter: "
        "asignar "
        "· "
        "Delete: "
        "vaciar "
        "· "
        "L: "
        "bloquear "
        "o "
        "desbloquear "
        "· "
        "arrastrar "
        "un "
        "profesional "
        "a "
        "una "
        "posición "
        "· "
        "Ctrl+PgUp "
        "/ "
        "Ctrl+PgDown: "
        "día "
        "· "
        "Alt+S: "
        "resolver "
        "· "
        "Esc: "
        "detener "
        "el "
        "cálculo",
        "Choose a session, then a slot: Enter assigns, L locks.": "Elija una sesión y, luego, una "
        "posición: Enter asigna, L bloquea.",
        "Read only: this device's role cannot change assignments; only coordinators do.": "Solo "
        "lectura: "
        "la función "
        "de este "
        "dispositivo "
        "no permite "
        "cambiar "
        "asignaciones; "
        "solo los "
        "coordinadores "
        "pueden "
        "hacerlo.",
        "Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.": "Vista "
        "previa: "
        "la "
        "cuadrícula "
        "muestra "
        "el "
        "plan "
        "tal "
        "como "
        "quedaría "
        "con "
        "la "
        "propuesta. "
        "Acéptela "
        "o "
        "descártela "
        "(pestaña "
        "Propuesta) "
        "antes "
        "de "
        "cambiar "
        "posiciones "
        "manualmente.",
        "Choose a session to see its slots.": "Elija una sesión para ver sus posiciones.",
        "“%1” — %2, %3. %4.": "“%1” — %2, %3. %4.",
        "Accept or discard the proposal first (Proposal tab).": "Primero acepte o descarte la "
        "propuesta (pestaña Propuesta).",
        "Who takes %1 at “%2”?": "¿Quién cubre %1 en “%2”?",
        "Solving… Esc stops it and keeps the best plan found so far.": "Resolviendo… Esc detiene el "
        "cálculo y conserva el mejor "
        "plan encontrado hasta ahora.",
        "A first plan is made.": "Primer plan listo.",
        "Covering as many units as possible…": "Cubriendo el máximo de unidades posible…",
        "Evening out the loads…": "Equilibrando las cargas…",
        "Finishing…": "Terminando…",
        "Stopping the solve…": "Deteniendo el cálculo…",
        "The solve found nothing to change.": "El cálculo no encontró nada que cambiar.",
        "The solve failed: %1": "Error en el cálculo: %1",
        "The proposal was discarded; nothing changed.": "Se descartó la propuesta; no se cambió nada.",
        "Session": "Sesión",
        "Slot": "Posición",
        "Now": "Actual",
        "Proposed": "Propuesto",
        "— open —": "— sin cubrir —",
        "%1 with feed %2": "%1 con apoyo de %2",
        "Time": "Horario",
        "Room": "Sala",
        "Services filled": "Servicios cubiertos",
        "%1: %2 of %3 units filled (%4 required).": "%1: %2 de %3 unidades cubiertas (obligatorias: "
        "%4).",
        "Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.": "Los "
        "controles "
        "de "
        "acceso "
        "no "
        "tienen "
        "el "
        "plan "
        "de "
        "accesibilidad. "
        "Pregunte "
        "al "
        "coordinador "
        "de "
        "servicios "
        "de "
        "accesibilidad "
        "quién "
        "interpreta "
        "o "
        "subtitula "
        "una "
        "sesión.",
        "Assign a provider": "Asignar un profesional",
        "Type to find a provider by name": "Escriba para buscar un profesional por nombre",
        "Type a name · ↑ ↓ choose · Enter assign · Esc close": "Escriba un nombre · ↑ ↓ elegir · "
        "Enter asignar · Esc cerrar",
        "Assign": "Asignar",
        "◆ %1 — %2": "◆ %1 — %2",
        "✓ %1 — %2": "✓ %1 — %2",
        "✗ %1 — %2": "✗ %1 — %2",
        "Choose the hearing interpreter who feeds %1 in this slot.": "Elija al intérprete oyente que "
        "apoyará a %1 en esta posición.",
        "Run a solve to see a proposal here.": "Pulse Resolver para ver aquí una propuesta.",
        "&Accept the proposal": "&Aceptar la propuesta",
        "&Discard it": "&Descartarla",
        "The coverage grid shows the plan as the proposal would leave it.": "La cuadrícula de "
        "cobertura muestra el "
        "plan tal como quedaría "
        "con la propuesta.",
        "Provider": "Profesional",
        "Load that day": "Carga del día",
        "Day": "Día",
        "captioner": "subtitulador",
        "Deaf interpreter": "intérprete sordo",
        "interpreter": "intérprete",
        "Travel to another room: %n min.": [
            "Desplazamiento a otra sala: %n min.",
            "Desplazamiento a otra sala: %n min.",
        ],
        "%1 in %2: %3, %4 (feeding the Deaf interpreter).": "%1 en %2: %3, %4 (apoyo al intérprete "
        "sordo).",
        "%1 in %2: %3, %4.": "%1 en %2: %3, %4.",
        "%1 Locked.": "%1 Bloqueada.",
        "Not working": "No trabaja",
        "%n assignment(s)": ["%n asignación", "%n asignaciones"],
        "Assigned": "Asignado",
        "Lock": "Bloqueo",
        "⚠ %1 (does not count: see the rules)": "⚠ %1 (no cuenta: consulte las reglas)",
        "⚑ Locked": "⚑ Bloqueada",
        "Assign… (Enter)": "Asignar… (Enter)",
        "Clear (Delete)": "Vaciar (Delete)",
        "Lock or unlock (L)": "Bloquear o desbloquear (L)",
        "No provider has this language (or the accreditation it needs).": "Ningún profesional trabaja "
        "en esta lengua (o ninguno "
        "tiene la acreditación "
        "necesaria).",
        "Nobody with this language declared they can work then, or they are absent.": "Quienes "
        "trabajan en "
        "esta lengua no "
        "declararon "
        "disponibilidad "
        "a esa hora o "
        "están "
        "ausentes.",
        "Everyone who could is already working at that time.": "Todos los que podrían cubrirla ya "
        "trabajan a esa hora.",
        "Those free then have reached their day's cap or need a rest.": "Quienes están libres a esa "
        "hora han alcanzado su límite "
        "diario o necesitan "
        "descansar.",
        "%1 (WFD-WASLI accredited)": "%1 (con acreditación WFD-WASLI)",
        "%n more provider(s) of %1 on the morning of %2.": [
            "%n profesional más para %1 el %2 por la mañana.",
            "%n profesionales más para %1 el %2 por la mañana.",
        ],
        "%n more provider(s) of %1 on the afternoon of %2.": [
            "%n profesional más para %1 el %2 por la tarde.",
            "%n profesionales más para %1 el %2 por la tarde.",
        ],
        "%n more provider(s) of %1 on the evening of %2.": [
            "%n profesional más para %1 el %2 a última hora de la tarde.",
            "%n profesionales más para %1 el %2 a última hora de la tarde.",
        ],
        "Why it is open": "Por qué sigue sin cubrir",
        "Smallest change that covers it": "Cambio mínimo para cubrirla",
        "Every unit of demand is filled: nothing is open.": "Toda la demanda está cubierta: no queda "
        "ninguna unidad sin cubrir.",
        "%n required unit(s) open.": [
            "%n unidad obligatoria sin cubrir.",
            "%n unidades obligatorias sin cubrir.",
        ],
        "%n advised unit(s) open.": [
            "%n unidad recomendada sin cubrir.",
            "%n unidades recomendadas sin cubrir.",
        ],
        "Access": "Accesibilidad",
        "This session has no default length: give its end time.": "Esta sesión no tiene duración "
        "predeterminada: indique su hora de "
        "fin.",
        "A session becomes released only when a release publishes it.": "Una sesión solo pasa a "
        "publicada al publicarse el "
        "programa.",
        "This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.": "Este "
        "pase "
        "se "
        "emitió "
        "después "
        "de "
        "la "
        "última "
        "sincronización "
        "de "
        "este "
        "puesto: "
        "se "
        "verificó "
        "con "
        "los "
        "datos "
        "de "
        "la "
        "persona "
        "que "
        "figura "
        "en "
        "él. "
        "Podrá "
        "reimprimirse "
        "aquí "
        "tras "
        "la "
        "próxima "
        "sincronización.",
    }
)
BY_CONTEXT = globals().get("BY_CONTEXT", {})
BY_CONTEXT.update({("AccessTexts", "Arabic"): "árabe", ("AccessTexts", "Chinese"): "chino"})
