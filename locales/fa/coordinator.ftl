# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 اطلاعیهٔ جدید
staff-ann-ask-kind = 📣 چه چیزی را می‌خواهید اعلام کنید؟
staff-ann-label-kind = نوع
staff-ann-ask-title = عنوان، در یک خط (اولین چیزی است که مردم می‌بینند):
staff-ann-label-title = عنوان
staff-ann-ask-body = متن: چه برنامه‌ای است، برای چه کسانی است، چه چیزی باید همراه بیاورند. به زبان خودتان بنویسید؛ تاریخ، مکان و دکمه‌ها در هر حال به زبان هر خواننده نشان داده می‌شوند.
staff-ann-label-body = متن
staff-ann-ask-starts = کی شروع می‌شود؟ مثلاً 3.12.2026 18:00 (به وقت محلی منطقهٔ شما). اگر تاریخی ندارد، از این سوال رد شوید.
staff-ann-label-starts = شروع
staff-ann-hint-starts = لطفاً تاریخ و ساعت را این‌طور بنویسید: 3.12.2026 18:00
staff-ann-ask-place = کجا؟ یک نشانی یا یک توضیح کوتاه. اگر مکانی ندارد، از این سوال رد شوید.
staff-ann-label-place = مکان
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-ask-link = لینک یک وب‌سایت برای اطلاعات بیشتر (⁨https://…⁩)؟ اگر لینکی ندارد، از این سوال رد شوید.
staff-ann-label-link = لینک
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-hint-link = لطفاً آدرس وب‌سایتی را بفرستید که با ⁨https://⁩ شروع شود.
staff-ann-ask-goals = چه کسانی آن را دریافت کنند؟ انتخاب کنید که مردم دنبال چه هستند، یا از این سوال رد شوید تا به همه در منطقهٔ شما برسد.
staff-ann-label-goals = برای کسانی که دنبال این‌ها هستند
staff-ann-summary = لطفاً اطلاعیهٔ خود را بررسی کنید:
staff-ann-drafted = 👀 این پیش‌نمایش است. هنوز چیزی فرستاده نشده است.
staff-ann-bad-time = ⚠️ این تاریخ و ساعت وجود ندارد یا گذشته است. چیزی ذخیره نشد؛ لطفاً با /announce از نو شروع کنید.
staff-ann-preview-head = 👀 همان‌طور که خوانندگان زبان { $language } آن را می‌بینند:
staff-ann-reach = به { $count } نفر می‌رسد ({ $languages }).
staff-ann-untranslated = برای خوانندگان { $languages } متنی به زبان خودشان ننوشته‌اید؛ آن‌ها تاریخ، مکان و دکمه‌ها را به زبان خود می‌بینند و متن شما را زیر آن.
btn-staff-ann-send = ✅ ارسال به { $count } نفر
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ دور انداختن
staff-ann-started = ✅ ارسال به { $count } نفر شروع شد. اول برای خود شما و چند نفر دیگر، تا مطمئن شویم که درست کار می‌کند؛ پیشرفت ارسال همین‌جا نشان داده می‌شود.
staff-ann-discarded = 🗑️ دور انداخته شد. چیزی فرستاده نشد.
staff-ann-not-now = چیزی تغییر نکرد: اطلاعیه در وضعیتی نیست که این کار ممکن باشد.
# Holds U+2068 … U+2069 (invisible) around the code A{ $id }: keeps it left-to-right.
staff-ann-progress-title = 📣 ⁨A{ $id }⁩: { $title }
staff-ann-progress = ارسال‌شده: { $sent } از { $total } · مانده: { $left } · ربات را مسدود کرده‌اند: { $blocked } · ناموفق: { $failed }
staff-ann-state-running = در حال ارسال… حدود { $minutes } دقیقه مانده است.
staff-ann-state-canary = ⏸ متوقف شد: از { $judged } نفر اول، به { $bad } نفر نرسید. متن و مخاطبان را بررسی کنید، بعد ارسال را ادامه دهید یا قطع کنید.
staff-ann-state-paused = ⏸ موقتاً متوقف شد.
staff-ann-state-aborted = ⏹ ارسال قطع شد. { $left } نفر آن را دریافت نکردند.
staff-ann-state-done = ✅ تمام شد.
staff-ann-cancelled = ❌ در همهٔ نسخه‌ها به‌عنوان «لغو شد» علامت خورد.
btn-staff-ann-pause = ⏸️ توقف موقت
btn-staff-ann-resume = ▶️ ادامه
btn-staff-ann-abort = ⏹️ قطع ارسال
btn-staff-ann-cancel = ❌ لغو در همهٔ نسخه‌ها
staff-ann-cancel-ask = اطلاعیه در همهٔ { $count } نسخه‌ای که فرستاده شده، به‌عنوان «لغو شد» علامت بخورد؟ دیگر برای کسی فرستاده نمی‌شود.
btn-staff-ann-cancel-confirm = ❌ بله، لغو شده است
staff-ann-paused = ⏸️ موقتاً متوقف شد. تا وقتی ادامه ندهید، چیزی فرستاده نمی‌شود.
staff-ann-resumed = ▶️ ارسال دوباره شروع شد.
staff-ann-aborted = ⏹️ ارسال قطع شد. آنچه فرستاده شده، می‌ماند؛ دیگر برای کسی فرستاده نمی‌شود.
staff-ann-cancelling = ❌ همهٔ نسخه‌های فرستاده‌شده به‌عنوان «لغو شد» علامت می‌خورند.
btn-staff-ann-fix = ✏️ اصلاح متن
staff-ann-fix-flow = ✏️ اصلاح اطلاعیه
staff-ann-fix-ask-title = ✏️ عنوانِ اصلاح‌شده، در یک خط:
staff-ann-fix-saving = در حال ذخیرهٔ اصلاحیه…
staff-ann-fixed = ✏️ اصلاح شد. { $count } نسخه‌ای که قبلاً فرستاده شده، در حال ویرایش است؛ بقیه با متن جدید فرستاده می‌شود.
