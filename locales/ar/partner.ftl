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
