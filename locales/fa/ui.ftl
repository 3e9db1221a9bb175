# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = سوال { $n } از { $total }
echo-answer = ؜✓ { $answer }
echo-skipped = ⏭️ رد شد
multi-selected = { $count ->
    [0] هنوز چیزی انتخاب نشده است.
    [one] { $count } مورد انتخاب شد. وقتی آماده بودید، ✅ تمام را بزنید.
   *[other] { $count } مورد انتخاب شد. وقتی آماده بودید، ✅ تمام را بزنید.
}
multi-instructions = همهٔ گزینه‌های مناسب را بزنید، بعد ✅ تمام.

btn-back = ⬅️ بازگشت
btn-skip = ⏭️ رد شدن
btn-why = 🔒 چرا می‌پرسیم؟
btn-done = ✅ تمام
btn-language = 🌐 زبان
btn-confirm = ✅ درست است
btn-change = ✏️ تغییر: { $item }
btn-wrong-age = ↩️ سن را اشتباه انتخاب کردم

hint-choice = لطفاً یکی از دکمه‌ها را بزنید.
hint-multi = لطفاً دکمه‌های مناسب را بزنید، بعد ✅ تمام.
hint-text-short = این کمی کوتاه است. لطفاً دست‌کم { $min } حرف بنویسید.
hint-text-long = این خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
hint-text-pattern = این درست به نظر نمی‌رسد. لطفاً دوباره امتحان کنید.
hint-text-empty = لطفاً جواب خود را به‌صورت پیام بنویسید.
hint-number = لطفاً عددی از { $min } تا { $max } بفرستید.
hint-not-text = لطفاً با نوشتن یا با دکمه جواب بدهید. ما عکس، صدا یا فایل نگه نمی‌داریم.
stuck-help = انگار این کار نمی‌کند. از دکمه‌ها استفاده کنید، ⬅️ برگردید، یا /help را بفرستید.

stale-button = این دکمه مربوط به یک سوال قبلی است. سوال فعلی این است.
flow-changed = از وقتی شروع کردید، این سوال‌ها را تغییر داده‌ایم. بیایید این بخش را از نو شروع کنیم؛ جواب‌های دیگر شما نگه داشته می‌شوند.
no-back = این اولین سوال است.
cannot-skip = نمی‌شود از این سوال رد شد.
error-try-again = 😔 متأسفیم، از طرف ما مشکلی پیش آمد. جواب‌های شما محفوظ است. لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.

summary-title = این‌ها را به ما گفتید:
summary-line = ؜{ $label }: { $value }
summary-skipped = ؜—

flow-onboarding = 👋 شروع
flow-jobs = 💼 کار و آموزش
flow-self-employment = 🏪 کسب‌وکار خودم
flow-ideas = 💡 ایده‌ای برای حمایت بهتر

menu-title = 🏠 چه کاری می‌خواهید انجام دهید؟
language-title = 🌐 کدام زبان را می‌خواهید؟
language-changed = ✓ زبان تغییر کرد. جواب‌های شما نگه داشته می‌شوند.
restart-done = این سوال‌ها را از نو شروع می‌کنیم.

list-separator = {"، "}
part-separator = {" · "}
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
mark-chosen = ؜✓ { $label }
mark-ticked = ؜☑️ { $label }
