# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Sie können mit den Knöpfen antworten. Diese Befehle funktionieren auch:
chat-unknown-command = Diesen Befehl kenne ich nicht. Senden Sie /help für die Liste.
chat-bye = Auf Wiedersehen! Ihre Antworten bleiben gespeichert. 👋
