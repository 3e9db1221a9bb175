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
myideas-seen = 👀 ژمارەی ئەو ڕێکخراوانەی بینیویانە: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 بیرۆکەکەتان { $idea } (بابەت: { $topic }): { $status }
    واتاکەی: { $means }
    /myideas هەموو بیرۆکەکانتان پیشان دەدات.
idea-discussed-at = 🏛️ لە دیدارێکدا لەگەڵ بڕیاربەدەستان باسی لێوەکرا. شوێن: { $place }. ڕێکەوت: { $date }.
idea-discussed-on = 🏛️ لە دیدارێکدا لەگەڵ بڕیاربەدەستان باسی لێوەکرا. ڕێکەوت: { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 وەڵامی { $organisation } دەربارەی بیرۆکەکەتان { $idea }:

    { $text }
idea-reply-written-in = (زمانی نووسین: { $language }.)
idea-reply-thanks = سوپاس بۆ بیرۆکەکەتان. بە وردی خوێندمانەوە.
idea-reply-meeting = سوپاس. بیرۆکەکەتان دەبەینە کۆبوونەوەی داهاتوومان لەگەڵ بڕیاربەدەستان.
idea-reply-who = دەتوانن زیاتر پێمان بڵێن بیرۆکەکەتان سوودی بۆ کێ دەبێت؟
idea-reply-how = دەتوانن زیاتر پێمان بڵێن لە کرداردا چۆن کار دەکات؟
idea-reply-exists = لەوانەیە شتێکی لەو شێوەیە پێشتر هەبێت. خەریکی پشکنینین و دووبارە بۆتان دەنووسینەوە.
idea-reply-later = هێشتا کاری لەسەر دەکەین و کاتێک زیاترمان زانی، پێتان دەڵێین.
btn-idea-answer = ↩️ وەڵامدانەوە
btn-idea-mute = 🔕 ڕاگرتنی وەڵامەکان دەربارەی ئەم بیرۆکەیە
idea-replies-muted = ئیتر وەڵام دەربارەی بیرۆکەی { $idea } وەرناگرن. بەڵام هەر پێتان دەڵێین چی بەسەر بیرۆکەکەدا دێت.
idea-answer-flow = ↩️ وەڵام دەربارەی بیرۆکەکەتان
idea-answer-ask = ↩️ وەڵامەکەتان. ڕێکخراوەکە تەنها کۆدی بیرۆکەکەتان دەبینێت، هەرگیز ناو یان هەژماری تێلێگرامتان نابینێت.
idea-answer-label = وەڵامەکەتان
idea-answer-summary = تکایە وەڵامەکەتان بپشکنن:
idea-answer-saving = دەنێردرێت…
idea-answer-sent = نێردرا بۆ { $organisation }. ئەوان نابینن ئێوە کێن.
