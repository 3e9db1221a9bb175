# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ ورکشاپ
ann-kind-salon = 🏛️ مجلس: له پرېکړه کوونکو سره کتنه
ann-kind-info = ℹ️ معلومات
ann-cancelled = ❌ لغوه شو: دا پروګرام نه ترسره کېږي.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }، { $date }، ساعت { $time } (د { $zone } وخت)
ann-date = { $day }/{ $month }/{ $year }
ann-weekday-1 = دوشنبه
ann-weekday-2 = سه‌شنبه
ann-weekday-3 = چهارشنبه
ann-weekday-4 = پنجشنبه
ann-weekday-5 = جمعه
ann-weekday-6 = شنبه
ann-weekday-7 = یکشنبه
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (په { $language } ژبه لیکل شوی؛ ستاسو په ژبه تر اوسه متن نشته.)
btn-ann-link = 🔗 نور معلومات
btn-ann-why = ❓ دا ولې ماته راځي؟
btn-ann-stop = 🔕 نور خبرونه نه غواړم
ann-why = دا خبر تاسو ته ځکه راغلی چې تاسو د خبرونو ترلاسه کولو ته هو ویلې ده، او ځکه چې:
    { $reasons }
    تاسو کولی شئ هر وخت یې په /stop یا د 🔕 په تڼۍ ودروئ.
ann-why-region = په { $region } کې اوسېږئ
ann-why-country = په { $country } کې اوسېږئ
ann-why-language = ستاسو ژبه { $language } ده
ann-why-goal = تاسو دا لټوئ: { $goal }
ann-why-source = sifor ته د هغې ادارې د لینک له لارې راغلي یاست چې دا خبر لېږي
ann-why-everyone = دا خبر ستاسو په سیمه کې د ټولو لپاره دی
ann-why-gone = دا خبر نور دلته نشته.
