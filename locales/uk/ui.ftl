# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Питання { $n } з { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Пропущено
multi-selected = { $count ->
    [0] Ще нічого не вибрано.
    [one] Вибрано { $count } варіант. Натисніть ✅ Готово, коли закінчите.
    [few] Вибрано { $count } варіанти. Натисніть ✅ Готово, коли закінчите.
    [many] Вибрано { $count } варіантів. Натисніть ✅ Готово, коли закінчите.
   *[other] Вибрано { $count } варіанта. Натисніть ✅ Готово, коли закінчите.
}
multi-instructions = Натисніть усе, що підходить, потім ✅ Готово.

btn-back = ⬅️ Назад
btn-skip = ⏭️ Пропустити
btn-why = 🔒 Навіщо ми питаємо?
btn-done = ✅ Готово
btn-language = 🌐 Мова
btn-confirm = ✅ Усе правильно
btn-change = ✏️ Змінити: { $item }
btn-wrong-age = ↩️ Вік вибрано помилково

hint-choice = Будь ласка, натисніть одну з кнопок.
hint-multi = Будь ласка, натисніть кнопки, які підходять, потім ✅ Готово.
hint-text-short = Це трохи закоротко. Будь ласка, напишіть щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }.
hint-text-long = Це задовго. Будь ласка, напишіть не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
hint-text-pattern = Здається, тут щось не так. Будь ласка, спробуйте ще раз.
hint-text-empty = Будь ласка, напишіть відповідь повідомленням.
hint-number = Будь ласка, надішліть число від { $min } до { $max }.
hint-not-text = Будь ласка, відповідайте текстом або кнопкою. Ми не зберігаємо фото, голосові повідомлення чи файли.
stuck-help = Здається, щось не виходить. Натискайте кнопки, ⬅️ поверніться назад або надішліть /help.

stale-button = Ця кнопка з попереднього питання. Ось поточне.
flow-changed = Ми змінили ці питання, відколи Ви почали. Почнімо цю частину знову; інші Ваші відповіді збережено.
no-back = Це перше питання.
cannot-skip = Це питання не можна пропустити.
error-try-again = 😔 Вибачте, у нас щось пішло не так. Ваші відповіді збережено. Будь ласка, спробуйте ще раз за хвилину.

summary-title = Ось що Ви нам розповіли:
summary-line = { $label }: { $value }
summary-skipped = пропущено

flow-onboarding = 👋 Початок
flow-jobs = 💼 Робота й навчання
flow-self-employment = 🏪 Власна справа
flow-ideas = 💡 Ідея для кращої підтримки

menu-title = 🏠 Що Ви хочете зробити?
language-title = 🌐 Якою мовою Вам зручніше?
language-changed = ✓ Мову змінено. Ваші відповіді збережено.
restart-done = Починаємо ці питання знову.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
