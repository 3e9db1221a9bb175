# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = يمكنك الإجابة بالأزرار. هذه الأوامر تعمل أيضًا:
chat-unknown-command = لا أعرف هذا الأمر. لرؤية قائمة الأوامر يمكنك إرسال /help.
chat-bye = مع السلامة! إجاباتك محفوظة. 👋
