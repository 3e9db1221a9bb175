# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Семинар
ann-kind-salon = 🏛️ Встреча с теми, кто принимает решения
ann-kind-info = ℹ️ Информация
ann-cancelled = ❌ Отменено: этого не будет.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, { $time } (время: { $zone })
ann-date = { $day }.{ $month }.{ $year }
ann-weekday-1 = Понедельник
ann-weekday-2 = Вторник
ann-weekday-3 = Среда
ann-weekday-4 = Четверг
ann-weekday-5 = Пятница
ann-weekday-6 = Суббота
ann-weekday-7 = Воскресенье
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Язык текста: { $language }. На Вашем языке текста пока нет.)
btn-ann-link = 🔗 Подробнее
btn-ann-why = ❓ Почему я это получаю?
btn-ann-stop = 🔕 Больше не присылать новости
ann-why = Вы получаете это, потому что согласились получать новости о семинарах и встречах. Вот почему именно Вам:
    { $reasons }
    Вы можете отключить их в любой момент командой /stop или кнопкой 🔕.
ann-why-region = Ваш регион: { $region }
ann-why-country = Ваша страна: { $country }
ann-why-language = Ваш язык: { $language }
ann-why-goal = Вы ищете: { $goal }
ann-why-source = Вы пришли в sifor по ссылке организации, которая это присылает
ann-why-everyone = Это для всех в Вашем регионе
ann-why-gone = Этой новости здесь уже нет.
