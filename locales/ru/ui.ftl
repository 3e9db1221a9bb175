# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Вопрос { $n } из { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Пропущено
multi-selected = { $count ->
    [0] Пока ничего не выбрано.
    [one] Выбран { $count } вариант. Нажмите ✅ Готово, когда закончите.
    [few] Выбрано { $count } варианта. Нажмите ✅ Готово, когда закончите.
    [many] Выбрано { $count } вариантов. Нажмите ✅ Готово, когда закончите.
   *[other] Выбрано { $count } варианта. Нажмите ✅ Готово, когда закончите.
}
multi-instructions = Нажмите всё, что подходит, потом ✅ Готово.

btn-back = ⬅️ Назад
btn-skip = ⏭️ Пропустить
btn-why = 🔒 Зачем мы спрашиваем?
btn-done = ✅ Готово
btn-language = 🌐 Язык
btn-confirm = ✅ Всё верно
btn-change = ✏️ Изменить: { $item }
btn-wrong-age = ↩️ Возраст выбран по ошибке

hint-choice = Пожалуйста, нажмите одну из кнопок.
hint-multi = Пожалуйста, нажмите подходящие кнопки, потом ✅ Готово.
hint-text-short = Это слишком коротко. Пожалуйста, напишите хотя бы { $min ->
        [one] { $min } символ
        [few] { $min } символа
        [many] { $min } символов
       *[other] { $min } символа
    }.
hint-text-long = Это слишком длинно. Пожалуйста, напишите не больше { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
hint-text-pattern = Кажется, что-то не так. Пожалуйста, попробуйте ещё раз.
hint-text-empty = Пожалуйста, напишите ответ сообщением.
hint-number = Пожалуйста, отправьте число от { $min } до { $max }.
hint-not-text = Пожалуйста, ответьте текстом или кнопкой. Мы не сохраняем фото, голосовые сообщения и файлы.
stuck-help = Кажется, что-то не получается. Нажимайте кнопки, ⬅️ вернитесь назад или отправьте /help.

stale-button = Эта кнопка от предыдущего вопроса. Вот текущий вопрос.
flow-changed = Мы изменили эти вопросы, пока Вы отвечали. Давайте начнём эту часть заново; остальные Ваши ответы сохранены.
no-back = Это первый вопрос.
cannot-skip = Этот вопрос нельзя пропустить.
error-try-again = 😔 Извините, у нас что-то пошло не так. Ваши ответы сохранены. Пожалуйста, попробуйте ещё раз через минуту.

summary-title = Вот что Вы нам рассказали:
summary-line = { $label }: { $value }
summary-skipped = пропущено

flow-onboarding = 👋 Начало
flow-jobs = 💼 Работа и обучение
flow-self-employment = 🏪 Своё дело
flow-ideas = 💡 Идея для лучшей поддержки

menu-title = 🏠 Что Вы хотите сделать?
language-title = 🌐 На каком языке Вам удобнее?
language-changed = ✓ Язык изменён. Ваши ответы сохранены.
restart-done = Начинаем эти вопросы заново.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
