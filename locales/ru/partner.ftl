# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Открытые идеи в Вашей зоне ответственности: { $count } (сначала самые старые)
staff-review-empty = Сейчас в Вашей зоне ответственности нет открытых идей.
staff-review-no-region = регион не указан
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · язык текста: { $language }
staff-review-may-answer = ✉️ Автор согласен получить ответ.
staff-review-no-answer = Автор не хочет получать ответы.
staff-review-status = Статус: { $status } · автору сообщено: { $told }
staff-review-claimed-by = 🙋 Идеей занимается организация: { $organisation }
btn-staff-review-claim = 🙋 Беру на себя
btn-staff-review-status = 📝 Статус
btn-staff-review-publish = 📣 Сообщить автору
btn-staff-review-next = ➡️ Дальше
staff-review-claimed = 🙋 Вы взяли идею на себя от имени Вашей организации ({ $organisation }). Другие организации видят, что ею занимаетесь Вы.
staff-review-taken = Эту идею раньше уже взяла на себя другая организация: { $organisation }.
staff-review-which-status = 📝 Какой статус у идеи { $idea }? Автор узнает о нём, только когда Вы нажмёте 📣.
staff-review-which-reason = 📝 Почему идея { $idea } не взята в работу? Автор прочитает причину на своём языке.
staff-review-status-set = 📝 Статус установлен. Автору ещё не сообщено.
staff-review-published = 📣 Автор идеи { $idea } получил сообщение на своём языке.
staff-review-nothing-new = Ничего нового для автора идеи { $idea }: этот статус ему уже известен.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Идеи в Вашей зоне ответственности: { $count }. Каждая идея под собственным псевдонимом, без имён и идентификаторов в Телеграме. Пожалуйста, не передавайте файл за пределы своей организации.
staff-export-empty = 📄 В Вашей зоне ответственности пока нет идей для выгрузки.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Автор отозвал идею: тексты удалены.
staff-review-notes = Заметки (их видит только команда):
staff-review-note-staff = команда
btn-staff-review-reply = 💬 Ответить автору
btn-staff-review-note = 📝 Заметка
btn-staff-review-flag = 🚩 Спам или оскорбительное содержание
staff-relay-muted = Автор идеи { $idea } попросил больше не присылать ему ответы.
staff-relay-not-now = Отвечать на идею { $idea } может только организация, которая взяла её на себя, и только если автор разрешил ответы.
staff-relay-choose = Выберите ответ. Автор прочитает его на своём языке:
    { $list }
btn-staff-relay-write = ✍️ Написать свой
staff-relay-sent = Ответ отправлен автору идеи { $idea } от имени Вашей организации.
staff-relay-flagged = Идея { $idea } скрыта из всех очередей.
staff-relay-noted = Заметка к идее { $idea } сохранена. Автор её никогда не увидит.
staff-relay-flow = ✍️ Ответ автору
staff-relay-ask = ✍️ Ваш ответ. Он будет передан так, как Вы его напишете, с пометкой Вашего языка; автор не узнает Вашего имени. Пожалуйста, не указывайте контактные данные.
staff-relay-label = Ответ
staff-relay-summary = Пожалуйста, проверьте:
staff-relay-saving = Сохраняем…
staff-note-flow = 📝 Заметка к идее
staff-note-ask = 📝 Ваша заметка. Её читают только те члены команды, которые видят эту идею, и никогда — автор.
staff-note-label = Заметка
btn-staff-relay-show = 📋 Показать идею
staff-relay-answer = ↩️ Автор идеи { $idea } отвечает:

    { $text }
staff-relay-escalated = ⏰ Ни одна организация не взяла на себя идею { $idea } ({ $place } · { $topic }) в течение { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    }. Пожалуйста, посмотрите её через /review.
btn-staff-review-publish-all = 📣 Сообщить авторам сейчас ({ $count })
staff-review-published-all = 📣 Статусов отправлено авторам: { $count }. Они получат их на своём языке.
btn-staff-review-story = 🌟 История успеха
