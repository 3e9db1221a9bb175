# An idea for a new support measure.

idea-intro = 💡 Vaša ideja lahko pomaga izboljšati podporo. Partnerske organizacije jo preberejo brez vašega imena in vam lahko povedo, kaj je iz nje nastalo.
q-idea-topic = 💡 O čem je vaša ideja?
q-idea-problem = 💡 Kaj je težava? Na kratko.
    Prosimo, ne pišite imen ali telefonskih številk.
q-idea-text = 💡 Kakšna je vaša ideja? Napišite jo s svojimi besedami.
    Prosimo, ne pišite imen ali telefonskih številk.
q-idea-beneficiaries = 💡 Komu bi pomagala?
q-idea-contact = 💡 Vam lahko partnerske organizacije odgovorijo tukaj v tem klepetu?
q-idea-public = 🌐 Ali smemo besedilo vaše ideje prikazati na javni spletni strani projekta, ko bo nanjo odgovorila kakšna organizacija? Nikoli z vašim imenom. Če to vprašanje preskočite, ne bo prikazano.
idea-done = Hvala za vašo idejo! 💡 Partnerji jo bodo prebrali. Tukaj vam bomo povedali, kaj je iz nje nastalo.

label-idea-topic = 💡 Tema
label-idea-problem = 💡 Težava
label-idea-text = 💡 Ideja
label-idea-beneficiaries = 💡 Komu pomaga
label-idea-contact = 💡 Odgovor v klepetu
label-idea-public = 🌐 Javno prikazana

opt-topic-jobs = 💼 Delo
opt-topic-training = 🎓 Usposabljanje
opt-topic-language = 🗣️ Jezikovni tečaji
opt-topic-recognition = 📄 Priznavanje izobrazbe
opt-topic-business = 🏪 Lastno podjetje
opt-topic-childcare = Varstvo otrok
opt-topic-other = Nekaj drugega

opt-benefit-everyone = Vsem
opt-benefit-women = Ženskam
opt-benefit-young = Mladim
opt-benefit-families = Družinam
opt-benefit-newcomers = Ljudem, ki so šele prišli
opt-benefit-qualified = Ljudem z diplomo ali poklicem
opt-benefit-founders = Ljudem, ki odpirajo podjetje
idea-no-consent = V redu, ničesar ne shranimo. To lahko kadar koli spremenite z /consent.
