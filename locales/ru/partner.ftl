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
