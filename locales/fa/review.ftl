# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 دریافت شد
idea-status-received-means = ایدهٔ شما رسید. سازمان‌های همکار در منطقهٔ شما آن را می‌خوانند.
idea-status-in-review = 🔎 در حال بررسی
idea-status-in-review-means = یک سازمان دارد ایدهٔ شما را با دقت بررسی می‌کند.
idea-status-forwarded = 📨 برای تصمیم‌گیرندگان فرستاده شد
idea-status-forwarded-means = ایدهٔ شما برای کسانی فرستاده شد که دربارهٔ برنامه‌های حمایتی تصمیم می‌گیرند.
idea-status-discussed = 🏛️ در نشست گفتگو مطرح شد
idea-status-discussed-means = دربارهٔ ایدهٔ شما در نشستی با تصمیم‌گیرندگان گفتگو شد.
idea-status-taken-up = 🌱 پذیرفته شد
idea-status-taken-up-means = ایدهٔ شما در حال آزمایش است یا بخشی از یک برنامه شده است. ممنونیم!
idea-status-not-taken-up = 🚫 پذیرفته نشد
idea-status-not-taken-up-means = ایدهٔ شما این بار اجرا نمی‌شود. دلیلش را در ادامه می‌بینید. با این حال، ایدهٔ شما شنیده شد و کمک می‌کند.
idea-reason-exists-already = چیزی شبیه آن از قبل وجود دارد.
idea-reason-not-in-scope = خارج از کارهایی است که سازمان‌های اینجا می‌توانند انجام دهند.
idea-reason-no-funding = فعلاً بودجه‌ای برای آن نیست.
idea-reason-not-feasible = به این شکل قابل اجرا نیست.
myideas-none = هنوز ایده‌ای نفرستاده‌اید. می‌توانید از منو یکی بفرستید: 💡 ایده‌ای برای حمایت بهتر.
myideas-title = 💡 ایده‌های شما ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 تعداد سازمان‌هایی که آن را دیده‌اند: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 ایدهٔ شما { $idea } (موضوع: { $topic }): { $status }
    معنی آن: { $means }
    /myideas همهٔ ایده‌های شما را نشان می‌دهد.
idea-discussed-at = 🏛️ در نشست گفتگو در { $place }، در تاریخ { $date } مطرح شد.
idea-discussed-on = 🏛️ در یک نشست گفتگو در تاریخ { $date } مطرح شد.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } دربارهٔ ایدهٔ شما { $idea } جواب داده است:

    { $text }
idea-reply-written-in = (زبان نوشتن: { $language })
idea-reply-thanks = از ایدهٔ شما ممنونیم. آن را با دقت خواندیم.
idea-reply-meeting = ممنونیم. ایدهٔ شما را در نشست بعدی‌مان با تصمیم‌گیرندگان مطرح می‌کنیم.
idea-reply-who = ممکن است کمی بیشتر بگویید چه کسانی از ایدهٔ شما سود می‌برند؟
idea-reply-how = ممکن است کمی بیشتر بگویید این ایده در عمل چطور اجرا می‌شود؟
idea-reply-exists = شاید چیزی شبیه این از قبل وجود داشته باشد. داریم بررسی می‌کنیم و دوباره برایتان می‌نویسیم.
idea-reply-later = هنوز روی آن کار می‌کنیم و وقتی بیشتر بدانیم، به شما خبر می‌دهیم.
btn-idea-answer = ↩️ جواب دادن
btn-idea-mute = 🔕 جواب دیگری دربارهٔ این ایده نمی‌خواهم
idea-replies-muted = دیگر جوابی دربارهٔ { $idea } نمی‌گیرید. ولی همچنان باخبر می‌شوید که چه بر سر آن می‌آید.
idea-answer-flow = ↩️ جواب دربارهٔ ایدهٔ شما
idea-answer-ask = ↩️ جواب شما. سازمان فقط کد ایدهٔ شما را می‌بیند و هرگز نام یا حساب تلگرام شما را نمی‌بیند.
idea-answer-label = جواب شما
idea-answer-summary = لطفاً جوابتان را بررسی کنید:
idea-answer-saving = در حال ارسال…
idea-answer-sent = برای { $organisation } فرستاده شد. آن‌ها نمی‌بینند که شما چه کسی هستید.
