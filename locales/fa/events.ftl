# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }، { $date }، ساعت { $time }
ev-over = ⏱️ این برنامه برگزار شده است.
ev-seats-open = 🪑 جای خالی هست.
ev-seats-few = { $count ->
    [one] 🪑 فقط یک جا مانده است.
   *[other] 🪑 فقط { $count } جا مانده است.
}
ev-seats-full = 🪑 پر است: می‌توانید در فهرست انتظار ثبت‌نام کنید.
ev-mine-registered = ✅ شما جا دارید. کد ورود شما: { $code }
ev-mine-waiting = 🕒 در فهرست انتظار هستید: نفر { $place }.
ev-mine-offered = 🎟️ یک جا برای شما خالی شده است! لطفاً تا { $deadline } جواب بدهید.
btn-ev-come = ✅ می‌آیم
btn-ev-join = 🕒 ثبت‌نام در فهرست انتظار
btn-ev-cant = ❌ نمی‌توانم بیایم
btn-ev-needs = 🙋 برای شرکت چه لازم دارم
btn-ev-calendar = 📅 افزودن به تقویم من
btn-ev-cancel = ❌ جایم را پس می‌دهم
btn-ev-leave = ❌ خروج از فهرست انتظار
btn-ev-accept = ✅ جا را می‌گیرم
btn-ev-decline = ❌ نمی‌توانم بیایم
btn-ev-still = ✅ بله، می‌آیم
btn-ev-free = ❌ جایم را آزاد می‌کنم
ev-registered = ✅ شما جا دارید. این کد را دم در نشان دهید: { $code }
    فایل زیر این برنامه را به تقویم گوشی شما اضافه می‌کند.
ev-waiting = 🕒 همهٔ جاها پر است. شما نفر { $place } در فهرست انتظار هستید. وقتی جایی خالی شود، پیام می‌گیرید و می‌توانید آن را بگیرید.
ev-left = انجام شد: جای شما برای کس دیگری آزاد شد. تا وقتی جای خالی هست، می‌توانید دوباره ثبت‌نام کنید.
ev-left-line = انجام شد: از فهرست انتظار خارج شدید.
ev-noted = ممنون که به ما خبر دادید.
ev-offer-gone = این پیشنهاد دیگر معتبر نیست.
ev-declined = ممنون که به ما خبر دادید: جا به نفر بعدی در صف می‌رسد.
ev-still-thanks = ممنون! آنجا می‌بینیمتان.
ev-no-seat = شما در این برنامه جایی ندارید.
ev-is-cancelled = این برنامه لغو شده است.
ev-is-over = این برنامه برگزار شده است؛ دیگر چیزی را نمی‌شود تغییر داد.
ev-calendar-caption = 📅 { $title }: این فایل را باز کنید تا به تقویم شما اضافه شود.
ev-needs-ask = برای شرکت به چیزی نیاز دارید؟ هر چه لازم دارید، بزنید. برگزارکنندگان فقط می‌بینند چند نفر به چه چیزی نیاز دارند، هرگز نمی‌بینند چه کسی.
ev-needs-no-interpreter = لازم ندارم
btn-ev-interpreter = 🗣️ مترجم: { $language }
btn-ev-childcare = نگهداری از کودک
btn-ev-access = ورودی بدون پله
btn-ev-no-interpreter = مترجم لازم ندارم
btn-ev-needs-done = ✅ تمام
ev-needs-interpreter-ask = مترجم برای شما به کدام زبان ترجمه کند؟
ev-needs-saved = ذخیره شد. ممنون!
ev-offer = 🎟️ یک جا برای شما خالی شده است: { $title }
    { $when }
    آن را می‌خواهید؟ لطفاً تا { $deadline } جواب بدهید؛ بعد از آن، جا به نفر بعدی در صف می‌رسد.
ev-offer-lapsed = ⌛ جای «{ $title }» به نفر بعدی در صف رسید، چون به‌موقع جوابی نیامد. از پیام همین برنامه می‌توانید دوباره در فهرست انتظار ثبت‌نام کنید.
ev-still = هنوز به «{ $title }» می‌آیید؟
    { $when }
    اگر نه، با یک بار زدن، جای شما برای کسی در فهرست انتظار آزاد می‌شود.
ev-reminder = ⏰ یادآوری: { $title }
    { $when }
    📍 { $place }
    کد ورود شما: { $code }
ev-reminder-no-place = ⏰ یادآوری: { $title }
    { $when }
    کد ورود شما: { $code }
ev-moved = 🗓️ زمان جدید «{ $title }»:
    { $when }
    جای شما برایتان می‌ماند. یک فایل تقویم جدید هم برایتان می‌آید.
