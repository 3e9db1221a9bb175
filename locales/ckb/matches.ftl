# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] هێشتا پرۆگرامێکمان نەدۆزیوەتەوە کە لەگەڵ هەموو وەڵامەکانتان بگونجێت.
    [one] 1 پرۆگرام بۆتان دەگونجێت:
   *[other] { $count } پرۆگرام بۆتان دەگونجێن:
}
matches-shown = نیشاندراو: { $shown } لە { $total }.
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
match-card = ؜{ $n }. { $title } ({ $owner })
reason-region = ✓ لە { $place }
reason-country = ✓ لە سەرانسەری { $country ->
        [DE] ئەڵمانیا
        [AT] نەمسا
        [IT] ئیتاڵیا
        [SI] سلۆڤێنیا
       *[other] وڵاتەکە
    }
reason-online = ✓ ئۆنلاین
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
reason-goal = ؜✓ { $goal }
reason-language = ✓ بە زمانی { $language }
reason-childcare = ✓ چاودێری منداڵی تێدایە
reason-sector = ✓ لەگەڵ بواری کارەکەتان دەگونجێت
reason-stage = ✓ لەگەڵ قۆناغی پڕۆژەکەتان دەگونجێت
reason-finance = ✓ یارمەتی بە پارە بۆ دەستپێکردن
reason-qualification = ✓ بۆ بڕوانامەی دەرەوە
reason-free = ✓ بێبەرامبەر
note-status = ? تەنها بۆ هەندێک باری مانەوەیە: لە ڕێکخەرەکەی بپرسن
note-work-permit = ? مۆڵەتی کاری پێویستە: لە ڕێکخەرەکەی بپرسن
note-qualification = ? بۆ خاوەن بڕوانامەی دەرەوەیە: لە ڕێکخەرەکەی بپرسن
note-stage = ? بۆ قۆناغێکی تری پڕۆژەیە: لە ڕێکخەرەکەی بپرسن
note-childcare = ? دەربارەی چاودێری منداڵ لە ڕێکخەرەکەی بپرسن
note-sample = ⚠️ ئەمە زانیاریی نموونەیە، هێشتا پشتڕاست نەکراوەتەوە.
next-steps = هەنگاوی دواتر زۆرجار: { $titles }
btn-website = 🌐 ماڵپەڕ
btn-save = ⭐ هەڵگرتن
btn-not-relevant = 👎 بۆ من نییە
btn-more = ➡️ پرۆگرامی زیاتر
btn-idea = 💡 بیرۆکەیەکم بۆ پرۆگرامێکی باشتر هەیە
feedback-saved = ⭐ هەڵگیرا. سوپاس!
feedback-not-relevant = 👍 سوپاس. ئەمە یارمەتیمان دەدات پرۆگرامی باشتر نیشان بدەین.
no-match-counselling = ڕاوێژکاری بێبەرامبەر دەتوانێت لە هەنگاوی داهاتوودا یارمەتیتان بدات: { $country ->
        [DE] نووسینگەی کار یان ناوەندێکی ڕاوێژکاری کۆچبەران (MBE).
        [AT] خزمەتگوزاریی بازاڕی کار (AMS) یان ناوەندێکی تێکەڵبوون (ÖIF).
        [IT] نووسینگەی کار (Centro per l'impiego) یان پڕۆژەیەکی پێشوازی (SAI).
        [SI] خزمەتگوزاریی کار (ZRSZ) یان نووسینگەی کۆچبەران (UOIM).
       *[other] ناوەندێکی ڕاوێژکاری کۆچبەران لە نزیکتان.
    }
no-match-recorded = تۆمارمان کرد کە هێشتا هیچ شتێک ناگونجێت، بۆ ئەوەی هاوبەشەکان بتوانن پلانی شتی نوێ دابنێن.
no-match-idea = چی یارمەتیتان دەدات؟ بیرۆکەکەتانمان پێ بڵێن.
matches-none-yet = سەرەتا وەڵامی چەند پرسیارێک بدەنەوە: لە لیستی سەرەکیدا 💼 کار و ڕاهێنان یان 🏪 پڕۆژەی خۆم هەڵبژێرن.

lang-name-de = ئەڵمانی
lang-name-en = ئینگلیزی
lang-name-ar = عەرەبی
lang-name-fa = فارسی / دەری
lang-name-ps = پەشتۆ
lang-name-uk = ئۆکرانی
lang-name-ru = ڕووسی
lang-name-tr = تورکی
lang-name-ku = کوردی (کورمانجی)
lang-name-ckb = کوردی (سۆرانی)
lang-name-it = ئیتاڵی
lang-name-sl = سلۆڤێنی
lang-name-fr = فەرەنسی
