# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Pirs { $n } ji { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Hat derbaskirin
multi-selected = { $count ->
    [0] Hîn tiştek nehatiye hilbijartin.
    [one] { $count } hat hilbijartin. Dema hûn amade bûn, ✅ Temam bitikînin.
   *[other] { $count } hatin hilbijartin. Dema hûn amade bûn, ✅ Temam bitikînin.
}
multi-instructions = Hemû yên ku li gorî we ne bitikînin, paşê ✅ Temam.

btn-back = ⬅️ Paş
btn-skip = ⏭️ Derbas bike
btn-why = 🔒 Em çima dipirsin?
btn-done = ✅ Temam
btn-language = 🌐 Ziman
btn-confirm = ✅ Rast e
btn-change = ✏️ Biguherîne: { $item }
btn-wrong-age = ↩️ Min temenê şaş hilbijart

hint-choice = Ji kerema xwe yek ji bişkokan bitikînin.
hint-multi = Ji kerema xwe bişkokên ku li gorî we ne bitikînin, paşê ✅ Temam.
hint-text-short = Ev hinekî kurt e. Ji kerema xwe herî kêm { $min } tîpan binivîsin.
hint-text-long = Ev pir dirêj e. Ji kerema xwe herî zêde { $max } tîpan binivîsin.
hint-text-pattern = Ev ne rast xuya dike. Ji kerema xwe dîsa biceribînin.
hint-text-empty = Ji kerema xwe bersiva xwe wek peyamekê binivîsin.
hint-number = Ji kerema xwe hejmarekê ji { $min } heta { $max } bişînin.
hint-not-text = Ji kerema xwe bi nivîsê an bi bişkokekê bersiv bidin. Em wêne, deng an pelan tomar nakin.
stuck-help = Wisa xuya dike ku ev naxebite. Bişkokan bikar bînin, ⬅️ vegerin paş, an /help bişînin.

stale-button = Ev bişkok ji pirseke berê ye. Pirsa niha ev e.
flow-changed = Piştî ku we dest pê kir, me ev pirs guhertin. Werin em vê beşê ji nû ve dest pê bikin; bersivên we yên din tên parastin.
no-back = Ev pirsa yekem e.
cannot-skip = Ev pirs nayê derbaskirin.
error-try-again = 😔 Mixabin, ji aliyê me ve pirsgirêkek çêbû. Bersivên we parastî ne. Ji kerema xwe piştî deqeyekê dîsa biceribînin.

summary-title = Va ye tiştên ku we ji me re gotin:
summary-line = { $label }: { $value }
summary-skipped = —

flow-onboarding = 👋 Destpêk
flow-jobs = 💼 Kar û perwerdehî
flow-self-employment = 🏪 Karê min ê taybet
flow-ideas = 💡 Ramanek ji bo piştgiriyeke baştir

menu-title = 🏠 Hûn dixwazin çi bikin?
language-title = 🌐 Hûn kîjan zimanî dixwazin?
language-changed = ✓ Ziman hat guhertin. Bersivên we tên parastin.
restart-done = Em ji nû ve dest bi van pirsan dikin.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
