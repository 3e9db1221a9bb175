# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
ev-over = ⏱️ این برنامه دایر شده است.
ev-seats-open = 🪑 جای خالی موجود است.
ev-seats-few = { $count ->
    [one] 🪑 فقط یک جای باقی مانده است.
   *[other] 🪑 فقط { $count } جای باقی مانده است.
}
ev-seats-full = 🪑 پر است: در لست انتظار نام خود را ثبت کرده می‌توانید.
ev-mine-registered = ✅ برای شما یک جای گرفته شده است. کد ورود شما: { $code }
ev-mine-waiting = 🕒 در لست انتظار هستید: نفر { $place }.
ev-mine-offered = 🎟️ یک جای برای شما خالی شده است! لطفاً تا { $deadline } جواب بدهید.
btn-ev-join = 🕒 ثبت نام در لست انتظار
btn-ev-cant = ❌ آمده نمی‌توانم
btn-ev-needs = 🙋 برای اشتراک به چه ضرورت دارم
btn-ev-calendar = 📅 علاوه کردن به جنتری من
btn-ev-cancel = ❌ جای خود را پس می‌دهم
btn-ev-leave = ❌ بیرون شدن از لست انتظار
btn-ev-accept = ✅ جای را می‌گیرم
btn-ev-decline = ❌ آمده نمی‌توانم
btn-ev-still = ✅ بلی، می‌آیم
btn-ev-free = ❌ جای خود را خالی می‌کنم
ev-registered = ✅ برای شما یک جای گرفته شده است. این کد را دم دروازه نشان بدهید: { $code }
    فایل زیر این برنامه را به جنتری تیلفون شما علاوه می‌کند.
ev-waiting = 🕒 تمام جای‌ها پر است. شما نفر { $place } در لست انتظار هستید. وقتی جایی خالی شود، پیام می‌گیرید و آن را گرفته می‌توانید.
ev-left = انجام شد: جای شما برای کس دیگری خالی شد. تا وقتی جای خالی باشد، دوباره نام خود را ثبت کرده می‌توانید.
ev-left-line = انجام شد: از لست انتظار بیرون شدید.
ev-noted = تشکر که به ما خبر دادید.
ev-declined = تشکر که به ما خبر دادید: جای به نفر بعدی در نوبت می‌رسد.
ev-still-thanks = تشکر! شما را آنجا می‌بینیم.
ev-no-seat = شما در این برنامه جای ندارید.
ev-is-over = این برنامه دایر شده است؛ دیگر هیچ چیز تغییر داده نمی‌شود.
ev-calendar-caption = 📅 { $title }: این فایل را باز کنید تا به جنتری شما علاوه شود.
ev-needs-ask = برای اشتراک به چیزی ضرورت دارید؟ بالای هر چه ضرورت دارید کلیک کنید. تنظیم‌کنندگان فقط می‌بینند که چند نفر به چه چیزی ضرورت دارند، هیچ وقت نمی‌بینند که چه کسی.
ev-needs-no-interpreter = ضرورت ندارم
btn-ev-interpreter = 🗣️ ترجمان: { $language }
btn-ev-childcare = نگهداری از طفل
btn-ev-access = دروازهٔ بدون زینه
btn-ev-no-interpreter = به ترجمان ضرورت ندارم
ev-needs-interpreter-ask = ترجمان برای شما به کدام زبان ترجمه کند؟
ev-needs-saved = ذخیره شد. تشکر!
ev-offer = 🎟️ یک جای برای شما خالی شده است: { $title }
    { $when }
    آن را می‌خواهید؟ لطفاً تا { $deadline } جواب بدهید؛ بعد از آن، جای به نفر بعدی در نوبت می‌رسد.
ev-offer-lapsed = ⌛ جای «{ $title }» به نفر بعدی در نوبت رسید، چون به وقت جوابی نیامد. از پیام همین برنامه دوباره در لست انتظار نام خود را ثبت کرده می‌توانید.
ev-still = هنوز به «{ $title }» می‌آیید؟
    { $when }
    اگر نه، با یک کلیک جای شما برای کسی در لست انتظار خالی می‌شود.
ev-moved = 🗓️ وقت نو «{ $title }»:
    { $when }
    جای شما برای شما باقی می‌ماند. یک فایل جنتری نو هم برای شما روان می‌شود.
ev-moved-waiting = 🗓️ وقت نو «{ $title }»:
    { $when }
    هنوز در لست انتظار هستید.
ev-cancelled = ❌ «{ $title }» لغو شده است و دایر نمی‌شود. متأسفیم.
ev-organisers = ✉️ از طرف تنظیم‌کنندگان «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = رویداد بازی ندارید. با /announce یک ورکشاپ یا نشست گفتگو را اعلان کنید.
staff-ev-counts = ثبت‌نام‌شده: { $registered } از { $seats } (+{ $reserved } ریزرف‌شده) · لست انتظار: { $waiting } · پیشنهادهای باز: { $offered } · ورود ثبت‌شده: { $checked }
staff-ev-needs = ضرورت‌ها: { $list }
staff-ev-needs-interpreters = ترجمان: { $list }
staff-ev-needs-childcare = نگهداری از طفل: { $count }
staff-ev-needs-access = دروازهٔ بدون زینه: { $count }
staff-ev-needs-none = ضرورت‌ها: تا حال کسی چیزی نگفته است.
btn-staff-ev-export = 📋 لست اشتراک‌کنندگان (CSV)
btn-staff-ev-move = 🗓️ تغییر وقت
btn-staff-ev-close = 🏁 بستن: حساب حاضری
staff-ev-export-caption = لست اشتراک‌کنندگان: نام‌های مستعار، وضعیت، ثبت ورود و ضرورت‌ها. بدون نام یا آی‌دی تلگرام.
staff-ev-cancel-ask = این رویداد لغو شود؟ بالای تمام پیام‌های آن «لغو شد» نشان داده می‌شود و به تمام ثبت‌نام‌شده‌ها و کسانی که در لست انتظار هستند خبر داده می‌شود.
btn-staff-ev-cancel-yes = بلی، لغو شود
btn-staff-ev-cancel-no = نخیر، بماند
staff-ev-cancelled = لغو شد. به { $count } اشتراک‌کننده خبر داده می‌شود.
staff-ev-not-yet = رویداد هنوز شروع نشده است؛ بعد از شروع، آن را بسته کرده می‌توانید.
staff-ev-move-flow = 🗓️ تغییر وقت رویداد
staff-ev-move-ask = 🗓️ تاریخ و ساعت نو:
staff-ev-message-ask = ✉️ پیام شما به تمام ثبت‌نام‌شده‌ها (همان‌طور که می‌نویسید، روان می‌شود):
staff-ev-moved = به { $when } منتقل شد. به { $count } اشتراک‌کننده خبر داده می‌شود و یک فایل جنتری نو می‌گیرند.
staff-ev-message-sent = پیام شما برای { $count } نفر ثبت‌نام‌شده روان می‌شود.
staff-ev-which-ideas = در این نشست در مورد کدام ایده‌ها صحبت شد؟ بالای هر کدام کلیک کنید: صاحب ایده فوراً به زبان خود خبر می‌شود (این کار قابل برگشت نیست).
staff-ev-no-ideas = ایدهٔ بازی از ساحهٔ کار شما نیست که به حیث «مطرح‌شده» علامه‌گذاری شود.
staff-ev-idea-marked = { $idea }: به حیث «مطرح‌شده» علامه‌گذاری شد؛ به صاحب ایده خبر داده می‌شود.
