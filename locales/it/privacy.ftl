# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 Cosa salviamo e perché
    • Le Sue risposte alle nostre domande, per trovare programmi per Lei. Mai il Suo nome o il Suo numero di telefono.
    • La Sua lingua e le Sue scelte su notizie e idee.
    • Le idee che ci manda. I partner le vedono con un codice come R-7F3K, mai con il Suo nome o il Suo profilo Telegram.
    Le risposte che non usa vengono cancellate dopo { $days ->
        [one] { $days } giorno
        [many] { $days } giorni
       *[other] { $days } giorni
    }. /mydata Le manda tutto quello che salviamo. /delete cancella tutto.
mydata-caption = 🔒 Questo è tutto quello che salviamo su di Lei.
delete-confirm = ⚠️ Vuole davvero cancellare tutto quello che salviamo su di Lei? Non si può tornare indietro.
delete-yes = 🗑️ Sì, cancella tutto
delete-no = Annulla
delete-done = 🗑️ Tutto è cancellato. Telegram tiene una sua copia di questa chat: può cancellare la cronologia della chat in Telegram. Mandi /start per ricominciare.
delete-cancelled = Va bene, non abbiamo cancellato niente.
consent-title = 🔒 Le Sue scelte. Tocchi una voce per cambiarla:
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Salvare le risposte per trovare programmi
purpose-announcements = Notizie su corsi e incontri
purpose-ideas = Salvare le mie idee
consent-withdrawn-profile = Va bene. Abbiamo cancellato le Sue risposte e non ne salveremo di nuove.
consent-withdrawn = Va bene, disattivato.
consent-given = Va bene, attivato.
stop-done = 🔕 Non riceverà più notizie. Mandi /consent per riattivarle.
