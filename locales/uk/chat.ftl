# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Ви можете відповідати кнопками. Інші команди:
    /back – попереднє питання · /menu – головне меню · /language – змінити мову
    /restart – почати ці питання знову · /privacy – що ми зберігаємо
chat-type-number = Введіть номер Вашої відповіді.
chat-commands = Команди: /back /skip /why /menu /language /restart /help
chat-unknown-command = Я не знаю такої команди. Надішліть /help, щоб побачити список.
chat-bye = До побачення! Ваші відповіді збережено. 👋
general-info = 🏠 Консультації безкоштовні. Зверніться до служби зайнятості або до консультаційного центру для мігрантів у Вашому місті. Там допомагають багатьма мовами.
idea-received = 💡 Вашу ідею збережено.
