# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 چی هەڵدەگرین و بۆچی
    • وەڵامەکانتان بۆ پرسیارەکانمان، بۆ دۆزینەوەی پرۆگرام بۆتان. هەرگیز ناو یان ژمارەی تەلەفۆنتان هەڵناگرین.
    • زمانەکەتان و هەڵبژاردنەکانتان دەربارەی هەواڵ و بیرۆکەکان.
    • ئەو بیرۆکانەی دەینێرن. هاوبەشەکان بە کۆدێکی وەک R-7F3K دەیانبینن، هەرگیز ناو یان هەژماری تێلێگرامتان نابینن.
    وەڵامە بەکارنەهاتووەکان دوای { $days ->
        [one] { $days } ڕۆژ
       *[other] { $days } ڕۆژ
    } دەسڕدرێنەوە. /mydata هەموو ئەوەی هەڵیدەگرین بۆتان دەنێرێت. /delete هەمووی دەسڕێتەوە.
mydata-caption = 🔒 ئەمە هەموو ئەو شتانەیە کە دەربارەی ئێوە هەڵیان دەگرین.
delete-confirm = ⚠️ بەڕاستی دەتانەوێت هەموو ئەوەی دەربارەتان هەڵمانگرتووە بسڕدرێتەوە؟ ناتوانرێت بگەڕێندرێتەوە.
delete-yes = 🗑️ بەڵێ، هەمووی بسڕەوە
delete-no = هەڵوەشاندنەوە
delete-done = 🗑️ هەموو شتێک سڕایەوە. تێلێگرام کۆپییەکی خۆی لەم چاتە هەڵدەگرێت؛ دەتوانن مێژووی چاتەکە لە تێلێگرامدا پاک بکەنەوە. بۆ دەستپێکردنەوە /start بنێرن.
delete-cancelled = باشە، هیچ شتێک نەسڕایەوە.
consent-title = 🔒 هەڵبژاردنەکانتان. بۆ گۆڕین، یەکێکیان هەڵبژێرن:
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
consent-on = ؜✅ { $purpose }
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
consent-off = ؜❌ { $purpose }
purpose-profile = هەڵگرتنی وەڵامەکان بۆ دۆزینەوەی پرۆگرام
purpose-announcements = هەواڵی وۆرکشۆپ و کۆبوونەوەکان
purpose-ideas = هەڵگرتنی بیرۆکەکانم
consent-withdrawn-profile = باشە. وەڵامەکانتان سڕانەوە و وەڵامی نوێ هەڵناگرین.
consent-withdrawn = باشە، ناچالاک کرا.
consent-given = باشە، چالاک کرا.
stop-done = 🔕 ئیتر هەواڵتان بۆ نانێرین. بۆ چالاککردنەوەیان /consent بنێرن.
