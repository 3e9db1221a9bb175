# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Історії успіху
btn-stories-more = ➡️ Більше історій
btn-story-like = 🔎 Більше схожих
stories-none = Історій успіху поки немає. Зазирніть пізніше: організації додають їх, коли щось вдається.
stories-no-more = Поки що це все.
stories-more = Є ще історії.
story-kind-founder = 🌟 Історія власної справи
story-kind-pilot = 🧪 Пілотний проєкт
story-kind-measure = ✅ Те, що спрацювало
story-told-by = Розповідає: { $organisation }
story-told-about = — { $name }. Розповідає: { $organisation }
story-consent-ask = 🌟 Організація { $organisation } хотіла б розповісти, що вийшло з Вашої ідеї { $idea }, як історію успіху. Ось так:

    { $story }

    Ви дозволяєте? Без Вашого «так» історію ніде не покажуть. Якщо Ви погодитеся, її буде видно в боті й на сайті проєкту.
btn-story-approve-anonymous = ✅ Так, без мого імені
btn-story-approve-name = ✅ Так, з моїм ім’ям
btn-story-decline = ❌ Ні
story-approved = Дякуємо! Тепер історію можна показувати.
story-declined = Зрозуміло: історію ніде не покажуть.
story-name-invalid = ⚠️ Будь ласка, напишіть лише ім’я (тільки літери, не більше 40). Нічого не змінено.
story-name-flow = 🌟 Ваше ім’я в історії
story-name-ask = Яке ім’я вказати в історії?
story-name-label = Ім’я
story-name-saving = Зберігаємо…
staff-story-flow = 🌟 Історія успіху
staff-story-ask-kind = 🌟 Що це за історія?
staff-story-label-kind = Тип
staff-story-ask-title = Короткий заголовок одним рядком:
staff-story-ask-body = Сама історія, кількома реченнями. Будь ласка, без контактних даних і повних імен.
staff-story-ask-sector = Якої сфери це стосується? (Це питання можна пропустити.)
staff-story-ask-credit = Як можна назвати людину, про яку ця історія? Спершу запитайте її саму. (Якщо історію створено з ідеї, її автора запитають у боті, і рішення ухвалить він.)
staff-story-label-credit = Ім’я в історії
staff-story-credit-anonymous = Без імені
staff-story-credit-first-name = Лише ім’я
staff-story-ask-first-name = Ім’я цієї людини — так, як вона хоче, щоб його показували:
staff-story-label-first-name = Ім’я
staff-story-summary = Будь ласка, перевірте історію:
staff-story-saving = Зберігаємо…
staff-story-preview = 👀 Так її прочитають люди. Опублікувати?
staff-story-preview-idea = 👀 Так її прочитають люди. Після ✅ Опублікувати спершу запитають автора ідеї, його мовою; історію покажуть лише з його згоди.
btn-staff-story-publish = ✅ Опублікувати
btn-staff-story-discard = 🗑 Видалити
staff-story-discarded = Видалено: історію ніде не покажуть.
staff-story-asked = Буде опубліковано, щойно автор погодиться: його зараз запитують (історія { $id }).
staff-story-published = Опубліковано (історія { $id }): її видно в боті й на сайті проєкту.
staff-story-declined-before = Автор цієї ідеї вже відмовився від історії про неї; його більше не питатимуть.
