# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 الأفكار المفتوحة في نطاق عملك: { $count } (الأقدم أولًا)
staff-review-empty = لا توجد أفكار مفتوحة في نطاق عملك حاليًا.
staff-review-no-region = المنطقة غير محددة
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · لغة الكتابة: { $language }
staff-review-may-answer = ✉️ يسمح صاحب الفكرة بالرد عليه.
staff-review-no-answer = لا يريد صاحب الفكرة أن يُردّ عليه.
staff-review-status = الحالة: { $status } · ما أُبلغ به صاحب الفكرة: { $told }
staff-review-claimed-by = 🙋 تتولاها: { $organisation }
btn-staff-review-claim = 🙋 سأتولاها
btn-staff-review-status = 📝 الحالة
btn-staff-review-publish = 📣 إبلاغ صاحب الفكرة
btn-staff-review-next = ➡️ التالية
staff-review-claimed = 🙋 توليت هذه الفكرة باسم { $organisation }. ترى المنظمات الأخرى أنك تتولى الرد عليها.
staff-review-taken = تولّت منظمة أخرى هذه الفكرة قبلك: { $organisation }.
staff-review-which-status = 📝 ما حالة الفكرة { $idea }؟ لا يُبلَّغ صاحب الفكرة إلا عندما تضغط على 📣.
staff-review-which-reason = 📝 لماذا لم يُؤخذ بالفكرة { $idea }؟ سيقرأ صاحب الفكرة السبب بلغته.
staff-review-status-set = 📝 تم تحديد الحالة. لم يُبلَّغ صاحب الفكرة بعد.
staff-review-published = 📣 تم إبلاغ صاحب الفكرة { $idea } بلغته.
staff-review-nothing-new = لا جديد يُبلَّغ به صاحب الفكرة { $idea }: فهو يعرف هذه الحالة من قبل.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 الأفكار في نطاق عملك: { $count }. كل فكرة باسمها المستعار الخاص بها، بلا أسماء ولا معرّفات تيليغرام. يُرجى إبقاء الملف داخل مؤسستك.
staff-export-empty = 📄 لا توجد بعد أفكار في نطاق عملك للتصدير.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ سحبها صاحب الفكرة: حُذفت النصوص.
staff-review-notes = ملاحظات (لا يراها إلا الفريق):
staff-review-note-staff = الفريق
btn-staff-review-reply = 💬 الرد على صاحب الفكرة
btn-staff-review-note = 📝 ملاحظة
btn-staff-review-flag = 🚩 محتوى مزعج أو مسيء
staff-relay-muted = طلب صاحب الفكرة { $idea } ألا تصله ردود أخرى.
staff-relay-not-now = لا يمكن الرد بشأن { $idea } إلا للمنظمة التي تولّتها، وفقط إذا كان صاحب الفكرة يسمح بالرد عليه.
staff-relay-choose = اختر ردًّا. سيقرؤه صاحب الفكرة بلغته:
    { $list }
btn-staff-relay-write = ✍️ كتابة رد بكلماتي
staff-relay-sent = أُرسل الرد إلى صاحب الفكرة { $idea } باسم منظمتك.
staff-relay-flagged = أُخفيت الفكرة { $idea } من كل القوائم.
staff-relay-noted = حُفظت الملاحظة على الفكرة { $idea }. لا يراها صاحب الفكرة أبدًا.
staff-relay-flow = ✍️ الرد على صاحب فكرة
staff-relay-ask = ✍️ اكتب ردّك. سيُنقل كما تكتبه مع ذكر لغتك، ولن يعرف صاحب الفكرة اسمك. يُرجى عدم ذكر أي بيانات للتواصل.
staff-relay-label = الرد
staff-relay-summary = يُرجى المراجعة:
staff-relay-saving = جارٍ الحفظ…
staff-note-flow = 📝 ملاحظة على فكرة
staff-note-ask = 📝 اكتب ملاحظتك. لا يقرؤها إلا أعضاء الفريق الذين يرون هذه الفكرة، ولا يقرؤها صاحب الفكرة أبدًا.
staff-note-label = الملاحظة
btn-staff-relay-show = 📋 عرض الفكرة
staff-relay-answer = ↩️ ردّ صاحب الفكرة { $idea }:

    { $text }
staff-relay-escalated = ⏰ لم تتولَّ أي منظمة الفكرة { $idea } ({ $place } · { $topic }) خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. يُرجى الاطلاع عليها باستخدام /review.
btn-staff-review-publish-all = 📣 أخبِر أصحاب الأفكار الآن ({ $count })
staff-review-published-all = 📣 عدد الحالات التي أُرسلت إلى أصحاب الأفكار: { $count }. يصلهم الخبر بلغتهم.
btn-staff-review-story = 🌟 قصة نجاح
