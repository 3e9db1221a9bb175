# Answers used by several questions.

opt-yes = Так
opt-no = Ні
opt-not-sure = Не знаю точно
opt-not-sure-yet = 🤔 Ще не знаю
opt-prefer-not = Не хочу відповідати
