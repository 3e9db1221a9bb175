# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Workshop
ann-kind-salon = 🏛️ Salon: meet decision makers
ann-kind-info = ℹ️ Information
ann-cancelled = ❌ Cancelled: this does not take place.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, { $time } (time in { $zone })
ann-date = { $day }/{ $month }/{ $year }
ann-weekday-1 = Monday
ann-weekday-2 = Tuesday
ann-weekday-3 = Wednesday
ann-weekday-4 = Thursday
ann-weekday-5 = Friday
ann-weekday-6 = Saturday
ann-weekday-7 = Sunday
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Written in { $language }; there is no text in your language yet.)
btn-ann-link = 🔗 More information
btn-ann-why = ❓ Why do I get this?
btn-ann-stop = 🔕 No more announcements
ann-why = You get this because you agreed to receive announcements, and:
    { $reasons }
    You can stop them at any time with /stop or the 🔕 button.
ann-why-region = you live in { $region }
ann-why-country = you live in { $country }
ann-why-language = you read { $language }
ann-why-goal = you are looking for: { $goal }
ann-why-source = you came to sifor through the link of the organisation that sends it
ann-why-everyone = it is for everyone in your area
ann-why-gone = This announcement is no longer here.
