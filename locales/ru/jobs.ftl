# Questions about work, training and qualifications.

q-allowed-to-work = Есть ли у Вас сейчас право работать?
why-allowed-to-work = Некоторые программы открыты только для людей с разрешением на работу. Ваш ответ влияет только на то, какие программы мы покажем. Этот вопрос можно пропустить.
q-status = Какой у Вас статус пребывания?
why-status = Некоторые программы только для определённых групп людей. Мы никогда не решаем вопросы Вашего правового положения: с этим обратитесь в консультационную службу. Этот вопрос можно пропустить.
q-host-language = 🗣️ Насколько хорошо Вы знаете { $country ->
        [DE] немецкий
        [AT] немецкий
        [IT] итальянский
        [SI] словенский
       *[other] язык страны, где Вы живёте
    }?
q-other-languages = 🗣️ На каких ещё языках Вы говорите?
q-education = 🎓 Какое у Вас образование (самый высокий уровень)?
q-foreign-qualification = 📄 Есть ли у Вас квалификация или диплом из другой страны?
q-qualification-documents = 📄 Есть ли у Вас документы об этом (свидетельства, дипломы)?
q-sector = 💼 В каких сферах Вы работали или хотите работать?
q-experience = 💼 Сколько лет у Вас опыта работы?
q-availability = Когда Вы можете работать или учиться?
q-childcare = Нужен ли Вам присмотр за детьми, чтобы ходить на курс или работать?
why-childcare = Некоторые курсы предлагают присмотр за детьми. Мы спрашиваем только для того, чтобы показать их Вам. О Ваших детях мы не спрашиваем.
q-women-only = Хотите ли Вы видеть программы только для женщин?
why-women-only = Некоторые программы только для женщин. Смотреть их может любой человек, а кто участвует — решает сама программа.
jobs-done = Спасибо! Ищем программы, которые Вам подходят.

label-allowed-to-work = Право на работу
label-status = Статус
label-host-language = 🗣️ Местный язык
label-other-languages = 🗣️ Другие языки
label-education = 🎓 Образование
label-foreign-qualification = 📄 Квалификация из-за рубежа
label-qualification-documents = 📄 Документы
label-sector = 💼 Сферы
label-experience = 💼 Опыт
label-availability = Время
label-childcare = Присмотр за детьми
label-women-only = Только для женщин

opt-status-asylum-seeker = Заявление на убежище (решения ещё нет)
opt-status-refugee = Статус беженца
opt-status-subsidiary = Дополнительная защита
opt-status-temporary = Временная защита (Украина)
opt-status-humanitarian = Гуманитарная или особая защита
opt-status-tolerated = Отсрочка депортации (Duldung)
opt-status-other = Другое разрешение на пребывание

opt-level-none = Пока нет
opt-level-a-little = Немного (A1–A2)
opt-level-everyday = Бытовое общение (B1)
opt-level-good = Хорошо (B2)
opt-level-fluent = Очень хорошо (C1–C2)

opt-lang-ar = Арабский
opt-lang-fa = Персидский / дари
opt-lang-ps = Пушту
opt-lang-uk = Украинский
opt-lang-ru = Русский
opt-lang-tr = Турецкий
opt-lang-ku = Курдский
opt-lang-en = Английский
opt-lang-fr = Французский
opt-lang-other = Другой язык

opt-edu-none = Без школьного образования
opt-edu-primary = Начальная школа
opt-edu-secondary = Средняя школа
opt-edu-vocational = Профессиональное образование (училище, колледж)
opt-edu-university = Высшее образование (университет)

opt-docs-yes = Да, все
opt-docs-some = Некоторые
opt-docs-none = Документов нет

opt-sector-care = Уход и медицина
opt-sector-construction = Строительство
opt-sector-crafts = Ремёсла
opt-sector-it = Компьютеры и ИТ
opt-sector-hospitality = Гостиницы и рестораны
opt-sector-retail = Магазины и торговля
opt-sector-transport = Транспорт и доставка
opt-sector-education = Преподавание и присмотр за детьми
opt-sector-agriculture = Сельское хозяйство
opt-sector-office = Офисная работа
opt-sector-beauty = Парикмахерские и салоны красоты
opt-sector-other = Что-то другое

opt-exp-none = Нет
opt-exp-under-2 = Меньше 2 лет
opt-exp-2-5 = От 2 до 5 лет
opt-exp-over-5 = Больше 5 лет

opt-avail-full = Полный день
opt-avail-part = Неполный день
opt-avail-evenings = По вечерам или в выходные
opt-avail-not-yet = Пока нет
