# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = شروع
cmd-menu = منوی اصلی
cmd-language = تغییر زبان
cmd-back = سوال قبلی
cmd-skip = رد شدن از این سوال
cmd-why = چرا این را می‌پرسیم
cmd-restart = شروع دوبارهٔ این سوال‌ها
cmd-help = راهنما
cmd-privacy = چه چیزهایی ذخیره می‌کنیم
cmd-mydata = دریافت همهٔ اطلاعات من
cmd-delete = پاک کردن همهٔ اطلاعات من
cmd-consent = انتخاب‌های من
cmd-stop = دیگر خبر نمی‌خواهم
cmd-programmes = برنامه‌های من
cmd-staff = تیم و دعوت‌ها
cmd-myrole = نقش من در تیم
cmd-announce = نوشتن اطلاعیه
cmd-events = رویدادهای من: ثبت‌نام، نیازها، ورود
cmd-checkin = ثبت ورود یک نفر با کد او
cmd-dossier = پرونده سالن یک منطقه (HTML)
cmd-myideas = ایده‌های من و نتیجهٔ آن‌ها
cmd-review = ایده‌ها برای بررسی
cmd-story = نوشتن یک داستان موفقیت
cmd-export = ایده‌های محدودهٔ کارم در فایل CSV
