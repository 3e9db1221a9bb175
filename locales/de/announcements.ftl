# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Workshop
ann-kind-salon = 🏛️ Salon: Treffen mit Menschen, die entscheiden
ann-kind-info = ℹ️ Information
ann-cancelled = ❌ Abgesagt: Das findet nicht statt.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, { $time } Uhr (Ortszeit { $zone })
ann-date = { $day }.{ $month }.{ $year }
ann-weekday-1 = Montag
ann-weekday-2 = Dienstag
ann-weekday-3 = Mittwoch
ann-weekday-4 = Donnerstag
ann-weekday-5 = Freitag
ann-weekday-6 = Samstag
ann-weekday-7 = Sonntag
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Sprache des Textes: { $language }. In Ihrer Sprache gibt es noch keinen Text.)
btn-ann-link = 🔗 Mehr Informationen
btn-ann-why = ❓ Warum bekomme ich das?
btn-ann-stop = 🔕 Keine Neuigkeiten mehr
ann-why = Sie bekommen das, weil Sie Neuigkeiten erlaubt haben und weil es zu Ihren Angaben passt:
    { $reasons }
    Mit /stop oder dem Knopf 🔕 können Sie das jederzeit beenden.
ann-why-region = Ihre Region: { $region }
ann-why-country = Ihr Land: { $country }
ann-why-language = Ihre Sprache: { $language }
ann-why-goal = Sie suchen: { $goal }
ann-why-source = Die Organisation, die das schickt, hat Ihnen den Link zu sifor gegeben
ann-why-everyone = Es ist für alle in Ihrer Gegend
ann-why-gone = Diese Ankündigung gibt es nicht mehr.
