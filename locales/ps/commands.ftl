# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = پیل
cmd-menu = اصلي مېنو
cmd-language = ژبه بدلول
cmd-back = مخکینۍ پوښتنه
cmd-skip = دا پوښتنه پرېښودل
cmd-why = ولې دا پوښتنه کوو
cmd-restart = دا پوښتنې بیا پیلول
cmd-help = مرسته
cmd-privacy = موږ څه ساتو
cmd-mydata = زما ټول معلومات ترلاسه کول
cmd-delete = زما ټول معلومات پاکول
cmd-consent = زما انتخابونه
cmd-stop = نور خبرونه نه غواړم
cmd-programmes = زما پروګرامونه
cmd-staff = ټیم او بلنې
cmd-myrole = په ټیم کې زما رول
cmd-announce = اعلان لیکل
cmd-events = زما غونډې: نوم لیکنه، اړتیاوې، حاضري
cmd-checkin = د کوډ په مرسته د یو کس حاضري ثبتول
cmd-dossier = د یوې سیمې د سالون دوسیه (HTML)
cmd-myideas = زما نظرونه او پایله یې
cmd-review = د کتنې لپاره نظرونه
cmd-story = د بریا کیسه لیکل
cmd-export = زما د سیمې نظرونه د CSV فایل په توګه
