# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Вы можете отвечать кнопками. Эти команды тоже работают:
chat-unknown-command = Я не знаю такой команды. Отправьте /help, чтобы увидеть список.
chat-bye = До свидания! Ваши ответы сохранены. 👋
