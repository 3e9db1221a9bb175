# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }، { $date }، الساعة { $time }
ev-over = ⏱️ انتهت هذه الفعالية.
ev-seats-open = 🪑 توجد مقاعد شاغرة.
ev-seats-few = { $count ->
    [zero] 🪑 لم يبقَ أي مقعد.
    [one] 🪑 بقي مقعد واحد فقط.
    [two] 🪑 بقي مقعدان فقط.
    [few] 🪑 بقيت { $count } مقاعد فقط.
    [many] 🪑 بقي { $count } مقعدًا فقط.
   *[other] 🪑 بقي { $count } مقعد فقط.
}
ev-seats-full = 🪑 كل المقاعد محجوزة: يمكنك الانضمام إلى قائمة الانتظار.
ev-mine-registered = ✅ لك مقعد محجوز. رمز الحضور الخاص بك: { $code }
ev-mine-waiting = 🕒 أنت في قائمة الانتظار: رقم { $place }.
ev-mine-offered = 🎟️ يوجد مقعد شاغر لك! يُرجى الرد حتى { $deadline }.
btn-ev-come = ✅ سأحضر
btn-ev-join = 🕒 الانضمام إلى قائمة الانتظار
btn-ev-cant = ❌ لا أستطيع الحضور
btn-ev-needs = 🙋 ما أحتاجه للمشاركة
btn-ev-calendar = 📅 إضافة إلى تقويمي
btn-ev-cancel = ❌ التخلي عن مقعدي
btn-ev-leave = ❌ الخروج من قائمة الانتظار
btn-ev-accept = ✅ أقبل المقعد
btn-ev-decline = ❌ لا أستطيع الحضور
btn-ev-still = ✅ نعم، سأحضر
btn-ev-free = ❌ أترك مقعدي لغيري
ev-registered = ✅ لك مقعد محجوز. أظهر هذا الرمز عند المدخل: { $code }
    الملف أدناه يضيف الفعالية إلى تقويم هاتفك.
ev-waiting = 🕒 كل المقاعد محجوزة. أنت رقم { $place } في قائمة الانتظار. عندما يصبح أحد المقاعد شاغرًا، تصلك رسالة ويمكنك أخذه.
ev-left = تم: أصبح مقعدك متاحًا لشخص آخر. يمكنك التسجيل من جديد ما دامت هناك مقاعد شاغرة.
ev-left-line = تم: خرجت من قائمة الانتظار.
ev-noted = شكرًا لأنك أخبرتنا.
ev-offer-gone = انتهى هذا العرض.
ev-declined = شكرًا لأنك أخبرتنا: سيذهب المقعد إلى الشخص التالي في الدور.
ev-still-thanks = شكرًا! نراك هناك.
ev-no-seat = ليس لديك مقعد في هذه الفعالية.
ev-is-cancelled = أُلغيت هذه الفعالية.
ev-is-over = انتهت هذه الفعالية؛ لم يعد من الممكن تغيير أي شيء.
ev-calendar-caption = 📅 { $title }: افتح هذا الملف لإضافة الفعالية إلى تقويمك.
ev-needs-ask = هل تحتاج إلى شيء لتتمكن من المشاركة؟ اضغط على ما يناسبك. يرى المنظّمون فقط عدد من يحتاج إلى كل شيء، ولا يرون أبدًا من هم.
ev-needs-no-interpreter = لا أحتاج
btn-ev-interpreter = 🗣️ مترجم: { $language }
btn-ev-childcare = رعاية الأطفال
btn-ev-access = مدخل بلا درج
btn-ev-no-interpreter = لا أحتاج إلى مترجم
btn-ev-needs-done = ✅ تم
ev-needs-interpreter-ask = إلى أي لغة يجب أن يترجم لك المترجم؟
ev-needs-saved = تم الحفظ. شكرًا!
ev-offer = 🎟️ يوجد مقعد شاغر لك: { $title }
    { $when }
    هل تريده؟ يُرجى الرد حتى { $deadline }؛ بعد ذلك يذهب المقعد إلى الشخص التالي في الدور.
ev-offer-lapsed = ⌛ ذهب مقعدك في «{ $title }» إلى الشخص التالي في الدور، لأن الرد لم يصل في الوقت المحدد. يمكنك الانضمام إلى قائمة الانتظار من جديد من رسالة الفعالية.
ev-still = هل ما زلت ستحضر «{ $title }»؟
    { $when }
    إذا لم تكن ستحضر، فضغطة واحدة تجعل مقعدك متاحًا لشخص في قائمة الانتظار.
ev-reminder = ⏰ تذكير: { $title }
    { $when }
    📍 { $place }
    رمز الحضور الخاص بك: { $code }
