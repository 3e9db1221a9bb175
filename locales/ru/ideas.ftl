# An idea for a new support measure.

idea-intro = 💡 Ваша идея может помочь сделать поддержку лучше. Организации-партнёры читают её без Вашего имени и могут рассказать, что из неё вышло.
q-idea-topic = 💡 О чём Ваша идея?
q-idea-problem = 💡 В чём проблема? В нескольких словах.
    Пожалуйста, не пишите имена и номера телефонов.
q-idea-text = 💡 В чём Ваша идея? Напишите своими словами.
    Пожалуйста, не пишите имена и номера телефонов.
q-idea-beneficiaries = 💡 Кому это поможет?
q-idea-contact = 💡 Могут ли организации-партнёры ответить Вам здесь, в боте?
q-idea-public = 🌐 Можно ли показать текст Вашей идеи на публичном сайте проекта, когда на неё ответит организация? Вашего имени там не будет никогда. Если Вы пропустите этот вопрос, текст не будут показывать.
idea-done = Спасибо за Вашу идею! 💡 Партнёры её прочитают. Мы сообщим Вам здесь, что из неё вышло.

label-idea-topic = 💡 Тема
label-idea-problem = 💡 Проблема
label-idea-text = 💡 Идея
label-idea-beneficiaries = 💡 Кому поможет
label-idea-contact = 💡 Ответ через бот
label-idea-public = 🌐 Показывать на сайте

opt-topic-jobs = 💼 Работа
opt-topic-training = 🎓 Обучение
opt-topic-language = 🗣️ Языковые курсы
opt-topic-recognition = 📄 Признание дипломов и квалификаций
opt-topic-business = 🏪 Своё дело
opt-topic-childcare = Присмотр за детьми
opt-topic-other = Что-то другое

opt-benefit-everyone = Всем
opt-benefit-women = Женщинам
opt-benefit-young = Молодёжи
opt-benefit-families = Семьям
opt-benefit-newcomers = Тем, кто недавно приехал
opt-benefit-qualified = Тем, у кого есть квалификация
opt-benefit-founders = Тем, кто открывает своё дело
idea-no-consent = Хорошо, мы ничего не сохраняем. Вы можете изменить это в любой момент командой /consent.
