# Questions about starting or restarting a business.

q-business-stage = 🏪 A che punto è la Sua attività?
q-business-sector = 🏪 In quale settore è la Sua attività?
q-team-size = 🏪 Quante persone ci lavoreranno, contando anche Lei? Mandi un numero.
hint-team-size = Per favore, mandi un numero da { $min } a { $max }. Per esempio 1, se lavora senza altre persone.
q-allowed-self-employed = Ha il permesso di avere un'attività in proprio qui?
why-allowed-self-employed = Non tutte le persone possono avere un'attività mentre la domanda di asilo è aperta. Usiamo la risposta solo per mostrare i programmi giusti, per esempio corsi che può fare già adesso. Può saltare la domanda.
q-needs-finance = Le servono soldi per iniziare, per esempio un piccolo prestito?
why-needs-finance = Alcuni programmi danno piccoli prestiti o garanzie. Non chiediamo mai il Suo reddito o i Suoi debiti.
business-done = Grazie! Ora cerchiamo programmi per la Sua attività.

label-business-stage = 🏪 Fase
label-business-sector = 🏪 Settore
label-team-size = 🏪 Persone
label-allowed-self-employed = Può avere un'attività
label-needs-finance = Servono soldi per iniziare

opt-stage-idea = 💡 Solo un'idea
opt-stage-plan = Ho un piano scritto
opt-stage-registered = Attività già registrata qui
opt-stage-had-business = Avevo un'attività nel mio Paese d'origine
