# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Ricevuta
idea-status-received-means = La Sua idea è arrivata. Le organizzazioni partner della Sua regione la leggeranno.
idea-status-in-review = 🔎 In esame
idea-status-in-review-means = Un'organizzazione sta esaminando con attenzione la Sua idea.
idea-status-forwarded = 📨 Inoltrata a chi prende le decisioni
idea-status-forwarded-means = La Sua idea è stata inoltrata alle persone che decidono sui programmi di sostegno.
idea-status-discussed = 🏛️ Discussa in un incontro
idea-status-discussed-means = Della Sua idea si è parlato in un incontro con chi prende le decisioni.
idea-status-taken-up = 🌱 Accolta
idea-status-taken-up-means = La Sua idea viene sperimentata o è entrata a far parte di un programma. Grazie!
idea-status-not-taken-up = 🚫 Non accolta
idea-status-not-taken-up-means = Questa volta la Sua idea non verrà realizzata. Il motivo è qui sotto. La Sua idea è stata comunque ascoltata, ed è utile.
idea-reason-exists-already = Esiste già qualcosa di simile.
idea-reason-not-in-scope = Va oltre ciò che le organizzazioni di questa zona possono fare.
idea-reason-no-funding = Al momento non ci sono soldi per realizzarla.
idea-reason-not-feasible = Così com'è, non si può realizzare.
myideas-none = Non ha ancora mandato nessuna idea. Può mandarne una dal menu: 💡 Un'idea per un aiuto migliore.
myideas-title = 💡 Le Sue idee ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 Organizzazioni che l'hanno vista: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 La Sua idea { $idea } (tema: { $topic }): { $status }
    Che cosa significa: { $means }
    /myideas mostra tutte le Sue idee.
idea-discussed-at = 🏛️ È stata discussa all'incontro di { $place } del { $date }.
idea-discussed-on = 🏛️ È stata discussa in un incontro del { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } Le risponde sulla Sua idea { $idea }:

    { $text }
idea-reply-written-in = (Lingua: { $language })
idea-reply-thanks = Grazie per la Sua idea. L'abbiamo letta con attenzione.
idea-reply-meeting = Grazie. Porteremo la Sua idea al nostro prossimo incontro con chi prende le decisioni.
idea-reply-who = Potrebbe spiegarci meglio a chi sarebbe utile la Sua idea?
idea-reply-how = Potrebbe spiegarci meglio come funzionerebbe la Sua idea nella pratica?
idea-reply-exists = Forse esiste già qualcosa di simile. Stiamo verificando e Le scriveremo di nuovo.
idea-reply-later = Ci stiamo ancora lavorando e Le faremo sapere quando ne sapremo di più.
btn-idea-answer = ↩️ Rispondi
btn-idea-mute = 🔕 Non ricevere più risposte su questa idea
idea-replies-muted = Non riceverà più risposte sull'idea { $idea }. Le faremo comunque sapere che cosa ne sarà.
idea-answer-flow = ↩️ Risposta sulla Sua idea
idea-answer-ask = ↩️ La Sua risposta. L'organizzazione vede solo il codice della Sua idea, mai il Suo nome né il Suo profilo Telegram.
idea-answer-label = La Sua risposta
idea-answer-summary = Per favore, controlli la Sua risposta:
idea-answer-saving = Invio in corso…
idea-answer-sent = Inviata a { $organisation }. L'organizzazione non vede chi è Lei.
