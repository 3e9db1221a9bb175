# An idea for a new support measure.

idea-intro = 💡 La Sua idea può aiutare a migliorare il sostegno. Le organizzazioni partner la leggono senza il Suo nome. Poi possono dirLe com'è andata.
q-idea-topic = 💡 Di cosa parla la Sua idea?
q-idea-problem = 💡 Qual è il problema, in poche parole?
    Per favore, non scriva nomi o numeri di telefono.
q-idea-text = 💡 Qual è la Sua idea? La scriva con parole Sue.
    Per favore, non scriva nomi o numeri di telefono.
q-idea-beneficiaries = 💡 Per chi sarebbe utile?
q-idea-contact = 💡 Le organizzazioni partner possono risponderLe qui nella chat?
q-idea-public = 🌐 Il testo della Sua idea può essere mostrato sul sito web pubblico del progetto, dopo che un'organizzazione ha risposto? Mai con il Suo nome. Se salta questa domanda, non viene mostrato.
idea-done = Grazie per la Sua idea! 💡 I partner la leggeranno. Qui Le diremo com'è andata.

label-idea-topic = 💡 Tema
label-idea-problem = 💡 Problema
label-idea-text = 💡 Idea
label-idea-beneficiaries = 💡 Utile per
label-idea-contact = 💡 Risposta nella chat
label-idea-public = 🌐 Visibile pubblicamente

opt-topic-jobs = 💼 Lavoro
opt-topic-training = 🎓 Formazione
opt-topic-language = 🗣️ Corsi di lingua
opt-topic-recognition = 📄 Riconoscimento dei titoli di studio
opt-topic-business = 🏪 Attività in proprio
opt-topic-childcare = Assistenza per i bambini
opt-topic-other = Altro

opt-benefit-everyone = Tutte le persone
opt-benefit-women = Donne
opt-benefit-young = Giovani
opt-benefit-families = Famiglie
opt-benefit-newcomers = Persone appena arrivate
opt-benefit-qualified = Persone con una qualifica
opt-benefit-founders = Persone che aprono un'attività
idea-no-consent = Va bene, non salviamo nulla. Può cambiare idea in qualsiasi momento con /consent.
