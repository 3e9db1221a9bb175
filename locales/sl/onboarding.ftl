# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor vam pomaga najti programe za delo in za lastno podjetje. Zbira tudi vaše ideje za boljšo podporo. Traja približno 3 minute.
    🔒 Nikoli ne vprašamo za vaše ime ali telefonsko številko.
onb-age = Koliko let imate?
why-age = Nekateri programi so za določeno starost. Mladi pod 16 let tukaj dobijo samo splošne informacije, odgovori se ne shranijo.
onb-too-young = Hvala! Ker še nimate 16 let, ničesar ne shranimo. 🔒
    Vprašajte v svetovalnici za mlade migrante (na primer JMD v Nemčiji) ali učitelja. Tam vam lahko pomagajo.
onb-consent-profile = 🔒 Smemo shraniti vaše odgovore, da za vas najdemo programe?
    Kadar koli jih lahko vidite ali izbrišete z /mydata in /delete.
why-consent-profile = Shranimo samo vaše odgovore na ta vprašanja, brez imena in telefonske številke. Partnerske organizacije nikoli ne vidijo, kdo ste. Neuporabljeni odgovori se izbrišejo po 90 dneh.
onb-consent-announcements = 📅 Vam smemo pošiljati novice o delavnicah in srečanjih v vaši bližini?
    Kadar koli jih lahko ustavite z /stop.
onb-consent-ideas = 💡 Smemo shraniti ideje, ki nam jih pošljete, in jih pokazati partnerskim organizacijam, brez vašega imena?
onb-general = V redu, ničesar ne shranimo. 🔒
    Brezplačno svetovanje za delo in izobraževanje je v vsakem mestu: vprašajte na zavodu za zaposlovanje ali v svetovalnici za migrante. Pošljite /menu za več.
onb-country = 📍 Kje živite?
onb-region = 📍 V kateri regiji?
onb-goals = Kaj iščete? Izberete lahko več odgovorov.
onb-to-jobs = Hvala! Zdaj nekaj vprašanj o delu in usposabljanju.
onb-to-business = Hvala! Zdaj nekaj vprašanj o vašem podjetju.

label-age = Starost
label-consent-profile = 🔒 Shranjevanje odgovorov
label-consent-announcements = 📅 Novice
label-consent-ideas = 💡 Ideje
label-country = 📍 Država
label-region = 📍 Regija
label-goals = Iščete

opt-age-under-14 = pod 14
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 ali več

opt-consent-yes = ✅ Da
opt-consent-no-general = ❌ Ne, samo splošne informacije

opt-country-de = Nemčija
opt-country-at = Avstrija
opt-country-it = Italija
opt-country-si = Slovenija
opt-country-other = Druga država

opt-region-berlin = Berlin
opt-region-other-de = Drugje v Nemčiji
opt-region-vienna = Dunaj
opt-region-other-at = Drugje v Avstriji
opt-region-veneto = Benečija (Benetke)
opt-region-emilia-romagna = Emilija - Romanja (Bologna)
opt-region-other-it = Drugje v Italiji
opt-region-ljubljana = Ljubljana
opt-region-maribor = Maribor
opt-region-other-si = Drugje v Sloveniji

opt-goal-job = 💼 Delo
opt-goal-training = 🎓 Usposabljanje ali vajeništvo
opt-goal-language = 🗣️ Jezikovni tečaj
opt-goal-recognition = 📄 Priznanje moje izobrazbe
opt-goal-own-business = 🏪 Lastno podjetje
