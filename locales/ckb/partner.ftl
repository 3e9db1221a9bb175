# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 بیرۆکە کراوەکان لە ناوچەکەتاندا: { $count } (کۆنترینەکان سەرەتا)
staff-review-empty = لە ئێستادا هیچ بیرۆکەیەکی کراوە لە ناوچەکەتاندا نییە.
staff-review-no-region = ناوچە دیاری نەکراوە
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · زمانی نووسین: { $language }
staff-review-may-answer = ✉️ خاوەنی بیرۆکەکە ڕێگە دەدات وەڵامی بدەنەوە.
staff-review-no-answer = خاوەنی بیرۆکەکە وەڵامی ناوێت.
staff-review-status = دۆخ: { $status } · ئەوەی بە خاوەنی بیرۆکەکە وترا: { $told }
staff-review-claimed-by = 🙋 بەرپرسیار: { $organisation }
btn-staff-review-claim = 🙋 من وەریدەگرم
btn-staff-review-status = 📝 دۆخ
btn-staff-review-publish = 📣 ئاگادارکردنەوەی خاوەنی بیرۆکەکە
btn-staff-review-next = ➡️ دواتر
staff-review-claimed = 🙋 ئەم بیرۆکەیەتان بۆ { $organisation } وەرگرت. ڕێکخراوەکانی تر دەبینن کە ئێوە وەڵامی دەدەنەوە.
staff-review-taken = ڕێکخراوێکی تر پێش ئێوە ئەم بیرۆکەیەی وەرگرت: { $organisation }.
staff-review-which-status = 📝 دۆخی { $idea } چییە؟ خاوەنی بیرۆکەکە تەنها کاتێک ئاگادار دەکرێتەوە کە 📣 دابگرن.
staff-review-which-reason = 📝 بۆچی { $idea } وەرناگیرێت؟ خاوەنی بیرۆکەکە هۆکارەکە بە زمانی خۆی دەخوێنێتەوە.
staff-review-status-set = 📝 دۆخەکە دیاری کرا. هێشتا خاوەنی بیرۆکەکە ئاگادار نەکراوەتەوە.
staff-review-published = 📣 خاوەنی { $idea } بە زمانی خۆی ئاگادار کرایەوە.
staff-review-nothing-new = هیچ شتێکی نوێ نییە بۆ ئاگادارکردنەوەی خاوەنی { $idea }: ئەو پێشتر ئەم دۆخە دەزانێت.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 بیرۆکەکان لە ناوچەکەتاندا: { $count }. هەر بیرۆکەیەک بە ناوی خوازراوی خۆی؛ ناو و ناسنامەی تێلێگرامی تێدا نییە. تکایە فایلەکە تەنها لەناو ڕێکخراوەکەتاندا بهێڵنەوە.
staff-export-empty = 📄 هێشتا هیچ بیرۆکەیەک لە ناوچەکەتاندا نییە بۆ دەرهێنان.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ خاوەنی بیرۆکەکە بیرۆکەکەی کشاندەوە: دەقەکان سڕانەوە.
staff-review-notes = تێبینییەکان (تەنها تیم دەیانبینێت):
staff-review-note-staff = تیم
btn-staff-review-reply = 💬 وەڵامدانەوەی خاوەنی بیرۆکەکە
btn-staff-review-note = 📝 تێبینی
btn-staff-review-flag = 🚩 سپام یان سووکایەتی
staff-relay-muted = خاوەنی بیرۆکەی { $idea } داوای کردووە ئیتر وەڵامی بۆ نەنێردرێت.
staff-relay-not-now = تەنها ئەو ڕێکخراوەی کە بیرۆکەی { $idea } وەرگرتووە دەتوانێت وەڵام بداتەوە، ئەویش تەنها ئەگەر خاوەنی بیرۆکەکە ڕێگە بە وەڵام بدات.
staff-relay-choose = وەڵامێک هەڵبژێرن. خاوەنی بیرۆکەکە بە زمانی خۆی دەیخوێنێتەوە:
    { $list }
btn-staff-relay-write = ✍️ خۆم دەینووسم
staff-relay-sent = بە ناوی ڕێکخراوەکەتانەوە نێردرا بۆ خاوەنی بیرۆکەی { $idea }.
staff-relay-flagged = بیرۆکەی { $idea } لە هەموو لیستەکانی پێداچوونەوە شاردرایەوە.
staff-relay-noted = تێبینییەکە لەسەر بیرۆکەی { $idea } هەڵگیرا. خاوەنی بیرۆکەکە هەرگیز نایبینێت.
staff-relay-flow = ✍️ وەڵام بۆ خاوەنی بیرۆکە
staff-relay-ask = ✍️ وەڵامەکەتان. وەک خۆی دەگوازرێتەوە، لەگەڵ ئاماژە بە زمانەکەتان؛ خاوەنی بیرۆکەکە ناوتان نازانێت. تکایە هیچ زانیارییەکی پەیوەندیکردن مەنووسن.
staff-relay-label = وەڵام
staff-relay-summary = تکایە بپشکنن:
staff-relay-saving = هەڵدەگیرێت…
staff-note-flow = 📝 تێبینی لەسەر بیرۆکەیەک
staff-note-ask = 📝 تێبینییەکەتان. تەنها ئەو ئەندامانەی تیم دەیخوێننەوە کە ئەم بیرۆکەیە دەبینن، هەرگیز خاوەنی بیرۆکەکە نایخوێنێتەوە.
staff-note-label = تێبینی
btn-staff-relay-show = 📋 پیشاندانی بیرۆکەکە
staff-relay-answer = ↩️ خاوەنی بیرۆکەی { $idea } وەڵام دەداتەوە:

    { $text }
staff-relay-escalated = ⏰ لە ماوەی { $days } ڕۆژدا هیچ ڕێکخراوێک بیرۆکەی { $idea } ({ $place } · { $topic }) وەرنەگرتووە. تکایە بە /review سەیری بکەن.
btn-staff-review-publish-all = 📣 ئێستا خاوەنی بیرۆکەکان ئاگادار بکەرەوە ({ $count })
staff-review-published-all = 📣 ژمارەی ئەو دۆخانەی بۆ خاوەنی بیرۆکەکان نێردران: { $count }. بە زمانی خۆیان پێیان دەگات.
btn-staff-review-story = 🌟 چیرۆکی سەرکەوتن
