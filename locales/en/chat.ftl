# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = You can answer with the buttons. Other commands:
    /back – previous question · /menu – main menu · /language – change language
    /restart – start these questions again · /privacy – what we store
chat-type-number = Type the number of your answer.
chat-commands = Commands: /back /skip /why /menu /language /restart /help
chat-unknown-command = I do not know this command. Send /help for the list.
chat-bye = Goodbye! Your answers are kept. 👋
general-info = 🏠 Counselling is free. Ask at the job centre or a migration counselling service in your city. They can help in many languages.
idea-received = 💡 Your idea is saved.
