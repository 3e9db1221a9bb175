# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ ورشة عمل
ann-kind-salon = 🏛️ لقاء حواري مع صنّاع القرار
ann-kind-info = ℹ️ معلومات
ann-cancelled = ❌ مُلغى: هذا الموعد لن يُقام.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }، { $date }، الساعة { $time } (بتوقيت { $zone })
ann-date = { $day }/{ $month }/{ $year }
ann-weekday-1 = الاثنين
ann-weekday-2 = الثلاثاء
ann-weekday-3 = الأربعاء
ann-weekday-4 = الخميس
ann-weekday-5 = الجمعة
ann-weekday-6 = السبت
ann-weekday-7 = الأحد
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (مكتوب باللغة: { $language }؛ لا يوجد نص بلغتك بعد.)
btn-ann-link = 🔗 مزيد من المعلومات
btn-ann-why = ❓ لماذا يصلني هذا؟
btn-ann-stop = 🔕 إيقاف الأخبار
ann-why = يصلك هذا الخبر لأنك وافقت على تلقي الأخبار، ولأن:
    { $reasons }
    يمكنك إيقافها في أي وقت باستخدام /stop أو بالزر 🔕.
ann-why-region = مكان سكنك هو { $region }
ann-why-country = مكان سكنك هو { $country }
ann-why-language = لغتك هي { $language }
ann-why-goal = ما تبحث عنه هو: { $goal }
ann-why-source = وصولك إلى sifor كان عبر رابط المنظمة التي ترسل هذا الخبر
ann-why-everyone = هذا الخبر لكل من يسكن في منطقتك
ann-why-gone = هذا الخبر لم يعد موجودًا هنا.
