# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = پرسیاری { $n } لە { $total }
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
echo-answer = ؜✓ { $answer }
echo-skipped = ⏭️ تێپەڕێنرا
multi-selected = { $count ->
    [0] هێشتا هیچ شتێک هەڵنەبژێردراوە.
    [one] { $count } دانە هەڵبژێردرا. کاتێک تەواو بوون، ✅ تەواو هەڵبژێرن.
   *[other] { $count } دانە هەڵبژێردران. کاتێک تەواو بوون، ✅ تەواو هەڵبژێرن.
}
multi-instructions = هەموو ئەوانەی بۆتان دەگونجێن هەڵبژێرن، پاشان ✅ تەواو.

btn-back = ⬅️ گەڕانەوە
btn-skip = ⏭️ تێپەڕاندن
btn-why = 🔒 بۆچی دەپرسین؟
btn-done = ✅ تەواو
btn-language = 🌐 زمان
btn-confirm = ✅ هەمووی ڕاستە
btn-change = ✏️ گۆڕین: { $item }
btn-wrong-age = ↩️ تەمەنی هەڵەم هەڵبژارد

hint-choice = تکایە یەکێک لە دوگمەکان هەڵبژێرن.
hint-multi = تکایە ئەو دوگمانەی بۆتان دەگونجێن هەڵبژێرن، پاشان ✅ تەواو.
hint-text-short = ئەمە کەمێک کورتە. تکایە لانیکەم { $min } پیت بنووسن.
hint-text-long = ئەمە زۆر درێژە. تکایە لە { $max } پیت زیاتر مەنووسن.
hint-text-pattern = ئەمە ڕاست دیار نییە. تکایە دووبارە هەوڵ بدەنەوە.
hint-text-empty = تکایە وەڵامەکەتان وەک نامەیەک بنووسن.
hint-number = تکایە ژمارەیەک لە { $min } تا { $max } بنێرن.
hint-not-text = تکایە بە نووسین یان بە دوگمە وەڵام بدەنەوە. وێنە، دەنگ یان فایل هەڵناگرین.
stuck-help = وا دیارە ئەمە کار ناکات. دوگمەکان بەکاربهێنن، ⬅️ بگەڕێنەوە، یان /help بنێرن.

stale-button = ئەو دوگمەیە هی پرسیارێکی پێشووە. ئەمە پرسیاری ئێستایە.
flow-changed = لەو کاتەوەی دەستتان پێکردووە، ئەم پرسیارانەمان گۆڕیوە. با ئەم بەشە لە سەرەتاوە دەست پێ بکەینەوە؛ وەڵامەکانی ترتان هەڵگیراون.
no-back = ئەمە یەکەم پرسیارە.
cannot-skip = ناتوانرێت بەسەر ئەم پرسیارەدا تێپەڕین.
error-try-again = 😔 ببورن، هەڵەیەک لە لایەن ئێمەوە ڕوویدا. وەڵامەکانتان پارێزراون. تکایە دوای خولەکێک دووبارە هەوڵ بدەنەوە.

summary-title = ئەمە ئەوەیە کە پێتان وتین:
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
summary-line = ؜{ $label }: { $value }
summary-skipped = — تێپەڕێنرا

flow-onboarding = 👋 دەستپێکردن
flow-jobs = 💼 کار و ڕاهێنان
flow-self-employment = 🏪 پڕۆژەی خۆم
flow-ideas = 💡 بیرۆکەیەک بۆ پشتگیری باشتر

menu-title = 🏠 دەتانەوێت چی بکەن؟
language-title = 🌐 کام زمانتان دەوێت؟
language-changed = ✓ زمان گۆڕدرا. وەڵامەکانتان هەڵگیراون.
restart-done = ئەم پرسیارانە لە سەرەتاوە دەست پێ دەکەینەوە.

list-separator = {"، "}
part-separator = {" · "}
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
mark-chosen = ؜✓ { $label }
mark-ticked = ؜☑️ { $label }
