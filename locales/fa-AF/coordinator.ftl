# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
staff-ann-flow = 📣 اعلان نو
staff-ann-ask-kind = 📣 چه چیزی را می‌خواهید اعلان کنید؟
staff-ann-ask-body = متن: چه برنامه‌ای است، برای چه کسانی است، چه چیزی باید با خود بیاورند. به زبان خود بنویسید؛ تاریخ، جای و دکمه‌ها به هر صورت به زبان هر خواننده نشان داده می‌شوند.
staff-ann-ask-starts = چه وقت شروع می‌شود؟ مثلاً 3.12.2026 18:00 (به وقت محلی ساحهٔ شما). اگر تاریخ ندارد، از این سوال تیر شوید.
staff-ann-ask-place = کجا؟ یک آدرس یا یک توضیح کوتاه. اگر جای مشخص ندارد، از این سوال تیر شوید.
staff-ann-label-place = جای
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-ask-link = لینک یک ویب‌سایت برای معلومات زیادتر (⁨https://…⁩)؟ اگر لینک ندارد، از این سوال تیر شوید.
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-hint-link = لطفاً آدرس ویب‌سایتی را روان کنید که با ⁨https://⁩ شروع شود.
staff-ann-ask-goals = چه کسانی آن را دریافت کنند؟ انتخاب کنید که مردم به دنبال چه هستند، یا از این سوال تیر شوید تا به همه در ساحهٔ شما برسد.
staff-ann-label-goals = برای کسانی که به دنبال این‌ها هستند
staff-ann-summary = لطفاً اعلان خود را بررسی کنید:
staff-ann-drafted = 👀 این پیش‌نمایش است. هنوز چیزی روان نشده است.
staff-ann-bad-time = ⚠️ این تاریخ و ساعت وجود ندارد یا گذشته است. هیچ چیز ذخیره نشد؛ لطفاً با /announce دوباره شروع کنید.
staff-ann-untranslated = برای خوانندگان { $languages } متنی به زبان خود شان ننوشته‌اید؛ آن‌ها تاریخ، جای و دکمه‌ها را به زبان خود می‌بینند و متن شما را زیر آن.
btn-staff-ann-discard = 🗑️ پاک کردن
staff-ann-started = ✅ ارسال برای { $count } نفر شروع شد. اول برای خود شما و چند نفر دیگر، تا مطمئن شویم که درست کار می‌کند؛ پیشرفت ارسال همین‌جا نشان داده می‌شود.
staff-ann-discarded = 🗑️ پاک شد. هیچ چیز روان نشد.
staff-ann-not-now = هیچ چیز تغییر نکرد: اعلان در حالتی نیست که این کار ممکن باشد.
staff-ann-progress = ارسال‌شده: { $sent } از { $total } · باقی‌مانده: { $left } · ربات را بلاک کرده‌اند: { $blocked } · ناکام: { $failed }
staff-ann-state-running = در حال ارسال… تقریباً { $minutes } دقیقه باقی مانده است.
staff-ann-state-canary = ⏸ متوقف شد: از { $judged } نفر اول، به { $bad } نفر نرسید. متن و مخاطبان را بررسی کنید، بعد ارسال را ادامه بدهید یا بند کنید.
staff-ann-state-aborted = ⏹ ارسال بند شد. { $left } نفر آن را دریافت نکردند.
staff-ann-cancelled = ❌ در تمام نسخه‌ها به حیث «لغو شد» علامه‌گذاری شد.
btn-staff-ann-abort = ⏹️ بند کردن ارسال
btn-staff-ann-cancel = ❌ لغو در تمام نسخه‌ها
staff-ann-cancel-ask = اعلان در تمام { $count } نسخه‌ای که روان شده، به حیث «لغو شد» علامه‌گذاری شود؟ دیگر برای کسی روان نمی‌شود.
btn-staff-ann-cancel-confirm = ❌ بلی، لغو شده است
staff-ann-paused = ⏸️ موقتاً متوقف شد. تا وقتی ادامه ندهید، هیچ چیز روان نمی‌شود.
staff-ann-aborted = ⏹️ ارسال بند شد. آنچه روان شده، باقی می‌ماند؛ دیگر برای کسی روان نمی‌شود.
staff-ann-cancelling = ❌ تمام نسخه‌های روان‌شده به حیث «لغو شد» علامه‌گذاری می‌شوند.
staff-ann-fix-flow = ✏️ اصلاح اعلان
staff-ann-fixed = ✏️ اصلاح شد. { $count } نسخه‌ای که قبلاً روان شده، در حال تصحیح است؛ باقی با متن نو روان می‌شود.
staff-ann-state-errors = ⏸ متوقف شد: ارسال پیام‌های زیادی پشت سر هم ناکام شد (تلگرام یا شبکه). وقتی دوباره درست کار کرد، ارسال را ادامه بدهید.
staff-ann-too-long = ⚠️ متن بسیار طولانی است: با تاریخ، جای و دکمه‌ها، پیام برای خوانندگان زبان { $language } از حدی که تلگرام اجازه می‌دهد طولانی‌تر می‌شود. هیچ چیز ذخیره نشد؛ لطفاً متن را کوتاه‌تر کنید.
staff-ann-ask-seats = 🪑 چند جای؟ اگر محدودیت ندارد، از این سوال تیر شوید (یا 0 بنویسید). فقط برای ورکشاپ‌ها و نشست‌ها.
staff-ann-label-seats = تعداد جای
