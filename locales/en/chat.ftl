# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

# First line of /help; the list of commands with their descriptions follows, one per line.
help-intro = You can answer with the buttons. These commands work too:
chat-unknown-command = I do not know this command. Send /help for the list.
chat-bye = Goodbye! Your answers are kept. 👋
