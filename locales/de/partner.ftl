# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Offene Ideen in Ihrem Zuständigkeitsbereich: { $count } (älteste zuerst)
staff-review-empty = Im Moment gibt es in Ihrem Zuständigkeitsbereich keine offenen Ideen.
staff-review-no-region = Region nicht angegeben
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · Sprache: { $language }
staff-review-may-answer = ✉️ Die Person, die die Idee geschickt hat, ist mit Antworten einverstanden.
staff-review-no-answer = Die Person, die die Idee geschickt hat, möchte keine Antworten.
staff-review-status = Status: { $status } · der Person mitgeteilt: { $told }
staff-review-claimed-by = 🙋 Übernommen von { $organisation }
btn-staff-review-claim = 🙋 Übernehmen
btn-staff-review-status = 📝 Status
btn-staff-review-publish = 📣 Der Person mitteilen
btn-staff-review-next = ➡️ Nächste Idee
staff-review-claimed = 🙋 Sie haben die Idee für { $organisation } übernommen. Andere Organisationen sehen, dass Sie sich darum kümmern.
staff-review-taken = Eine andere Organisation hat diese Idee schon übernommen: { $organisation }.
staff-review-which-status = 📝 Welchen Status hat die Idee { $idea }? Die Person erfährt ihn erst, wenn Sie auf 📣 tippen.
staff-review-which-reason = 📝 Warum wird die Idee { $idea } nicht aufgegriffen? Die Person liest den Grund in ihrer eigenen Sprache.
staff-review-status-set = 📝 Status gesetzt. Die Person weiß noch nichts davon.
staff-review-published = 📣 Die Person, die { $idea } geschickt hat, ist informiert – in ihrer eigenen Sprache.
staff-review-nothing-new = Nichts Neues für die Person, die die Idee { $idea } geschickt hat – sie kennt diesen Status schon.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Ideen in Ihrem Zuständigkeitsbereich: { $count }. Jede Idee unter ihrem eigenen Pseudonym, ohne Namen und ohne Telegram-IDs. Bitte geben Sie die Datei nicht über Ihre Organisation hinaus weiter.
staff-export-empty = 📄 In Ihrem Zuständigkeitsbereich gibt es noch keine Ideen zum Exportieren.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Die Person, die die Idee geschickt hat, hat sie zurückgezogen: Die Texte wurden gelöscht.
staff-review-notes = Notizen (nur für das Team sichtbar):
staff-review-note-staff = Team
btn-staff-review-reply = 💬 Der Person antworten
btn-staff-review-note = 📝 Notiz
btn-staff-review-flag = 🚩 Spam oder beleidigend
staff-relay-muted = Die Person, die die Idee { $idea } geschickt hat, möchte keine weiteren Antworten.
staff-relay-not-now = Nur die Organisation, die die Idee { $idea } übernommen hat, kann antworten – und nur, wenn die Person, die sie geschickt hat, mit Antworten einverstanden ist.
staff-relay-choose = Wählen Sie eine Antwort. Die Person liest sie in ihrer eigenen Sprache:
    { $list }
btn-staff-relay-write = ✍️ Selbst schreiben
staff-relay-sent = Unter dem Namen Ihrer Organisation an die Person gesendet, die die Idee { $idea } geschickt hat.
staff-relay-flagged = Die Idee { $idea } ist ausgeblendet und erscheint bei niemandem mehr unter /review.
staff-relay-noted = Notiz zur Idee { $idea } gespeichert. Die Person, die die Idee geschickt hat, sieht sie nie.
staff-relay-flow = ✍️ Antwort an die Person, die eine Idee geschickt hat
staff-relay-ask = ✍️ Ihre Antwort. Sie wird so weitergeleitet, wie Sie sie schreiben, mit einem Hinweis auf Ihre Sprache; Ihren Namen erfährt die Person nicht. Bitte geben Sie keine Kontaktdaten an.
staff-relay-label = Antwort
staff-relay-summary = Bitte prüfen Sie:
staff-relay-saving = Wird gespeichert …
staff-note-flow = 📝 Notiz zu einer Idee
staff-note-ask = 📝 Ihre Notiz. Nur Teammitglieder, die diese Idee sehen, lesen sie – nie die Person, die die Idee geschickt hat.
staff-note-label = Notiz
btn-staff-relay-show = 📋 Idee anzeigen
staff-relay-answer = ↩️ Die Person, die die Idee { $idea } geschickt hat, antwortet:

    { $text }
staff-relay-escalated = ⏰ Keine Organisation hat die Idee { $idea } ({ $place } · { $topic }) innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } übernommen. Bitte sehen Sie sie sich mit /review an.
btn-staff-review-publish-all = 📣 Jetzt den Personen mitteilen ({ $count })
staff-review-published-all = 📣 Mitgeteilte Status: { $count }. Die Personen, die die Ideen geschickt haben, erfahren es in ihrer Sprache.
btn-staff-review-story = 🌟 Erfolgsgeschichte
