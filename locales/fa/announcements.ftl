# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ کارگاه
ann-kind-salon = 🏛️ نشست گفتگو با تصمیم‌گیرندگان
ann-kind-info = ℹ️ اطلاعات
ann-cancelled = ❌ لغو شد: این برنامه برگزار نمی‌شود.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }، { $date }، ساعت { $time } (به وقت { $zone })
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
ann-written-in = (به زبان { $language } نوشته شده است؛ هنوز متنی به زبان شما نیست.)
btn-ann-link = 🔗 اطلاعات بیشتر
btn-ann-why = ❓ چرا این را دریافت می‌کنم؟
btn-ann-stop = 🔕 دیگر خبر نمی‌خواهم
ann-why = این خبر برای شما آمده است، چون قبول کرده‌اید که برایتان خبر بفرستیم، و چون:
    { $reasons }
    هر وقت بخواهید، با /stop یا دکمهٔ 🔕 می‌توانید خبرها را قطع کنید.
ann-why-region = در { $region } زندگی می‌کنید
ann-why-country = در { $country } زندگی می‌کنید
ann-why-language = زبان شما { $language } است
ann-why-goal = دنبال این هستید: { $goal }
ann-why-source = از طریق لینک سازمانی که این خبر را می‌فرستد، به sifor آمده‌اید
ann-why-everyone = این خبر برای همهٔ کسانی است که در منطقهٔ شما زندگی می‌کنند
ann-why-gone = این خبر دیگر اینجا نیست.
