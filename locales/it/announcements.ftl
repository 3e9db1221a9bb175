# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Laboratorio
ann-kind-salon = 🏛️ Incontro con chi prende le decisioni
ann-kind-info = ℹ️ Informazioni
ann-cancelled = ❌ Annullato: non si terrà.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday } { $date }, ore { $time } (ora locale: { $zone })
ann-date = { $day }/{ $month }/{ $year }
ann-weekday-1 = lunedì
ann-weekday-2 = martedì
ann-weekday-3 = mercoledì
ann-weekday-4 = giovedì
ann-weekday-5 = venerdì
ann-weekday-6 = sabato
ann-weekday-7 = domenica
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Lingua del testo: { $language }. Non c'è ancora un testo nella Sua lingua.)
btn-ann-link = 🔗 Più informazioni
btn-ann-why = ❓ Perché lo ricevo?
btn-ann-stop = 🔕 Non ricevere più notizie
ann-why = Lo riceve perché ha accettato di ricevere notizie e perché corrisponde alle Sue risposte:
    { $reasons }
    Può fermare le notizie quando vuole con /stop o con il pulsante 🔕.
ann-why-region = Regione: { $region }
ann-why-country = Paese: { $country }
ann-why-language = Lingua: { $language }
ann-why-goal = Cerca: { $goal }
ann-why-source = Ha conosciuto sifor tramite il link dell'organizzazione che lo invia
ann-why-everyone = È per tutte le persone della Sua zona
ann-why-gone = Questo annuncio non è più disponibile.
