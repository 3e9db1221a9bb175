# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Hûn dikarin bi bişkokan bersiv bidin. Fermanên din:
    /back – pirsa berê · /menu – menûya sereke · /language – guhertina zimên
    /restart – van pirsan ji nû ve dest pê kirin · /privacy – em çi tomar dikin
chat-type-number = Hejmara bersiva xwe binivîsin.
chat-commands = Ferman: /back /skip /why /menu /language /restart /help
chat-unknown-command = Ez vê fermanê nas nakim. Ji bo lîsteyê /help bişînin.
chat-bye = Bi xatirê we! Bersivên we tên parastin. 👋
general-info = 🏠 Şêwirdarî belaş e. Li bajarê xwe ji navenda kar an ji navenda şêwirdariya koçberan bipirsin. Ew dikarin bi gelek zimanan alîkariyê bikin.
idea-received = 💡 Ramana we hat tomarkirin.
