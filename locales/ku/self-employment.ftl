# Questions about starting or restarting a business.

q-business-stage = 🏪 Karê we di kîjan qonaxê de ye?
q-business-sector = 🏪 Karê we di kîjan warî de ye?
q-team-size = 🏪 Bi we re çend kes wê tê de bixebitin? Hejmarekê bişînin.
hint-team-size = Ji kerema xwe hejmarekê ji { $min } heta { $max } bişînin. Wek mînak 1, heke hûn bi tenê dixebitin.
q-allowed-self-employed = Destûra we heye ku hûn li vir karê xwe yê taybet bimeşînin?
why-allowed-self-employed = Dema ku doza penaberiyê vekirî be, destûra her kesî tune ku karekî bimeşîne. Em vê tenê bikar tînin da ku bernameyên rast nîşanî we bidin, wek mînak kursên ku hûn niha dikarin bixwînin. Hûn dikarin vê pirsê derbas bikin.
q-needs-finance = Ji bo destpêkirinê hewcedariya we bi pereyan heye, wek mînak bi krediyeke piçûk?
why-needs-finance = Hin bername krediyên piçûk an garantî didin. Em qet li ser dahat an deynên we napirsin.
business-done = Spas! Em ji bo karê we li bernameyan digerin.

label-business-stage = 🏪 Qonax
label-business-sector = 🏪 War
label-team-size = 🏪 Hejmara kesan
label-allowed-self-employed = Destûra meşandina karekî
label-needs-finance = Ji bo destpêkê pere lazim e

opt-stage-idea = 💡 Tenê ramanek
opt-stage-plan = Planeke min a nivîskî heye
opt-stage-registered = Li vir jixwe hatiye qeydkirin
opt-stage-had-business = Li welatê xwe karê min hebû
