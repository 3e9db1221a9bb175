# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, { $time }
ev-over = ⏱️ Это мероприятие уже прошло.
ev-seats-open = 🪑 Есть свободные места.
ev-seats-few = { $count ->
    [one] 🪑 Осталось всего { $count } место.
    [few] 🪑 Осталось всего { $count } места.
    [many] 🪑 Осталось всего { $count } мест.
   *[other] 🪑 Осталось всего { $count } места.
}
ev-seats-full = 🪑 Мест нет: Вы можете записаться в лист ожидания.
ev-mine-registered = ✅ У Вас есть место. Ваш код для входа: { $code }
ev-mine-waiting = 🕒 Вы в листе ожидания: номер { $place }.
ev-mine-offered = 🎟️ Для Вас освободилось место! Пожалуйста, ответьте вовремя. Крайний срок: { $deadline }.
btn-ev-come = ✅ Я приду
btn-ev-join = 🕒 Записаться в лист ожидания
btn-ev-cant = ❌ Не смогу прийти
btn-ev-needs = 🙋 Что мне нужно для участия
btn-ev-calendar = 📅 Добавить в мой календарь
btn-ev-cancel = ❌ Отказаться от места
btn-ev-leave = ❌ Выйти из листа ожидания
btn-ev-accept = ✅ Взять место
btn-ev-decline = ❌ Я не смогу прийти
btn-ev-still = ✅ Да, я приду
btn-ev-free = ❌ Освободить моё место
ev-registered = ✅ У Вас есть место. Покажите этот код на входе: { $code }
    Файл ниже добавит мероприятие в календарь Вашего телефона.
ev-waiting = 🕒 Все места заняты. Ваш номер в листе ожидания: { $place }. Когда место освободится, Вы получите сообщение и сможете его взять.
ev-left = Готово: Ваше место теперь свободно для другого человека. Вы можете снова записаться, пока есть свободные места.
ev-left-line = Готово: Вы вышли из листа ожидания.
ev-noted = Спасибо, что сообщили нам.
ev-offer-gone = Это предложение больше не действует.
ev-declined = Спасибо, что сообщили: место получит следующий человек из листа ожидания.
ev-still-thanks = Спасибо! До встречи.
ev-no-seat = У Вас нет места на этом мероприятии.
ev-is-cancelled = Это мероприятие отменено.
ev-is-over = Это мероприятие уже прошло; изменить уже ничего нельзя.
ev-calendar-caption = 📅 { $title }: откройте этот файл, чтобы добавить мероприятие в свой календарь.
ev-needs-ask = Вам что-то нужно, чтобы принять участие? Нажмите то, что подходит. Организаторы видят только, скольким людям что нужно, но никогда — кому именно.
ev-needs-no-interpreter = не нужен
btn-ev-interpreter = 🗣️ Переводчик: { $language }
btn-ev-childcare = Присмотр за детьми
btn-ev-access = Вход без ступенек
btn-ev-no-interpreter = Переводчик не нужен
btn-ev-needs-done = ✅ Готово
ev-needs-interpreter-ask = На какой язык Вам нужен устный перевод?
ev-needs-saved = Сохранено. Спасибо!
ev-offer = 🎟️ Для Вас освободилось место: { $title }
    { $when }
    Хотите его взять? Пожалуйста, ответьте вовремя. Крайний срок: { $deadline }. После этого место получит следующий человек из листа ожидания.
ev-offer-lapsed = ⌛ Место на мероприятии «{ $title }» получил следующий человек из листа ожидания, потому что ответа вовремя не было. Вы можете снова записаться в лист ожидания в сообщении о мероприятии.
ev-still = Вы всё ещё планируете прийти на мероприятие «{ $title }»?
    { $when }
    Если нет, одним нажатием освободите своё место для человека из листа ожидания.
ev-reminder = ⏰ Напоминание: { $title }
    { $when }
    📍 { $place }
    Ваш код для входа: { $code }
