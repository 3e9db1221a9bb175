# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 Novo obvestilo
staff-ann-ask-kind = 📣 Kaj želite objaviti?
staff-ann-label-kind = Vrsta
staff-ann-ask-title = Naslov, v eni vrstici (ljudje ga vidijo najprej):
staff-ann-label-title = Naslov
staff-ann-ask-body = Besedilo: kaj, za koga, kaj prinesti s seboj. Napišite ga v svojem jeziku; datum, kraj in gumbi se vsakemu bralcu tako ali tako prikažejo v njegovem jeziku.
staff-ann-label-body = Besedilo
staff-ann-ask-starts = Kdaj se začne? Na primer 3.12.2026 18:00 (lokalni čas vašega območja). Če datuma ni, to vprašanje preskočite.
staff-ann-label-starts = Začetek
staff-ann-hint-starts = Prosimo, napišite datum in uro takole: 3.12.2026 18:00.
staff-ann-ask-place = Kje? Naslov ali kratek opis. Če kraja ni, to vprašanje preskočite.
staff-ann-label-place = Kraj
staff-ann-ask-link = Spletna povezava za več informacij (https://…)? Če je ni, to vprašanje preskočite.
staff-ann-label-link = Povezava
staff-ann-hint-link = Prosimo, pošljite spletni naslov, ki se začne s https://
staff-ann-ask-goals = Kdo naj ga prejme? Izberite, kaj ljudje iščejo, ali pa vprašanje preskočite, da dosežete vse na svojem območju.
staff-ann-label-goals = Za ljudi, ki iščejo
staff-ann-summary = Prosimo, preverite svoje obvestilo:
staff-ann-drafted = 👀 To je predogled. Poslano ni bilo še nič.
staff-ann-bad-time = ⚠️ Ta datum in ura ne obstajata ali sta že minila. Nič ni bilo shranjeno; prosimo, začnite znova z /announce.
staff-ann-preview-head = 👀 Tako ga bodo videli bralci v jeziku { $language }:
staff-ann-reach = Doseže { $count ->
        [one] { $count } osebo
        [two] { $count } osebi
        [few] { $count } osebe
       *[other] { $count } oseb
    } ({ $languages }).
staff-ann-untranslated = Jeziki brez lastnega besedila: { $languages }. Bralci v teh jezikih dobijo datum, kraj in gumbe v svojem jeziku, pod tem pa vaše besedilo.
btn-staff-ann-send = ✅ Pošlji vsem ({ $count })
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ Zavrzi
staff-ann-started = ✅ Pošiljamo { $count ->
        [one] { $count } osebi
        [two] { $count } osebama
        [few] { $count } osebam
       *[other] { $count } osebam
    }. Najprej vam in še nekaj drugim, da preverimo, ali vse deluje; napredek je prikazan tukaj.
staff-ann-discarded = 🗑️ Zavrženo. Nič ni bilo poslano.
staff-ann-not-now = Nič se ni spremenilo: v trenutnem stanju obvestila to ni mogoče.
staff-ann-progress-title = 📣 A{ $id }: { $title }
staff-ann-progress = Poslano: { $sent } od { $total } · preostalo: { $left } · blokirali bota: { $blocked } · neuspešno: { $failed }
staff-ann-state-running = Pošiljanje … še približno { $minutes } min.
staff-ann-state-canary = ⏸ Začasno ustavljeno: nedosegljivih med prvimi prejemniki je { $bad } od { $judged }. Preverite besedilo in ciljno skupino, nato nadaljujte ali ustavite pošiljanje.
staff-ann-state-paused = ⏸ Začasno ustavljeno.
staff-ann-state-aborted = ⏹ Ustavljeno. { $left ->
        [one] { $left } oseba obvestila ni prejela.
        [two] { $left } osebi obvestila nista prejeli.
        [few] { $left } osebe obvestila niso prejele.
       *[other] { $left } oseb obvestila ni prejelo.
    }
staff-ann-state-done = ✅ Končano.
staff-ann-cancelled = ❌ V vseh kopijah označeno kot odpovedano.
btn-staff-ann-pause = ⏸️ Začasno ustavi
btn-staff-ann-resume = ▶️ Nadaljuj
btn-staff-ann-abort = ⏹️ Ustavi pošiljanje
btn-staff-ann-cancel = ❌ Odpovej v vseh kopijah
staff-ann-cancel-ask = Ali želite obvestilo označiti kot odpovedano v vseh že poslanih kopijah ({ $count })? Nihče drug ga ne bo več prejel.
btn-staff-ann-cancel-confirm = ❌ Da, odpovedano je
staff-ann-paused = ⏸️ Začasno ustavljeno. Dokler ne nadaljujete, se ne pošlje nič več.
staff-ann-resumed = ▶️ Pošiljanje se nadaljuje.
staff-ann-aborted = ⏹️ Ustavljeno. Kar je bilo poslano, ostane; nihče drug ga ne bo prejel.
staff-ann-cancelling = ❌ Vse poslane kopije označujemo kot odpovedane.
btn-staff-ann-fix = ✏️ Popravi besedilo
staff-ann-fix-flow = ✏️ Popravek obvestila
staff-ann-fix-ask-title = ✏️ Popravljeni naslov, v eni vrstici:
staff-ann-fix-saving = Shranjevanje popravka …
staff-ann-fixed = ✏️ Popravljeno. { $count ->
        [one] { $count } že poslano kopijo urejamo; preostale bodo poslane z novim besedilom.
        [two] { $count } že poslani kopiji urejamo; preostale bodo poslane z novim besedilom.
        [few] { $count } že poslane kopije urejamo; preostale bodo poslane z novim besedilom.
       *[other] { $count } že poslanih kopij urejamo; preostale bodo poslane z novim besedilom.
    }
staff-ann-state-errors = ⏸ Začasno ustavljeno: pošiljanje mnogih sporočil zapored ni uspelo (Telegram ali omrežje). Ko bo spet delovalo, nadaljujte pošiljanje.
staff-ann-too-long = ⚠️ Besedilo je predolgo: z datumom, krajem in gumbi bi bilo sporočilo za bralce v jeziku { $language } daljše, kot dovoljuje Telegram. Nič ni bilo shranjeno; prosimo, skrajšajte ga.
staff-ann-ask-seats = 🪑 Koliko mest? Če ni omejitve, to vprašanje preskočite (ali napišite 0). Samo za delavnice in salone.
staff-ann-label-seats = Mesta
staff-ann-hint-seats = Prosimo, napišite število od { $min } do { $max }, npr. 20.
