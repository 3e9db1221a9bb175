# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = تاسو کولی شئ په تڼیو ځواب ورکړئ. نور کمانډونه:
    /back – مخکینۍ پوښتنه · /menu – اصلي مېنو · /language – ژبه بدلول
    /restart – دا پوښتنې بیا پیلول · /privacy – موږ څه ساتو
chat-type-number = د خپل ځواب شمېره ولیکئ.
chat-commands = کمانډونه: /back /skip /why /menu /language /restart /help
chat-unknown-command = زه دا کمانډ نه پېژنم. د لیست لپاره /help واستوئ.
chat-bye = په مخه مو ښه! ستاسو ځوابونه ساتل کېږي. 👋
general-info = 🏠 مشوره وړیا ده. په خپل ښار کې د کار له مرکز یا د کډوالو د مشورې له مرکز څخه وپوښتئ. هغوی په ډېرو ژبو مرسته کولی شي.
idea-received = 💡 ستاسو نظر خوندي شو.
