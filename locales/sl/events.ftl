# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, ob { $time }
ev-over = ⏱️ Ta dogodek je že minil.
ev-seats-open = 🪑 Prosta mesta so na voljo.
ev-seats-few = { $count ->
    [one] 🪑 Prosto je samo še { $count } mesto.
    [two] 🪑 Prosti sta samo še { $count } mesti.
    [few] 🪑 Prosta so samo še { $count } mesta.
   *[other] 🪑 Prostih je samo še { $count } mest.
}
ev-seats-full = 🪑 Vsa mesta so zasedena: lahko se uvrstite na čakalni seznam.
ev-mine-registered = ✅ Imate mesto. Vaša koda za vstop: { $code }
ev-mine-waiting = 🕒 Ste na čakalnem seznamu: številka { $place }.
ev-mine-offered = 🎟️ Za vas je prosto mesto! Prosimo, odgovorite. Rok za odgovor: { $deadline }.
btn-ev-come = ✅ Pridem
btn-ev-join = 🕒 Na čakalni seznam
btn-ev-cant = ❌ Ne morem priti
btn-ev-needs = 🙋 Kaj potrebujem za udeležbo
btn-ev-calendar = 📅 Dodaj v moj koledar
btn-ev-cancel = ❌ Odpovem se svojemu mestu
btn-ev-leave = ❌ Odjava s čakalnega seznama
btn-ev-accept = ✅ Sprejmem mesto
btn-ev-decline = ❌ Ne morem priti
btn-ev-still = ✅ Da, pridem
btn-ev-free = ❌ Sprostim svoje mesto
ev-registered = ✅ Imate mesto. To kodo pokažite ob vhodu: { $code }
    Z datoteko spodaj dodate dogodek v koledar svojega telefona.
ev-waiting = 🕒 Vsa mesta so zasedena. Na čakalnem seznamu ste številka { $place }. Ko se mesto sprosti, dobite sporočilo in ga lahko zasedete.
ev-left = Urejeno: vaše mesto je zdaj prosto za nekoga drugega. Dokler so mesta prosta, se lahko znova prijavite.
ev-left-line = Urejeno: niste več na čakalnem seznamu.
ev-noted = Hvala, da ste nam sporočili.
ev-offer-gone = Ta ponudba ne velja več.
ev-declined = Hvala, da ste nam sporočili: mesto dobi naslednja oseba na čakalnem seznamu.
ev-still-thanks = Hvala! Se vidimo.
ev-no-seat = Za ta dogodek nimate mesta.
ev-is-cancelled = Ta dogodek je odpovedan.
ev-is-over = Ta dogodek je že minil; ničesar več ni mogoče spremeniti.
ev-calendar-caption = 📅 { $title }: odprite to datoteko, da dogodek dodate v svoj koledar.
ev-needs-ask = Ali za udeležbo kaj potrebujete? Pritisnite vse, kar velja za vas. Organizatorji vidijo samo, koliko ljudi kaj potrebuje, nikoli pa, kdo.
ev-needs-no-interpreter = ni potrebno
btn-ev-interpreter = 🗣️ Tolmačenje: { $language }
btn-ev-childcare = Varstvo otrok
btn-ev-access = Dostop brez stopnic
btn-ev-no-interpreter = Brez tolmačenja
btn-ev-needs-done = ✅ Končano
ev-needs-interpreter-ask = Za kateri jezik potrebujete tolmača?
ev-needs-saved = Shranjeno. Hvala!
ev-offer = 🎟️ Za vas je prosto mesto: { $title }
    { $when }
    Ga želite? Rok za odgovor: { $deadline }. Potem mesto dobi naslednja oseba na čakalnem seznamu.
ev-offer-lapsed = ⌛ Mesto za »{ $title }« je dobila naslednja oseba na čakalnem seznamu, ker odgovora ni bilo pravočasno. Na čakalni seznam se lahko znova uvrstite v sporočilu o dogodku.
ev-still = Ali še pridete na »{ $title }«?
    { $when }
    Če ne, z enim pritiskom sprostite svoje mesto za nekoga s čakalnega seznama.
ev-reminder = ⏰ Opomnik: { $title }
    { $when }
    📍 { $place }
    Vaša koda za vstop: { $code }
