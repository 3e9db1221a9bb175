# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Vous pouvez répondre avec les boutons. Autres commandes :
    /back – question précédente · /menu – menu principal · /language – changer de langue
    /restart – recommencer ces questions · /privacy – ce que nous gardons
chat-type-number = Écrivez le numéro de votre réponse.
chat-commands = Commandes : /back /skip /why /menu /language /restart /help
chat-unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir la liste.
chat-bye = Au revoir ! Vos réponses restent enregistrées. 👋
general-info = 🏠 Les conseils sont gratuits. Demandez à l'agence pour l'emploi ou à un service de conseil pour migrants dans votre ville. Ils peuvent vous aider dans beaucoup de langues.
idea-received = 💡 Votre idée est enregistrée.
