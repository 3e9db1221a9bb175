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
