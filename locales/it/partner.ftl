# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Idee aperte nella Sua area di competenza: { $count } (prima le meno recenti)
staff-review-empty = Al momento non ci sono idee aperte nella Sua area di competenza.
staff-review-no-region = regione non indicata
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · lingua: { $language }
staff-review-may-answer = ✉️ Chi ha proposto l'idea accetta di ricevere risposte.
staff-review-no-answer = Chi ha proposto l'idea non desidera risposte.
staff-review-status = Stato: { $status } · comunicato a chi l'ha proposta: { $told }
staff-review-claimed-by = 🙋 Presa in carico da: { $organisation }
btn-staff-review-claim = 🙋 Me ne occupo io
btn-staff-review-status = 📝 Stato
btn-staff-review-publish = 📣 Informa chi l'ha proposta
btn-staff-review-next = ➡️ Idea successiva
staff-review-claimed = 🙋 Ha preso in carico l'idea per { $organisation }. Le altre organizzazioni vedono che è Lei a occuparsene.
staff-review-taken = Un'altra organizzazione ha già preso in carico questa idea: { $organisation }.
staff-review-which-status = 📝 Qual è lo stato dell'idea { $idea }? Chi l'ha proposta lo saprà solo quando Lei tocca 📣.
staff-review-which-reason = 📝 Perché l'idea { $idea } non viene accolta? Chi l'ha proposta leggerà il motivo nella propria lingua.
staff-review-status-set = 📝 Stato impostato. Chi ha proposto l'idea non lo sa ancora.
staff-review-published = 📣 Lo stato dell'idea { $idea } è stato comunicato a chi l'ha proposta, nella sua lingua.
staff-review-nothing-new = Niente di nuovo da comunicare a chi ha proposto l'idea { $idea }: conosce già questo stato.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Idee nella Sua area di competenza: { $count }. Ogni idea con il proprio pseudonimo, senza nomi né ID di Telegram. La preghiamo di non condividere il file al di fuori della Sua organizzazione.
staff-export-empty = 📄 Non ci sono ancora idee da esportare nella Sua area di competenza.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Ritirata da chi l'ha proposta: i testi sono stati cancellati.
staff-review-notes = Note (visibili solo al gruppo di lavoro):
staff-review-note-staff = gruppo di lavoro
btn-staff-review-reply = 💬 Rispondi a chi l'ha proposta
btn-staff-review-note = 📝 Nota
btn-staff-review-flag = 🚩 Spam o contenuto offensivo
staff-relay-muted = Chi ha proposto l'idea { $idea } non desidera più ricevere risposte.
staff-relay-not-now = Solo l'organizzazione che ha preso in carico l'idea { $idea } può rispondere, e solo se chi l'ha proposta accetta di ricevere risposte.
staff-relay-choose = Scelga una risposta. Chi ha proposto l'idea la leggerà nella propria lingua:
    { $list }
btn-staff-relay-write = ✍️ Scrivo io la risposta
staff-relay-sent = Inviata a chi ha proposto l'idea { $idea }, a nome della Sua organizzazione.
staff-relay-flagged = L'idea { $idea } è stata nascosta e non compare più in nessun elenco.
staff-relay-noted = Nota salvata per l'idea { $idea }. Chi l'ha proposta non la vedrà mai.
staff-relay-flow = ✍️ Risposta a chi ha proposto un'idea
staff-relay-ask = ✍️ La Sua risposta. Verrà inoltrata così come la scrive, con l'indicazione della Sua lingua; chi ha proposto l'idea non saprà il Suo nome. La preghiamo di non indicare recapiti.
staff-relay-label = Risposta
staff-relay-summary = Per favore, controlli:
staff-relay-saving = Salvataggio in corso…
staff-note-flow = 📝 Nota su un'idea
staff-note-ask = 📝 La Sua nota. La leggono solo i membri del gruppo di lavoro che vedono questa idea, mai chi l'ha proposta.
staff-note-label = Nota
btn-staff-relay-show = 📋 Mostra l'idea
staff-relay-answer = ↩️ Chi ha proposto l'idea { $idea } risponde:

    { $text }
staff-relay-escalated = ⏰ Nessuna organizzazione ha preso in carico l'idea { $idea } ({ $place } · { $topic }) entro { $days ->
        [one] { $days } giorno
        [many] { $days } giorni
       *[other] { $days } giorni
    }. La preghiamo di esaminarla con /review.
btn-staff-review-publish-all = 📣 Comunica ora a chi ha proposto le idee ({ $count })
staff-review-published-all = 📣 Stati comunicati: { $count }. Chi ha proposto le idee li riceve nella propria lingua.
btn-staff-review-story = 🌟 Storia di successo
