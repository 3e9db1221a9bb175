# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor La aiuta a trovare programmi per il lavoro e per un'attività in proprio. Raccoglie anche le Sue idee per un aiuto migliore. Ci vogliono circa 3 minuti.
    🔒 Non chiediamo mai il Suo nome o il Suo numero di telefono.
onb-age = Quanti anni ha?
why-age = Alcuni programmi sono per certe età. Chi ha meno di 16 anni qui riceve solo informazioni generali. In questo caso non salviamo le risposte.
onb-too-young = Grazie! Ha meno di 16 anni, quindi non salviamo niente. 🔒
    Chieda a scuola o a un servizio per giovani migranti (per esempio il JMD in Germania). Lì possono aiutarLa.
onb-consent-profile = 🔒 Possiamo salvare le Sue risposte per trovare programmi per Lei?
    Può vederle o cancellarle quando vuole con /mydata e /delete.
why-consent-profile = Salviamo solo le Sue risposte a queste domande: niente nome, niente numero di telefono. Le organizzazioni partner non sanno mai chi è Lei. Le risposte non usate vengono cancellate dopo 90 giorni.
onb-consent-announcements = 📅 Possiamo mandarLe notizie su corsi e incontri vicino a Lei?
    Può fermarle quando vuole con /stop.
onb-consent-ideas = 💡 Possiamo salvare le idee che ci manda e mostrarle alle organizzazioni partner, senza il Suo nome?
onb-general = Va bene, non salviamo niente. 🔒
    In ogni città c'è una consulenza gratuita per lavoro e formazione: chieda al centro per l'impiego o a uno sportello per migranti. Mandi /menu per vedere altro.
onb-country = 📍 Dove vive?
onb-region = 📍 In quale regione?
onb-goals = Cosa cerca? Può scegliere più di una risposta.
onb-to-jobs = Grazie! Ora qualche domanda su lavoro e formazione.
onb-to-business = Grazie! Ora qualche domanda sulla Sua attività.

label-age = Età
label-consent-profile = 🔒 Salvare le risposte
label-consent-announcements = 📅 Notizie
label-consent-ideas = 💡 Idee
label-country = 📍 Paese
label-region = 📍 Regione
label-goals = Cerca

opt-age-under-14 = meno di 14
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 o più

opt-consent-yes = ✅ Sì
opt-consent-no-general = ❌ No, solo informazioni generali

opt-country-de = Germania
opt-country-at = Austria
opt-country-it = Italia
opt-country-si = Slovenia
opt-country-other = Un altro Paese

opt-region-berlin = Berlino
opt-region-other-de = Un altro posto in Germania
opt-region-vienna = Vienna
opt-region-other-at = Un altro posto in Austria
opt-region-veneto = Veneto (Venezia)
opt-region-emilia-romagna = Emilia-Romagna (Bologna)
opt-region-other-it = Un altro posto in Italia
opt-region-ljubljana = Lubiana
opt-region-maribor = Maribor
opt-region-other-si = Un altro posto in Slovenia

opt-goal-job = 💼 Un lavoro
opt-goal-training = 🎓 Formazione o apprendistato
opt-goal-language = 🗣️ Un corso di lingua
opt-goal-recognition = 📄 Riconoscimento del mio titolo di studio
opt-goal-own-business = 🏪 Un'attività in proprio
