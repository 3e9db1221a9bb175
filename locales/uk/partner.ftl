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
