# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Storie di successo
btn-stories-more = ➡️ Altre storie
btn-story-like = 🔎 Storie simili
stories-none = Non ci sono ancora storie di successo. Torni più avanti: le organizzazioni le aggiungono man mano che succedono.
stories-no-more = Per ora è tutto.
stories-more = Ci sono altre storie.
story-kind-founder = 🌟 La storia di chi ha aperto un'attività
story-kind-pilot = 🧪 Un progetto pilota
story-kind-measure = ✅ Qualcosa che ha funzionato
story-told-by = Raccontata da { $organisation }
story-told-about = — { $name }, storia raccontata da { $organisation }
story-consent-ask = 🌟 { $organisation } vorrebbe raccontare com'è andata la Sua idea { $idea } come storia di successo, così:

    { $story }

    È d'accordo? La storia sarà mostrata, nel bot e sul sito web del progetto, solo se Lei dice di sì.
btn-story-approve-anonymous = ✅ Sì, senza il mio nome
btn-story-approve-name = ✅ Sì, con il mio nome (senza cognome)
btn-story-decline = ❌ No
story-approved = Grazie! Ora la storia può essere mostrata.
story-declined = Capito: la storia non sarà mostrata da nessuna parte.
story-name-invalid = ⚠️ Per favore, indichi solo il nome, senza cognome (lettere, al massimo 40). Non è stato cambiato niente.
story-name-flow = 🌟 Il Suo nome nella storia
story-name-ask = Quale nome deve comparire nella storia? Solo il nome, senza cognome.
story-name-label = Nome
story-name-saving = Salvataggio in corso…
staff-story-flow = 🌟 Una storia di successo
staff-story-ask-kind = 🌟 Che tipo di storia è?
staff-story-label-kind = Tipo
staff-story-ask-title = Un titolo breve, in una riga:
staff-story-ask-body = La storia, in poche frasi. Per favore, niente recapiti né nomi e cognomi.
staff-story-ask-sector = Di quale settore si tratta? (Può saltare questa domanda.)
staff-story-ask-credit = Come si può nominare la persona di cui parla la storia? Prima lo chieda alla persona stessa. (Per una storia nata da un'idea, il bot lo chiede a chi ha proposto l'idea, che decide.)
staff-story-label-credit = Nome nella storia
staff-story-credit-anonymous = Senza nome
staff-story-credit-first-name = Solo con il nome (senza cognome)
staff-story-ask-first-name = Il nome della persona, come vuole che compaia:
staff-story-label-first-name = Nome
staff-story-summary = Per favore, controlli la storia:
staff-story-saving = Salvataggio in corso…
staff-story-preview = 👀 Ecco come la leggeranno le persone. La pubblica?
staff-story-preview-idea = 👀 Ecco come la leggeranno le persone. Dopo ✅ Pubblica, il bot lo chiede prima a chi ha proposto l'idea, nella sua lingua; la storia compare solo se dice di sì.
btn-staff-story-publish = ✅ Pubblica
btn-staff-story-discard = 🗑 Scarta
staff-story-discarded = Scartata: la storia non viene mostrata da nessuna parte.
staff-story-asked = Sarà pubblicata quando chi ha proposto l'idea sarà d'accordo: glielo stiamo chiedendo ora (storia { $id }).
staff-story-published = Pubblicata (storia { $id }): compare nel bot e sul sito web del progetto.
staff-story-declined-before = Chi ha proposto questa idea ha già detto di no a una storia su di essa; non le verrà chiesto di nuovo.
