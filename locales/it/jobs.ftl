# Questions about work, training and qualifications.

q-allowed-to-work = Ha il permesso di lavorare adesso?
why-allowed-to-work = Alcuni programmi sono solo per persone con un permesso di lavoro. La Sua risposta cambia solo i programmi che mostriamo. Può saltare la domanda.
q-status = Qual è la Sua situazione di soggiorno?
why-status = Alcuni programmi sono solo per certi gruppi. Non decidiamo mai la Sua situazione legale: per questo chieda a un servizio di consulenza. Può saltare la domanda.
q-host-language = 🗣️ Quanto bene parla { $country ->
        [DE] tedesco
        [AT] tedesco
        [IT] italiano
        [SI] sloveno
       *[other] la lingua del Paese
    }?
q-other-languages = 🗣️ Quali altre lingue parla?
q-education = 🎓 Qual è il Suo titolo di studio più alto?
q-foreign-qualification = 📄 Ha una qualifica o un diploma di un altro Paese?
q-qualification-documents = 📄 Ha dei documenti che lo dimostrano (certificati, diplomi)?
q-sector = 💼 In quali settori ha lavorato o vuole lavorare?
q-experience = 💼 Quanti anni di esperienza di lavoro ha?
q-availability = Quando può lavorare o studiare?
q-childcare = Ha bisogno di assistenza per i bambini per fare un corso o un lavoro?
why-childcare = Alcuni corsi offrono assistenza per i bambini. Lo chiediamo solo per mostrarLe questi corsi. Non facciamo domande sui Suoi figli.
q-women-only = Vuole vedere programmi solo per donne?
why-women-only = Alcuni programmi sono solo per donne. Tutte le persone possono vederli. Chi può partecipare lo decide il programma.
jobs-done = Grazie! Ora cerchiamo programmi adatti a Lei.

label-allowed-to-work = Può lavorare
label-status = Soggiorno
label-host-language = 🗣️ Lingua del Paese
label-other-languages = 🗣️ Altre lingue
label-education = 🎓 Studi
label-foreign-qualification = 📄 Qualifica dall'estero
label-qualification-documents = 📄 Documenti
label-sector = 💼 Settori
label-experience = 💼 Esperienza
label-availability = Disponibilità
label-childcare = Assistenza per i bambini
label-women-only = Solo per donne

opt-status-asylum-seeker = Richiesta di asilo (in attesa di decisione)
opt-status-refugee = Status di rifugiato riconosciuto
opt-status-subsidiary = Protezione sussidiaria
opt-status-temporary = Protezione temporanea (Ucraina)
opt-status-humanitarian = Protezione umanitaria o speciale
opt-status-tolerated = Soggiorno tollerato (Duldung)
opt-status-other = Un altro permesso

opt-level-none = Non ancora
opt-level-a-little = Un po' (A1–A2)
opt-level-everyday = Per la vita di ogni giorno (B1)
opt-level-good = Bene (B2)
opt-level-fluent = Molto bene (C1–C2)

opt-lang-ar = Arabo
opt-lang-fa = Persiano / Dari
opt-lang-ps = Pashto
opt-lang-uk = Ucraino
opt-lang-ru = Russo
opt-lang-tr = Turco
opt-lang-ku = Curdo
opt-lang-en = Inglese
opt-lang-fr = Francese
opt-lang-other = Un'altra lingua

opt-edu-none = Nessuna scuola
opt-edu-primary = Scuola elementare
opt-edu-secondary = Scuola media o superiore
opt-edu-vocational = Formazione professionale
opt-edu-university = Università

opt-docs-yes = Sì, tutti
opt-docs-some = Alcuni
opt-docs-none = Nessun documento

opt-sector-care = Assistenza e salute
opt-sector-construction = Edilizia
opt-sector-crafts = Artigianato
opt-sector-it = Computer e informatica
opt-sector-hospitality = Alberghi e ristoranti
opt-sector-retail = Negozi e commercio
opt-sector-transport = Trasporti e consegne
opt-sector-education = Insegnamento e cura dei bambini
opt-sector-agriculture = Agricoltura
opt-sector-office = Lavoro d'ufficio
opt-sector-beauty = Parrucchieri ed estetica
opt-sector-other = Altro

opt-exp-none = Nessuna
opt-exp-under-2 = Meno di 2 anni
opt-exp-2-5 = Da 2 a 5 anni
opt-exp-over-5 = Più di 5 anni

opt-avail-full = Tempo pieno
opt-avail-part = Tempo parziale
opt-avail-evenings = Sera o fine settimana
opt-avail-not-yet = Non ancora
