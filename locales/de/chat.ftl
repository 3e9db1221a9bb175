# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Sie können mit den Knöpfen antworten. Weitere Befehle:
    /back – vorherige Frage · /menu – Hauptmenü · /language – Sprache ändern
    /restart – diese Fragen neu beginnen · /privacy – was wir speichern
chat-type-number = Schreiben Sie die Nummer Ihrer Antwort.
chat-commands = Befehle: /back /skip /why /menu /language /restart /help
chat-unknown-command = Diesen Befehl kenne ich nicht. Senden Sie /help für die Liste.
chat-bye = Auf Wiedersehen! Ihre Antworten bleiben gespeichert. 👋
general-info = 🏠 Beratung ist kostenlos. Fragen Sie beim Jobcenter oder bei einer Migrationsberatung in Ihrer Stadt. Dort hilft man Ihnen in vielen Sprachen.
idea-received = 💡 Ihre Idee ist gespeichert.
