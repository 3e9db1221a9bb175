# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Vous pouvez répondre avec les boutons. Ces commandes fonctionnent aussi :
chat-unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir la liste.
chat-bye = Au revoir ! Vos réponses restent enregistrées. 👋
