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
