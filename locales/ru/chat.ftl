# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Вы можете отвечать кнопками. Другие команды:
    /back – предыдущий вопрос · /menu – главное меню · /language – сменить язык
    /restart – начать эти вопросы заново · /privacy – что мы храним
chat-type-number = Введите номер Вашего ответа.
chat-commands = Команды: /back /skip /why /menu /language /restart /help
chat-unknown-command = Я не знаю такой команды. Отправьте /help, чтобы увидеть список.
chat-bye = До свидания! Ваши ответы сохранены. 👋
general-info = 🏠 Консультации бесплатные. Обратитесь в службу занятости или в консультационный центр для мигрантов в Вашем городе. Там помогают на многих языках.
idea-received = 💡 Ваша идея сохранена.
