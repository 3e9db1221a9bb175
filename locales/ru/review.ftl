# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Получено
idea-status-received-means = Ваша идея дошла. Организации-партнёры в Вашем регионе её прочитают.
idea-status-in-review = 🔎 На рассмотрении
idea-status-in-review-means = Одна из организаций внимательно изучает Вашу идею.
idea-status-forwarded = 📨 Передано тем, кто принимает решения
idea-status-forwarded-means = Вашу идею передали людям, которые принимают решения о программах поддержки.
idea-status-discussed = 🏛️ Обсуждено на встрече
idea-status-discussed-means = Вашу идею обсудили на встрече с теми, кто принимает решения.
idea-status-taken-up = 🌱 Взято в работу
idea-status-taken-up-means = Вашу идею пробуют на практике, или она уже стала частью программы. Спасибо!
idea-status-not-taken-up = 🚫 Не взято в работу
idea-status-not-taken-up-means = В этот раз Вашу идею не будут воплощать. Причина указана ниже. Но Вашу идею услышали, и она всё равно полезна.
idea-reason-exists-already = Что-то подобное уже существует.
idea-reason-not-in-scope = Это выходит за рамки того, что могут сделать здешние организации.
idea-reason-no-funding = Сейчас на это нет денег.
idea-reason-not-feasible = В таком виде это невозможно осуществить.
myideas-none = Вы ещё не отправляли идей. Отправить идею можно из меню: 💡 Идея для лучшей поддержки.
myideas-title = 💡 Ваши идеи ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ваша идея { $idea } (тема: { $topic }): { $status }
    Что это значит: { $means }
    /myideas показывает все Ваши идеи.
idea-discussed-at = 🏛️ Её обсудили на встрече с теми, кто принимает решения. Место: { $place }. Дата: { $date }.
idea-discussed-on = 🏛️ Её обсудили на встрече с теми, кто принимает решения. Дата: { $date }.
