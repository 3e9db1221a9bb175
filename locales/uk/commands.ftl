# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Почати
cmd-menu = Головне меню
cmd-language = Змінити мову
cmd-back = Попереднє питання
cmd-skip = Пропустити це питання
cmd-why = Навіщо ми це питаємо
cmd-restart = Почати ці питання знову
cmd-help = Допомога
cmd-privacy = Що ми зберігаємо
cmd-mydata = Отримати всі мої дані
cmd-delete = Видалити всі мої дані
cmd-consent = Мій вибір
cmd-stop = Більше не надсилати новини
cmd-programmes = Мої програми
cmd-staff = Склад команди та запрошення
cmd-myrole = Моя роль у команді
cmd-announce = Написати оголошення
cmd-events = Мої заходи: записи, потреби, відмітки
cmd-checkin = Відмітити прихід людини за кодом
cmd-dossier = Досьє салону для регіону (HTML)
cmd-myideas = Мої ідеї та що з них вийшло
cmd-review = Ідеї для розгляду
cmd-story = Розповісти історію успіху
cmd-export = Ідеї моєї зони відповідальності у файлі CSV
