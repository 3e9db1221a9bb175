# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 إعلان جديد
staff-ann-ask-kind = 📣 ماذا تريد أن تعلن؟
staff-ann-label-kind = النوع
staff-ann-ask-title = العنوان، في سطر واحد (هو أول ما يراه الناس):
staff-ann-label-title = العنوان
staff-ann-ask-body = النص: ما الموضوع، ولمن، وماذا يجب أن يُحضر المشاركون. اكتبه بلغتك؛ فالتاريخ والمكان والأزرار تظهر لكل قارئ بلغته في كل الأحوال.
staff-ann-label-body = النص
staff-ann-ask-starts = متى يبدأ؟ مثلًا 3.12.2026 18:00 (بالتوقيت المحلي لمنطقتك). تخطَّ هذا السؤال إذا لم يكن هناك تاريخ.
staff-ann-label-starts = البداية
staff-ann-hint-starts = يُرجى كتابة التاريخ والوقت هكذا: 3.12.2026 18:00
staff-ann-ask-place = أين؟ عنوان أو وصف قصير. تخطَّ هذا السؤال إذا لم يكن هناك مكان.
staff-ann-label-place = المكان
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-ask-link = رابط موقع فيه مزيد من المعلومات (⁨https://…⁩)؟ تخطَّ هذا السؤال إذا لم يكن هناك رابط.
staff-ann-label-link = الرابط
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-hint-link = يُرجى إرسال عنوان موقع يبدأ بـ ⁨https://⁩
staff-ann-ask-goals = لمن يُرسَل الإعلان؟ اختر ما يبحث عنه الناس، أو تخطَّ هذا السؤال ليصل إلى الجميع في منطقتك.
staff-ann-label-goals = للباحثين عن
staff-ann-summary = يُرجى مراجعة إعلانك:
staff-ann-drafted = 👀 هذه معاينة. لم يُرسَل أي شيء بعد.
staff-ann-bad-time = ⚠️ هذا التاريخ والوقت غير موجودين أو قد مضيا. لم يُحفظ أي شيء؛ يُرجى البدء من جديد باستخدام /announce.
staff-ann-preview-head = 👀 كما يراه القرّاء باللغة: { $language }
staff-ann-reach = عدد المستلمين: { $count } ({ $languages }).
staff-ann-untranslated = لم تكتب نصًّا بلغة القرّاء باللغات التالية: { $languages }. سيرون التاريخ والمكان والأزرار بلغتهم، ونصّك تحتها.
btn-staff-ann-send = ✅ إرسال إلى { $count }
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ حذف
staff-ann-started = ✅ بدأ الإرسال (عدد المستلمين: { $count }). يُرسَل أولًا إليك وإلى عدد قليل من الآخرين للتأكد من أن كل شيء يعمل؛ ويظهر التقدم هنا.
staff-ann-discarded = 🗑️ تم الحذف. لم يُرسَل أي شيء.
staff-ann-not-now = لم يتغير شيء: حالة الإعلان الآن لا تسمح بذلك.
# Holds U+2068 … U+2069 (invisible) around the code A{ $id }: keeps it left-to-right.
staff-ann-progress-title = 📣 ⁨A{ $id }⁩: { $title }
staff-ann-progress = أُرسل: { $sent } من { $total } · المتبقي: { $left } · حظروا البوت: { $blocked } · فشل: { $failed }
staff-ann-state-running = جارٍ الإرسال… يتبقى حوالي { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
staff-ann-state-canary = ⏸ متوقف مؤقتًا: تعذّر الوصول إلى { $bad } من أول { $judged }. راجع النص والجمهور المستهدف، ثم تابع الإرسال أو أوقفه.
staff-ann-state-paused = ⏸ متوقف مؤقتًا.
staff-ann-state-aborted = ⏹ توقف الإرسال. عدد من لم يصلهم الإعلان: { $left }.
staff-ann-state-done = ✅ اكتمل الإرسال.
staff-ann-cancelled = ❌ وُضعت علامة «مُلغى» على كل النسخ.
btn-staff-ann-pause = ⏸️ إيقاف مؤقت
btn-staff-ann-resume = ▶️ متابعة
btn-staff-ann-abort = ⏹️ إيقاف الإرسال
btn-staff-ann-cancel = ❌ إلغاء في كل النسخ
staff-ann-cancel-ask = هل نضع علامة «مُلغى» على الإعلان في كل النسخ التي أُرسلت ({ $count })؟ لن يصل إلى أي شخص آخر.
btn-staff-ann-cancel-confirm = ❌ نعم، أُلغي
staff-ann-paused = ⏸️ تم الإيقاف المؤقت. لن يُرسَل أي شيء آخر حتى تتابع الإرسال.
staff-ann-resumed = ▶️ استُؤنف الإرسال.
staff-ann-aborted = ⏹️ توقف الإرسال. ما أُرسل يبقى، ولن يصل الإعلان إلى أي شخص آخر.
staff-ann-cancelling = ❌ يجري وضع علامة «مُلغى» على كل النسخ المرسلة.
btn-staff-ann-fix = ✏️ تصحيح النص
staff-ann-fix-flow = ✏️ تصحيح إعلان
staff-ann-fix-ask-title = ✏️ العنوان المصحَّح، في سطر واحد:
staff-ann-fix-saving = جارٍ حفظ التصحيح…
staff-ann-fixed = ✏️ تم التصحيح. { $count ->
        [zero] لم تُرسَل أي نسخة بعد؛ كل النسخ تُرسَل بالنص الجديد.
        [one] يجري تعديل النسخة التي أُرسلت من قبل؛ والباقي يُرسَل بالنص الجديد.
        [two] يجري تعديل النسختين اللتين أُرسلتا من قبل؛ والباقي يُرسَل بالنص الجديد.
        [few] يجري تعديل { $count } نسخ أُرسلت من قبل؛ والباقي يُرسَل بالنص الجديد.
        [many] يجري تعديل { $count } نسخة أُرسلت من قبل؛ والباقي يُرسَل بالنص الجديد.
       *[other] يجري تعديل { $count } نسخة أُرسلت من قبل؛ والباقي يُرسَل بالنص الجديد.
    }
staff-ann-state-errors = ⏸ متوقف مؤقتًا: تعذّر إرسال رسائل كثيرة متتالية (بسبب تيليغرام أو الشبكة). تابع الإرسال عندما يعود كل شيء إلى العمل.
staff-ann-too-long = ⚠️ النص طويل جدًا: مع التاريخ والمكان والأزرار ستكون الرسالة الموجّهة إلى القرّاء (اللغة: { $language }) أطول مما يسمح به تيليغرام. لم يُحفظ أي شيء؛ يُرجى تقصير النص.
staff-ann-ask-seats = 🪑 كم عدد المقاعد؟ تخطَّ هذا السؤال (أو اكتب 0) إذا لم يكن هناك حد. فقط لورش العمل واللقاءات الحوارية.
staff-ann-label-seats = المقاعد
staff-ann-hint-seats = يُرجى كتابة رقم من { $min } إلى { $max }، مثلًا 20.
