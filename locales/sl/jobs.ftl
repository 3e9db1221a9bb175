# Questions about work, training and qualifications.

q-allowed-to-work = Ali zdaj smete delati?
why-allowed-to-work = Nekateri programi so samo za ljudi z delovnim dovoljenjem. Vaš odgovor spremeni le, katere programe vam pokažemo. Lahko ga preskočite.
q-status = Kakšen je vaš status prebivanja?
why-status = Nekateri programi so samo za določene skupine. O vašem pravnem položaju nikoli ne odločamo: za to vprašajte svetovalnico. To lahko preskočite.
q-host-language = 🗣️ Kako dobro govorite { $country ->
        [DE] nemško
        [AT] nemško
        [IT] italijansko
        [SI] slovensko
       *[other] jezik te države
    }?
q-other-languages = 🗣️ Katere druge jezike govorite?
q-education = 🎓 Kakšna je vaša najvišja izobrazba?
q-foreign-qualification = 📄 Ali imate poklicno izobrazbo ali diplomo iz druge države?
q-qualification-documents = 📄 Ali imate za to dokumente (spričevala, diplome)?
q-sector = 💼 Na katerih področjih imate izkušnje ali želite delati?
q-experience = 💼 Koliko let delovnih izkušenj imate?
q-availability = Kdaj lahko delate ali se učite?
q-childcare = Ali za tečaj ali delo potrebujete varstvo za otroke?
why-childcare = Nekateri tečaji nudijo varstvo otrok. Sprašujemo samo zato, da vam jih lahko pokažemo. O vaših otrocih ne sprašujemo.
q-women-only = Ali želite videti programe samo za ženske?
why-women-only = Nekateri programi so samo za ženske. Vsakdo jih lahko vidi; kdo sodeluje, odloči program.
jobs-done = Hvala! Iščemo programe, ki vam ustrezajo.

label-allowed-to-work = Dovoljenje za delo
label-status = Status
label-host-language = 🗣️ Jezik države
label-other-languages = 🗣️ Drugi jeziki
label-education = 🎓 Izobrazba
label-foreign-qualification = 📄 Izobrazba iz tujine
label-qualification-documents = 📄 Dokumenti
label-sector = 💼 Področja
label-experience = 💼 Izkušnje
label-availability = Čas
label-childcare = Varstvo otrok
label-women-only = Samo za ženske

opt-status-asylum-seeker = Prošnja za azil (čakam na odločitev)
opt-status-refugee = Priznan status begunca
opt-status-subsidiary = Subsidiarna zaščita
opt-status-temporary = Začasna zaščita (Ukrajina)
opt-status-humanitarian = Humanitarna ali posebna zaščita
opt-status-tolerated = Dovolitev zadrževanja (Duldung)
opt-status-other = Drugo dovoljenje

opt-level-none = Še ne
opt-level-a-little = Malo (A1–A2)
opt-level-everyday = Za vsakdanji pogovor (B1)
opt-level-good = Dobro (B2)
opt-level-fluent = Zelo dobro (C1–C2)

opt-lang-ar = Arabščina
opt-lang-fa = Perzijščina / dari
opt-lang-ps = Paštu
opt-lang-uk = Ukrajinščina
opt-lang-ru = Ruščina
opt-lang-tr = Turščina
opt-lang-ku = Kurdščina
opt-lang-en = Angleščina
opt-lang-fr = Francoščina
opt-lang-other = Drug jezik

opt-edu-none = Brez šole
opt-edu-primary = Osnovna šola
opt-edu-secondary = Srednja šola
opt-edu-vocational = Poklicna šola
opt-edu-university = Univerza

opt-docs-yes = Da, vse
opt-docs-some = Nekatere
opt-docs-none = Nimam dokumentov

opt-sector-care = Nega in zdravstvo
opt-sector-construction = Gradbeništvo
opt-sector-crafts = Obrt
opt-sector-it = Računalništvo in IT
opt-sector-hospitality = Hoteli in restavracije
opt-sector-retail = Trgovina
opt-sector-transport = Prevoz in dostava
opt-sector-education = Poučevanje in varstvo otrok
opt-sector-agriculture = Kmetijstvo
opt-sector-office = Pisarniško delo
opt-sector-beauty = Frizerstvo in kozmetika
opt-sector-other = Nekaj drugega

opt-exp-none = Brez
opt-exp-under-2 = Manj kot 2 leti
opt-exp-2-5 = 2 do 5 let
opt-exp-over-5 = Več kot 5 let

opt-avail-full = Polni delovni čas
opt-avail-part = Krajši delovni čas
opt-avail-evenings = Zvečer ali ob koncih tedna
opt-avail-not-yet = Še ne
