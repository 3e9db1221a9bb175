# Questions about work, training and qualifications.

q-allowed-to-work = هل يُسمح لك بالعمل الآن؟
why-allowed-to-work = بعض البرامج متاحة فقط لمن لديهم إذن عمل. إجابتك تغيّر فقط البرامج التي نعرضها. يمكنك تخطي هذا السؤال.
q-status = ما نوع إقامتك؟
why-status = بعض البرامج لفئات معيّنة فقط. نحن لا نحدّد وضعك القانوني أبدًا. لهذا السؤال، اسأل مركز استشارات. يمكنك تخطي هذا السؤال.
q-host-language = 🗣️ ما مستواك في { $country ->
        [DE] اللغة الألمانية
        [AT] اللغة الألمانية
        [IT] اللغة الإيطالية
        [SI] اللغة السلوفينية
       *[other] لغة البلد
    }؟
q-other-languages = 🗣️ ما اللغات الأخرى التي يمكنك التكلم بها؟
q-education = 🎓 ما أعلى مستوى دراسي لديك؟
q-foreign-qualification = 📄 هل لديك شهادة أو دبلوم من بلد آخر؟
q-qualification-documents = 📄 هل لديك أوراق تثبت ذلك (شهادات، دبلومات)؟
q-sector = 💼 ما المجالات التي عملت بها أو يهمك العمل فيها؟
q-experience = 💼 كم سنة خبرة عمل لديك؟
q-availability = متى يمكنك العمل أو التعلّم؟
q-childcare = هل أنت بحاجة إلى رعاية لأطفالك حتى تشارك في دورة أو عمل؟
why-childcare = بعض الدورات توفّر رعاية للأطفال. نسأل فقط لنعرضها عليك. لا نسأل عن أطفالك.
q-women-only = هل نعرض لك البرامج الخاصة بالنساء فقط؟
why-women-only = بعض البرامج للنساء فقط. يمكن لأي شخص أن يختار رؤيتها؛ والبرنامج هو الذي يقرر من يشارك.
jobs-done = شكرًا لك! نبحث الآن عن برامج تناسبك.

label-allowed-to-work = مسموح بالعمل
label-status = نوع الإقامة
label-host-language = 🗣️ لغة البلد
label-other-languages = 🗣️ لغات أخرى
label-education = 🎓 الدراسة
label-foreign-qualification = 📄 شهادة من الخارج
label-qualification-documents = 📄 الأوراق
label-sector = 💼 المجالات
label-experience = 💼 الخبرة
label-availability = الوقت
label-childcare = رعاية الأطفال
label-women-only = للنساء فقط

opt-status-asylum-seeker = طلب لجوء (بانتظار القرار)
opt-status-refugee = اعتراف كلاجئ
opt-status-subsidiary = حماية ثانوية
opt-status-temporary = حماية مؤقتة (أوكرانيا)
opt-status-humanitarian = حماية إنسانية أو خاصة
opt-status-tolerated = تعليق الترحيل (Duldung)
opt-status-other = تصريح إقامة آخر

opt-level-none = ليس بعد
opt-level-a-little = قليلًا (A1–A2)
opt-level-everyday = للحياة اليومية (B1)
opt-level-good = جيد (B2)
opt-level-fluent = جيد جدًا (C1–C2)

opt-lang-ar = العربية
opt-lang-fa = الفارسية / الدرية
opt-lang-ps = البشتو
opt-lang-uk = الأوكرانية
opt-lang-ru = الروسية
opt-lang-tr = التركية
opt-lang-ku = الكردية
opt-lang-en = الإنجليزية
opt-lang-fr = الفرنسية
opt-lang-other = لغة أخرى

opt-edu-none = لم أذهب إلى المدرسة
opt-edu-primary = المدرسة الابتدائية
opt-edu-secondary = المدرسة الإعدادية أو الثانوية
opt-edu-vocational = تدريب مهني
opt-edu-university = الجامعة

opt-docs-yes = نعم، كلها
opt-docs-some = بعضها
opt-docs-none = لا توجد أوراق

opt-sector-care = الرعاية والصحة
opt-sector-construction = البناء
opt-sector-crafts = الحِرف اليدوية
opt-sector-it = الكمبيوتر والمعلوماتية
opt-sector-hospitality = الفنادق والمطاعم
opt-sector-retail = المحلات والتجارة
opt-sector-transport = النقل والتوصيل
opt-sector-education = التعليم ورعاية الأطفال
opt-sector-agriculture = الزراعة
opt-sector-office = العمل المكتبي
opt-sector-beauty = الحلاقة والتجميل
opt-sector-other = شيء آخر

opt-exp-none = بدون خبرة
opt-exp-under-2 = أقل من سنتين
opt-exp-2-5 = من 2 إلى 5 سنوات
opt-exp-over-5 = أكثر من 5 سنوات

opt-avail-full = دوام كامل
opt-avail-part = دوام جزئي
opt-avail-evenings = في المساء أو في عطلة نهاية الأسبوع
opt-avail-not-yet = ليس بعد
