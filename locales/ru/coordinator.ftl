# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 Новое объявление
staff-ann-ask-kind = 📣 Что Вы хотите объявить?
staff-ann-label-kind = Тип
staff-ann-ask-title = Заголовок одной строкой (люди видят его первым):
staff-ann-label-title = Заголовок
staff-ann-ask-body = Текст: что, для кого, что взять с собой. Пишите на своём языке: дату, место и кнопки каждый читатель всё равно увидит на своём языке.
staff-ann-label-body = Текст
staff-ann-ask-starts = Когда начало? Например, 3.12.2026 18:00 (местное время Вашего региона). Если даты нет, пропустите.
staff-ann-label-starts = Начало
staff-ann-hint-starts = Пожалуйста, напишите дату и время так: 3.12.2026 18:00.
staff-ann-ask-place = Где? Адрес или краткое описание. Если места нет, пропустите.
staff-ann-label-place = Место
staff-ann-ask-link = Ссылка на страницу с подробной информацией (https://…)? Если её нет, пропустите.
staff-ann-label-link = Ссылка
staff-ann-hint-link = Пожалуйста, отправьте веб-адрес, который начинается с https://
staff-ann-ask-goals = Кому это отправить? Выберите, что ищут люди, или пропустите, чтобы охватить всех в Вашей зоне ответственности.
staff-ann-label-goals = Для тех, кто ищет
staff-ann-summary = Пожалуйста, проверьте своё объявление:
staff-ann-drafted = 👀 Вот предварительный просмотр. Пока ничего не отправлено.
staff-ann-bad-time = ⚠️ Такой даты и времени не существует, или они уже прошли. Ничего не сохранено; пожалуйста, начните заново с /announce.
staff-ann-preview-head = 👀 Так это увидят читатели (язык: { $language }):
staff-ann-reach = { $count ->
    [one] Получит { $count } человек ({ $languages }).
    [few] Получат { $count } человека ({ $languages }).
    [many] Получат { $count } человек ({ $languages }).
   *[other] Получат { $count } человека ({ $languages }).
}
staff-ann-untranslated = Читатели, для которых нет Вашего текста на их языке ({ $languages }), получат дату, место и кнопки на своём языке, а под ними — Ваш текст.
btn-staff-ann-send = ✅ Отправить ({ $count })
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ Удалить
staff-ann-started = ✅ Отправляем { $count ->
        [one] { $count } человеку
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людям
    }. Сначала — Вам и ещё нескольким людям, чтобы проверить, что всё работает; ход рассылки виден здесь.
staff-ann-discarded = 🗑️ Удалено. Ничего не отправлено.
staff-ann-not-now = Ничего не изменилось: сейчас с этим объявлением так сделать нельзя.
staff-ann-progress-title = 📣 A{ $id }: { $title }
staff-ann-progress = Отправлено: { $sent } из { $total } · осталось: { $left } · заблокировали бота: { $blocked } · не удалось: { $failed }
staff-ann-state-running = Отправляем… осталось примерно { $minutes } мин.
staff-ann-state-canary = ⏸ Приостановлено: не удалось доставить { $bad } из первых { $judged }. Проверьте текст и получателей, затем продолжите или остановите рассылку.
staff-ann-state-paused = ⏸ Приостановлено.
staff-ann-state-aborted = ⏹ Остановлено. Не получили объявление: { $left }.
staff-ann-state-done = ✅ Готово.
staff-ann-cancelled = ❌ Отмечено как отменённое во всех копиях.
btn-staff-ann-pause = ⏸️ Приостановить
btn-staff-ann-resume = ▶️ Продолжить
btn-staff-ann-abort = ⏹️ Остановить рассылку
btn-staff-ann-cancel = ❌ Отметить как отменённое
staff-ann-cancel-ask = Отметить объявление как отменённое во всех уже отправленных копиях ({ $count })? Больше никто его не получит.
btn-staff-ann-cancel-confirm = ❌ Да, оно отменено
staff-ann-paused = ⏸️ Приостановлено. Пока Вы не продолжите, больше ничего не отправляется.
staff-ann-resumed = ▶️ Рассылка продолжается.
staff-ann-aborted = ⏹️ Остановлено. Уже отправленное остаётся; больше никто его не получит.
staff-ann-cancelling = ❌ Все отправленные копии отмечаются как отменённые.
btn-staff-ann-fix = ✏️ Исправить текст
staff-ann-fix-flow = ✏️ Исправление объявления
staff-ann-fix-ask-title = ✏️ Исправленный заголовок одной строкой:
staff-ann-fix-saving = Сохраняем исправление…
staff-ann-fixed = ✏️ Исправлено. { $count ->
        [one] { $count } уже отправленная копия сейчас редактируется; остальные уйдут уже с новым текстом.
        [few] { $count } уже отправленные копии сейчас редактируются; остальные уйдут уже с новым текстом.
        [many] { $count } уже отправленных копий сейчас редактируются; остальные уйдут уже с новым текстом.
       *[other] { $count } уже отправленные копии сейчас редактируются; остальные уйдут уже с новым текстом.
    }
staff-ann-state-errors = ⏸ Приостановлено: много сообщений подряд не удалось доставить (Телеграм или сеть). Продолжите рассылку, когда всё снова заработает.
staff-ann-too-long = ⚠️ Текст слишком длинный: вместе с датой, местом и кнопками сообщение для читателей (язык: { $language }) было бы длиннее, чем позволяет Телеграм. Ничего не сохранено; пожалуйста, сократите текст.
staff-ann-ask-seats = 🪑 Сколько мест? Если ограничения нет, пропустите (или напишите 0). Только для семинаров и встреч.
staff-ann-label-seats = Количество мест
staff-ann-hint-seats = Пожалуйста, напишите число от { $min } до { $max }, например 20.
