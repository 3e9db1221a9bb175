# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 Kaj shranjujemo in zakaj
    • Vaše odgovore na naša vprašanja, da za vas najdemo programe. Nikoli vašega imena ali telefonske številke.
    • Vaš jezik in vaše izbire glede novic in idej.
    • Ideje, ki jih pošljete. Partnerji jih vidijo s kodo, kot je R-7F3K, nikoli z vašim imenom ali računom Telegram.
    Odgovori, ki jih ne uporabljate, se izbrišejo po { $days ->
        [one] { $days } dnevu
        [two] { $days } dneh
        [few] { $days } dneh
       *[other] { $days } dneh
    }. /mydata vam pošlje vse, kar shranjujemo. /delete vse izbriše.
mydata-caption = 🔒 To je vse, kar shranjujemo o vas.
delete-confirm = ⚠️ Ali res želite izbrisati vse, kar shranjujemo o vas? Tega ni mogoče razveljaviti.
delete-yes = 🗑️ Da, izbriši vse
delete-no = Prekliči
delete-done = 🗑️ Vse je izbrisano. Telegram hrani svojo kopijo tega klepeta; zgodovino klepeta lahko počistite v Telegramu. Pošljite /start za nov začetek.
delete-cancelled = V redu, nič ni izbrisano.
consent-title = 🔒 Vaše izbire. Pritisnite eno, da jo spremenite:
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Shranjevanje odgovorov za iskanje programov
purpose-announcements = Novice o delavnicah in srečanjih
purpose-ideas = Shranjevanje mojih idej
consent-withdrawn-profile = V redu. Vaše odgovore smo izbrisali in novih ne bomo shranjevali.
consent-withdrawn = V redu, izklopljeno.
consent-given = V redu, vklopljeno.
stop-done = 🔕 Novic vam ne bomo več pošiljali. Pošljite /consent, da jih spet vklopite.
