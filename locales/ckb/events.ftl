# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }، { $date }، کاتژمێر { $time }
ev-over = ⏱️ ئەم چالاکییە کۆتایی هاتووە.
ev-seats-open = 🪑 شوێنی بەتاڵ هەیە.
ev-seats-few = { $count ->
    [one] 🪑 تەنها 1 شوێن ماوە.
   *[other] 🪑 تەنها { $count } شوێن ماوە.
}
ev-seats-full = 🪑 پڕ بووە: دەتوانن بچنە ناو لیستی چاوەڕوانییەوە.
ev-mine-registered = ✅ شوێنتان هەیە. کۆدی چوونەژوورەوەتان: { $code }
ev-mine-waiting = 🕒 لە لیستی چاوەڕوانیدان: ژمارە { $place }.
ev-mine-offered = 🎟️ شوێنێک بۆ ئێوە بەتاڵ بووە! تکایە لە کاتی خۆیدا وەڵام بدەنەوە. دوا کات: { $deadline }.
btn-ev-come = ✅ دێم
btn-ev-join = 🕒 چوونە ناو لیستی چاوەڕوانی
btn-ev-cant = ❌ ناتوانم بێم
btn-ev-needs = 🙋 پێویستییەکانم بۆ بەشداریکردن
btn-ev-calendar = 📅 زیادکردن بۆ ڕۆژژمێرەکەم
btn-ev-cancel = ❌ وازهێنان لە شوێنەکەم
btn-ev-leave = ❌ دەرچوون لە لیستی چاوەڕوانی
btn-ev-accept = ✅ وەرگرتنی شوێنەکە
btn-ev-decline = ❌ ناتوانم بێم
btn-ev-still = ✅ بەڵێ، دێم
btn-ev-free = ❌ بەتاڵکردنی شوێنەکەم
ev-registered = ✅ شوێنتان هەیە. ئەم کۆدە لە بەردەم دەرگا پیشان بدەن: { $code }
    ئەو فایلەی خوارەوە چالاکییەکە بۆ ڕۆژژمێری مۆبایلەکەتان زیاد دەکات.
ev-waiting = 🕒 هەموو شوێنەکان گیراون. ژمارەتان لە لیستی چاوەڕوانیدا: { $place }. کاتێک شوێنێک بەتاڵ بوو، نامەیەکتان بۆ دێت و دەتوانن وەریبگرن.
ev-left = تەواو: شوێنەکەتان ئێستا بۆ کەسێکی تر بەتاڵە. تا شوێنی بەتاڵ هەبێت، دەتوانن دووبارە خۆتان تۆمار بکەنەوە.
ev-left-line = تەواو: لە لیستی چاوەڕوانی دەرچوون.
ev-noted = سوپاس کە پێتان ڕاگەیاندین.
ev-offer-gone = ئەم پێشنیارە کۆتایی هاتووە.
ev-declined = سوپاس کە پێتان ڕاگەیاندین: شوێنەکە دەدرێت بە کەسی دواتر لە لیستی چاوەڕوانیدا.
ev-still-thanks = سوپاس! لەوێ دەتانبینین.
ev-no-seat = لەم چالاکییەدا شوێنتان نییە.
ev-is-cancelled = ئەم چالاکییە هەڵوەشایەوە.
ev-is-over = ئەم چالاکییە کۆتایی هاتووە؛ ئیتر هیچ شتێک ناگۆڕدرێت.
ev-calendar-caption = 📅 { $title }: ئەم فایلە بکەنەوە بۆ ئەوەی بۆ ڕۆژژمێرەکەتانی زیاد بکەن.
ev-needs-ask = بۆ بەشداریکردن پێویستتان بە شتێک هەیە؟ ئەوانەی بۆتان دەگونجێن هەڵبژێرن. ڕێکخەران تەنها دەبینن چەند کەس پێویستیان بە چییە، هەرگیز نابینن ئەوانە کێن.
ev-needs-no-interpreter = پێویست نییە
btn-ev-interpreter = 🗣️ وەرگێڕ: { $language }
btn-ev-childcare = چاودێری منداڵ
btn-ev-access = چوونەژوورەوەی بێ پلیکانە
btn-ev-no-interpreter = وەرگێڕ پێویست نییە
btn-ev-needs-done = ✅ تەواو
ev-needs-interpreter-ask = وەرگێڕتان بۆ کام زمان پێویستە؟
ev-needs-saved = هەڵگیرا. سوپاس!
ev-offer = 🎟️ شوێنێک بۆ ئێوە بەتاڵ بووە: { $title }
    { $when }
    دەتانەوێت؟ تکایە لە کاتی خۆیدا وەڵام بدەنەوە. دوا کات: { $deadline }؛ دوای ئەوە شوێنەکە دەدرێت بە کەسی دواتر لە لیستی چاوەڕوانیدا.
ev-offer-lapsed = ⌛ شوێنەکەی «{ $title }» درا بە کەسی دواتر لە لیستی چاوەڕوانیدا، چونکە لە کاتی خۆیدا وەڵام نەهات. دەتوانن لە نامەی چالاکییەکەدا دووبارە بچنە ناو لیستی چاوەڕوانییەوە.
ev-still = هێشتا دێن بۆ «{ $title }»؟
    { $when }
    ئەگەر نایەن، بە یەک دەستلێدان شوێنەکەتان بۆ کەسێک لە لیستی چاوەڕوانیدا بەتاڵ بکەن.
ev-reminder = ⏰ بیرخستنەوە: { $title }
    { $when }
    📍 { $place }
    کۆدی چوونەژوورەوەتان: { $code }
