# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor alîkariya we dike ku hûn bernameyên ji bo kar û ji bo karê xwe yê taybet bibînin. Ew herwiha ramanên we yên ji bo piştgiriyeke baştir berhev dike. Nêzîkî 3 deqeyan dom dike.
    🔒 Em qet navê we an hejmara telefona we napirsin.
onb-age = Hûn çend salî ne?
why-age = Hin bername ji bo temenên diyar in. Ciwanên di bin 16 salî de li vir tenê agahiyên giştî distînin, bêyî ku bersiv werin tomarkirin.
onb-too-young = Spas! Hûn di bin 16 salî de ne, loma em tiştekî tomar nakin. 🔒
    Ji navendeke şêwirdariyê ya ji bo ciwanên koçber (wek mînak JMD li Almanyayê) an ji mamosteyekî bipirsin. Ew dikarin alîkariya we bikin.
onb-consent-profile = 🔒 Gelo em dikarin bersivên we tomar bikin da ku ji bo we bernameyan bibînin?
    Hûn dikarin wan her dem bi /mydata bibînin an bi /delete jê bibin.
why-consent-profile = Em tenê bersivên we yên van pirsan tomar dikin, ne nav û ne jî hejmara telefonê. Rêxistinên hevkar qet nabînin ku hûn kî ne. Bersivên ku nayên bikaranîn piştî 90 rojan tên jêbirin.
onb-consent-announcements = 📅 Gelo em dikarin li ser kargeh û civînên nêzîkî we nûçeyan ji we re bişînin?
    Hûn dikarin wan her dem bi /stop rawestînin.
onb-consent-ideas = 💡 Gelo em dikarin ramanên ku hûn ji me re dişînin tomar bikin û bê navê we nîşanî rêxistinên hevkar bidin?
onb-general = Baş e, em tiştekî tomar nakin. 🔒
    Li her bajarî şêwirdariya belaş ji bo kar û perwerdehiyê heye: ji navenda kar an ji navenda şêwirdariya koçberan bipirsin. Ji bo bêtir /menu bişînin.
onb-country = 📍 Hûn li ku dijîn?
onb-region = 📍 Kîjan herêm?
onb-goals = Hûn li çi digerin? Hûn dikarin ji yekê zêdetir hilbijêrin.
onb-to-jobs = Spas! Niha çend pirs li ser kar û perwerdehiyê.
onb-to-business = Spas! Niha çend pirs li ser karê we.

label-age = Temen
label-consent-profile = 🔒 Tomarkirina bersivan
label-consent-announcements = 📅 Nûçe
label-consent-ideas = 💡 Raman
label-country = 📍 Welat
label-region = 📍 Herêm
label-goals = Armanc

opt-age-under-14 = di bin 14 salî de
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 an zêdetir

opt-consent-yes = ✅ Erê
opt-consent-no-general = ❌ Na, tenê agahiyên giştî

opt-country-de = Almanya
opt-country-at = Awistirya
opt-country-it = Îtalya
opt-country-si = Slovenya
opt-country-other = Welatekî din

opt-region-berlin = Berlîn
opt-region-other-de = Cihekî din li Almanyayê
opt-region-vienna = Viyana
opt-region-other-at = Cihekî din li Awistiryayê
opt-region-veneto = Veneto (Venedîk)
opt-region-emilia-romagna = Emîlya-Romanya (Bolonya)
opt-region-other-it = Cihekî din li Îtalyayê
opt-region-ljubljana = Lûblyana
opt-region-maribor = Marîbor
opt-region-other-si = Cihekî din li Slovenyayê

opt-goal-job = 💼 Kar
opt-goal-training = 🎓 Perwerdehî an şagirtî
opt-goal-language = 🗣️ Kursa zimên
opt-goal-recognition = 📄 Pejirandina dîplomaya min
opt-goal-own-business = 🏪 Karê min ê taybet
