# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Delavnica
ann-kind-salon = 🏛️ Salon: srečanje z odločevalci
ann-kind-info = ℹ️ Informacija
ann-cancelled = ❌ Odpovedano: dogodka ne bo.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, ob { $time } (po času v državi: { $zone })
ann-date = { $day }.{ $month }.{ $year }
ann-weekday-1 = ponedeljek
ann-weekday-2 = torek
ann-weekday-3 = sreda
ann-weekday-4 = četrtek
ann-weekday-5 = petek
ann-weekday-6 = sobota
ann-weekday-7 = nedelja
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Jezik besedila: { $language }. Besedila v vašem jeziku še ni.)
btn-ann-link = 🔗 Več informacij
btn-ann-why = ❓ Zakaj to dobivam?
btn-ann-stop = 🔕 Nič več novic
ann-why = To dobivate, ker ste se strinjali, da vam pošiljamo novice, in ker se ujema z vašimi odgovori:
    { $reasons }
    Novice lahko kadar koli ustavite z /stop ali z gumbom 🔕.
ann-why-region = Regija: { $region }
ann-why-country = Država: { $country }
ann-why-language = Jezik: { $language }
ann-why-goal = Iščete: { $goal }
ann-why-source = sifor ste našli prek povezave organizacije, ki to pošilja
ann-why-everyone = Namenjeno je vsem na vašem območju
ann-why-gone = Tega obvestila ni več.
