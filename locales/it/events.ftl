# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday } { $date }, ore { $time }
ev-over = ⏱️ Questo evento si è già svolto.
ev-seats-open = 🪑 Ci sono posti liberi.
ev-seats-few = { $count ->
    [one] 🪑 Resta solo 1 posto.
    [many] 🪑 Restano solo { $count } posti.
   *[other] 🪑 Restano solo { $count } posti.
}
ev-seats-full = 🪑 Completo: può iscriversi alla lista d'attesa.
ev-mine-registered = ✅ Ha un posto. Il Suo codice d'ingresso: { $code }
ev-mine-waiting = 🕒 È in lista d'attesa: numero { $place }.
ev-mine-offered = 🎟️ C'è un posto libero per Lei! Per favore, risponda entro { $deadline }.
btn-ev-come = ✅ Vengo
btn-ev-join = 🕒 Iscrivimi alla lista d'attesa
btn-ev-cant = ❌ Non posso venire
btn-ev-needs = 🙋 Cosa mi serve per partecipare
btn-ev-calendar = 📅 Aggiungi al mio calendario
btn-ev-cancel = ❌ Lascio libero il mio posto
btn-ev-leave = ❌ Esco dalla lista d'attesa
btn-ev-accept = ✅ Prendo il posto
btn-ev-decline = ❌ Non posso venire
btn-ev-still = ✅ Sì, vengo
btn-ev-free = ❌ Lascio libero il posto
ev-registered = ✅ Ha un posto. Mostri questo codice all'ingresso: { $code }
    Con il file qui sotto può aggiungere l'evento al calendario del Suo telefono.
ev-waiting = 🕒 Tutti i posti sono occupati. È il numero { $place } in lista d'attesa. Quando si libera un posto, riceve un messaggio e può prenderlo.
ev-left = Fatto: il Suo posto ora è libero per un'altra persona. Può iscriversi di nuovo finché ci sono posti liberi.
ev-left-line = Fatto: non è più in lista d'attesa.
ev-noted = Grazie di avercelo detto.
ev-offer-gone = Questa offerta non è più valida.
ev-declined = Grazie di avercelo detto: il posto va alla prossima persona in lista d'attesa.
ev-still-thanks = Grazie! Ci vediamo all'evento.
ev-no-seat = Non ha un posto per questo evento.
ev-is-cancelled = Questo evento è annullato.
ev-is-over = Questo evento si è già svolto; non si può più cambiare niente.
ev-calendar-caption = 📅 { $title }: apra questo file per aggiungere l'evento al Suo calendario.
ev-needs-ask = Le serve qualcosa per partecipare? Tocchi tutto ciò che vale per Lei. Chi organizza vede solo quante persone hanno bisogno di che cosa, mai chi.
ev-needs-no-interpreter = nessuno
btn-ev-interpreter = 🗣️ Interprete: { $language }
btn-ev-childcare = Assistenza ai bambini
btn-ev-access = Accesso senza gradini
btn-ev-no-interpreter = Nessun interprete
btn-ev-needs-done = ✅ Fatto
ev-needs-interpreter-ask = Per quale lingua Le serve un interprete?
ev-needs-saved = Salvato. Grazie!
ev-offer = 🎟️ C'è un posto libero per Lei: { $title }
    { $when }
    Lo vuole? Per favore, risponda entro { $deadline }; dopo, il posto va alla prossima persona in lista d'attesa.
ev-offer-lapsed = ⌛ Il posto per «{ $title }» è andato alla prossima persona in lista d'attesa, perché non è arrivata una risposta in tempo. Può iscriversi di nuovo alla lista d'attesa dal messaggio dell'evento.
ev-still = Viene ancora a «{ $title }»?
    { $when }
    Se no, con un tocco lascia il Suo posto a chi è in lista d'attesa.
ev-reminder = ⏰ Promemoria: { $title }
    { $when }
    📍 { $place }
    Il Suo codice d'ingresso: { $code }
ev-reminder-no-place = ⏰ Promemoria: { $title }
    { $when }
    Il Suo codice d'ingresso: { $code }
ev-moved = 🗓️ Nuovo orario per «{ $title }»:
    { $when }
    Il Suo posto resta confermato. Riceverà un nuovo file per il calendario.
