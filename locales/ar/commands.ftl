# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = البدء
cmd-menu = القائمة الرئيسية
cmd-language = تغيير اللغة
cmd-back = السؤال السابق
cmd-skip = تخطي هذا السؤال
cmd-why = لماذا نسأل هذا
cmd-restart = بدء هذه الأسئلة من جديد
cmd-help = مساعدة
cmd-privacy = ما الذي نحفظه
cmd-mydata = الحصول على كل بياناتي
cmd-delete = حذف كل بياناتي
cmd-consent = اختياراتي
cmd-stop = إيقاف الأخبار
cmd-programmes = برامجي
cmd-staff = الفريق والدعوات
cmd-myrole = دوري في الفريق
cmd-announce = كتابة إعلان
cmd-events = فعالياتي: التسجيل والاحتياجات والحضور
cmd-checkin = تسجيل حضور شخص برمزه
cmd-dossier = ملف الصالون لمنطقة (HTML)
cmd-myideas = أفكاري وما نتج عنها
cmd-review = أفكار للمراجعة
cmd-story = رواية قصة نجاح
cmd-export = أفكار نطاق عملي في ملف CSV
