# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
idea-status-received-means = ایدهٔ شما رسید. موسسات همکار در ساحهٔ شما آن را می‌خوانند.
idea-status-in-review-means = یک موسسه ایدهٔ شما را به دقت بررسی می‌کند.
idea-status-forwarded = 📨 برای تصمیم‌گیرندگان روان شد
idea-status-forwarded-means = ایدهٔ شما برای کسانی روان شد که در مورد برنامه‌های حمایتی فیصله می‌کنند.
idea-status-discussed-means = در مورد ایدهٔ شما در جلسه‌ای با تصمیم‌گیرندگان صحبت شد.
idea-status-taken-up-means = ایدهٔ شما در حال آزمایش است یا بخشی از یک برنامه شده است. تشکر!
idea-reason-not-in-scope = خارج از کارهایی است که موسسات اینجا انجام داده می‌توانند.
myideas-none = هنوز ایده‌ای روان نکرده‌اید. از مینو یکی را روان کرده می‌توانید: 💡 ایده‌ای برای حمایت بهتر.
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 ایدهٔ شما { $idea } (موضوع: { $topic }): { $status }
    معنی آن: { $means }
    /myideas تمام ایده‌های شما را نشان می‌دهد.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } در مورد ایدهٔ شما { $idea } جواب داده است:

    { $text }
idea-reply-thanks = از ایدهٔ شما تشکر. آن را به دقت خواندیم.
idea-reply-meeting = تشکر. ایدهٔ شما را در جلسهٔ بعدی ما با تصمیم‌گیرندگان مطرح می‌کنیم.
idea-reply-who = آیا کمی بیشتر گفته می‌توانید که چه کسانی از ایدهٔ شما فایده می‌برند؟
idea-reply-how = آیا کمی بیشتر گفته می‌توانید که این ایده در عمل چطور اجرا می‌شود؟
idea-reply-exists = شاید چیزی شبیه این از قبل موجود باشد. آن را بررسی می‌کنیم و دوباره برای شما می‌نویسیم.
idea-reply-later = هنوز بالای آن کار می‌کنیم و وقتی بیشتر بدانیم، به شما خبر می‌دهیم.
btn-idea-mute = 🔕 در مورد این ایده جواب دیگری نمی‌خواهم
idea-replies-muted = دیگر در مورد { $idea } جوابی نمی‌گیرید. ولی باز هم خبر می‌شوید که چه بر سر آن می‌آید.
idea-answer-flow = ↩️ جواب در مورد ایدهٔ شما
idea-answer-ask = ↩️ جواب شما. موسسه فقط کد ایدهٔ شما را می‌بیند و هیچ وقت نام یا حساب تلگرام شما را نمی‌بیند.
idea-answer-sent = برای { $organisation } روان شد. آن‌ها نمی‌بینند که شما چه کسی هستید.
