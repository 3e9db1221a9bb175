# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Zgodbe o uspehu
btn-stories-more = ➡️ Več zgodb
btn-story-like = 🔎 Podobne zgodbe
stories-none = Zgodb o uspehu še ni. Vrnite se pozneje: organizacije jih dodajajo sproti.
stories-no-more = To je za zdaj vse.
stories-more = Na voljo je še več zgodb.
story-kind-founder = 🌟 Zgodba o ustanovitvi podjetja
story-kind-pilot = 🧪 Pilotni projekt
story-kind-measure = ✅ Nekaj, kar je delovalo
story-told-by = Pripoveduje organizacija { $organisation }
story-told-about = — { $name }, pripoveduje organizacija { $organisation }
story-consent-ask = 🌟 Organizacija { $organisation } bi rada kot zgodbo o uspehu povedala, kaj je nastalo iz vaše ideje { $idea }, in sicer takole:

    { $story }

    Se strinjate? Zgodba bo prikazana samo, če rečete da: v botu in na spletni strani projekta.
btn-story-approve-anonymous = ✅ Da, brez mojega imena
btn-story-approve-name = ✅ Da, z imenom (brez priimka)
btn-story-decline = ❌ Ne
story-approved = Hvala! Zgodba se zdaj lahko prikaže.
story-declined = Razumemo: zgodba ne bo nikjer prikazana.
story-name-invalid = ⚠️ Prosimo, napišite samo ime, brez priimka (črke, največ 40). Nič ni bilo spremenjeno.
story-name-flow = 🌟 Vaše ime v zgodbi
story-name-ask = Katero ime naj bo v zgodbi? Samo ime, brez priimka.
story-name-label = Ime
story-name-saving = Shranjevanje …
staff-story-flow = 🌟 Zgodba o uspehu
staff-story-ask-kind = 🌟 Kakšna zgodba je to?
staff-story-label-kind = Vrsta
staff-story-ask-title = Kratek naslov, v eni vrstici:
staff-story-ask-body = Zgodba v nekaj stavkih. Prosimo, brez kontaktnih podatkov in brez imen s priimki.
staff-story-ask-sector = Na katero področje se nanaša? (To vprašanje lahko preskočite.)
staff-story-ask-credit = Kako smemo imenovati osebo, o kateri govori zgodba? Najprej vprašajte njo. (Pri zgodbi, ki je nastala iz ideje, avtorja vpraša bot in on se odloči sam.)
staff-story-label-credit = Navedba imena
staff-story-credit-anonymous = Brez imena
staff-story-credit-first-name = Samo z imenom (brez priimka)
staff-story-ask-first-name = Ime osebe, tako kot želi, da je prikazano:
staff-story-label-first-name = Ime
staff-story-summary = Prosimo, preverite zgodbo:
staff-story-saving = Shranjevanje …
staff-story-preview = 👀 Tako jo bodo brali ljudje. Jo želite objaviti?
staff-story-preview-idea = 👀 Tako jo bodo brali ljudje. Po ✅ Objavi bot najprej vpraša avtorja ideje, v njegovem jeziku; zgodba bo prikazana samo, če se strinja.
btn-staff-story-publish = ✅ Objavi
btn-staff-story-discard = 🗑 Zavrzi
staff-story-discarded = Zavrženo: zgodba ni nikjer prikazana.
staff-story-asked = Objavljena bo, ko se bo avtor strinjal: zdaj ga sprašujemo (zgodba { $id }).
staff-story-published = Objavljeno (zgodba { $id }): prikazana je v botu in na spletni strani projekta.
staff-story-declined-before = Avtor te ideje je zgodbo o njej že enkrat zavrnil; ne bodo ga več vprašali.
