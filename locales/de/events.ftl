# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, { $time } Uhr
ev-over = ⏱️ Diese Veranstaltung hat schon stattgefunden.
ev-seats-open = 🪑 Es gibt freie Plätze.
ev-seats-few = { $count ->
    [one] 🪑 Nur noch 1 Platz frei.
   *[other] 🪑 Nur noch { $count } Plätze frei.
}
ev-seats-full = 🪑 Ausgebucht: Sie können sich auf die Warteliste setzen.
ev-mine-registered = ✅ Sie haben einen Platz. Ihr Code für den Eingang: { $code }
ev-mine-waiting = 🕒 Sie stehen auf der Warteliste: Nummer { $place }.
ev-mine-offered = 🎟️ Ein Platz ist für Sie frei! Bitte antworten Sie bis { $deadline }.
btn-ev-come = ✅ Ich komme
btn-ev-join = 🕒 Auf die Warteliste
btn-ev-cant = ❌ Ich kann nicht kommen
btn-ev-needs = 🙋 Was ich zur Teilnahme brauche
btn-ev-calendar = 📅 In meinen Kalender
btn-ev-cancel = ❌ Meinen Platz freigeben
btn-ev-leave = ❌ Warteliste verlassen
btn-ev-accept = ✅ Platz annehmen
btn-ev-decline = ❌ Ich kann nicht kommen
btn-ev-still = ✅ Ja, ich komme
btn-ev-free = ❌ Platz freigeben
ev-registered = ✅ Sie haben einen Platz. Zeigen Sie diesen Code am Eingang: { $code }
    Mit der Datei unten kommt der Termin in den Kalender Ihres Telefons.
ev-waiting = 🕒 Alle Plätze sind vergeben. Sie sind Nummer { $place } auf der Warteliste. Wenn ein Platz frei wird, bekommen Sie eine Nachricht und können ihn nehmen.
ev-left = Erledigt: Ihr Platz ist jetzt frei für eine andere Person. Solange es freie Plätze gibt, können Sie sich wieder anmelden.
ev-left-line = Erledigt: Sie stehen nicht mehr auf der Warteliste.
ev-noted = Danke, dass Sie uns Bescheid geben.
ev-offer-gone = Dieses Angebot gilt nicht mehr.
ev-declined = Danke, dass Sie uns Bescheid geben: Der Platz geht an die nächste Person auf der Warteliste.
ev-still-thanks = Danke! Wir freuen uns auf Sie.
ev-no-seat = Sie haben keinen Platz für diese Veranstaltung.
ev-is-cancelled = Diese Veranstaltung ist abgesagt.
ev-is-over = Diese Veranstaltung hat schon stattgefunden; es lässt sich nichts mehr ändern.
ev-calendar-caption = 📅 { $title }: Öffnen Sie diese Datei, um den Termin in Ihren Kalender einzutragen.
ev-needs-ask = Brauchen Sie etwas, um teilnehmen zu können? Tippen Sie auf alles, was passt. Das Team der Veranstaltung sieht nur, wie viele Menschen etwas brauchen, aber nie, wer.
ev-needs-no-interpreter = keine
btn-ev-interpreter = 🗣️ Dolmetschung: { $language }
btn-ev-childcare = Kinderbetreuung
btn-ev-access = Zugang ohne Stufen
btn-ev-no-interpreter = Keine Dolmetschung
btn-ev-needs-done = ✅ Fertig
ev-needs-interpreter-ask = In welche Sprache soll für Sie gedolmetscht werden?
ev-needs-saved = Gespeichert. Danke!
ev-offer = 🎟️ Ein Platz ist für Sie frei: { $title }
    { $when }
    Möchten Sie ihn? Bitte antworten Sie bis { $deadline }; danach geht er an die nächste Person auf der Warteliste.
ev-offer-lapsed = ⌛ Der Platz für „{ $title }“ ging an die nächste Person auf der Warteliste, weil keine Antwort rechtzeitig kam. In der Nachricht zur Veranstaltung können Sie sich wieder auf die Warteliste setzen.
ev-still = Kommen Sie noch zu „{ $title }“?
    { $when }
    Wenn nicht: Mit einem Tippen geben Sie Ihren Platz für jemanden auf der Warteliste frei.
ev-reminder = ⏰ Erinnerung: { $title }
    { $when }
    📍 { $place }
    Ihr Code für den Eingang: { $code }
ev-reminder-no-place = ⏰ Erinnerung: { $title }
    { $when }
    Ihr Code für den Eingang: { $code }
ev-moved = 🗓️ Neuer Termin für „{ $title }“:
    { $when }
    Ihr Platz bleibt Ihnen. Eine neue Kalenderdatei folgt.