ev-moved-waiting = 🗓️ زمان جدید «{ $title }»:
    { $when }
    هنوز در فهرست انتظار هستید.
ev-cancelled = ❌ «{ $title }» لغو شده است و برگزار نمی‌شود. متأسفیم.
ev-organisers = ✉️ از طرف برگزارکنندگان «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = رویداد بازی ندارید. با /announce یک کارگاه یا نشست گفتگو را اعلام کنید.
staff-ev-unlimited = نامحدود
staff-ev-counts = ثبت‌نام‌شده: { $registered } از { $seats } (+{ $reserved } رزروشده) · فهرست انتظار: { $waiting } · پیشنهادهای باز: { $offered } · ورود ثبت‌شده: { $checked }
staff-ev-needs = نیازها: { $list }
staff-ev-needs-interpreters = مترجم: { $list }
staff-ev-needs-childcare = نگهداری از کودک: { $count }
staff-ev-needs-access = ورودی بدون پله: { $count }
staff-ev-needs-none = نیازها: تا حالا کسی چیزی نگفته است.
btn-staff-ev-export = 📋 فهرست شرکت‌کنندگان (CSV)
btn-staff-ev-message = ✉️ پیام به ثبت‌نام‌شده‌ها
btn-staff-ev-move = 🗓️ تغییر زمان
btn-staff-ev-cancel = 🚫 لغو رویداد
btn-staff-ev-close = 🏁 بستن: شمارش حاضران
staff-ev-export-caption = فهرست شرکت‌کنندگان: نام‌های مستعار، وضعیت، ثبت ورود و نیازها. بدون نام یا شناسهٔ تلگرام.
staff-ev-cancel-ask = این رویداد لغو شود؟ روی همهٔ پیام‌های آن «لغو شد» نشان داده می‌شود و به همهٔ ثبت‌نام‌شده‌ها و کسانی که در فهرست انتظارند خبر داده می‌شود.
btn-staff-ev-cancel-yes = بله، لغو شود
btn-staff-ev-cancel-no = نه، بماند
staff-ev-cancelled = لغو شد. به { $count } شرکت‌کننده خبر داده می‌شود.
staff-ev-not-yet = رویداد هنوز شروع نشده است؛ بعد از شروع آن می‌توانید آن را ببندید.
staff-ev-closed = بسته شد. ورود { $attended } نفر از { $registered } نفر ثبت‌نام‌شده ثبت شد.
staff-ev-closed-before = این رویداد قبلاً بسته شده است.
staff-ev-move-flow = 🗓️ تغییر زمان رویداد
staff-ev-move-ask = 🗓️ تاریخ و ساعت جدید:
staff-ev-message-flow = ✉️ پیام به ثبت‌نام‌شده‌ها
staff-ev-message-ask = ✉️ پیام شما به همهٔ ثبت‌نام‌شده‌ها (همان‌طور که می‌نویسید، فرستاده می‌شود):
staff-ev-label-message = پیام
staff-ev-summary = لطفاً بررسی کنید:
staff-ev-saving = در حال ذخیره…
staff-ev-moved = به { $when } منتقل شد. به { $count } شرکت‌کننده خبر داده می‌شود و یک فایل تقویم جدید می‌گیرند.
staff-ev-message-sent = پیام شما برای { $count } نفر ثبت‌نام‌شده فرستاده می‌شود.
staff-ev-checkin-usage = /checkin و کدِ روی کارت آن فرد را بنویسید، مثلاً /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ ورود برای «{ $title }» ثبت شد. { $checked } نفر از { $registered } نفر اینجا هستند.
staff-ev-checked-in-before = ورود با این کد قبلاً ثبت شده بود («{ $title }»). { $checked } نفر از { $registered } نفر اینجا هستند.
staff-ev-checkin-unknown = ⚠️ در رویدادهای باز شما جایی با این کد نیست. لطفاً کد را بررسی کنید (حرف و عدد، بدون 0, O, 1, I یا L).
staff-ev-which-ideas = در این نشست گفتگو دربارهٔ کدام ایده‌ها صحبت شد؟ روی هر کدام بزنید: صاحب ایده فوراً به زبان خودش خبردار می‌شود (این کار قابل برگشت نیست).
staff-ev-no-ideas = ایدهٔ بازی از محدودهٔ کار شما نیست که بتوان آن را «مطرح‌شده» علامت زد.
staff-ev-idea-marked = { $idea }: به‌عنوان «مطرح‌شده» علامت خورد؛ به صاحب ایده خبر داده می‌شود.
