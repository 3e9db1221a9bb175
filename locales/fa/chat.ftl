# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = می‌توانید با دکمه‌ها جواب بدهید. این دستورها هم کار می‌کنند:
chat-unknown-command = این دستور را نمی‌شناسم. برای دیدن فهرست، /help را بفرستید.
chat-bye = خداحافظ! جواب‌های شما نگه داشته می‌شوند. 👋
