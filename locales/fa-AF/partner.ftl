# Partners and coordinators: the review queue of ideas (/review). Staff only.
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
staff-review-title = 💡 ایده‌های باز در ساحهٔ کار شما: { $count } (قدیمی‌ترین اول)
staff-review-empty = فعلاً ایدهٔ بازی در ساحهٔ کار شما نیست.
staff-review-no-region = ساحه مشخص نشده
staff-review-claimed = 🙋 این ایده را از طرف { $organisation } به عهده گرفتید. موسسات دیگر می‌بینند که شما به آن جواب می‌دهید.
staff-review-taken = موسسهٔ دیگری پیش از شما این ایده را به عهده گرفت: { $organisation }.
staff-review-which-status = 📝 وضعیت { $idea } چیست؟ صاحب ایده فقط وقتی خبر می‌شود که بالای 📣 کلیک کنید.
