# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Non abbiamo ancora trovato un programma adatto a tutte le Sue risposte.
    [one] 1 programma è adatto a Lei:
    [many] { $count } programmi sono adatti a Lei:
   *[other] { $count } programmi sono adatti a Lei:
}
matches-shown = Mostrati: { $shown } su { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ nella Sua zona: { $place }
reason-country = ✓ { $country ->
        [DE] in tutta la Germania
        [AT] in tutta l'Austria
        [IT] in tutta l'Italia
        [SI] in tutta la Slovenia
       *[other] in tutto il Paese
    }
reason-online = ✓ online
reason-goal = ✓ { $goal }
reason-language = ✓ in { $language }
reason-childcare = ✓ con assistenza per i bambini
reason-sector = ✓ adatto al Suo settore di lavoro
reason-stage = ✓ adatto alla fase della Sua attività
reason-finance = ✓ aiuto con i soldi per iniziare
reason-qualification = ✓ per qualifiche dall'estero
reason-free = ✓ gratuito
note-status = ? solo per alcune situazioni di soggiorno: chieda a chi offre il programma
note-work-permit = ? serve un permesso di lavoro: chieda a chi offre il programma
note-qualification = ? per persone con una qualifica dall'estero: chieda a chi offre il programma
note-stage = ? pensato per un'altra fase dell'attività: chieda a chi offre il programma
note-childcare = ? chieda a chi offre il programma se c'è assistenza per i bambini
note-sample = ⚠️ Dati di esempio, non ancora controllati.
next-steps = Spesso il passo dopo: { $titles }
btn-website = 🌐 Sito web
btn-save = ⭐ Salva
btn-not-relevant = 👎 Non fa per me
btn-more = ➡️ Altri programmi
btn-idea = 💡 Ho un'idea per un programma migliore
feedback-saved = ⭐ Salvato. Grazie!
feedback-not-relevant = 👍 Grazie. Così possiamo mostrarLe programmi migliori.
no-match-counselling = Una consulenza gratuita può aiutarLa nel prossimo passo: { $country ->
        [DE] il centro per l'impiego o uno sportello per migranti (MBE).
        [AT] l'AMS o un centro di integrazione dell'ÖIF.
        [IT] il Centro per l'impiego o un progetto SAI.
        [SI] il servizio per l'impiego (ZRSZ) o l'ufficio UOIM.
       *[other] uno sportello per migranti vicino a Lei.
    }
no-match-recorded = Abbiamo annotato che per ora non c'è niente di adatto, così i partner possono preparare nuovi programmi.
no-match-idea = Cosa La aiuterebbe? Ci racconti la Sua idea.
matches-none-yet = Prima risponda ad alcune domande: nel menu scelga 💼 Lavoro e formazione o 🏪 La mia attività.

lang-name-de = tedesco
lang-name-en = inglese
lang-name-ar = arabo
lang-name-fa = persiano / dari
lang-name-ps = pashto
lang-name-uk = ucraino
lang-name-ru = russo
lang-name-tr = turco
lang-name-ku = curdo (kurmanji)
lang-name-ckb = curdo (sorani)
lang-name-it = italiano
lang-name-sl = sloveno
lang-name-fr = francese
