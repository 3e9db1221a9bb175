# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Vprašanje { $n } od { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Preskočeno
multi-selected = { $count ->
    [0] Izbrano še ni nič.
    [one] Izbrana je { $count } možnost. Ko končate, pritisnite ✅ Končano.
    [two] Izbrani sta { $count } možnosti. Ko končate, pritisnite ✅ Končano.
    [few] Izbrane so { $count } možnosti. Ko končate, pritisnite ✅ Končano.
   *[other] Izbranih je { $count } možnosti. Ko končate, pritisnite ✅ Končano.
}
multi-instructions = Pritisnite vse, kar velja, nato ✅ Končano.

btn-back = ⬅️ Nazaj
btn-skip = ⏭️ Preskoči
btn-why = 🔒 Zakaj sprašujemo?
btn-done = ✅ Končano
btn-language = 🌐 Jezik
btn-confirm = ✅ Vse je prav
btn-change = ✏️ Spremeni: { $item }
btn-wrong-age = ↩️ Napačno izbrana starost

hint-choice = Prosimo, pritisnite enega od gumbov.
hint-multi = Prosimo, pritisnite gumbe, ki veljajo, nato ✅ Končano.
hint-text-short = To je malo prekratko. Prosimo, napišite vsaj { $min ->
        [one] { $min } znak
        [two] { $min } znaka
        [few] { $min } znake
       *[other] { $min } znakov
    }.
hint-text-long = To je predolgo. Prosimo, napišite največ { $max ->
        [one] { $max } znak
        [two] { $max } znaka
        [few] { $max } znake
       *[other] { $max } znakov
    }.
hint-text-pattern = To ni videti pravilno. Prosimo, poskusite znova.
hint-text-empty = Prosimo, napišite odgovor kot sporočilo.
hint-number = Prosimo, pošljite številko od { $min } do { $max }.
hint-not-text = Prosimo, odgovorite z besedilom ali gumbom. Fotografij, glasovnih sporočil in datotek ne shranjujemo.
stuck-help = Zdi se, da nekaj ne deluje. Uporabite gumbe, ⬅️ pojdite nazaj ali pošljite /help.

stale-button = Ta gumb spada k prejšnjemu vprašanju. Tukaj je trenutno vprašanje.
flow-changed = Medtem smo ta vprašanja spremenili. Ta del začnimo znova; vaši drugi odgovori ostanejo shranjeni.
no-back = To je prvo vprašanje.
cannot-skip = Tega vprašanja ni mogoče preskočiti.
error-try-again = 😔 Oprostite, pri nas je šlo nekaj narobe. Vaši odgovori so varni. Prosimo, poskusite znova čez minuto.

summary-title = To so vaši odgovori:
summary-line = { $label }: { $value }
summary-skipped = —

flow-onboarding = 👋 Začetek
flow-jobs = 💼 Delo in usposabljanje
flow-self-employment = 🏪 Lastno podjetje
flow-ideas = 💡 Ideja za boljšo podporo

menu-title = 🏠 Kaj želite narediti?
language-title = 🌐 Kateri jezik želite?
language-changed = ✓ Jezik je zamenjan. Vaši odgovori ostanejo shranjeni.
restart-done = Ta vprašanja začenjamo znova.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