ev-reminder-no-place = ⏰ تذكير: { $title }
    { $when }
    رمز الحضور الخاص بك: { $code }
ev-moved = 🗓️ موعد جديد لـ«{ $title }»:
    { $when }
    مقعدك باقٍ لك. سيصلك ملف تقويم جديد.
ev-moved-waiting = 🗓️ موعد جديد لـ«{ $title }»:
    { $when }
    ما زلت في قائمة الانتظار.
ev-cancelled = ❌ أُلغيت الفعالية «{ $title }» ولن تُقام. نأسف لذلك.
ev-organisers = ✉️ من منظّمي «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = ليست لديك فعاليات مفتوحة. أعلن عن ورشة عمل أو لقاء حواري باستخدام /announce.
staff-ev-unlimited = بلا حد
staff-ev-counts = المسجّلون: { $registered } من { $seats } (+{ $reserved } محجوزة) · قائمة الانتظار: { $waiting } · عروض مفتوحة: { $offered } · سجّلوا حضورهم: { $checked }
staff-ev-needs = الاحتياجات: { $list }
staff-ev-needs-interpreters = مترجمون: { $list }
staff-ev-needs-childcare = رعاية الأطفال: { $count }
staff-ev-needs-access = مدخل بلا درج: { $count }
staff-ev-needs-none = الاحتياجات: لم يذكر أحد شيئًا حتى الآن.
btn-staff-ev-export = 📋 قائمة المشاركين (CSV)
btn-staff-ev-message = ✉️ رسالة إلى المسجّلين
btn-staff-ev-move = 🗓️ تغيير الموعد
btn-staff-ev-cancel = 🚫 إلغاء الفعالية
btn-staff-ev-close = 🏁 إغلاق: عدّ الحاضرين
staff-ev-export-caption = قائمة المشاركين: الأسماء المستعارة والحالة وتسجيل الحضور والاحتياجات. لا أسماء ولا معرّفات تيليغرام.
staff-ev-cancel-ask = هل تريد إلغاء هذه الفعالية؟ ستظهر علامة «مُلغى» على كل النسخ، ويُبلَّغ كل المسجّلين ومن في قائمة الانتظار.
btn-staff-ev-cancel-yes = نعم، ألغِها
btn-staff-ev-cancel-no = لا، أبقِها
staff-ev-cancelled = أُلغيت الفعالية. يجري إبلاغ المشاركين فيها (العدد: { $count }).
staff-ev-not-yet = لم تبدأ الفعالية بعد؛ يمكنك إغلاقها بعد أن تبدأ.
staff-ev-closed = أُغلقت الفعالية. سجّلوا حضورهم: { $attended } من أصل { $registered } من المسجّلين.
staff-ev-closed-before = أُغلقت هذه الفعالية من قبل.
staff-ev-move-flow = 🗓️ تغيير موعد فعالية
staff-ev-move-ask = 🗓️ التاريخ والوقت الجديدان:
staff-ev-message-flow = ✉️ رسالة إلى المسجّلين
staff-ev-message-ask = ✉️ رسالتك إلى كل المسجّلين (تُرسَل كما تكتبها):
staff-ev-label-message = الرسالة
staff-ev-summary = يُرجى المراجعة:
staff-ev-saving = جارٍ الحفظ…
staff-ev-moved = تغيّر الموعد إلى { $when }. يجري إبلاغ المشاركين (العدد: { $count })، ويصلهم ملف تقويم جديد.
staff-ev-message-sent = يجري إرسال رسالتك إلى المسجّلين (العدد: { $count }).
staff-ev-checkin-usage = اكتب /checkin ثم الرمز الظاهر في رسالة الشخص، مثلًا /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ سُجّل الحضور في «{ $title }». الحاضرون: { $checked } من أصل { $registered }.
staff-ev-checked-in-before = سُجّل الحضور بهذا الرمز من قبل («{ $title }»). الحاضرون: { $checked } من أصل { $registered }.
staff-ev-checkin-unknown = ⚠️ لا يوجد مقعد بهذا الرمز في فعالياتك المفتوحة. يُرجى التحقق من الرمز (حروف وأرقام، بدون 0, O, 1, I أو L).
staff-ev-which-ideas = ما الأفكار التي نوقشت في هذا اللقاء الحواري؟ اضغط على كل واحدة منها: يُبلَّغ صاحب الفكرة فورًا بلغته (ولا يمكن التراجع عن ذلك).
staff-ev-no-ideas = لا توجد أفكار مفتوحة من نطاق عملك يمكن وضع علامة «نوقشت» عليها.
staff-ev-idea-marked = { $idea }: وُضعت عليها علامة «نوقشت»؛ يجري إبلاغ صاحب الفكرة.
