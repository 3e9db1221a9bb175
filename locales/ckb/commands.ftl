# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = دەستپێکردن
cmd-menu = لیستی سەرەکی
cmd-language = گۆڕینی زمان
cmd-back = پرسیاری پێشوو
cmd-skip = تێپەڕاندنی ئەم پرسیارە
cmd-why = بۆچی ئەمە دەپرسین
cmd-restart = دەستپێکردنەوەی ئەم پرسیارانە
cmd-help = یارمەتی
cmd-privacy = چی هەڵدەگرین
cmd-mydata = وەرگرتنی هەموو زانیارییەکانم
cmd-delete = سڕینەوەی هەموو زانیارییەکانم
cmd-consent = هەڵبژاردنەکانم
cmd-stop = ڕاگرتنی هەواڵەکان
cmd-programmes = پرۆگرامەکانم
cmd-staff = تیم و بانگهێشتەکان
cmd-myrole = ڕۆڵی من لە تیمدا
cmd-announce = نووسینی ڕاگەیاندن
cmd-events = چالاکییەکانم: تۆمار، پێویستی، هاتنە ژوورەوە
cmd-checkin = تۆمارکردنی هاتنی کەسێک بە کۆدەکەی
cmd-dossier = دۆسیەی سالۆنی هەرێمێک (HTML)
cmd-myideas = بیرۆکەکانم و ئەنجامەکانیان
cmd-review = بیرۆکەکان بۆ پێداچوونەوە
cmd-story = گێڕانەوەی چیرۆکێکی سەرکەوتن
cmd-export = بیرۆکەکانی ناوچەکەم وەک فایلی CSV
