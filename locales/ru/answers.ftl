# Answers used by several questions.

opt-yes = Да
opt-no = Нет
opt-not-sure = Не знаю точно
opt-not-sure-yet = 🤔 Пока не знаю
opt-prefer-not = Не хочу отвечать
