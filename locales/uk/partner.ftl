# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Відкриті ідеї у Вашій зоні відповідальності: { $count } (спершу найстаріші)
staff-review-empty = Зараз у Вашій зоні відповідальності немає відкритих ідей.
staff-review-no-region = регіон не вказано
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · мова тексту: { $language }
staff-review-may-answer = ✉️ Автор згоден отримати відповідь.
staff-review-no-answer = Автор не хоче отримувати відповідей.
staff-review-status = Статус: { $status } · автору повідомлено: { $told }
staff-review-claimed-by = 🙋 Ідеєю займається організація: { $organisation }
btn-staff-review-claim = 🙋 Беру на себе
btn-staff-review-status = 📝 Статус
btn-staff-review-publish = 📣 Повідомити автору
btn-staff-review-next = ➡️ Далі
staff-review-claimed = 🙋 Ви взяли ідею на себе від імені Вашої організації ({ $organisation }). Інші організації бачать, що нею займаєтеся Ви.
staff-review-taken = Цю ідею раніше вже взяла на себе інша організація: { $organisation }.
staff-review-which-status = 📝 Який статус ідеї { $idea }? Автор дізнається про нього, лише коли Ви натиснете 📣.
staff-review-which-reason = 📝 Чому ідею { $idea } не взято в роботу? Автор прочитає причину своєю мовою.
staff-review-status-set = 📝 Статус встановлено. Автору ще не повідомлено.
staff-review-published = 📣 Автор ідеї { $idea } отримав повідомлення своєю мовою.
staff-review-nothing-new = Нічого нового для автора ідеї { $idea }: цей статус йому вже відомий.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Ідеї у Вашій зоні відповідальності: { $count }. Кожна ідея під власним псевдонімом, без імен та ідентифікаторів у Телеграмі. Будь ласка, не передавайте файл за межі своєї організації.
staff-export-empty = 📄 У Вашій зоні відповідальності поки немає ідей для вивантаження.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Автор відкликав ідею: тексти видалено.
staff-review-notes = Нотатки (їх бачить лише команда):
staff-review-note-staff = команда
btn-staff-review-reply = 💬 Відповісти автору
btn-staff-review-note = 📝 Нотатка
btn-staff-review-flag = 🚩 Спам або образливий зміст
staff-relay-muted = Автор ідеї { $idea } попросив більше не надсилати йому відповіді.
staff-relay-not-now = Відповідати на ідею { $idea } може лише організація, яка взяла її на себе, і лише якщо автор дозволив відповіді.
staff-relay-choose = Виберіть відповідь. Автор прочитає її своєю мовою:
    { $list }
btn-staff-relay-write = ✍️ Написати свою
staff-relay-sent = Відповідь надіслано автору ідеї { $idea } від імені Вашої організації.
staff-relay-flagged = Ідею { $idea } приховано з усіх черг.
staff-relay-noted = Нотатку до ідеї { $idea } збережено. Автор її ніколи не побачить.
staff-relay-flow = ✍️ Відповідь автору
staff-relay-ask = ✍️ Ваша відповідь. Її буде передано так, як Ви її напишете, з позначкою Вашої мови; автор не дізнається Вашого імені. Будь ласка, не вказуйте контактних даних.
staff-relay-label = Відповідь
staff-relay-summary = Будь ласка, перевірте:
staff-relay-saving = Зберігаємо…
staff-note-flow = 📝 Нотатка до ідеї
staff-note-ask = 📝 Ваша нотатка. Її читають лише ті члени команди, які бачать цю ідею, і ніколи — автор.
staff-note-label = Нотатка
btn-staff-relay-show = 📋 Показати ідею
staff-relay-answer = ↩️ Автор ідеї { $idea } відповідає:

    { $text }
staff-relay-escalated = ⏰ Жодна організація не взяла на себе ідею { $idea } ({ $place } · { $topic }) протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } дня
    }. Будь ласка, перегляньте її через /review.
btn-staff-review-publish-all = 📣 Повідомити авторів зараз ({ $count })
staff-review-published-all = 📣 Статусів надіслано авторам: { $count }. Вони отримають їх своєю мовою.
btn-staff-review-story = 🌟 Історія успіху
