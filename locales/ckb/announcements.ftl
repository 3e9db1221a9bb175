# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ وۆرکشۆپ
ann-kind-salon = 🏛️ دانیشتن: دیدار لەگەڵ بڕیاربەدەستان
ann-kind-info = ℹ️ زانیاری
ann-cancelled = ❌ هەڵوەشایەوە: ئەمە ئەنجام نادرێت.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }، { $date }، کاتژمێر { $time } (بە کاتی { $zone })
ann-date = { $day }/{ $month }/{ $year }
ann-weekday-1 = دووشەممە
ann-weekday-2 = سێشەممە
ann-weekday-3 = چوارشەممە
ann-weekday-4 = پێنجشەممە
ann-weekday-5 = هەینی
ann-weekday-6 = شەممە
ann-weekday-7 = یەکشەممە
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (بە زمانی { $language } نووسراوە؛ هێشتا دەق بە زمانی ئێوە نییە.)
btn-ann-link = 🔗 زانیاری زیاتر
btn-ann-why = ❓ بۆچی ئەمەم بۆ دێت؟
btn-ann-stop = 🔕 ڕاگرتنی هەواڵەکان
ann-why = ئەم هەواڵەتان بۆ هاتووە چونکە ڕازی بوون هەواڵتان بۆ بنێرین، هەروەها چونکە:
    { $reasons }
    هەر کاتێک بتانەوێت، دەتوانن بە /stop یان بە دوگمەی 🔕 ڕایانبگرن.
ann-why-region = لە { $region } دەژین
ann-why-country = لە { $country } دەژین
ann-why-language = بە زمانی { $language } دەخوێننەوە
ann-why-goal = بەدوای ئەمەدا دەگەڕێن: { $goal }
ann-why-source = لە ڕێگەی بەستەری ئەو ڕێکخراوەوە هاتوونەتە ناو sifor کە ئەم هەواڵە دەنێرێت
ann-why-everyone = ئەم هەواڵە بۆ هەموو کەسێکە لە ناوچەکەتاندا
ann-why-gone = ئەم هەواڵە ئیتر لێرە نییە.
