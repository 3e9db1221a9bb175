# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] لم نجد بعد برنامجًا يناسب كل إجاباتك.
    [zero] لم نجد بعد برنامجًا يناسب كل إجاباتك.
    [one] برنامج واحد يناسبك:
    [two] برنامجان يناسبانك:
    [few] { $count } برامج تناسبك:
    [many] { $count } برنامجًا يناسبك:
   *[other] { $count } برنامج يناسبك:
}
matches-shown = المعروض: { $shown } من { $total }.
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
match-card = ؜{ $n }. { $title } ({ $owner })
reason-region = ✓ في { $place }
reason-country = ✓ في كل أنحاء { $country ->
        [DE] ألمانيا
        [AT] النمسا
        [IT] إيطاليا
        [SI] سلوفينيا
       *[other] البلد
    }
reason-online = ✓ عبر الإنترنت
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
reason-goal = ؜✓ { $goal }
reason-language = ✓ باللغة { $language }
reason-childcare = ✓ مع رعاية الأطفال
reason-sector = ✓ يناسب مجال عملك
reason-stage = ✓ يناسب مرحلة مشروعك
reason-finance = ✓ مساعدة بالمال للبدء
reason-qualification = ✓ لأصحاب الشهادات من الخارج
reason-free = ✓ مجاني
note-status = ? لبعض أنواع الإقامة فقط: يُرجى التأكد لدى الجهة المنظّمة
note-work-permit = ? يحتاج إلى إذن عمل: يُرجى التأكد لدى الجهة المنظّمة
note-qualification = ? لمن لديهم شهادة من الخارج: يُرجى التأكد لدى الجهة المنظّمة
note-stage = ? مخصّص لمرحلة أخرى من المشروع: يُرجى التأكد لدى الجهة المنظّمة
note-childcare = ? يُرجى سؤال الجهة المنظّمة عن رعاية الأطفال
note-sample = ⚠️ هذه بيانات مثال، لم نتحقق منها بعد.
next-steps = الخطوة التالية غالبًا: { $titles }
btn-website = 🌐 الموقع الإلكتروني
btn-save = ⭐ حفظ
btn-not-relevant = 👎 لا يناسبني
btn-more = ➡️ برامج أخرى
btn-idea = 💡 لدي فكرة لبرنامج أفضل
feedback-saved = ⭐ تم الحفظ. شكرًا لك!
feedback-not-relevant = 👍 شكرًا لك. هذا يساعدنا على عرض برامج أفضل.
no-match-counselling = يمكن للاستشارة المجانية أن تساعدك في الخطوة التالية: { $country ->
        [DE] مكتب العمل أو خدمة استشارات للمهاجرين (MBE).
        [AT] خدمة سوق العمل (AMS) أو أحد مراكز الاندماج (ÖIF).
        [IT] مكتب العمل (Centro per l'impiego) أو أحد مشاريع الاستقبال (SAI).
        [SI] خدمة التوظيف (ZRSZ) أو مكتب دعم المهاجرين (UOIM).
       *[other] خدمة استشارات للمهاجرين قريبة منك.
    }
no-match-recorded = سجّلنا أنه لا يوجد شيء مناسب بعد، حتى يتمكن الشركاء من التخطيط لعروض جديدة.
no-match-idea = ما الذي يمكن أن يساعدك؟ يمكنك مشاركة فكرتك معنا.
matches-none-yet = يُرجى أولًا الإجابة عن بعض الأسئلة: يمكنك اختيار 💼 العمل والتدريب أو 🏪 مشروعي الخاص في القائمة.

lang-name-de = الألمانية
lang-name-en = الإنجليزية
lang-name-ar = العربية
lang-name-fa = الفارسية / الدرية
lang-name-ps = البشتو
lang-name-uk = الأوكرانية
lang-name-ru = الروسية
lang-name-tr = التركية
lang-name-ku = الكردية (الكرمانجية)
lang-name-ckb = الكردية (السورانية)
lang-name-it = الإيطالية
lang-name-sl = السلوفينية
lang-name-fr = الفرنسية
