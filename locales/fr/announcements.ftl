# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Atelier
ann-kind-salon = 🏛️ Rencontre avec des décideurs
ann-kind-info = ℹ️ Information
ann-cancelled = ❌ Annulé : cela n'aura pas lieu.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday } { $date } à { $time } (heure locale : { $zone })
ann-date = { $day }/{ $month }/{ $year }
ann-weekday-1 = lundi
ann-weekday-2 = mardi
ann-weekday-3 = mercredi
ann-weekday-4 = jeudi
ann-weekday-5 = vendredi
ann-weekday-6 = samedi
ann-weekday-7 = dimanche
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Langue du texte : { $language }. Il n'y a pas encore de texte dans votre langue.)
btn-ann-link = 🔗 Plus d'informations
btn-ann-why = ❓ Pourquoi je reçois ça ?
btn-ann-stop = 🔕 Ne plus recevoir d'informations
ann-why = Vous recevez ce message parce que vous avez accepté de recevoir des informations, et parce qu'il correspond à vos réponses :
    { $reasons }
    Vous pouvez arrêter les informations à tout moment avec /stop ou avec le bouton 🔕.
ann-why-region = Région : { $region }
ann-why-country = Pays : { $country }
ann-why-language = Langue : { $language }
ann-why-goal = Vous cherchez : { $goal }
ann-why-source = Vous avez connu sifor par le lien de l'organisation qui envoie ce message
ann-why-everyone = C'est pour toutes les personnes de votre région
ann-why-gone = Cette annonce n'est plus disponible.
