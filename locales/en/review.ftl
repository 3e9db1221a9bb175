# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Received
idea-status-received-means = Your idea has arrived. Partner organisations in your region will read it.
idea-status-in-review = 🔎 Being reviewed
idea-status-in-review-means = An organisation is looking at your idea closely.
idea-status-forwarded = 📨 Forwarded to decision makers
idea-status-forwarded-means = Your idea was passed on to the people who decide about support programmes.
idea-status-discussed = 🏛️ Discussed at a salon
idea-status-discussed-means = Your idea was talked about at a meeting with decision makers.
idea-status-taken-up = 🌱 Taken up
idea-status-taken-up-means = Your idea is being tried out or has become part of a programme. Thank you!
idea-status-not-taken-up = 🚫 Not taken up
idea-status-not-taken-up-means = Your idea will not be carried out this time. The reason is below. Your idea was still heard, and it helps.
idea-reason-exists-already = Something like it exists already.
idea-reason-not-in-scope = It is outside what the organisations here can do.
idea-reason-no-funding = There is no money for it at the moment.
idea-reason-not-feasible = It cannot be done as it is.
myideas-none = You have not sent an idea yet. You can send one from the menu: 💡 An idea for better support.
myideas-title = 💡 Your ideas ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 Organisations that have seen it: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Your idea { $idea } about { $topic }: { $status }
    What this means: { $means }
    /myideas shows all your ideas.
# Above the explanation of the status "discussed" when the idea was discussed at a salon.
idea-discussed-at = 🏛️ It was discussed at the salon in { $place } on { $date }.
idea-discussed-on = 🏛️ It was discussed at a salon on { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } answers about your idea { $idea }:

    { $text }
idea-reply-written-in = (Written in { $language }.)
idea-reply-thanks = Thank you for your idea. We have read it carefully.
idea-reply-meeting = Thank you. We will take your idea to our next meeting with decision makers.
idea-reply-who = Could you tell us more about who would benefit from your idea?
idea-reply-how = Could you tell us more about how it would work in practice?
idea-reply-exists = Something like this may already exist. We are checking and will write to you again.
idea-reply-later = We are still working on it and will tell you when we know more.
btn-idea-answer = ↩️ Answer
btn-idea-mute = 🔕 No more replies on this idea
idea-replies-muted = You will get no more replies about { $idea }. What becomes of it still reaches you.
idea-answer-flow = ↩️ Answer about your idea
idea-answer-ask = ↩️ Your answer. The organisation sees only your idea's code, never your name or Telegram account.
idea-answer-label = Your answer
idea-answer-summary = Please check your answer:
idea-answer-saving = Sending…
idea-answer-sent = Sent to { $organisation }. They do not see who you are.
