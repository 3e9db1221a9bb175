# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Eingegangen
idea-status-received-means = Ihre Idee ist bei uns angekommen. Partner-Organisationen in Ihrer Region werden sie lesen.
idea-status-in-review = 🔎 In Prüfung
idea-status-in-review-means = Eine Organisation sieht sich Ihre Idee genau an.
idea-status-forwarded = 📨 Weitergeleitet an Menschen, die entscheiden
idea-status-forwarded-means = Ihre Idee wurde an die Menschen weitergegeben, die über Hilfsangebote entscheiden.
idea-status-discussed = 🏛️ Bei einem Salon besprochen
idea-status-discussed-means = Über Ihre Idee wurde bei einem Treffen mit Menschen gesprochen, die entscheiden.
idea-status-taken-up = 🌱 Aufgegriffen
idea-status-taken-up-means = Ihre Idee wird ausprobiert oder ist Teil eines Angebots geworden. Vielen Dank!
idea-status-not-taken-up = 🚫 Nicht aufgegriffen
idea-status-not-taken-up-means = Ihre Idee wird dieses Mal nicht umgesetzt. Den Grund finden Sie unten. Ihre Idee wurde trotzdem gehört, und sie hilft weiter.
idea-reason-exists-already = Etwas Ähnliches gibt es schon.
idea-reason-not-in-scope = Das können die Organisationen hier nicht leisten.
idea-reason-no-funding = Dafür gibt es im Moment kein Geld.
idea-reason-not-feasible = In dieser Form lässt sich die Idee nicht umsetzen.
myideas-none = Sie haben noch keine Idee geschickt. Im Menü können Sie eine schicken: 💡 Eine Idee für bessere Hilfe.
myideas-title = 💡 Ihre Ideen ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 Organisationen, die sie gesehen haben: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ihre Idee { $idea } (Thema: { $topic }): { $status }
    Was das bedeutet: { $means }
    /myideas zeigt alle Ihre Ideen.
idea-discussed-at = 🏛️ Sie wurde beim Salon in { $place } am { $date } besprochen.
idea-discussed-on = 🏛️ Sie wurde am { $date } bei einem Salon besprochen.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } antwortet Ihnen zu Ihrer Idee { $idea }:

    { $text }
idea-reply-written-in = (Sprache: { $language })
idea-reply-thanks = Vielen Dank für Ihre Idee. Wir haben sie aufmerksam gelesen.
idea-reply-meeting = Vielen Dank. Wir nehmen Ihre Idee mit zu unserem nächsten Treffen mit Menschen, die entscheiden.
idea-reply-who = Können Sie uns mehr darüber sagen, für wen Ihre Idee gut wäre?
idea-reply-how = Können Sie uns mehr darüber sagen, wie Ihre Idee in der Praxis funktionieren würde?
idea-reply-exists = Etwas Ähnliches gibt es vielleicht schon. Wir prüfen das und schreiben Ihnen wieder.
idea-reply-later = Wir arbeiten noch daran und sagen Ihnen Bescheid, sobald wir mehr wissen.
btn-idea-answer = ↩️ Antworten
btn-idea-mute = 🔕 Keine Antworten mehr zu dieser Idee
idea-replies-muted = Sie bekommen keine Antworten mehr zu { $idea }. Was aus Ihrer Idee wird, erfahren Sie weiterhin.
idea-answer-flow = ↩️ Antwort zu Ihrer Idee
idea-answer-ask = ↩️ Ihre Antwort. Die Organisation sieht nur den Code Ihrer Idee, nie Ihren Namen oder Ihr Telegram-Konto.
idea-answer-label = Ihre Antwort
idea-answer-summary = Bitte prüfen Sie Ihre Antwort:
idea-answer-saving = Wird gesendet …
idea-answer-sent = An { $organisation } gesendet. Die Organisation sieht nicht, wer Sie sind.
