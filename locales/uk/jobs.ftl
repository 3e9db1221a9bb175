# Questions about work, training and qualifications.

q-allowed-to-work = Чи маєте Ви зараз право працювати?
why-allowed-to-work = Деякі програми відкриті лише для людей із дозволом на роботу. Ваша відповідь змінює тільки те, які програми ми покажемо. Це питання можна пропустити.
q-status = Який у Вас статус перебування?
why-status = Деякі програми лише для певних груп людей. Ми ніколи не визначаємо Ваш правовий статус: із цим зверніться до консультаційної служби. Це питання можна пропустити.
q-host-language = 🗣️ Наскільки добре Ви знаєте { $country ->
        [DE] німецьку
        [AT] німецьку
        [IT] італійську
        [SI] словенську
       *[other] мову країни, де Ви живете
    }?
q-other-languages = 🗣️ Якими ще мовами Ви розмовляєте?
q-education = 🎓 Яка у Вас освіта (найвищий рівень)?
q-foreign-qualification = 📄 Чи маєте Ви кваліфікацію або диплом з іншої країни?
q-qualification-documents = 📄 Чи є у Вас документи про це (свідоцтва, дипломи)?
q-sector = 💼 У яких сферах Ви працювали або хочете працювати?
q-experience = 💼 Скільки у Вас років досвіду роботи?
q-availability = Коли Ви можете працювати або навчатися?
q-childcare = Чи потрібен Вам догляд за дітьми, щоб ходити на курс або працювати?
why-childcare = Деякі курси пропонують догляд за дітьми. Ми питаємо лише для того, щоб показати їх Вам. Про Ваших дітей ми не питаємо.
q-women-only = Чи хочете Ви бачити програми лише для жінок?
why-women-only = Деякі програми лише для жінок. Переглядати їх може будь-хто, а хто бере участь — вирішує сама програма.
jobs-done = Дякуємо! Шукаємо програми, які Вам підходять.

label-allowed-to-work = Право на роботу
label-status = Статус
label-host-language = 🗣️ Місцева мова
label-other-languages = 🗣️ Інші мови
label-education = 🎓 Освіта
label-foreign-qualification = 📄 Кваліфікація з-за кордону
label-qualification-documents = 📄 Документи
label-sector = 💼 Сфери
label-experience = 💼 Досвід
label-availability = Час
label-childcare = Догляд за дітьми
label-women-only = Лише для жінок

opt-status-asylum-seeker = Заява на притулок (рішення ще немає)
opt-status-refugee = Статус біженця
opt-status-subsidiary = Додатковий захист
opt-status-temporary = Тимчасовий захист (Україна)
opt-status-humanitarian = Гуманітарний або особливий захист
opt-status-tolerated = Відстрочка депортації (Duldung)
opt-status-other = Інший дозвіл на перебування

opt-level-none = Ще ні
opt-level-a-little = Трохи (A1–A2)
opt-level-everyday = Побутове спілкування (B1)
opt-level-good = Добре (B2)
opt-level-fluent = Дуже добре (C1–C2)

opt-lang-ar = Арабська
opt-lang-fa = Перська / дарі
opt-lang-ps = Пушту
opt-lang-uk = Українська
opt-lang-ru = Російська
opt-lang-tr = Турецька
opt-lang-ku = Курдська
opt-lang-en = Англійська
opt-lang-fr = Французька
opt-lang-other = Інша мова

opt-edu-none = Без шкільної освіти
opt-edu-primary = Початкова школа
opt-edu-secondary = Середня школа
opt-edu-vocational = Професійна освіта (училище, коледж)
opt-edu-university = Вища освіта (університет)

opt-docs-yes = Так, усі
opt-docs-some = Деякі
opt-docs-none = Документів немає

opt-sector-care = Догляд і медицина
opt-sector-construction = Будівництво
opt-sector-crafts = Ремесла
opt-sector-it = Комп’ютери та ІТ
opt-sector-hospitality = Готелі та ресторани
opt-sector-retail = Магазини й торгівля
opt-sector-transport = Транспорт і доставка
opt-sector-education = Викладання й догляд за дітьми
opt-sector-agriculture = Сільське господарство
opt-sector-office = Офісна робота
opt-sector-beauty = Перукарні й салони краси
opt-sector-other = Щось інше

opt-exp-none = Немає
opt-exp-under-2 = Менше 2 років
opt-exp-2-5 = Від 2 до 5 років
opt-exp-over-5 = Понад 5 років

opt-avail-full = Повний день
opt-avail-part = Неповний день
opt-avail-evenings = Вечорами або у вихідні
opt-avail-not-yet = Поки що ні
