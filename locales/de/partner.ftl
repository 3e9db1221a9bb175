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
