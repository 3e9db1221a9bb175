# An idea for a new support measure.

idea-intro = 💡 فكرتك يمكن أن تساعد في تحسين الدعم. تقرؤها منظمات شريكة بدون اسمك، ويمكنها أن تخبرك بنتيجتها.
q-idea-topic = 💡 ما موضوع فكرتك؟
q-idea-problem = 💡 ما المشكلة، بكلمات قليلة؟
    يُرجى عدم كتابة أسماء أو أرقام هواتف.
q-idea-text = 💡 ما فكرتك؟ يمكنك كتابتها بكلماتك.
    يُرجى عدم كتابة أسماء أو أرقام هواتف.
q-idea-beneficiaries = 💡 من ستساعد هذه الفكرة؟
q-idea-contact = 💡 هل يمكن للمنظمات الشريكة الرد عليك هنا في البوت؟
q-idea-public = 🌐 هل يمكن عرض نص فكرتك على الموقع الإلكتروني العام للمشروع بعد أن ترد عليها منظمة؟ لن يظهر اسمك أبدًا. إذا تخطيت هذا السؤال، فلن يُعرض النص.
idea-done = شكرًا لك على فكرتك! 💡 سيقرؤها الشركاء. سنخبرك هنا بنتيجتها.

label-idea-topic = 💡 الموضوع
label-idea-problem = 💡 المشكلة
label-idea-text = 💡 الفكرة
label-idea-beneficiaries = 💡 المستفيدون
label-idea-contact = 💡 الرد عبر البوت
label-idea-public = 🌐 العرض على الموقع العام

opt-topic-jobs = 💼 العمل
opt-topic-training = 🎓 التدريب
opt-topic-language = 🗣️ دورات اللغة
opt-topic-recognition = 📄 الاعتراف بالشهادات
opt-topic-business = 🏪 مشروع خاص
opt-topic-childcare = رعاية الأطفال
opt-topic-other = شيء آخر

opt-benefit-everyone = الجميع
opt-benefit-women = النساء
opt-benefit-young = الشباب
opt-benefit-families = العائلات
opt-benefit-newcomers = القادمون الجدد
opt-benefit-qualified = أصحاب الشهادات
opt-benefit-founders = من يبدؤون مشروعًا خاصًا
idea-no-consent = حسنًا، لن نحفظ أي شيء. يمكنك تغيير ذلك في أي وقت باستخدام /consent.