ev-moved-waiting = 🗓️ Nuovo orario per «{ $title }»:
    { $when }
    È ancora in lista d'attesa.
ev-cancelled = ❌ L'evento «{ $title }» è annullato e non si terrà. Ci dispiace.
ev-organisers = ✉️ Da chi organizza «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = Non ha eventi aperti. Annunci un laboratorio o un incontro con /announce.
staff-ev-unlimited = senza limite
staff-ev-counts = Iscritti: { $registered } su { $seats } (+{ $reserved } riservati) · lista d'attesa: { $waiting } · offerte aperte: { $offered } · ingressi registrati: { $checked }
staff-ev-needs = Esigenze: { $list }
staff-ev-needs-interpreters = interpreti: { $list }
staff-ev-needs-childcare = assistenza ai bambini: { $count }
staff-ev-needs-access = accesso senza gradini: { $count }
staff-ev-needs-none = Esigenze: finora nessuna indicata.
btn-staff-ev-export = 📋 Elenco dei partecipanti (CSV)
btn-staff-ev-message = ✉️ Scrivi agli iscritti
btn-staff-ev-move = 🗓️ Sposta
btn-staff-ev-cancel = 🚫 Annulla l'evento
btn-staff-ev-close = 🏁 Chiudi: conta le presenze
staff-ev-export-caption = Elenco dei partecipanti: pseudonimi, stato, ingresso ed esigenze. Niente nomi né ID di Telegram.
staff-ev-cancel-ask = Annullare questo evento? Ogni messaggio dell'evento mostrerà «annullato» e tutte le persone iscritte o in lista d'attesa verranno avvisate.
btn-staff-ev-cancel-yes = Sì, annullalo
btn-staff-ev-cancel-no = No, non annullarlo
staff-ev-cancelled = Annullato. { $count ->
        [one] Stiamo avvisando { $count } persona che partecipa.
        [many] Stiamo avvisando { $count } persone che partecipano.
       *[other] Stiamo avvisando { $count } persone che partecipano.
    }
staff-ev-not-yet = L'evento non è ancora iniziato; potrà chiuderlo quando sarà iniziato.
staff-ev-closed = Chiuso. Ingressi registrati: { $attended } su { $registered } persone iscritte.
staff-ev-closed-before = Questo evento era già stato chiuso.
staff-ev-move-flow = 🗓️ Spostamento di un evento
staff-ev-move-ask = 🗓️ La nuova data e la nuova ora:
staff-ev-message-flow = ✉️ Messaggio agli iscritti
staff-ev-message-ask = ✉️ Il Suo messaggio a tutte le persone iscritte (viene inviato così come lo scrive):
staff-ev-label-message = Messaggio
staff-ev-summary = Per favore, controlli:
staff-ev-saving = Salvataggio in corso…
staff-ev-moved = Spostato. Nuovo orario: { $when }. { $count ->
        [one] Stiamo avvisando { $count } persona che partecipa; riceverà un nuovo file per il calendario.
        [many] Stiamo avvisando { $count } persone che partecipano; riceveranno un nuovo file per il calendario.
       *[other] Stiamo avvisando { $count } persone che partecipano; riceveranno un nuovo file per il calendario.
    }
staff-ev-message-sent = Il Suo messaggio sta partendo per { $count ->
        [one] { $count } persona iscritta.
        [many] { $count } persone iscritte.
       *[other] { $count } persone iscritte.
    }
staff-ev-checkin-usage = Scriva /checkin e il codice che la persona Le mostra, per esempio /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Ingresso registrato per «{ $title }». Presenti: { $checked } su { $registered }.
staff-ev-checked-in-before = Questo codice era già stato registrato («{ $title }»). Presenti: { $checked } su { $registered }.
staff-ev-checkin-unknown = ⚠️ Nei Suoi eventi aperti non c'è nessun posto con questo codice. Per favore, controlli il codice (lettere e cifre, senza 0, O, 1, I o L).
staff-ev-which-ideas = Quali idee sono state discusse in questo incontro? Le tocchi una per una: chi ha proposto l'idea viene informato subito, nella sua lingua (non si può annullare).
staff-ev-no-ideas = Non ci sono idee aperte delle Sue aree da segnare come discusse.
staff-ev-idea-marked = { $idea }: segnata come discussa. Stiamo informando chi l'ha proposta.
