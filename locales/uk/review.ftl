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
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ваша ідея { $idea } (тема: { $topic }): { $status }
    Що це означає: { $means }
    /myideas показує всі Ваші ідеї.
idea-discussed-at = 🏛️ Її обговорили на зустрічі з тими, хто ухвалює рішення. Місце: { $place }. Дата: { $date }.
idea-discussed-on = 🏛️ Її обговорили на зустрічі з тими, хто ухвалює рішення. Дата: { $date }.
