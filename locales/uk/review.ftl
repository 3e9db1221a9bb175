# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Отримано
idea-status-received-means = Ваша ідея надійшла. Організації-партнери у Вашому регіоні її прочитають.
idea-status-in-review = 🔎 На розгляді
idea-status-in-review-means = Одна з організацій уважно розглядає Вашу ідею.
idea-status-forwarded = 📨 Передано тим, хто ухвалює рішення
idea-status-forwarded-means = Вашу ідею передали людям, які ухвалюють рішення про програми підтримки.
idea-status-discussed = 🏛️ Обговорено на зустрічі
idea-status-discussed-means = Вашу ідею обговорили на зустрічі з тими, хто ухвалює рішення.
idea-status-taken-up = 🌱 Взято в роботу
idea-status-taken-up-means = Вашу ідею випробовують на практиці, або вона вже стала частиною програми. Дякуємо!
idea-status-not-taken-up = 🚫 Не взято в роботу
idea-status-not-taken-up-means = Цього разу Вашу ідею не буде втілено. Причину вказано нижче. Проте Вашу ідею почули, і вона все одно корисна.
idea-reason-exists-already = Щось подібне вже існує.
idea-reason-not-in-scope = Це виходить за межі того, що можуть зробити тутешні організації.
idea-reason-no-funding = Зараз на це немає грошей.
idea-reason-not-feasible = У такому вигляді це неможливо здійснити.
myideas-none = Ви ще не надсилали ідей. Надіслати ідею можна з меню: 💡 Ідея для кращої підтримки.
myideas-title = 💡 Ваші ідеї ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 Організацій, які її переглянули: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ваша ідея { $idea } (тема: { $topic }): { $status }
    Що це означає: { $means }
    /myideas показує всі Ваші ідеї.
idea-discussed-at = 🏛️ Її обговорили на зустрічі з тими, хто ухвалює рішення. Місце: { $place }. Дата: { $date }.
idea-discussed-on = 🏛️ Її обговорили на зустрічі з тими, хто ухвалює рішення. Дата: { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } відповідає щодо Вашої ідеї { $idea }:

    { $text }
idea-reply-written-in = (Мова повідомлення: { $language }.)
idea-reply-thanks = Дякуємо за Вашу ідею. Ми уважно її прочитали.
idea-reply-meeting = Дякуємо. Ми винесемо Вашу ідею на нашу наступну зустріч із тими, хто ухвалює рішення.
idea-reply-who = Чи могли б Ви докладніше розповісти, кому саме була б корисна Ваша ідея?
idea-reply-how = Чи могли б Ви докладніше розповісти, як це працювало б на практиці?
idea-reply-exists = Можливо, щось подібне вже існує. Ми це перевіряємо й напишемо Вам ще раз.
idea-reply-later = Ми ще працюємо над цим і повідомимо Вам, коли знатимемо більше.
btn-idea-answer = ↩️ Відповісти
btn-idea-mute = 🔕 Більше не надсилати відповіді щодо цієї ідеї
idea-replies-muted = Ви більше не отримуватимете відповідей щодо ідеї { $idea }. Повідомлення про те, що з нею відбувається, Ви й далі отримуватимете.
idea-answer-flow = ↩️ Відповідь щодо Вашої ідеї
idea-answer-ask = ↩️ Ваша відповідь. Організація бачить лише код Вашої ідеї, але ніколи — Ваше ім’я чи акаунт у Телеграмі.
idea-answer-label = Ваша відповідь
idea-answer-summary = Будь ласка, перевірте свою відповідь:
idea-answer-saving = Надсилаємо…
idea-answer-sent = Надіслано організації { $organisation }. Організація не бачить, хто Ви.
