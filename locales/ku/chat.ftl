# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Hûn dikarin bi bişkokan bersiv bidin. Ev ferman jî dixebitin:
chat-unknown-command = Ez vê fermanê nas nakim. Ji bo lîsteyê /help bişînin.
chat-bye = Bi xatirê we! Bersivên we tên parastin. 👋
