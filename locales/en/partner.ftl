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

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Ideas in your area: { $count }. Each idea under its own pseudonym; no names, no Telegram ids. Please keep the file within your organisation.
staff-export-empty = 📄 There are no ideas in your area to export yet.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Withdrawn by the author: the texts were erased.
staff-review-notes = Notes (only staff see them):
staff-review-note-staff = staff
btn-staff-review-reply = 💬 Reply to the author
btn-staff-review-note = 📝 Note
btn-staff-review-flag = 🚩 Spam or offensive
staff-relay-muted = The author of { $idea } asked for no more replies.
staff-relay-not-now = Only the organisation that claimed { $idea } can reply, and only when its author allows answers.
staff-relay-choose = Choose a reply. The author reads it in their own language:
    { $list }
btn-staff-relay-write = ✍️ Write your own
staff-relay-sent = Sent to the author of { $idea } under your organisation's name.
staff-relay-flagged = { $idea } is hidden from every queue.
staff-relay-noted = Note saved on { $idea }. The author never sees it.
staff-relay-flow = ✍️ Reply to an author
staff-relay-ask = ✍️ Your reply. It is relayed as you write it, marked with your language; the author does not learn your name. Please give no contact details.
staff-relay-label = Reply
staff-relay-summary = Please check:
staff-relay-saving = Saving…
staff-note-flow = 📝 Note on an idea
staff-note-ask = 📝 Your note. Only staff who see this idea read it, never the author.
staff-note-label = Note
btn-staff-relay-show = 📋 Show the idea
staff-relay-answer = ↩️ The author of { $idea } answers:

    { $text }
staff-relay-escalated = ⏰ No organisation has taken up the idea { $idea } ({ $place } · { $topic }) within { $days } days. Please look at it with /review.
btn-staff-review-publish-all = 📣 Tell the authors now ({ $count })
staff-review-published-all = 📣 Statuses told to their authors: { $count }. They hear it in their own language.
btn-staff-review-story = 🌟 Success story
