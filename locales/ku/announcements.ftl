# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Kargeh
ann-kind-salon = 🏛️ Civîna bi biryarderan re
ann-kind-info = ℹ️ Agahî
ann-cancelled = ❌ Hat betalkirin: ev pêk nayê.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, { $time } (saet: { $zone })
ann-date = { $day }.{ $month }.{ $year }
ann-weekday-1 = Duşem
ann-weekday-2 = Sêşem
ann-weekday-3 = Çarşem
ann-weekday-4 = Pêncşem
ann-weekday-5 = În
ann-weekday-6 = Şemî
ann-weekday-7 = Yekşem
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Zimanê nivîsê: { $language }. Hîn nivîs bi zimanê we tune ye.)
btn-ann-link = 🔗 Bêtir agahî
btn-ann-why = ❓ Çima ev ji min re tê?
btn-ann-stop = 🔕 Êdî nûçe naxwazim
ann-why = Ev ji we re tê, ji ber ku we qebûl kir ku hûn nûçeyên li ser kargeh û civînan bistînin. Herwiha:
    { $reasons }
    Hûn dikarin wan her dem bi /stop an bi bişkoka 🔕 rawestînin.
ann-why-region = Herêma we: { $region }
ann-why-country = Welatê we: { $country }
ann-why-language = Zimanê we: { $language }
ann-why-goal = Armanca we: { $goal }
ann-why-source = Hûn bi girêdana rêxistina ku vê dişîne hatin sifor
ann-why-everyone = Ev ji bo her kesê li herêma we ye
ann-why-gone = Ev nûçe êdî li vir nîne.
