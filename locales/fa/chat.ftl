# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = می‌توانید با دکمه‌ها جواب بدهید. دستورهای دیگر:
    /back – سوال قبلی · /menu – منوی اصلی · /language – تغییر زبان
    /restart – شروع دوبارهٔ این سوال‌ها · /privacy – چه چیزهایی ذخیره می‌کنیم
chat-type-number = شمارهٔ جواب خود را بنویسید.
chat-commands = دستورها: /back /skip /why /menu /language /restart /help
chat-unknown-command = این دستور را نمی‌شناسم. برای دیدن فهرست، /help را بفرستید.
chat-bye = خداحافظ! جواب‌های شما نگه داشته می‌شوند. 👋
general-info = 🏠 مشاوره رایگان است. در مرکز کاریابی یا یک مرکز مشاورهٔ مهاجرت در شهر خود بپرسید. آن‌ها به زبان‌های زیادی کمک می‌کنند.
idea-received = 💡 ایدهٔ شما ذخیره شد.
