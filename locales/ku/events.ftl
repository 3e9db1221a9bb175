# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, { $time }
ev-over = ⏱️ Ev çalakî qediya.
ev-seats-open = 🪑 Cihên vala hene.
ev-seats-few = { $count ->
    [one] 🪑 Tenê 1 cih maye.
   *[other] 🪑 Tenê { $count } cih mane.
}
ev-seats-full = 🪑 Cih nemaye: hûn dikarin têkevin lîsteya bendemayînê.
ev-mine-registered = ✅ Cihê we heye. Koda we ya têketinê: { $code }
ev-mine-waiting = 🕒 Hûn di lîsteya bendemayînê de ne: hejmar { $place }.
ev-mine-offered = 🎟️ Cihek ji we re vala bû! Ji kerema xwe di wextê xwe de bersiv bidin. Dema dawî: { $deadline }.
btn-ev-come = ✅ Ez ê bêm
btn-ev-join = 🕒 Têkeve lîsteya bendemayînê
btn-ev-cant = ❌ Nikarim bêm
btn-ev-needs = 🙋 Hewcedariyên min ji bo beşdarbûnê
btn-ev-calendar = 📅 Li salnameya min zêde bike
btn-ev-cancel = ❌ Dev ji cihê xwe berdidim
btn-ev-leave = ❌ Ji lîsteya bendemayînê derkeve
btn-ev-accept = ✅ Cih digirim
btn-ev-decline = ❌ Ez nikarim bêm
btn-ev-still = ✅ Erê, ez têm
btn-ev-free = ❌ Cihê min vala bike
ev-registered = ✅ Cihê we heye. Vê kodê li ber derî nîşan bidin: { $code }
    Pelê li jêr çalakiyê li salnameya telefona we zêde dike.
ev-waiting = 🕒 Hemû cih tije ne. Hejmara we di lîsteya bendemayînê de: { $place }. Dema ku cihek vala bibe, peyamek ji we re tê û hûn dikarin wî bigirin.
ev-left = Temam: cihê we niha ji bo kesekî din vala ye. Heta ku cihên vala hebin, hûn dikarin dîsa xwe qeyd bikin.
ev-left-line = Temam: hûn ji lîsteya bendemayînê derketin.
ev-noted = Spas ku we ji me re got.
ev-offer-gone = Ev pêşniyar êdî derbas nabe.
ev-declined = Spas ku we ji me re got: cih diçe kesê din ê di lîsteya bendemayînê de.
ev-still-thanks = Spas! Em ê we li wir bibînin.
ev-no-seat = Di vê çalakiyê de cihê we tune ye.
ev-is-cancelled = Ev çalakî hat betalkirin.
ev-is-over = Ev çalakî qediya; êdî tiştek nayê guhertin.
ev-calendar-caption = 📅 { $title }: vî pelî vekin da ku wê li salnameya xwe zêde bikin.
ev-needs-ask = Ji bo beşdarbûnê hewcedariya we bi tiştekî heye? Yên ku li gorî we ne bitikînin. Organîzator tenê dibînin ka çend kes hewcedarî çi ne, lê qet nabînin ew kî ne.
ev-needs-no-interpreter = ne hewce ye
btn-ev-interpreter = 🗣️ Wergêr: { $language }
btn-ev-childcare = Lênêrîna zarokan
btn-ev-access = Têketina bê derence
btn-ev-no-interpreter = Wergêr ne hewce ye
btn-ev-needs-done = ✅ Temam
ev-needs-interpreter-ask = Hûn ji bo kîjan zimanî wergêrekî dixwazin?
ev-needs-saved = Hat tomarkirin. Spas!
ev-offer = 🎟️ Cihek ji we re vala bû: { $title }
    { $when }
    Hûn wî dixwazin? Ji kerema xwe di wextê xwe de bersiv bidin. Dema dawî: { $deadline }. Piştî wê, cih diçe kesê din ê di lîsteya bendemayînê de.
ev-offer-lapsed = ⌛ Cihê çalakiya "{ $title }" çû kesê din ê di lîsteya bendemayînê de, ji ber ku di wextê xwe de bersiv nehat. Hûn dikarin di peyama çalakiyê de dîsa têkevin lîsteya bendemayînê.
ev-still = Hûn hîn jî tên çalakiya "{ $title }"?
    { $when }
    Heke na, bi yek tikandinê cihê xwe ji bo kesekî di lîsteya bendemayînê de vala bikin.
ev-reminder = ⏰ Bîranîn: { $title }
    { $when }
    📍 { $place }
    Koda we ya têketinê: { $code }