ev-reminder-no-place = ⏰ بیرخستنەوە: { $title }
    { $when }
    کۆدی چوونەژوورەوەتان: { $code }
ev-moved = 🗓️ کاتی نوێی «{ $title }»:
    { $when }
    شوێنەکەتان هەر بۆ خۆتان دەمێنێتەوە. فایلێکی نوێی ڕۆژژمێر بە دوایدا دێت.
ev-moved-waiting = 🗓️ کاتی نوێی «{ $title }»:
    { $when }
    هێشتا لە لیستی چاوەڕوانیدان.
ev-cancelled = ❌ «{ $title }» هەڵوەشایەوە و ئەنجام نادرێت. داوای لێبوردن دەکەین.
ev-organisers = ✉️ نامە لە ڕێکخەرانی «{ $title }»:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = هیچ چالاکییەکی کراوەتان نییە. بە /announce وۆرکشۆپ یان دانیشتنێک ڕابگەیەنن.
staff-ev-unlimited = بێ سنوور
staff-ev-counts = تۆمارکراو: { $registered } (شوێن: { $seats }، +{ $reserved } تەرخانکراو) · لیستی چاوەڕوانی: { $waiting } · پێشنیاری کراوە: { $offered } · هاتوونەتە ژوورەوە: { $checked }
staff-ev-needs = پێویستییەکان: { $list }
staff-ev-needs-interpreters = وەرگێڕ: { $list }
staff-ev-needs-childcare = چاودێری منداڵ: { $count }
staff-ev-needs-access = چوونەژوورەوەی بێ پلیکانە: { $count }
staff-ev-needs-none = پێویستییەکان: هێشتا کەس هیچی دیاری نەکردووە.
btn-staff-ev-export = 📋 لیستی بەشداربووان (CSV)
btn-staff-ev-message = ✉️ نامە بۆ تۆمارکراوان
btn-staff-ev-move = 🗓️ گۆڕینی کات
btn-staff-ev-cancel = 🚫 هەڵوەشاندنەوەی چالاکییەکە
btn-staff-ev-close = 🏁 داخستن: ژماردنی ئامادەبووان
staff-ev-export-caption = لیستی بەشداربووان: ناوی خوازراو، دۆخ، چوونەژوورەوە و پێویستییەکان. ناو و ناسنامەی تێلێگرامی تێدا نییە.
staff-ev-cancel-ask = ئەم چالاکییە هەڵبوەشێنرێتەوە؟ لەسەر هەموو کارتەکان «هەڵوەشاوە» دەنووسرێت و بە هەموو تۆمارکراوان و ئەوانەی لە لیستی چاوەڕوانیدان ڕادەگەیەنرێت.
btn-staff-ev-cancel-yes = بەڵێ، هەڵیبوەشێنەوە
btn-staff-ev-cancel-no = نەخێر، با بمێنێت
staff-ev-cancelled = هەڵوەشایەوە. بە { $count } بەشداربوو ڕادەگەیەنرێت.
staff-ev-not-yet = چالاکییەکە هێشتا دەستی پێ نەکردووە؛ دوای دەستپێکردنی دەتوانن دایبخەن.
staff-ev-closed = داخرا. لە { $registered } کەسی تۆمارکراو، { $attended } کەس هاتنە ژوورەوە.
staff-ev-closed-before = ئەم چالاکییە پێشتر داخراوە.
staff-ev-move-flow = 🗓️ گۆڕینی کاتی چالاکی
staff-ev-move-ask = 🗓️ بەروار و کاتی نوێ:
staff-ev-message-flow = ✉️ نامە بۆ تۆمارکراوان
staff-ev-message-ask = ✉️ نامەکەتان بۆ هەموو تۆمارکراوان (وەک خۆی دەنێردرێت کە دەینووسن):
staff-ev-label-message = نامە
staff-ev-summary = تکایە بپشکنن:
staff-ev-saving = هەڵدەگیرێت…
staff-ev-moved = کاتەکە گۆڕدرا. کاتی نوێ: { $when }. بە { $count } بەشداربوو ڕادەگەیەنرێت و فایلێکی نوێی ڕۆژژمێر وەردەگرن.
staff-ev-message-sent = نامەکەتان بۆ { $count } کەسی تۆمارکراو دەنێردرێت.
staff-ev-checkin-usage = /checkin و کۆدەکەی سەر کارتی کەسەکە بنووسن، بۆ نموونە /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ هاتنە ژوورەوە تۆمار کرا: «{ $title }». { $checked } لە { $registered } لێرەن.
staff-ev-checked-in-before = ئەم کۆدە پێشتر تۆمار کراوە («{ $title }»). { $checked } لە { $registered } لێرەن.
staff-ev-checkin-unknown = ⚠️ لە چالاکییە کراوەکانتاندا هیچ شوێنێک بەم کۆدە نییە. تکایە کۆدەکە بپشکنن (پیت و ژمارە، بەبێ 0, O, 1, I یان L).
staff-ev-which-ideas = لەم دانیشتنەدا گفتوگۆ لەسەر کام بیرۆکانە کرا؟ دەست لە هەر یەکێکیان بدەن: خاوەنی بیرۆکەکە یەکسەر بە زمانی خۆی ئاگادار دەکرێتەوە (ئەمە ناگەڕێتەوە).
staff-ev-no-ideas = لە ناوچەکانتاندا هیچ بیرۆکەیەکی کراوە نییە بۆ ئەوەی وەک «گفتوگۆی لەسەر کرا» نیشانە بکرێت.
staff-ev-idea-marked = { $idea }: وەک «گفتوگۆی لەسەر کرا» نیشانە کرا؛ خاوەنەکەی ئاگادار دەکرێتەوە.
