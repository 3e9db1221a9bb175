# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-menu = مینوی اصلی
cmd-help = رهنمایی
cmd-mydata = گرفتن تمام معلومات من
cmd-delete = پاک کردن تمام معلومات من
cmd-skip = تیر شدن از این سوال
cmd-announce = نوشتن اعلان
cmd-events = رویدادهای من: ثبت نام، ضرورت‌ها، ورود
cmd-export = ایده‌های ساحهٔ کارم در فایل CSV
