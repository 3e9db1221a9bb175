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