ev-reminder-no-place = ⏰ Opomnik: { $title }
    { $when }
    Vaša koda za vstop: { $code }
ev-moved = 🗓️ Nov čas za »{ $title }«:
    { $when }
    Vaše mesto ostane rezervirano. Dobili boste novo datoteko za koledar.
ev-moved-waiting = 🗓️ Nov čas za »{ $title }«:
    { $when }
    Še vedno ste na čakalnem seznamu.
ev-cancelled = ❌ Dogodek »{ $title }« je odpovedan in ga ne bo. Žal nam je.
ev-organisers = ✉️ Od organizatorjev dogodka »{ $title }«:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = Nimate odprtih dogodkov. Delavnico ali salon objavite z /announce.
staff-ev-unlimited = neomejeno
staff-ev-counts = Prijavljeni: { $registered } od { $seats } (rezervirano: +{ $reserved }) · čakalni seznam: { $waiting } · odprte ponudbe: { $offered } · vstop potrjen: { $checked }
staff-ev-needs = Potrebe: { $list }
staff-ev-needs-interpreters = tolmačenje: { $list }
staff-ev-needs-childcare = varstvo otrok: { $count }
staff-ev-needs-access = dostop brez stopnic: { $count }
staff-ev-needs-none = Potrebe: doslej jih ni nihče navedel.
btn-staff-ev-export = 📋 Seznam udeležencev (CSV)
btn-staff-ev-message = ✉️ Sporočilo prijavljenim
btn-staff-ev-move = 🗓️ Prestavi
btn-staff-ev-cancel = 🚫 Odpovej dogodek
btn-staff-ev-close = 🏁 Zaključi: preštej udeležbo
staff-ev-export-caption = Seznam udeležencev: psevdonimi, status, vstop in potrebe. Brez imen in brez ID-jev v Telegramu.
staff-ev-cancel-ask = Ali želite odpovedati ta dogodek? Vsa sporočila o dogodku bodo pokazala »odpovedano«, vsi prijavljeni in čakajoči pa bodo obveščeni.
btn-staff-ev-cancel-yes = Da, odpovej ga
btn-staff-ev-cancel-no = Ne, obdrži ga
staff-ev-cancelled = Odpovedano. Udeležence obveščamo ({ $count }).
staff-ev-not-yet = Dogodek se še ni začel; zaključite ga lahko, ko se bo začel.
staff-ev-closed = Zaključeno. Vstop potrjen: { $attended } od { $registered } prijavljenih.
staff-ev-closed-before = Ta dogodek je bil zaključen že prej.
staff-ev-move-flow = 🗓️ Prestavitev dogodka
staff-ev-move-ask = 🗓️ Nov datum in ura:
staff-ev-message-flow = ✉️ Sporočilo prijavljenim
staff-ev-message-ask = ✉️ Vaše sporočilo vsem prijavljenim (poslano bo tako, kot ga napišete):
staff-ev-label-message = Sporočilo
staff-ev-summary = Prosimo, preverite:
staff-ev-saving = Shranjevanje …
staff-ev-moved = Prestavljeno. Nov čas: { $when }. Udeležence obveščamo ({ $count }); dobili bodo novo datoteko za koledar.
staff-ev-message-sent = Vaše sporočilo pošiljamo prijavljenim ({ $count }).
staff-ev-checkin-usage = Napišite /checkin in kodo, ki vam jo pokaže oseba, npr. /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Vstop potrjen za »{ $title }«. Prisotni: { $checked } od { $registered }.
staff-ev-checked-in-before = Ta koda je bila že potrjena (»{ $title }«). Prisotni: { $checked } od { $registered }.
staff-ev-checkin-unknown = ⚠️ V vaših odprtih dogodkih ni mesta s to kodo. Prosimo, preverite kodo (črke in števke, brez 0, O, 1, I ali L).
staff-ev-which-ideas = Katere ideje ste obravnavali na tem salonu? Pritisnite vsako posebej: avtor bo takoj obveščen v svojem jeziku (tega ni mogoče preklicati).
staff-ev-no-ideas = Z vaših območij ni odprtih idej, ki bi jih lahko označili kot obravnavane.
staff-ev-idea-marked = Ideja { $idea } je označena kot obravnavana. Avtorja obveščamo.
