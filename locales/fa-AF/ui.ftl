# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

echo-skipped = ⏭️ تیر شد
multi-selected = { $count ->
    [0] هنوز چیزی انتخاب نشده است.
    [one] { $count } مورد انتخاب شد. وقتی آماده شدید، بالای ✅ تمام کلیک کنید.
   *[other] { $count } مورد انتخاب شد. وقتی آماده شدید، بالای ✅ تمام کلیک کنید.
}
multi-instructions = بالای همه گزینه‌های مناسب کلیک کنید، بعد ✅ تمام.

btn-back = ⬅️ پس
btn-skip = ⏭️ تیر شدن
btn-wrong-age = ↩️ عمر را اشتباه انتخاب کردم

hint-choice = لطفاً بالای یکی از دکمه‌ها کلیک کنید.
hint-multi = لطفاً بالای دکمه‌های مناسب کلیک کنید، بعد ✅ تمام.
hint-text-short = این کمی کوتاه است. لطفاً حد اقل { $min } حرف بنویسید.
hint-text-long = این بسیار طولانی است. لطفاً حد اکثر { $max } حرف بنویسید.
hint-text-pattern = این درست معلوم نمی‌شود. لطفاً دوباره کوشش کنید.
hint-number = لطفاً یک عدد از { $min } تا { $max } روان کنید.
hint-not-text = لطفاً با نوشتن یا با دکمه جواب بدهید. ما عکس، آواز یا فایل نگه نمی‌داریم.
stuck-help = معلوم می‌شود که این کار نمی‌کند. از دکمه‌ها استفاده کنید، ⬅️ پس بروید، یا /help را روان کنید.

cannot-skip = از این سوال تیر شده نمی‌شود.
error-try-again = 😔 متأسفیم، از طرف ما مشکلی پیش آمد. جواب‌های شما محفوظ است. لطفاً یک دقیقه بعد دوباره کوشش کنید.

flow-self-employment = 🏪 کاروبار خودم
