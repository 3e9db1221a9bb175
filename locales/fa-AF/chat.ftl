# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = با دکمه‌ها جواب داده می‌توانید. دستورهای دیگر:
    /back – سوال قبلی · /menu – مینوی اصلی · /language – تغییر زبان
    /restart – شروع دوبارهٔ این سوال‌ها · /privacy – چه چیزهایی ذخیره می‌کنیم
chat-type-number = نمبر جواب خود را بنویسید.
chat-unknown-command = این دستور را نمی‌شناسم. برای دیدن لست، /help را روان کنید.
chat-bye = به امان خدا! جواب‌های شما نگه داشته می‌شوند. 👋
general-info = 🏠 مشوره رایگان است. در مرکز کاریابی یا یک مرکز مشورهٔ مهاجرت در شهر خود بپرسید. آن‌ها به زبان‌های زیاد کمک کرده می‌توانند.
