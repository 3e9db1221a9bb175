# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, { $time }
ev-over = ⏱️ Цей захід уже відбувся.
ev-seats-open = 🪑 Є вільні місця.
ev-seats-few = { $count ->
    [one] 🪑 Залишилося лише { $count } місце.
    [few] 🪑 Залишилося лише { $count } місця.
    [many] 🪑 Залишилося лише { $count } місць.
   *[other] 🪑 Залишилося лише { $count } місця.
}
ev-seats-full = 🪑 Місць немає: Ви можете записатися в список очікування.
ev-mine-registered = ✅ У Вас є місце. Ваш код для входу: { $code }
ev-mine-waiting = 🕒 Ви в списку очікування: номер { $place }.
ev-mine-offered = 🎟️ Для Вас звільнилося місце! Будь ласка, дайте відповідь вчасно. Останній строк: { $deadline }.
btn-ev-come = ✅ Я прийду
btn-ev-join = 🕒 Записатися в список очікування
btn-ev-cant = ❌ Не зможу прийти
btn-ev-needs = 🙋 Що мені потрібно для участі
btn-ev-calendar = 📅 Додати в мій календар
btn-ev-cancel = ❌ Відмовитися від місця
btn-ev-leave = ❌ Вийти зі списку очікування
btn-ev-accept = ✅ Взяти місце
btn-ev-decline = ❌ Я не зможу прийти
btn-ev-still = ✅ Так, я прийду
btn-ev-free = ❌ Звільнити моє місце
ev-registered = ✅ У Вас є місце. Покажіть цей код на вході: { $code }
    Файл нижче додасть захід у календар Вашого телефона.
ev-waiting = 🕒 Усі місця зайняті. Ваш номер у списку очікування: { $place }. Коли місце звільниться, Ви отримаєте повідомлення й зможете його взяти.
ev-left = Готово: Ваше місце тепер вільне для іншої людини. Ви можете знову записатися, поки є вільні місця.
ev-left-line = Готово: Ви вийшли зі списку очікування.
ev-noted = Дякуємо, що повідомили нам.
ev-offer-gone = Ця пропозиція вже недійсна.
ev-declined = Дякуємо, що повідомили: місце отримає наступна людина зі списку очікування.
ev-still-thanks = Дякуємо! До зустрічі.
ev-no-seat = У Вас немає місця на цьому заході.
ev-is-cancelled = Цей захід скасовано.
ev-is-over = Цей захід уже відбувся; змінити вже нічого не можна.
ev-calendar-caption = 📅 { $title }: відкрийте цей файл, щоб додати захід у свій календар.
ev-needs-ask = Вам щось потрібно, щоб узяти участь? Натисніть те, що підходить. Організатори бачать лише, скільком людям що потрібно, але ніколи — кому саме.
ev-needs-no-interpreter = не потрібен
btn-ev-interpreter = 🗣️ Перекладач: { $language }
btn-ev-childcare = Догляд за дітьми
btn-ev-access = Вхід без сходинок
btn-ev-no-interpreter = Перекладач не потрібен
btn-ev-needs-done = ✅ Готово
ev-needs-interpreter-ask = На яку мову Вам потрібен усний переклад?
ev-needs-saved = Збережено. Дякуємо!
ev-offer = 🎟️ Для Вас звільнилося місце: { $title }
    { $when }
    Хочете його взяти? Будь ласка, дайте відповідь вчасно. Останній строк: { $deadline }. Після цього місце отримає наступна людина зі списку очікування.
ev-offer-lapsed = ⌛ Місце на захід «{ $title }» отримала наступна людина зі списку очікування, бо відповіді вчасно не було. Ви можете знову записатися в список очікування в повідомленні про захід.
ev-still = Ви все ще плануєте прийти на захід «{ $title }»?
    { $when }
    Якщо ні, одним натисканням звільніть своє місце для людини зі списку очікування.
ev-reminder = ⏰ Нагадування: { $title }
    { $when }
    📍 { $place }
    Ваш код для входу: { $code }
