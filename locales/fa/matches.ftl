# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] هنوز برنامه‌ای پیدا نکرده‌ایم که با همهٔ جواب‌های شما جور باشد.
    [one] یک برنامه برای شما مناسب است:
   *[other] { $count } برنامه برای شما مناسب است:
}
matches-shown = نشان داده‌شده: { $shown } از { $total }.
match-card = ؜{ $n }. { $title } ({ $owner })
reason-region = ✓ در { $place }
reason-country = ✓ در سراسر { $country ->
        [DE] آلمان
        [AT] اتریش
        [IT] ایتالیا
        [SI] اسلوونی
       *[other] این کشور
    }
reason-online = ✓ آنلاین
reason-goal = ؜✓ { $goal }
reason-language = ✓ به زبان { $language }
reason-childcare = ✓ با نگهداری از کودک
reason-sector = ✓ مناسب زمینهٔ کاری شما
reason-stage = ✓ مناسب مرحلهٔ کسب‌وکار شما
reason-finance = ✓ کمک مالی برای شروع
reason-qualification = ✓ برای مدرک از کشور دیگر
reason-free = ✓ رایگان
note-status = ? فقط برای بعضی وضعیت‌های اقامت: از برگزارکننده بپرسید
note-work-permit = ? اجازهٔ کار لازم است: از برگزارکننده بپرسید
note-qualification = ? برای کسانی که از کشور دیگر مدرک تحصیلی یا حرفه‌ای دارند: از برگزارکننده بپرسید
note-stage = ? برای مرحلهٔ دیگری از کسب‌وکار است: از برگزارکننده بپرسید
note-childcare = ? دربارهٔ نگهداری از کودک از برگزارکننده بپرسید
note-sample = ⚠️ اطلاعات نمونه، هنوز بررسی نشده است.
next-steps = معمولاً قدم بعدی: { $titles }
btn-website = 🌐 وب‌سایت
btn-save = ⭐ ذخیره
btn-not-relevant = 👎 مناسب من نیست
btn-more = ➡️ برنامه‌های بیشتر
btn-idea = 💡 ایده‌ای برای برنامهٔ بهتر دارم
feedback-saved = ⭐ ذخیره شد. ممنون!
feedback-not-relevant = 👍 ممنون. این به ما کمک می‌کند برنامه‌های بهتری نشان دهیم.
no-match-counselling = مشاورهٔ رایگان می‌تواند در قدم بعدی به شما کمک کند: { $country ->
        [DE] مرکز کاریابی یا یک مرکز مشاورهٔ مهاجرت (MBE).
        [AT] ادارهٔ کار (AMS) یا یک مرکز ادغام (ÖIF).
        [IT] مرکز کاریابی (Centro per l'impiego) یا یک پروژهٔ پذیرش پناهجویان (SAI).
        [SI] ادارهٔ کار (ZRSZ) یا دفتر حمایت از مهاجران (UOIM).
       *[other] یک مرکز مشاورهٔ مهاجرت در نزدیکی شما.
    }
no-match-recorded = ثبت کردیم که هنوز چیزی مناسب شما نیست، تا سازمان‌های همکار بتوانند برنامه‌های تازه بسازند.
no-match-idea = چه چیزی به شما کمک می‌کند؟ ایدهٔ خود را به ما بگویید.
matches-none-yet = اول به چند سوال جواب بدهید: در منو 💼 کار و آموزش یا 🏪 کسب‌وکار خودم را انتخاب کنید.

lang-name-de = آلمانی
lang-name-en = انگلیسی
lang-name-ar = عربی
lang-name-fa = فارسی / دری
lang-name-ps = پشتو
lang-name-uk = اوکراینی
lang-name-ru = روسی
lang-name-tr = ترکی
lang-name-ku = کردی (کرمانجی)
lang-name-ckb = کردی (سورانی)
lang-name-it = ایتالیایی
lang-name-sl = اسلوونیایی
lang-name-fr = فرانسوی
