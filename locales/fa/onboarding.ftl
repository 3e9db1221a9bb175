# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor به شما کمک می‌کند برنامه‌هایی برای کار و کسب‌وکار شخصی پیدا کنید. ایده‌های شما برای حمایت بهتر را هم جمع می‌کند. حدود ۳ دقیقه طول می‌کشد.
    🔒 ما هرگز نام یا شماره تلفن شما را نمی‌پرسیم.
onb-age = چند سال دارید؟
why-age = بعضی برنامه‌ها برای سن‌های مشخصی است. نوجوانان زیر ۱۶ سال اینجا فقط اطلاعات عمومی می‌گیرند و جوابی ذخیره نمی‌شود.
onb-too-young = ممنون! شما زیر ۱۶ سال هستید، پس چیزی ذخیره نمی‌کنیم. 🔒
    از یک مرکز خدمات مهاجرت نوجوانان (مثلاً JMD در آلمان) یا از یک معلم بپرسید. آن‌ها می‌توانند کمکتان کنند.
onb-consent-profile = 🔒 اجازه می‌دهید جواب‌های شما را نگه داریم تا برای شما برنامه پیدا کنیم؟
    هر وقت بخواهید، با /mydata و /delete می‌توانید آن‌ها را ببینید یا پاک کنید.
why-consent-profile = ما فقط جواب‌های شما به این سوال‌ها را نگه می‌داریم؛ نه نام، نه شماره تلفن. سازمان‌های همکار هرگز نمی‌بینند شما چه کسی هستید. جواب‌های استفاده‌نشده بعد از ۹۰ روز پاک می‌شوند.
onb-consent-announcements = 📅 اجازه می‌دهید دربارهٔ کارگاه‌ها و جلسه‌های نزدیک شما برایتان خبر بفرستیم؟
    هر وقت بخواهید، با /stop می‌توانید آن‌ها را قطع کنید.
onb-consent-ideas = 💡 اجازه می‌دهید ایده‌هایی را که می‌فرستید نگه داریم و بدون نام شما به سازمان‌های همکار نشان دهیم؟
onb-general = باشه، چیزی ذخیره نمی‌کنیم. 🔒
    در هر شهری مشاورهٔ رایگان برای کار و آموزش هست: از مرکز کاریابی یا یک مرکز مشاورهٔ مهاجرت بپرسید. برای دیدن بیشتر، /menu را بفرستید.
onb-country = 📍 کجا زندگی می‌کنید؟
onb-region = 📍 کدام منطقه؟
onb-goals = دنبال چه هستید؟ می‌توانید بیشتر از یک گزینه انتخاب کنید.
onb-to-jobs = ممنون! حالا چند سوال دربارهٔ کار و آموزش.
onb-to-business = ممنون! حالا چند سوال دربارهٔ کسب‌وکار شما.

label-age = سن
label-consent-profile = 🔒 نگه داشتن جواب‌ها
label-consent-announcements = 📅 خبرها
label-consent-ideas = 💡 ایده‌ها
label-country = 📍 کشور
label-region = 📍 منطقه
label-goals = دنبال چه هستید

opt-age-under-14 = زیر ۱۴ سال
opt-age-14-15 = ۱۴ تا ۱۵ سال
opt-age-16-17 = ۱۶ تا ۱۷ سال
opt-age-18-24 = ۱۸ تا ۲۴ سال
opt-age-25-35 = ۲۵ تا ۳۵ سال
opt-age-36-49 = ۳۶ تا ۴۹ سال
opt-age-50-plus = ۵۰ سال یا بیشتر

opt-consent-yes = ✅ بله
opt-consent-no-general = ❌ نه، فقط اطلاعات عمومی

opt-country-de = آلمان
opt-country-at = اتریش
opt-country-it = ایتالیا
opt-country-si = اسلوونی
opt-country-other = کشور دیگر

opt-region-berlin = برلین
opt-region-other-de = جای دیگری در آلمان
opt-region-vienna = وین
opt-region-other-at = جای دیگری در اتریش
opt-region-veneto = ونتو (ونیز)
opt-region-emilia-romagna = امیلیا-رومانیا (بولونیا)
opt-region-other-it = جای دیگری در ایتالیا
opt-region-ljubljana = لیوبلیانا
opt-region-maribor = ماریبور
opt-region-other-si = جای دیگری در اسلوونی

opt-goal-job = 💼 یک شغل
opt-goal-training = 🎓 آموزش یا کارآموزی
opt-goal-language = 🗣️ کلاس زبان
opt-goal-recognition = 📄 به رسمیت شناختن مدرک من
opt-goal-own-business = 🏪 کسب‌وکار خودم
