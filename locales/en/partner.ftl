# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Open ideas in your area: { $count } (oldest first)
staff-review-empty = No open ideas in your area right now.
staff-review-no-region = region not given
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · written in { $language }
staff-review-may-answer = ✉️ The author allows answers.
staff-review-no-answer = The author does not want answers.
staff-review-status = Status: { $status } · the author was told: { $told }
staff-review-claimed-by = 🙋 Taken by { $organisation }
btn-staff-review-claim = 🙋 I'll take it
btn-staff-review-status = 📝 Status
btn-staff-review-publish = 📣 Tell the author
btn-staff-review-next = ➡️ Next
staff-review-claimed = 🙋 You took the idea for { $organisation }. Other organisations see that you answer it.
staff-review-taken = Another organisation took this idea first: { $organisation }.
staff-review-which-status = 📝 What is the status of { $idea }? The author is told only when you tap 📣.
staff-review-which-reason = 📝 Why is { $idea } not taken up? The author reads the reason in their language.
staff-review-status-set = 📝 Status set. The author has not been told yet.
staff-review-published = 📣 The author of { $idea } is told, in their language.
staff-review-nothing-new = Nothing new to tell the author of { $idea }: they already know this status.
