# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 Nuovo annuncio
staff-ann-ask-kind = 📣 Che cosa vuole annunciare?
staff-ann-label-kind = Tipo
staff-ann-ask-title = Il titolo, in una riga (è la prima cosa che le persone vedono):
staff-ann-label-title = Titolo
staff-ann-ask-body = Il testo: che cosa, per chi, cosa portare. Lo scriva nella Sua lingua; data, luogo e pulsanti vengono comunque mostrati a ogni persona nella sua lingua.
staff-ann-label-body = Testo
staff-ann-ask-starts = Quando inizia? Per esempio 3.12.2026 18:00 (ora locale della Sua area). Salti questa domanda se non c'è una data.
staff-ann-label-starts = Inizio
staff-ann-hint-starts = Per favore, scriva data e ora in questo modo: 3.12.2026 18:00.
staff-ann-ask-place = Dove? Un indirizzo o una breve descrizione. Salti questa domanda se non c'è un luogo.
staff-ann-label-place = Luogo
staff-ann-ask-link = Un link per avere più informazioni (https://…)? Salti questa domanda se non c'è.
staff-ann-label-link = Link
staff-ann-hint-link = Per favore, mandi un indirizzo web che inizi con https://
staff-ann-ask-goals = A chi deve arrivare? Scelga che cosa cercano le persone, oppure salti la domanda per raggiungere tutti nella Sua area di competenza.
staff-ann-label-goals = Per chi cerca
staff-ann-summary = Per favore, controlli il Suo annuncio:
staff-ann-drafted = 👀 Ecco l'anteprima. Non è stato ancora inviato niente.
staff-ann-bad-time = ⚠️ Questa data e ora non esiste o è già passata. Non è stato salvato niente; per favore, ricominci con /announce.
staff-ann-preview-head = 👀 Anteprima per la lingua { $language }:
staff-ann-reach = Raggiunge { $count ->
        [one] { $count } persona
        [many] { $count } persone
       *[other] { $count } persone
    } ({ $languages }).
staff-ann-untranslated = Lingue senza un testo proprio: { $languages }. Chi legge in queste lingue riceve data, luogo e pulsanti nella propria lingua e, sotto, il Suo testo.
btn-staff-ann-send = ✅ Invia a { $count }
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ Scarta
staff-ann-started = ✅ Invio a { $count ->
        [one] { $count } persona
        [many] { $count } persone
       *[other] { $count } persone
    } avviato. Prima a Lei e ad alcune altre persone, per controllare che tutto funzioni; qui vede l'avanzamento.
staff-ann-discarded = 🗑️ Scartato. Non è stato inviato niente.
staff-ann-not-now = Non è cambiato niente: nello stato attuale dell'annuncio questo non è possibile.
staff-ann-progress-title = 📣 A{ $id }: { $title }
staff-ann-progress = Inviati: { $sent } su { $total } · mancanti: { $left } · hanno bloccato il bot: { $blocked } · non riusciti: { $failed }
staff-ann-state-running = Invio in corso… mancano circa { $minutes } min.
staff-ann-state-canary = ⏸ In pausa: non è stato possibile raggiungere { $bad } dei primi { $judged } destinatari. Controlli il testo e i destinatari, poi riprenda o interrompa l'invio.
staff-ann-state-paused = ⏸ In pausa.
staff-ann-state-aborted = ⏹ Interrotto. { $left ->
        [one] { $left } persona non l'ha ricevuto.
        [many] { $left } persone non l'hanno ricevuto.
       *[other] { $left } persone non l'hanno ricevuto.
    }
staff-ann-state-done = ✅ Completato.
staff-ann-cancelled = ❌ Segnato come annullato in tutte le copie.
btn-staff-ann-pause = ⏸️ Metti in pausa
btn-staff-ann-resume = ▶️ Riprendi
btn-staff-ann-abort = ⏹️ Interrompi l'invio
btn-staff-ann-cancel = ❌ Segna ovunque come annullato
staff-ann-cancel-ask = { $count ->
        [one] Segnare l'annuncio come annullato nella copia già inviata? Nessun altro lo riceverà.
        [many] Segnare l'annuncio come annullato in tutte le { $count } copie già inviate? Nessun altro lo riceverà.
       *[other] Segnare l'annuncio come annullato in tutte le { $count } copie già inviate? Nessun altro lo riceverà.
    }
btn-staff-ann-cancel-confirm = ❌ Sì, è annullato
staff-ann-paused = ⏸️ In pausa. Non parte più niente finché non riprende l'invio.
staff-ann-resumed = ▶️ L'invio è ripreso.
staff-ann-aborted = ⏹️ Interrotto. Ciò che è stato inviato resta; nessun altro lo riceverà.
staff-ann-cancelling = ❌ Tutte le copie inviate vengono segnate come annullate.
btn-staff-ann-fix = ✏️ Correggi il testo
staff-ann-fix-flow = ✏️ Correzione di un annuncio
staff-ann-fix-ask-title = ✏️ Il titolo corretto, in una riga:
staff-ann-fix-saving = Salvataggio della correzione in corso…
staff-ann-fixed = ✏️ Corretto. { $count ->
        [one] La copia già inviata viene modificata; le altre partono con il nuovo testo.
        [many] Le { $count } copie già inviate vengono modificate; le altre partono con il nuovo testo.
       *[other] Le { $count } copie già inviate vengono modificate; le altre partono con il nuovo testo.
    }
staff-ann-state-errors = ⏸ In pausa: l'invio di molti messaggi di fila non è riuscito (Telegram o la rete). Riprenda l'invio quando tutto funzionerà di nuovo.
staff-ann-too-long = ⚠️ Il testo è troppo lungo: con data, luogo e pulsanti il messaggio per la lingua { $language } supererebbe la lunghezza consentita da Telegram. Non è stato salvato niente; per favore, lo accorci.
staff-ann-ask-seats = 🪑 Quanti posti? Salti questa domanda (o scriva 0) se non c'è un limite. Solo per laboratori e incontri.
staff-ann-label-seats = Posti
staff-ann-hint-seats = Per favore, scriva un numero da { $min } a { $max }, per esempio 20.
