# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Начать
cmd-menu = Главное меню
cmd-language = Сменить язык
cmd-back = Предыдущий вопрос
cmd-skip = Пропустить этот вопрос
cmd-why = Зачем мы это спрашиваем
cmd-restart = Начать эти вопросы заново
cmd-help = Помощь
cmd-privacy = Что мы храним
cmd-mydata = Получить все мои данные
cmd-delete = Удалить все мои данные
cmd-consent = Мой выбор
cmd-stop = Больше не присылать новости
cmd-programmes = Мои программы
cmd-staff = Состав команды и приглашения
cmd-myrole = Моя роль в команде
cmd-announce = Написать объявление
cmd-events = Мои мероприятия: записи, потребности, отметки
cmd-checkin = Отметить приход человека по коду
cmd-dossier = Досье салона по региону (HTML)
cmd-myideas = Мои идеи и что из них вышло
cmd-review = Идеи для рассмотрения
cmd-story = Рассказать историю успеха
cmd-export = Идеи моей зоны ответственности в файле CSV
