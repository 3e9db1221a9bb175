# Partners and coordinators: the review queue of ideas (/review). Staff only.
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
staff-review-title = 💡 ایده‌های باز در ساحهٔ کار شما: { $count } (قدیمی‌ترین اول)
staff-review-empty = فعلاً ایدهٔ بازی در ساحهٔ کار شما نیست.
staff-review-no-region = ساحه مشخص نشده
staff-review-claimed = 🙋 این ایده را از طرف { $organisation } به عهده گرفتید. موسسات دیگر می‌بینند که شما به آن جواب می‌دهید.
staff-review-taken = موسسهٔ دیگری پیش از شما این ایده را به عهده گرفت: { $organisation }.
staff-review-which-status = 📝 وضعیت { $idea } چیست؟ صاحب ایده فقط وقتی خبر می‌شود که بالای 📣 کلیک کنید.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 ایده‌ها در ساحهٔ کار شما: { $count }. هر ایده با نام مستعار خودش، بدون نام و بدون شناسهٔ تلگرام. لطفاً این فایل را فقط در موسسهٔ خود نگه دارید.
staff-export-empty = 📄 فعلاً ایده‌ای در ساحهٔ کار شما برای گرفتن خروجی نیست.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-relay-not-now = فقط موسسه‌ای که { $idea } را به عهده گرفته است جواب داده می‌تواند، آن هم فقط وقتی که صاحب ایده اجازهٔ جواب داده باشد.
staff-relay-sent = به نام موسسهٔ شما برای صاحب ایدهٔ { $idea } روان شد.
staff-relay-ask = ✍️ جواب شما. همان‌طور که می‌نویسید، با ذکر زبان شما روان می‌شود؛ صاحب ایده نام شما را نمی‌فهمد. لطفاً هیچ معلومات تماس ننویسید.
staff-relay-escalated = ⏰ هیچ موسسه‌ای در مدت { $days } روز ایدهٔ { $idea } ({ $place } · { $topic }) را به عهده نگرفته است. لطفاً با /review آن را ببینید.
