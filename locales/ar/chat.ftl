# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = يمكنك الإجابة بالأزرار. أوامر أخرى:
    /back – السؤال السابق · /menu – القائمة الرئيسية · /language – تغيير اللغة
    /restart – بدء هذه الأسئلة من جديد · /privacy – ما الذي نحفظه
chat-type-number = يُرجى كتابة رقم إجابتك.
chat-commands = الأوامر: /back /skip /why /menu /language /restart /help
chat-unknown-command = لا أعرف هذا الأمر. لرؤية قائمة الأوامر يمكنك إرسال /help.
chat-bye = مع السلامة! إجاباتك محفوظة. 👋
general-info = 🏠 الاستشارة مجانية. يمكنك السؤال في مكتب العمل أو في مركز استشارات للمهاجرين في مدينتك. يساعدون بلغات كثيرة.
idea-received = 💡 تم حفظ فكرتك.
