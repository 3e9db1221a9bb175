# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor vous aide à trouver des programmes pour le travail et pour créer votre entreprise. Il reçoit aussi vos idées pour améliorer le soutien. Cela prend environ 3 minutes.
    🔒 Nous ne demandons jamais votre nom ni votre numéro de téléphone.
onb-age = Quel âge avez-vous ?
why-age = Certains programmes sont pour certains âges. Les jeunes de moins de 16 ans reçoivent ici seulement des informations générales, et leurs réponses ne sont pas enregistrées.
onb-too-young = Merci ! Vous avez moins de 16 ans, donc nous n'enregistrons rien. 🔒
    Demandez à un service pour jeunes migrants (par exemple JMD en Allemagne) ou à un enseignant. Ils peuvent vous aider.
onb-consent-profile = 🔒 Pouvons-nous garder vos réponses pour vous trouver des programmes ?
    Vous pouvez les voir ou les effacer à tout moment avec /mydata et /delete.
why-consent-profile = Nous gardons seulement vos réponses à ces questions, sans nom et sans numéro de téléphone. Les organisations partenaires ne voient jamais qui vous êtes. Les réponses non utilisées sont effacées après 90 jours.
onb-consent-announcements = 📅 Pouvons-nous vous envoyer des informations sur des ateliers et des rencontres près de chez vous ?
    Vous pouvez les arrêter à tout moment avec /stop.
onb-consent-ideas = 💡 Pouvons-nous garder les idées que vous nous envoyez et les montrer aux organisations partenaires, sans votre nom ?
onb-general = D'accord, nous n'enregistrons rien. 🔒
    Dans chaque ville, il existe des conseils gratuits pour le travail et la formation : demandez à l'agence pour l'emploi ou à un service de conseil pour migrants. Envoyez /menu pour voir plus.
onb-country = 📍 Où habitez-vous ?
onb-region = 📍 Dans quelle région ?
onb-goals = Que cherchez-vous ? Vous pouvez choisir plusieurs réponses.
onb-to-jobs = Merci ! Maintenant, quelques questions sur le travail et la formation.
onb-to-business = Merci ! Maintenant, quelques questions sur votre entreprise.

label-age = Âge
label-consent-profile = 🔒 Garder les réponses
label-consent-announcements = 📅 Informations
label-consent-ideas = 💡 Idées
label-country = 📍 Pays
label-region = 📍 Région
label-goals = Vous cherchez

opt-age-under-14 = moins de 14 ans
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 ans ou plus

opt-consent-yes = ✅ Oui
opt-consent-no-general = ❌ Non, seulement des informations générales

opt-country-de = Allemagne
opt-country-at = Autriche
opt-country-it = Italie
opt-country-si = Slovénie
opt-country-other = Autre pays

opt-region-berlin = Berlin
opt-region-other-de = Ailleurs en Allemagne
opt-region-vienna = Vienne
opt-region-other-at = Ailleurs en Autriche
opt-region-veneto = Vénétie (Venise)
opt-region-emilia-romagna = Émilie-Romagne (Bologne)
opt-region-other-it = Ailleurs en Italie
opt-region-ljubljana = Ljubljana
opt-region-maribor = Maribor
opt-region-other-si = Ailleurs en Slovénie

opt-goal-job = 💼 Un emploi
opt-goal-training = 🎓 Une formation ou un apprentissage
opt-goal-language = 🗣️ Un cours de langue
opt-goal-recognition = 📄 La reconnaissance de mon diplôme
opt-goal-own-business = 🏪 Créer mon entreprise