ev-moved-waiting = 🗓️ Neuer Termin für „{ $title }“:
    { $when }
    Sie stehen weiterhin auf der Warteliste.
ev-cancelled = ❌ „{ $title }“ ist abgesagt und findet nicht statt. Das tut uns leid.
ev-organisers = ✉️ Vom Team der Veranstaltung „{ $title }“:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = Sie haben keine offenen Veranstaltungen. Kündigen Sie mit /announce einen Workshop oder einen Salon an.
staff-ev-unlimited = unbegrenzt
staff-ev-counts = Angemeldet: { $registered } von { $seats } (+{ $reserved } reserviert) · Warteliste: { $waiting } · offene Angebote: { $offered } · eingecheckt: { $checked }
staff-ev-needs = Bedarf: { $list }
staff-ev-needs-interpreters = Dolmetschung: { $list }
staff-ev-needs-childcare = Kinderbetreuung: { $count }
staff-ev-needs-access = Zugang ohne Stufen: { $count }
staff-ev-needs-none = Bedarf: bisher nichts angegeben.
btn-staff-ev-export = 📋 Teilnahmeliste (CSV)
btn-staff-ev-message = ✉️ Nachricht an die Angemeldeten
btn-staff-ev-move = 🗓️ Verschieben
btn-staff-ev-cancel = 🚫 Veranstaltung absagen
btn-staff-ev-close = 🏁 Abschließen: Teilnahme zählen
staff-ev-export-caption = Teilnahmeliste: Pseudonyme, Status, Check-in und Bedarf. Keine Namen, keine Telegram-IDs.
staff-ev-cancel-ask = Diese Veranstaltung absagen? Jede gesendete Nachricht zur Veranstaltung zeigt dann „abgesagt“, und alle, die angemeldet sind oder auf der Warteliste stehen, werden benachrichtigt.
btn-staff-ev-cancel-yes = Ja, absagen
btn-staff-ev-cancel-no = Nein, nicht absagen
staff-ev-cancelled = Abgesagt. { $count ->
        [one] { $count } teilnehmende Person wird benachrichtigt.
       *[other] { $count } teilnehmende Personen werden benachrichtigt.
    }
staff-ev-not-yet = Die Veranstaltung hat noch nicht begonnen; Sie können sie abschließen, sobald sie begonnen hat.
staff-ev-closed = Abgeschlossen. Eingecheckt: { $attended } von { $registered } angemeldeten Personen.
staff-ev-closed-before = Diese Veranstaltung wurde schon abgeschlossen.
staff-ev-move-flow = 🗓️ Veranstaltung verschieben
staff-ev-move-ask = 🗓️ Das neue Datum und die neue Uhrzeit:
staff-ev-message-flow = ✉️ Nachricht an die Angemeldeten
staff-ev-message-ask = ✉️ Ihre Nachricht an alle Angemeldeten (sie wird so gesendet, wie Sie sie schreiben):
staff-ev-label-message = Nachricht
staff-ev-summary = Bitte prüfen Sie:
staff-ev-saving = Wird gespeichert …
staff-ev-moved = Verschoben. Neuer Termin: { $when }. { $count ->
        [one] { $count } teilnehmende Person wird benachrichtigt und bekommt eine neue Kalenderdatei.
       *[other] { $count } teilnehmende Personen werden benachrichtigt und bekommen eine neue Kalenderdatei.
    }
staff-ev-message-sent = Ihre Nachricht geht an { $count ->
        [one] { $count } angemeldete Person.
       *[other] { $count } angemeldete Personen.
    }
staff-ev-checkin-usage = Schreiben Sie /checkin und den Code, den die Person Ihnen zeigt, z. B. /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Eingecheckt für „{ $title }“. Anwesend: { $checked } von { $registered }.
staff-ev-checked-in-before = Dieser Code wurde schon eingecheckt („{ $title }“). Anwesend: { $checked } von { $registered }.
staff-ev-checkin-unknown = ⚠️ In Ihren offenen Veranstaltungen gibt es keinen Platz mit diesem Code. Bitte prüfen Sie den Code (Buchstaben und Ziffern, kein 0, O, 1, I oder L).
staff-ev-which-ideas = Welche Ideen wurden bei diesem Salon besprochen? Tippen Sie auf jede einzelne: Die Person, die sie geschickt hat, erfährt es sofort in ihrer Sprache (das lässt sich nicht rückgängig machen).
staff-ev-no-ideas = Aus Ihren Regionen gibt es keine offenen Ideen, die Sie als besprochen markieren können.
staff-ev-idea-marked = { $idea }: als besprochen markiert. Die Person, die die Idee geschickt hat, wird benachrichtigt.
