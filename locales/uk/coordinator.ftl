# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 Нове оголошення
staff-ann-ask-kind = 📣 Що Ви хочете оголосити?
staff-ann-label-kind = Тип
staff-ann-ask-title = Заголовок одним рядком (люди бачать його першим):
staff-ann-label-title = Заголовок
staff-ann-ask-body = Текст: що, для кого, що взяти з собою. Пишіть своєю мовою: дату, місце й кнопки кожен читач однаково побачить своєю мовою.
staff-ann-label-body = Текст
staff-ann-ask-starts = Коли початок? Наприклад, 3.12.2026 18:00 (місцевий час Вашого регіону). Якщо дати немає, пропустіть.
staff-ann-label-starts = Початок
staff-ann-hint-starts = Будь ласка, напишіть дату й час так: 3.12.2026 18:00.
staff-ann-ask-place = Де? Адреса або короткий опис. Якщо місця немає, пропустіть.
staff-ann-label-place = Місце
staff-ann-ask-link = Посилання на сторінку з докладнішою інформацією (https://…)? Якщо його немає, пропустіть.
staff-ann-label-link = Посилання
staff-ann-hint-link = Будь ласка, надішліть вебадресу, що починається з https://
staff-ann-ask-goals = Кому це надіслати? Виберіть, що шукають люди, або пропустіть, щоб охопити всіх у Вашій зоні відповідальності.
staff-ann-label-goals = Для тих, хто шукає
staff-ann-summary = Будь ласка, перевірте своє оголошення:
staff-ann-drafted = 👀 Ось попередній перегляд. Поки нічого не надіслано.
staff-ann-bad-time = ⚠️ Такої дати й часу не існує, або вони вже минули. Нічого не збережено; будь ласка, почніть знову з /announce.
staff-ann-preview-head = 👀 Так це побачать читачі (мова: { $language }):
staff-ann-reach = { $count ->
    [one] Отримає { $count } людина ({ $languages }).
    [few] Отримають { $count } людини ({ $languages }).
    [many] Отримають { $count } людей ({ $languages }).
   *[other] Отримають { $count } людини ({ $languages }).
}
staff-ann-untranslated = Читачі, для яких немає Вашого тексту їхньою мовою ({ $languages }), отримають дату, місце й кнопки своєю мовою, а під ними — Ваш текст.
btn-staff-ann-send = ✅ Надіслати ({ $count })
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ Видалити
staff-ann-started = ✅ Надсилаємо { $count ->
        [one] { $count } людині
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людям
    }. Спершу — Вам і ще кільком людям, щоб перевірити, що все працює; хід надсилання видно тут.
staff-ann-discarded = 🗑️ Видалено. Нічого не надіслано.
staff-ann-not-now = Нічого не змінилося: зараз із цим оголошенням цього зробити не можна.
staff-ann-progress-title = 📣 A{ $id }: { $title }
staff-ann-progress = Надіслано: { $sent } з { $total } · залишилося: { $left } · заблокували бота: { $blocked } · не вдалося: { $failed }
staff-ann-state-running = Надсилаємо… залишилося приблизно { $minutes } хв.
staff-ann-state-canary = ⏸ Призупинено: не вдалося доставити { $bad } з перших { $judged }. Перевірте текст і отримувачів, потім продовжте або зупиніть надсилання.
staff-ann-state-paused = ⏸ Призупинено.
staff-ann-state-aborted = ⏹ Зупинено. Не отримали оголошення: { $left }.
staff-ann-state-done = ✅ Готово.
staff-ann-cancelled = ❌ Позначено як скасоване в усіх копіях.
btn-staff-ann-pause = ⏸️ Призупинити
btn-staff-ann-resume = ▶️ Продовжити
btn-staff-ann-abort = ⏹️ Зупинити надсилання
btn-staff-ann-cancel = ❌ Позначити як скасоване
staff-ann-cancel-ask = Позначити оголошення як скасоване в усіх уже надісланих копіях ({ $count })? Більше ніхто його не отримає.
btn-staff-ann-cancel-confirm = ❌ Так, його скасовано
staff-ann-paused = ⏸️ Призупинено. Доки Ви не продовжите, більше нічого не надсилається.
staff-ann-resumed = ▶️ Надсилання продовжено.
staff-ann-aborted = ⏹️ Зупинено. Уже надіслане залишається; більше ніхто його не отримає.
staff-ann-cancelling = ❌ Усі надіслані копії позначаються як скасовані.
btn-staff-ann-fix = ✏️ Виправити текст
staff-ann-fix-flow = ✏️ Виправлення оголошення
staff-ann-fix-ask-title = ✏️ Виправлений заголовок одним рядком:
staff-ann-fix-saving = Зберігаємо виправлення…
staff-ann-fixed = ✏️ Виправлено. { $count ->
        [one] { $count } уже надіслана копія зараз редагується; решта піде вже з новим текстом.
        [few] { $count } уже надіслані копії зараз редагуються; решта піде вже з новим текстом.
        [many] { $count } уже надісланих копій зараз редагуються; решта піде вже з новим текстом.
       *[other] { $count } уже надіслані копії зараз редагуються; решта піде вже з новим текстом.
    }
staff-ann-state-errors = ⏸ Призупинено: багато повідомлень поспіль не вдалося доставити (Телеграм або мережа). Продовжте надсилання, коли все знову запрацює.
staff-ann-too-long = ⚠️ Текст задовгий: разом із датою, місцем і кнопками повідомлення для читачів (мова: { $language }) було б довшим, ніж дозволяє Телеграм. Нічого не збережено; будь ласка, скоротіть текст.
staff-ann-ask-seats = 🪑 Скільки місць? Якщо обмеження немає, пропустіть (або напишіть 0). Лише для семінарів і зустрічей.
staff-ann-label-seats = Кількість місць
staff-ann-hint-seats = Будь ласка, напишіть число від { $min } до { $max }, наприклад 20.
