# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 ایده‌های باز در محدودهٔ کار شما: { $count } (قدیمی‌ترین اول)
staff-review-empty = فعلاً ایدهٔ بازی در محدودهٔ کار شما نیست.
staff-review-no-region = منطقه مشخص نشده
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · زبان نوشتن: { $language }
staff-review-may-answer = ✉️ صاحب ایده اجازه می‌دهد که به او جواب بدهید.
staff-review-no-answer = صاحب ایده نمی‌خواهد جوابی بگیرد.
staff-review-status = وضعیت: { $status } · آنچه به صاحب ایده گفته شده: { $told }
staff-review-claimed-by = 🙋 به عهدهٔ: { $organisation }
btn-staff-review-claim = 🙋 به عهده می‌گیرم
btn-staff-review-status = 📝 وضعیت
btn-staff-review-publish = 📣 خبر دادن به صاحب ایده
btn-staff-review-next = ➡️ بعدی
staff-review-claimed = 🙋 این ایده را از طرف { $organisation } به عهده گرفتید. سازمان‌های دیگر می‌بینند که شما به آن جواب می‌دهید.
staff-review-taken = سازمان دیگری زودتر این ایده را به عهده گرفت: { $organisation }.
staff-review-which-status = 📝 وضعیت { $idea } چیست؟ صاحب ایده فقط وقتی خبردار می‌شود که 📣 را بزنید.
staff-review-which-reason = 📝 چرا { $idea } پذیرفته نمی‌شود؟ صاحب ایده دلیل را به زبان خودش می‌خواند.
staff-review-status-set = 📝 وضعیت ثبت شد. هنوز به صاحب ایده خبر داده نشده است.
staff-review-published = 📣 به صاحب ایدهٔ { $idea } به زبان خودش خبر داده شد.
staff-review-nothing-new = خبر تازه‌ای برای صاحب ایدهٔ { $idea } نیست: او این وضعیت را از قبل می‌داند.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 ایده‌ها در محدودهٔ کار شما: { $count }. هر ایده با نام مستعار خودش، بدون نام و بدون شناسهٔ تلگرام. لطفاً این فایل را فقط در سازمان خود نگه دارید.
staff-export-empty = 📄 فعلاً ایده‌ای در محدودهٔ کار شما برای خروجی گرفتن نیست.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ صاحب ایده آن را پس گرفت: متن‌ها پاک شدند.
staff-review-notes = یادداشت‌ها (فقط تیم آن‌ها را می‌بیند):
staff-review-note-staff = تیم
btn-staff-review-reply = 💬 جواب به صاحب ایده
btn-staff-review-note = 📝 یادداشت
btn-staff-review-flag = 🚩 هرزنامه یا توهین‌آمیز
staff-relay-muted = صاحب ایدهٔ { $idea } خواسته است که دیگر جوابی برایش نیاید.
staff-relay-not-now = فقط سازمانی که { $idea } را به عهده گرفته است می‌تواند جواب بدهد، آن هم فقط وقتی که صاحب ایده اجازهٔ جواب داده باشد.
staff-relay-choose = یک جواب انتخاب کنید. صاحب ایده آن را به زبان خودش می‌خواند:
    { $list }
btn-staff-relay-write = ✍️ جواب خودم را می‌نویسم
staff-relay-sent = به نام سازمان شما برای صاحب ایدهٔ { $idea } فرستاده شد.
staff-relay-flagged = { $idea } از همهٔ فهرست‌ها پنهان شد.
staff-relay-noted = یادداشت روی { $idea } ذخیره شد. صاحب ایده هرگز آن را نمی‌بیند.
staff-relay-flow = ✍️ جواب به صاحب ایده
staff-relay-ask = ✍️ جواب شما. همان‌طور که می‌نویسید، با ذکر زبانتان فرستاده می‌شود؛ صاحب ایده نام شما را نمی‌فهمد. لطفاً هیچ اطلاعات تماسی ننویسید.
staff-relay-label = جواب
staff-relay-summary = لطفاً بررسی کنید:
staff-relay-saving = در حال ذخیره…
staff-note-flow = 📝 یادداشت روی یک ایده
staff-note-ask = 📝 یادداشت شما. فقط اعضای تیم که این ایده را می‌بینند آن را می‌خوانند، هرگز صاحب ایده.
staff-note-label = یادداشت
btn-staff-relay-show = 📋 نمایش ایده
staff-relay-answer = ↩️ صاحب ایدهٔ { $idea } جواب داده است:

    { $text }
staff-relay-escalated = ⏰ هیچ سازمانی در مدت { $days } روز ایدهٔ { $idea } ({ $place } · { $topic }) را به عهده نگرفته است. لطفاً با /review آن را ببینید.
btn-staff-review-publish-all = 📣 اکنون به صاحبان ایده‌ها خبر بده ({ $count })
staff-review-published-all = 📣 تعداد وضعیت‌هایی که به صاحبان ایده‌ها اطلاع داده شد: { $count }. آن‌ها به زبان خودشان باخبر می‌شوند.
btn-staff-review-story = 🌟 داستان موفقیت
