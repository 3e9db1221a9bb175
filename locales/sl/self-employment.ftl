# Questions about starting or restarting a business.

q-business-stage = 🏪 Kako daleč ste s svojim podjetjem?
q-business-sector = 🏪 Na katerem področju je vaše podjetje?
q-team-size = 🏪 Koliko ljudi bo delalo v njem, skupaj z vami? Pošljite številko.
hint-team-size = Prosimo, pošljite številko od { $min } do { $max }, na primer 1, če delate brez sodelavcev.
q-allowed-self-employed = Ali smete tukaj imeti lastno podjetje?
why-allowed-self-employed = Dokler azilni postopek še teče, podjetja ne sme imeti vsak. To uporabimo samo zato, da vam pokažemo prave programe, na primer tečaje, ki jih lahko obiskujete že zdaj. To lahko preskočite.
q-needs-finance = Ali za začetek potrebujete denar, na primer majhno posojilo?
why-needs-finance = Nekateri programi dajejo majhna posojila ali poroštva. Nikoli ne sprašujemo o vaših dohodkih ali dolgovih.
business-done = Hvala! Iščemo programe za vaše podjetje.

label-business-stage = 🏪 Stopnja
label-business-sector = 🏪 Področje
label-team-size = 🏪 Število ljudi
label-allowed-self-employed = Sme imeti podjetje
label-needs-finance = Denar za začetek

opt-stage-idea = 💡 Samo ideja
opt-stage-plan = Imam napisan načrt
opt-stage-registered = Podjetje je tukaj že registrirano
opt-stage-had-business = Imam izkušnje s podjetjem v domovini
