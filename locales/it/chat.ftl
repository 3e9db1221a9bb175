# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Può rispondere con i pulsanti. Funzionano anche questi comandi:
chat-unknown-command = Non conosco questo comando. Mandi /help per vedere la lista.
chat-bye = Arrivederci! Le Sue risposte restano salvate. 👋
