# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = يساعدك sifor في إيجاد برامج للعمل ولمشروعك الخاص. ويجمع أيضًا أفكارك لدعم أفضل. يستغرق ذلك حوالي 3 دقائق.
    🔒 لا نسألك أبدًا عن اسمك أو رقم هاتفك.
onb-age = كم عمرك؟
why-age = بعض البرامج لأعمار معيّنة. من هم دون 16 سنة يحصلون هنا على معلومات عامة فقط، بدون حفظ الإجابات.
onb-too-young = شكرًا لك! عمرك أقل من 16 سنة، لذلك لا نحفظ أي شيء. 🔒
    يمكنك السؤال في خدمة للشباب المهاجرين (مثلًا JMD في ألمانيا) أو عند أحد المعلمين. يمكنهم مساعدتك.
onb-consent-profile = 🔒 هل يمكننا حفظ إجاباتك لنجد لك برامج مناسبة؟
    يمكنك رؤيتها أو حذفها في أي وقت باستخدام /mydata و /delete.
why-consent-profile = نحفظ فقط إجاباتك على هذه الأسئلة، بدون اسم وبدون رقم هاتف. المنظمات الشريكة لا تعرف أبدًا من أنت. الإجابات غير المستخدمة تُحذف بعد 90 يومًا.
onb-consent-announcements = 📅 هل يمكننا أن نرسل لك أخبارًا عن ورشات ولقاءات قريبة منك؟
    يمكنك إيقافها في أي وقت باستخدام /stop.
onb-consent-ideas = 💡 هل يمكننا حفظ أفكارك وعرضها على المنظمات الشريكة، بدون اسمك؟
onb-general = حسنًا، لن نحفظ أي شيء. 🔒
    الاستشارة للعمل والتدريب مجانية في كل مدينة: في مكتب العمل أو في مركز استشارات للمهاجرين. للمزيد يمكنك إرسال /menu.
onb-country = 📍 أين مكان سكنك؟
onb-region = 📍 في أي منطقة؟
onb-goals = ما الذي يهمك؟ يمكنك اختيار أكثر من شيء.
onb-to-jobs = شكرًا لك! والآن بعض الأسئلة عن العمل والتدريب.
onb-to-business = شكرًا لك! والآن بعض الأسئلة عن مشروعك.

label-age = العمر
label-consent-profile = 🔒 حفظ الإجابات
label-consent-announcements = 📅 الأخبار
label-consent-ideas = 💡 الأفكار
label-country = 📍 البلد
label-region = 📍 المنطقة
label-goals = الهدف

opt-age-under-14 = أقل من 14 سنة
opt-age-14-15 = 14–15 سنة
opt-age-16-17 = 16–17 سنة
opt-age-18-24 = 18–24 سنة
opt-age-25-35 = 25–35 سنة
opt-age-36-49 = 36–49 سنة
opt-age-50-plus = 50 سنة أو أكثر

opt-consent-yes = ✅ نعم
opt-consent-no-general = ❌ لا، معلومات عامة فقط

opt-country-de = ألمانيا
opt-country-at = النمسا
opt-country-it = إيطاليا
opt-country-si = سلوفينيا
opt-country-other = بلد آخر

opt-region-berlin = برلين
opt-region-other-de = مكان آخر في ألمانيا
opt-region-vienna = فيينا
opt-region-other-at = مكان آخر في النمسا
opt-region-veneto = فينيتو (البندقية)
opt-region-emilia-romagna = إميليا رومانيا (بولونيا)
opt-region-other-it = مكان آخر في إيطاليا
opt-region-ljubljana = ليوبليانا
opt-region-maribor = ماريبور
opt-region-other-si = مكان آخر في سلوفينيا

opt-goal-job = 💼 عمل
opt-goal-training = 🎓 تدريب أو تعلّم مهنة
opt-goal-language = 🗣️ دورة لغة
opt-goal-recognition = 📄 الاعتراف بشهادتي
opt-goal-own-business = 🏪 مشروعي الخاص
