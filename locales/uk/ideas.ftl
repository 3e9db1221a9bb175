# An idea for a new support measure.

idea-intro = 💡 Ваша ідея може допомогти зробити підтримку кращою. Організації-партнери читають її без Вашого імені й можуть розповісти, що з неї вийшло.
q-idea-topic = 💡 Про що Ваша ідея?
q-idea-problem = 💡 У чому проблема? Кількома словами.
    Будь ласка, не пишіть імен і номерів телефонів.
q-idea-text = 💡 Яка Ваша ідея? Напишіть своїми словами.
    Будь ласка, не пишіть імен і номерів телефонів.
q-idea-beneficiaries = 💡 Кому це допоможе?
q-idea-contact = 💡 Чи можуть організації-партнери відповісти Вам тут, у боті?
q-idea-public = 🌐 Чи можна показати текст Вашої ідеї на публічному сайті проєкту, коли на неї відповість організація? Вашого імені там не буде ніколи. Якщо Ви пропустите це питання, текст не показуватимуть.
idea-done = Дякуємо за Вашу ідею! 💡 Партнери її прочитають. Ми повідомимо Вам тут, що з неї вийшло.

label-idea-topic = 💡 Тема
label-idea-problem = 💡 Проблема
label-idea-text = 💡 Ідея
label-idea-beneficiaries = 💡 Кому допоможе
label-idea-contact = 💡 Відповідь через бот
label-idea-public = 🌐 Показувати на сайті

opt-topic-jobs = 💼 Робота
opt-topic-training = 🎓 Навчання
opt-topic-language = 🗣️ Мовні курси
opt-topic-recognition = 📄 Визнання дипломів і кваліфікацій
opt-topic-business = 🏪 Власна справа
opt-topic-childcare = Догляд за дітьми
opt-topic-other = Щось інше

opt-benefit-everyone = Усім
opt-benefit-women = Жінкам
opt-benefit-young = Молоді
opt-benefit-families = Сім’ям
opt-benefit-newcomers = Тим, хто щойно приїхав
opt-benefit-qualified = Тим, хто має кваліфікацію
opt-benefit-founders = Тим, хто відкриває власну справу
idea-no-consent = Добре, ми нічого не зберігаємо. Ви можете будь-коли змінити це командою /consent.
