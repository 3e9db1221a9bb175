# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Domanda { $n } di { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Saltata
multi-selected = { $count ->
    [0] Ancora nessuna scelta.
    [one] { $count } scelta. Tocchi ✅ Fatto quando ha finito.
    [many] { $count } scelte. Tocchi ✅ Fatto quando ha finito.
   *[other] { $count } scelte. Tocchi ✅ Fatto quando ha finito.
}
multi-instructions = Tocchi tutto quello che va bene per Lei, poi ✅ Fatto.

btn-back = ⬅️ Indietro
btn-skip = ⏭️ Salta
btn-why = 🔒 Perché lo chiediamo?
btn-done = ✅ Fatto
btn-language = 🌐 Lingua
btn-confirm = ✅ Va bene così
btn-change = ✏️ Cambia: { $item }
btn-wrong-age = ↩️ Ho scelto l'età sbagliata

hint-choice = Per favore, tocchi uno dei pulsanti.
hint-multi = Per favore, tocchi i pulsanti che vanno bene per Lei, poi ✅ Fatto.
hint-text-short = È un po' corto. Per favore, scriva almeno { $min } caratteri.
hint-text-long = È troppo lungo. Per favore, scriva al massimo { $max } caratteri.
hint-text-pattern = Non sembra giusto. Per favore, riprovi.
hint-text-empty = Per favore, scriva la Sua risposta in un messaggio.
hint-number = Per favore, mandi un numero da { $min } a { $max }.
hint-not-text = Per favore, risponda con un testo o con un pulsante. Non salviamo foto, messaggi vocali o file.
stuck-help = Sembra che qualcosa non funzioni. Usi i pulsanti, torni ⬅️ indietro o mandi /help.

stale-button = Questo pulsante è di una domanda precedente. Ecco la domanda attuale.
flow-changed = Abbiamo cambiato queste domande da quando ha iniziato. Ricominciamo questa parte. Le altre risposte restano salvate.
no-back = Questa è la prima domanda.
cannot-skip = Questa domanda non si può saltare.
error-try-again = 😔 Ci scusi, qualcosa non ha funzionato da parte nostra. Le Sue risposte sono al sicuro. Per favore, riprovi tra un minuto.

summary-title = Ecco cosa ci ha detto:
summary-line = { $label }: { $value }
summary-skipped = —

flow-onboarding = 👋 Inizio
flow-jobs = 💼 Lavoro e formazione
flow-self-employment = 🏪 La mia attività
flow-ideas = 💡 Un'idea per un aiuto migliore

menu-title = 🏠 Cosa vuole fare?
language-title = 🌐 Quale lingua preferisce?
language-changed = ✓ Lingua cambiata. Le Sue risposte restano salvate.
restart-done = Ricominciamo queste domande.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
