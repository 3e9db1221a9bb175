# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Odgovarjate lahko z gumbi. Delujejo tudi ti ukazi:
chat-unknown-command = Tega ukaza ne poznam. Pošljite /help za seznam ukazov.
chat-bye = Nasvidenje! Vaši odgovori ostanejo shranjeni. 👋
