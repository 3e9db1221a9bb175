# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 تم الاستلام
idea-status-received-means = وصلت فكرتك. ستقرؤها المنظمات الشريكة في منطقتك.
idea-status-in-review = 🔎 قيد المراجعة
idea-status-in-review-means = إحدى المنظمات تدرس فكرتك بعناية.
idea-status-forwarded = 📨 أُحيلت إلى صنّاع القرار
idea-status-forwarded-means = أُحيلت فكرتك إلى الأشخاص الذين يقررون برامج الدعم.
idea-status-discussed = 🏛️ نوقشت في لقاء حواري
idea-status-discussed-means = نوقشت فكرتك في لقاء مع صنّاع القرار.
idea-status-taken-up = 🌱 تم الأخذ بها
idea-status-taken-up-means = تُجرَّب فكرتك الآن، أو أصبحت جزءًا من برنامج. شكرًا لك!
idea-status-not-taken-up = 🚫 لم يُؤخذ بها
idea-status-not-taken-up-means = لن تُنفَّذ فكرتك هذه المرة، والسبب مكتوب أدناه. ومع ذلك فقد سُمعت فكرتك، وهي مفيدة.
idea-reason-exists-already = يوجد بالفعل شيء مشابه لها.
idea-reason-not-in-scope = هي خارج ما تستطيع المنظمات هنا القيام به.
idea-reason-no-funding = لا يوجد تمويل لها في الوقت الحالي.
idea-reason-not-feasible = لا يمكن تنفيذها بشكلها الحالي.
myideas-none = لم ترسل أي فكرة بعد. يمكنك إرسال فكرة من القائمة: 💡 فكرة لدعم أفضل.
myideas-title = 💡 أفكارك (العدد: { $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 عدد المنظمات التي اطّلعت عليها: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 فكرتك { $idea } (الموضوع: { $topic }): { $status }
    ماذا يعني ذلك: { $means }
    الأمر /myideas يعرض كل أفكارك.
idea-discussed-at = 🏛️ نوقشت في لقاء حواري بتاريخ { $date } (المكان: { $place }).
idea-discussed-on = 🏛️ نوقشت في لقاء حواري بتاريخ { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 ردّ من { $organisation } بشأن فكرتك { $idea }:

    { $text }
idea-reply-written-in = (لغة الكتابة: { $language })
idea-reply-thanks = شكرًا لك على فكرتك. لقد قرأناها بعناية.
idea-reply-meeting = شكرًا لك. سنعرض فكرتك في لقائنا القادم مع صنّاع القرار.
idea-reply-who = هل يمكنك أن تخبرنا بالمزيد عن الأشخاص الذين ستفيدهم فكرتك؟
idea-reply-how = هل يمكنك أن تخبرنا بالمزيد عن طريقة تطبيقها على أرض الواقع؟
idea-reply-exists = ربما يوجد بالفعل شيء مشابه لها. نحن نتحقق من ذلك وسنكتب لك مرة أخرى.
idea-reply-later = ما زلنا نعمل عليها، وسنخبرك عندما نعرف المزيد.
btn-idea-answer = ↩️ الرد
btn-idea-mute = 🔕 لا أريد ردودًا أخرى على هذه الفكرة
idea-replies-muted = لن تصلك ردود أخرى بشأن فكرتك { $idea }. لكن ستظل تعرف ما يحدث لها.
idea-answer-flow = ↩️ الرد بشأن فكرتك
idea-answer-ask = ↩️ اكتب ردّك. لا ترى المنظمة إلا رمز فكرتك، ولا ترى أبدًا اسمك أو حسابك على تيليغرام.
idea-answer-label = ردّك
idea-answer-summary = يُرجى مراجعة ردّك:
idea-answer-saving = جارٍ الإرسال…
idea-answer-sent = أُرسل ردّك إلى { $organisation }. لا يعرفون من أنت.
