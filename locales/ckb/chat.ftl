# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = دەتوانن بە دوگمەکان وەڵام بدەنەوە. فەرمانەکانی تر:
    /back – پرسیاری پێشوو · /menu – لیستی سەرەکی · /language – گۆڕینی زمان
    /restart – دەستپێکردنەوەی ئەم پرسیارانە · /privacy – چی هەڵدەگرین
chat-type-number = تکایە ژمارەی وەڵامەکەتان بنووسن.
chat-commands = فەرمانەکان: /back /skip /why /menu /language /restart /help
chat-unknown-command = ئەم فەرمانە نازانم. بۆ بینینی لیستەکە /help بنێرن.
chat-bye = ماڵئاوا! وەڵامەکانتان هەڵگیراون. 👋
general-info = 🏠 ڕاوێژکاری بێبەرامبەرە. لە نووسینگەی کار یان لە ناوەندێکی ڕاوێژکاری کۆچبەران لە شارەکەتان بپرسن. بە زۆر زمان یارمەتی دەدەن.
idea-received = 💡 بیرۆکەکەتان هەڵگیرا.
