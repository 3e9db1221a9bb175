# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 Ce que nous gardons et pourquoi
    • Vos réponses à nos questions, pour vous trouver des programmes. Jamais votre nom ni votre numéro de téléphone.
    • Votre langue et vos choix pour les informations et les idées.
    • Les idées que vous envoyez. Les partenaires les voient avec un code comme R-7F3K, jamais avec votre nom ou votre compte Telegram.
    Les réponses que vous n'utilisez pas sont effacées après { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }. /mydata vous envoie tout ce que nous gardons. /delete efface tout.
mydata-caption = 🔒 Voici tout ce que nous gardons sur vous.
delete-confirm = ⚠️ Voulez-vous vraiment effacer tout ce que nous gardons sur vous ? Ce ne sera pas possible de l'annuler.
delete-yes = 🗑️ Oui, tout effacer
delete-no = Annuler
delete-done = 🗑️ Tout est effacé. Telegram garde sa propre copie de cette conversation ; vous pouvez effacer l'historique dans Telegram. Envoyez /start pour recommencer.
delete-cancelled = D'accord, rien n'a été effacé.
consent-title = 🔒 Vos choix. Appuyez sur un choix pour le changer :
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Garder les réponses pour trouver des programmes
purpose-announcements = Informations sur les ateliers et les rencontres
purpose-ideas = Garder mes idées
consent-withdrawn-profile = D'accord. Nous avons effacé vos réponses et nous n'en garderons pas de nouvelles.
consent-withdrawn = D'accord, c'est désactivé.
consent-given = D'accord, c'est activé.
stop-done = 🔕 Vous ne recevrez plus d'informations. Envoyez /consent pour les réactiver.
