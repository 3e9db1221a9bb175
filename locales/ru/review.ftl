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
myideas-seen = 👀 Организаций, которые её просмотрели: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ваша идея { $idea } (тема: { $topic }): { $status }
    Что это значит: { $means }
    /myideas показывает все Ваши идеи.
idea-discussed-at = 🏛️ Её обсудили на встрече с теми, кто принимает решения. Место: { $place }. Дата: { $date }.
idea-discussed-on = 🏛️ Её обсудили на встрече с теми, кто принимает решения. Дата: { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } отвечает по поводу Вашей идеи { $idea }:

    { $text }
idea-reply-written-in = (Язык сообщения: { $language }.)
idea-reply-thanks = Спасибо за Вашу идею. Мы внимательно её прочитали.
idea-reply-meeting = Спасибо. Мы вынесем Вашу идею на нашу следующую встречу с теми, кто принимает решения.
idea-reply-who = Не могли бы Вы подробнее рассказать, кому именно была бы полезна Ваша идея?
idea-reply-how = Не могли бы Вы подробнее рассказать, как это работало бы на практике?
idea-reply-exists = Возможно, что-то подобное уже существует. Мы это проверяем и напишем Вам ещё раз.
idea-reply-later = Мы ещё работаем над этим и сообщим Вам, когда узнаем больше.
btn-idea-answer = ↩️ Ответить
btn-idea-mute = 🔕 Больше не присылать ответы по этой идее
idea-replies-muted = Вы больше не будете получать ответы по идее { $idea }. Сообщения о том, что с ней происходит, Вы по-прежнему будете получать.
idea-answer-flow = ↩️ Ответ по Вашей идее
idea-answer-ask = ↩️ Ваш ответ. Организация видит только код Вашей идеи, но никогда — Ваше имя или аккаунт в Телеграме.
idea-answer-label = Ваш ответ
idea-answer-summary = Пожалуйста, проверьте свой ответ:
idea-answer-saving = Отправляем…
idea-answer-sent = Отправлено организации { $organisation }. Организация не видит, кто Вы.
