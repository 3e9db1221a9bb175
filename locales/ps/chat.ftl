# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = تاسو کولی شئ په تڼیو ځواب ورکړئ. دا کمانډونه هم کار کوي:
chat-unknown-command = زه دا کمانډ نه پېژنم. د لیست لپاره /help واستوئ.
chat-bye = په مخه مو ښه! ستاسو ځوابونه ساتل کېږي. 👋
