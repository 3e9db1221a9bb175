# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Può rispondere con i pulsanti. Altri comandi:
    /back – domanda precedente · /menu – menu principale · /language – cambiare lingua
    /restart – ricominciare queste domande · /privacy – cosa salviamo
chat-type-number = Scriva il numero della Sua risposta.
chat-commands = Comandi: /back /skip /why /menu /language /restart /help
chat-unknown-command = Non conosco questo comando. Mandi /help per vedere la lista.
chat-bye = Arrivederci! Le Sue risposte restano salvate. 👋
general-info = 🏠 La consulenza è gratuita. Chieda al centro per l'impiego o a uno sportello per migranti nella Sua città. Lì possono aiutare in molte lingue.
idea-received = 💡 La Sua idea è salvata.
