# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Ви можете відповідати кнопками. Ці команди теж працюють:
chat-unknown-command = Я не знаю такої команди. Надішліть /help, щоб побачити список.
chat-bye = До побачення! Ваші відповіді збережено. 👋
