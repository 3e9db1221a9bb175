# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 ڕاگەیاندنی نوێ
staff-ann-ask-kind = 📣 دەتانەوێت چی ڕابگەیەنن؟
staff-ann-label-kind = جۆر
staff-ann-ask-title = ناونیشان، لە یەک دێڕدا (خەڵک یەکەمجار ئەمە دەبینن):
staff-ann-label-title = ناونیشان
staff-ann-ask-body = دەق: چییە، بۆ کێیە، چی لەگەڵ خۆیان بهێنن. بە زمانی خۆتان بینووسن؛ بەروار، شوێن و دوگمەکان بە هەر حاڵ بە زمانی هەر خوێنەرێک پیشان دەدرێن.
staff-ann-label-body = دەق
staff-ann-ask-starts = کەی دەست پێ دەکات؟ بۆ نموونە 3.12.2026 18:00 (بە کاتی ناوخۆیی ناوچەکەتان). ئەگەر بەرواری نییە، ئەم پرسیارە تێپەڕێنن.
staff-ann-label-starts = دەستپێک
staff-ann-hint-starts = تکایە بەروار و کات بەم شێوەیە بنووسن: 3.12.2026 18:00
staff-ann-ask-place = لە کوێ؟ ناونیشانێک یان وەسفێکی کورت. ئەگەر شوێنی نییە، ئەم پرسیارە تێپەڕێنن.
staff-ann-label-place = شوێن
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-ask-link = بەستەری ماڵپەڕێک بۆ زانیاری زیاتر (⁨https://…⁩)؟ ئەگەر بەستەری نییە، ئەم پرسیارە تێپەڕێنن.
staff-ann-label-link = بەستەر
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-hint-link = تکایە ناونیشانی ماڵپەڕێک بنێرن کە بە ⁨https://⁩ دەست پێ دەکات.
staff-ann-ask-goals = بۆ کێ بنێردرێت؟ هەڵیبژێرن خەڵک بەدوای چیدا دەگەڕێن، یان ئەم پرسیارە تێپەڕێنن بۆ ئەوەی بگاتە هەموو کەسێک لە ناوچەکەتاندا.
staff-ann-label-goals = بۆ ئەوانەی بەدوای ئەمانەدا دەگەڕێن
staff-ann-summary = تکایە ڕاگەیاندنەکەتان بپشکنن:
staff-ann-drafted = 👀 ڕاگەیاندنەکە پێش ناردن بەم شێوەیە دەردەکەوێت. هێشتا هیچ شتێک نەنێردراوە.
staff-ann-bad-time = ⚠️ ئەو بەروار و کاتە بوونی نییە یان تێپەڕیوە. هیچ شتێک هەڵنەگیرا؛ تکایە بە /announce لە سەرەتاوە دەست پێ بکەنەوە.
staff-ann-preview-head = 👀 بەو شێوەیەی خوێنەرانی زمانی { $language } دەیبینن:
staff-ann-reach = دەگاتە { $count } کەس ({ $languages }).
staff-ann-untranslated = بۆ خوێنەرانی { $languages } دەقتان بە زمانی خۆیان نەنووسیوە؛ ئەوان بەروار، شوێن و دوگمەکان بە زمانی خۆیان دەبینن و دەقەکەی ئێوە لە ژێریانەوە.
btn-staff-ann-send = ✅ ناردن بۆ { $count } کەس
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ فڕێدان
staff-ann-started = ✅ ناردن بۆ { $count } کەس دەستی پێکرد. سەرەتا بۆ خۆتان و چەند کەسێکی تر، بۆ ئەوەی دڵنیا بین کە کار دەکات؛ ڕەوتی ناردنەکە لێرە پیشان دەدرێت.
staff-ann-discarded = 🗑️ فڕێدرا. هیچ شتێک نەنێردرا.
staff-ann-not-now = هیچ شتێک نەگۆڕا: ڕاگەیاندنەکە لە دۆخێکدا نییە کە ئەمە بکرێت.
# Holds U+2068 … U+2069 (invisible) around the code A{ $id }: keeps it left-to-right.
staff-ann-progress-title = 📣 ⁨A{ $id }⁩: { $title }
staff-ann-progress = نێردراو: { $sent } لە { $total } · ماوە: { $left } · بۆتەکەیان بلۆک کردووە: { $blocked } · سەرنەکەوتوو: { $failed }
staff-ann-state-running = ناردن بەردەوامە… نزیکەی { $minutes } خولەک ماوە.
staff-ann-state-canary = ⏸ ڕاگیرا: لە یەکەم { $judged } کەس، نەگەیشتە { $bad } کەس. دەق و ئەو کەسانەی بۆیان دەنێردرێت بپشکنن، پاشان ناردن بەردەوام بکەنەوە یان ڕایبگرن.
staff-ann-state-paused = ⏸ بۆ ماوەیەک ڕاگیرا.
staff-ann-state-aborted = ⏹ ناردن ڕاگیرا. { $left } کەس پێیان نەگەیشت.
staff-ann-state-done = ✅ تەواو بوو.
staff-ann-cancelled = ❌ لە هەموو کۆپییەکاندا وەک «هەڵوەشاوە» نیشانە کرا.
btn-staff-ann-pause = ⏸️ ڕاگرتنی کاتی
btn-staff-ann-resume = ▶️ بەردەوامبوونەوە
btn-staff-ann-abort = ⏹️ ڕاگرتنی ناردن
btn-staff-ann-cancel = ❌ هەڵوەشاندنەوە لە هەموو کۆپییەکاندا
staff-ann-cancel-ask = ڕاگەیاندنەکە لە هەموو ئەو { $count } کۆپییەی نێردراون وەک «هەڵوەشاوە» نیشانە بکرێت؟ ئیتر بۆ هیچ کەسێکی تر نانێردرێت.
btn-staff-ann-cancel-confirm = ❌ بەڵێ، هەڵوەشاوەتەوە
staff-ann-paused = ⏸️ بۆ ماوەیەک ڕاگیرا. تا بەردەوامی پێ نەدەنەوە، هیچ شتێکی تر نانێردرێت.
staff-ann-resumed = ▶️ ناردن دەستی پێکردەوە.
staff-ann-aborted = ⏹️ ناردن ڕاگیرا. ئەوەی نێردراوە دەمێنێتەوە؛ ئیتر بۆ هیچ کەسێکی تر نانێردرێت.
staff-ann-cancelling = ❌ هەموو کۆپییە نێردراوەکان وەک «هەڵوەشاوە» نیشانە دەکرێن.
btn-staff-ann-fix = ✏️ ڕاستکردنەوەی دەق
staff-ann-fix-flow = ✏️ ڕاستکردنەوەی ڕاگەیاندن
staff-ann-fix-ask-title = ✏️ ناونیشانی ڕاستکراوە، لە یەک دێڕدا:
staff-ann-fix-saving = ڕاستکردنەوەکە هەڵدەگیرێت…
staff-ann-fixed = ✏️ ڕاستکرایەوە. ئەو { $count } کۆپییەی پێشتر نێردراون دەستکاری دەکرێن؛ ئەوانی تر بە دەقە نوێیەکە دەنێردرێن.