ev-reminder-no-place = ⏰ Напоминание: { $title }
    { $when }
    Ваш код для входа: { $code }
ev-moved = 🗓️ Новое время мероприятия «{ $title }»:
    { $when }
    Ваше место остаётся за Вами. Следом придёт новый файл для календаря.
ev-moved-waiting = 🗓️ Новое время мероприятия «{ $title }»:
    { $when }
    Вы по-прежнему в листе ожидания.
ev-cancelled = ❌ Мероприятие «{ $title }» отменено, его не будет. Нам очень жаль.
ev-organisers = ✉️ От организаторов мероприятия «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = У Вас нет открытых мероприятий. Объявите семинар или встречу командой /announce.
staff-ev-unlimited = без ограничений
staff-ev-counts = Зарегистрировано: { $registered } (мест: { $seats }, +{ $reserved } в резерве) · лист ожидания: { $waiting } · открытые предложения: { $offered } · отмечено на входе: { $checked }
staff-ev-needs = Потребности: { $list }
staff-ev-needs-interpreters = переводчики: { $list }
staff-ev-needs-childcare = присмотр за детьми: { $count }
staff-ev-needs-access = вход без ступенек: { $count }
staff-ev-needs-none = Потребности: пока никто ничего не указал.
btn-staff-ev-export = 📋 Список участников (CSV)
btn-staff-ev-message = ✉️ Написать зарегистрированным
btn-staff-ev-move = 🗓️ Перенести
btn-staff-ev-cancel = 🚫 Отменить мероприятие
btn-staff-ev-close = 🏁 Закрыть: итоги посещения
staff-ev-export-caption = Список участников: псевдонимы, статус, отметка на входе и потребности. Без имён и идентификаторов в Телеграме.
staff-ev-cancel-ask = Отменить это мероприятие? На каждой карточке появится пометка «отменено», а все зарегистрированные и те, кто в листе ожидания, получат сообщение.
btn-staff-ev-cancel-yes = Да, отменить
btn-staff-ev-cancel-no = Нет, оставить
staff-ev-cancelled = Отменено. Сообщаем участникам: { $count }.
staff-ev-not-yet = Мероприятие ещё не началось; закрыть его можно, когда оно начнётся.
staff-ev-closed = Закрыто. Отмечено на входе: { $attended } из { $registered } зарегистрированных.
staff-ev-closed-before = Это мероприятие уже было закрыто раньше.
staff-ev-move-flow = 🗓️ Перенос мероприятия
staff-ev-move-ask = 🗓️ Новая дата и время:
staff-ev-message-flow = ✉️ Сообщение зарегистрированным
staff-ev-message-ask = ✉️ Ваше сообщение всем зарегистрированным (оно будет отправлено именно так, как Вы его напишете):
staff-ev-label-message = Сообщение
staff-ev-summary = Пожалуйста, проверьте:
staff-ev-saving = Сохраняем…
staff-ev-moved = Перенесено. Новое время: { $when }. Сообщаем участникам ({ $count }); они получат новый файл для календаря.
staff-ev-message-sent = Отправляем Ваше сообщение зарегистрированным: { $count }.
staff-ev-checkin-usage = Напишите /checkin и код из карточки человека, например: /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Приход отмечен: «{ $title }». Уже здесь: { $checked } из { $registered }.
staff-ev-checked-in-before = Этот код уже был отмечен раньше («{ $title }»). Уже здесь: { $checked } из { $registered }.
staff-ev-checkin-unknown = ⚠️ В Ваших открытых мероприятиях нет места с таким кодом. Пожалуйста, проверьте код (буквы и цифры, без 0, O, 1, I или L).
staff-ev-which-ideas = Какие идеи обсудили на этой встрече? Нажмите на каждую из них: её автор сразу получит сообщение на своём языке (отменить это нельзя).
staff-ev-no-ideas = В Ваших регионах нет открытых идей, которые можно отметить как обсуждённые.
staff-ev-idea-marked = { $idea }: идея отмечена как обсуждённая; сообщаем автору.