ev-reminder-no-place = ⏰ Нагадування: { $title }
    { $when }
    Ваш код для входу: { $code }
ev-moved = 🗓️ Новий час заходу «{ $title }»:
    { $when }
    Ваше місце залишається за Вами. Далі надішлемо новий файл для календаря.
ev-moved-waiting = 🗓️ Новий час заходу «{ $title }»:
    { $when }
    Ви й далі в списку очікування.
ev-cancelled = ❌ Захід «{ $title }» скасовано, його не буде. Нам дуже шкода.
ev-organisers = ✉️ Від організаторів заходу «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = У Вас немає відкритих заходів. Оголосіть семінар або зустріч командою /announce.
staff-ev-unlimited = без обмежень
staff-ev-counts = Зареєстровано: { $registered } (місць: { $seats }, +{ $reserved } у резерві) · список очікування: { $waiting } · відкриті пропозиції: { $offered } · відмічено на вході: { $checked }
staff-ev-needs = Потреби: { $list }
staff-ev-needs-interpreters = перекладачі: { $list }
staff-ev-needs-childcare = догляд за дітьми: { $count }
staff-ev-needs-access = вхід без сходинок: { $count }
staff-ev-needs-none = Потреби: поки ніхто нічого не вказав.
btn-staff-ev-export = 📋 Список учасників (CSV)
btn-staff-ev-message = ✉️ Написати зареєстрованим
btn-staff-ev-move = 🗓️ Перенести
btn-staff-ev-cancel = 🚫 Скасувати захід
btn-staff-ev-close = 🏁 Закрити: підсумок відвідування
staff-ev-export-caption = Список учасників: псевдоніми, статус, відмітка на вході й потреби. Без імен та ідентифікаторів у Телеграмі.
staff-ev-cancel-ask = Скасувати цей захід? На кожній картці буде позначка «скасовано», а всі зареєстровані й ті, хто в списку очікування, отримають повідомлення.
btn-staff-ev-cancel-yes = Так, скасувати
btn-staff-ev-cancel-no = Ні, залишити
staff-ev-cancelled = Скасовано. Повідомляємо учасників: { $count }.
staff-ev-not-yet = Захід ще не почався; закрити його можна, коли він почнеться.
staff-ev-closed = Закрито. Відмічено на вході: { $attended } з { $registered } зареєстрованих.
staff-ev-closed-before = Цей захід уже закрито раніше.
staff-ev-move-flow = 🗓️ Перенесення заходу
staff-ev-move-ask = 🗓️ Нова дата й час:
staff-ev-message-flow = ✉️ Повідомлення зареєстрованим
staff-ev-message-ask = ✉️ Ваше повідомлення всім зареєстрованим (його буде надіслано саме так, як Ви його напишете):
staff-ev-label-message = Повідомлення
staff-ev-summary = Будь ласка, перевірте:
staff-ev-saving = Зберігаємо…
staff-ev-moved = Перенесено. Новий час: { $when }. Повідомляємо учасників ({ $count }); вони отримають новий файл для календаря.
staff-ev-message-sent = Надсилаємо Ваше повідомлення зареєстрованим: { $count }.
staff-ev-checkin-usage = Напишіть /checkin і код із картки людини, наприклад: /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Прихід відмічено: «{ $title }». Уже тут: { $checked } з { $registered }.
staff-ev-checked-in-before = Цей код уже відмічено раніше («{ $title }»). Уже тут: { $checked } з { $registered }.
staff-ev-checkin-unknown = ⚠️ У Ваших відкритих заходах немає місця з таким кодом. Будь ласка, перевірте код (літери й цифри, без 0, O, 1, I або L).
staff-ev-which-ideas = Які ідеї обговорили на цій зустрічі? Натисніть кожну з них: її автор одразу отримає повідомлення своєю мовою (скасувати це не можна).
staff-ev-no-ideas = У Ваших регіонах немає відкритих ідей, які можна позначити як обговорені.
staff-ev-idea-marked = { $idea }: ідею позначено як обговорену; повідомляємо автора.
