# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = با دکمه‌ها جواب داده می‌توانید. این دستورها هم کار می‌کنند:
chat-unknown-command = این دستور را نمی‌شناسم. برای دیدن لست، /help را روان کنید.
chat-bye = به امان خدا! جواب‌های شما نگه داشته می‌شوند. 👋
