# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Истории успеха
btn-stories-more = ➡️ Больше историй
btn-story-like = 🔎 Больше похожих
stories-none = Историй успеха пока нет. Загляните позже: организации добавляют их, когда что-то получается.
stories-no-more = Пока это всё.
stories-more = Есть ещё истории.
story-kind-founder = 🌟 История своего дела
story-kind-pilot = 🧪 Пилотный проект
story-kind-measure = ✅ То, что сработало
story-told-by = Рассказывает: { $organisation }
story-told-about = — { $name }. Рассказывает: { $organisation }
story-consent-ask = 🌟 Организация { $organisation } хотела бы рассказать, что вышло из Вашей идеи { $idea }, как историю успеха. Вот так:

    { $story }

    Вы разрешаете? Без Вашего «да» историю нигде не покажут. Если Вы согласитесь, её будет видно в боте и на сайте проекта.
btn-story-approve-anonymous = ✅ Да, без моего имени
btn-story-approve-name = ✅ Да, с моим именем
btn-story-decline = ❌ Нет
story-approved = Спасибо! Теперь историю можно показывать.
story-declined = Понятно: историю нигде не покажут.
story-name-invalid = ⚠️ Пожалуйста, напишите только имя (только буквы, не больше 40). Ничего не изменено.
story-name-flow = 🌟 Ваше имя в истории
story-name-ask = Какое имя указать в истории?
story-name-label = Имя
story-name-saving = Сохраняем…
staff-story-flow = 🌟 История успеха
staff-story-ask-kind = 🌟 Что это за история?
staff-story-label-kind = Тип
staff-story-ask-title = Короткий заголовок одной строкой:
staff-story-ask-body = Сама история, в нескольких предложениях. Пожалуйста, без контактных данных и полных имён.
staff-story-ask-sector = К какой сфере это относится? (Этот вопрос можно пропустить.)
staff-story-ask-credit = Как можно назвать человека, о котором эта история? Сначала спросите его самого. (Если история сделана из идеи, её автора спросят в боте, и решение примет он.)
staff-story-label-credit = Имя в истории
staff-story-credit-anonymous = Без имени
staff-story-credit-first-name = Только имя
staff-story-ask-first-name = Имя этого человека — так, как он хочет, чтобы его показывали:
staff-story-label-first-name = Имя
staff-story-summary = Пожалуйста, проверьте историю:
staff-story-saving = Сохраняем…
staff-story-preview = 👀 Так её прочитают люди. Опубликовать?
staff-story-preview-idea = 👀 Так её прочитают люди. После ✅ Опубликовать сначала спросят автора идеи, на его языке; историю покажут только с его согласия.
btn-staff-story-publish = ✅ Опубликовать
btn-staff-story-discard = 🗑 Удалить
staff-story-discarded = Удалено: историю нигде не покажут.
staff-story-asked = Будет опубликовано, как только автор согласится: его сейчас спрашивают (история { $id }).
staff-story-published = Опубликовано (история { $id }): её видно в боте и на сайте проекта.
staff-story-declined-before = Автор этой идеи уже отказался от истории о ней; его больше не будут спрашивать.
