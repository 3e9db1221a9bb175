# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Семінар
ann-kind-salon = 🏛️ Зустріч із тими, хто ухвалює рішення
ann-kind-info = ℹ️ Інформація
ann-cancelled = ❌ Скасовано: цього не буде.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, { $time } (час: { $zone })
ann-date = { $day }.{ $month }.{ $year }
ann-weekday-1 = Понеділок
ann-weekday-2 = Вівторок
ann-weekday-3 = Середа
ann-weekday-4 = Четвер
ann-weekday-5 = П’ятниця
ann-weekday-6 = Субота
ann-weekday-7 = Неділя
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Мова тексту: { $language }. Вашою мовою тексту ще немає.)
btn-ann-link = 🔗 Докладніше
btn-ann-why = ❓ Чому я це отримую?
btn-ann-stop = 🔕 Більше не надсилати новини
ann-why = Ви отримуєте це, бо погодилися отримувати новини про семінари й зустрічі. Ось чому саме Вам:
    { $reasons }
    Ви можете будь-коли вимкнути їх командою /stop або кнопкою 🔕.
ann-why-region = Ваш регіон: { $region }
ann-why-country = Ваша країна: { $country }
ann-why-language = Ваша мова: { $language }
ann-why-goal = Ви шукаєте: { $goal }
ann-why-source = Ви прийшли в sifor за посиланням організації, яка це надсилає
ann-why-everyone = Це для всіх у Вашому регіоні
ann-why-gone = Цієї новини тут уже немає.