ev-reminder-no-place = ⏰ Bîranîn: { $title }
    { $when }
    Koda we ya têketinê: { $code }
ev-moved = 🗓️ Dema nû ya çalakiya "{ $title }":
    { $when }
    Cihê we ji we re dimîne. Pelekî nû yê salnameyê li pey vê tê.
ev-moved-waiting = 🗓️ Dema nû ya çalakiya "{ $title }":
    { $when }
    Hûn hîn jî di lîsteya bendemayînê de ne.
ev-cancelled = ❌ Mixabin, çalakiya "{ $title }" hat betalkirin û pêk nayê.
ev-organisers = ✉️ Ji organîzatorên çalakiya "{ $title }":

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = Çalakiyên we yên vekirî tune ne. Bi /announce kargehek an civînekê ragihînin.
staff-ev-unlimited = bê sînor
staff-ev-counts = Qeydkirî: { $registered } (cih: { $seats }, +{ $reserved } veqetandî) · lîsteya bendemayînê: { $waiting } · pêşniyarên vekirî: { $offered } · têketin: { $checked }
staff-ev-needs = Hewcedarî: { $list }
staff-ev-needs-interpreters = wergêr: { $list }
staff-ev-needs-childcare = lênêrîna zarokan: { $count }
staff-ev-needs-access = têketina bê derence: { $count }
staff-ev-needs-none = Hewcedarî: heta niha kesî tiştek nenivîsiye.
btn-staff-ev-export = 📋 Lîsteya beşdaran (CSV)
btn-staff-ev-message = ✉️ Peyam ji qeydkiriyan re
btn-staff-ev-move = 🗓️ Demê biguherîne
btn-staff-ev-cancel = 🚫 Çalakiyê betal bike
btn-staff-ev-close = 🏁 Bigire: beşdaran bijmêre
staff-ev-export-caption = Lîsteya beşdaran: nasnav, rewş, têketin û hewcedarî. Nav û nasnameyên Telegram tê de tune ne.
staff-ev-cancel-ask = Bila ev çalakî betal bibe? Li ser her kartê "betalkirî" tê nîşandan û ji hemû kesên qeydkirî û yên di lîsteya bendemayînê de re tê gotin.
btn-staff-ev-cancel-yes = Erê, betal bike
btn-staff-ev-cancel-no = Na, bila bimîne
staff-ev-cancelled = Hat betalkirin. Ji beşdaran re tê gotin: { $count }.
staff-ev-not-yet = Çalakî hîn dest pê nekiriye; piştî ku dest pê bike, hûn dikarin wê bigirin.
staff-ev-closed = Hat girtin. Têketin: { $attended } ji { $registered } kesên qeydkirî.
staff-ev-closed-before = Ev çalakî berê hatibû girtin.
staff-ev-move-flow = 🗓️ Guhertina dema çalakiyê
staff-ev-move-ask = 🗓️ Dîrok û saeta nû:
staff-ev-message-flow = ✉️ Peyam ji qeydkiriyan re
staff-ev-message-ask = ✉️ Peyama we ji hemû kesên qeydkirî re (wek ku hûn dinivîsin tê şandin):
staff-ev-label-message = Peyam
staff-ev-summary = Ji kerema xwe kontrol bikin:
staff-ev-saving = Tê tomarkirin…
staff-ev-moved = Dem hat guhertin. Dema nû: { $when }. Ji beşdaran re tê gotin ({ $count }) û ew pelekî nû yê salnameyê distînin.
staff-ev-message-sent = Peyama we ji kesên qeydkirî re tê şandin: { $count }.
staff-ev-checkin-usage = /checkin û koda li ser karta kesî binivîsin, wek mînak /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Têketin hat tomarkirin: "{ $title }". Li vir in: { $checked } ji { $registered }.
staff-ev-checked-in-before = Ev kod berê hatibû tomarkirin ("{ $title }"). Li vir in: { $checked } ji { $registered }.
staff-ev-checkin-unknown = ⚠️ Di çalakiyên we yên vekirî de cihek bi vê kodê tune ye. Ji kerema xwe kodê kontrol bikin (tîp û hejmar, bê 0, O, 1, I an L).
staff-ev-which-ideas = Di vê civînê de kîjan raman hatin nîqaşkirin? Li her yekê bitikînin: yekser bi zimanê wî ji xwediyê ramanê re tê gotin (ev nayê paşvegirtin).
staff-ev-no-ideas = Li herêmên we ramanên vekirî tune ne ku wek nîqaşkirî bên nîşankirin.
staff-ev-idea-marked = { $idea }: wek nîqaşkirî hat nîşankirin; ji xwediyê ramanê re tê gotin.
