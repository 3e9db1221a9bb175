# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 گەیشت
idea-status-received-means = بیرۆکەکەتان گەیشت. ڕێکخراوە هاوبەشەکانی ناوچەکەتان دەیخوێننەوە.
idea-status-in-review = 🔎 لە ژێر پێداچوونەوەدایە
idea-status-in-review-means = ڕێکخراوێک بە وردی سەیری بیرۆکەکەتان دەکات.
idea-status-forwarded = 📨 نێردرا بۆ بڕیاربەدەستان
idea-status-forwarded-means = بیرۆکەکەتان نێردرا بۆ ئەو کەسانەی بڕیار لەسەر پرۆگرامەکانی پشتگیری دەدەن.
idea-status-discussed = 🏛️ لە دانیشتنێکدا گفتوگۆی لەسەر کرا
idea-status-discussed-means = لە کۆبوونەوەیەکدا لەگەڵ بڕیاربەدەستان گفتوگۆ لەسەر بیرۆکەکەتان کرا.
idea-status-taken-up = 🌱 وەرگیرا
idea-status-taken-up-means = بیرۆکەکەتان تاقی دەکرێتەوە یان بووەتە بەشێک لە پرۆگرامێک. سوپاس!
idea-status-not-taken-up = 🚫 وەرنەگیرا
idea-status-not-taken-up-means = ئەم جارە بیرۆکەکەتان جێبەجێ ناکرێت. هۆکارەکەی لە خوارەوەیە. لەگەڵ ئەوەشدا بیرۆکەکەتان بیسترا و سوودی هەیە.
idea-reason-exists-already = شتێکی لەو شێوەیە پێشتر هەیە.
idea-reason-not-in-scope = لە دەرەوەی ئەو کارانەیە کە ڕێکخراوەکانی ئێرە دەتوانن بیکەن.
idea-reason-no-funding = لە ئێستادا پارەی بۆ نییە.
idea-reason-not-feasible = بەم شێوەیەی ئێستای ناتوانرێت جێبەجێ بکرێت.
myideas-none = هێشتا هیچ بیرۆکەیەکتان نەناردووە. دەتوانن لە لیستەکەوە یەکێک بنێرن: 💡 بیرۆکەیەک بۆ پشتگیری باشتر.
myideas-title = 💡 بیرۆکەکانتان ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 بیرۆکەکەتان { $idea } (بابەت: { $topic }): { $status }
    واتاکەی: { $means }
    /myideas هەموو بیرۆکەکانتان پیشان دەدات.
idea-discussed-at = 🏛️ لە دیدارێکدا لەگەڵ بڕیاربەدەستان باسی لێوەکرا. شوێن: { $place }. ڕێکەوت: { $date }.
idea-discussed-on = 🏛️ لە دیدارێکدا لەگەڵ بڕیاربەدەستان باسی لێوەکرا. ڕێکەوت: { $date }.
