# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = دەتوانن بە دوگمەکان وەڵام بدەنەوە. ئەم فەرمانانەش کار دەکەن:
chat-unknown-command = ئەم فەرمانە نازانم. بۆ بینینی لیستەکە /help بنێرن.
chat-bye = ماڵئاوا! وەڵامەکانتان هەڵگیراون. 👋
