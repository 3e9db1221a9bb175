# Questions about work, training and qualifications.

q-allowed-to-work = آیا در حال حاضر اجازهٔ کار دارید؟
why-allowed-to-work = بعضی برنامه‌ها فقط برای کسانی است که اجازهٔ کار دارند. جواب شما فقط تعیین می‌کند چه برنامه‌هایی را نشان دهیم. می‌توانید از این سوال رد شوید.
q-status = وضعیت اقامت شما چیست؟
why-status = بعضی برنامه‌ها فقط برای گروه‌های خاصی است. ما هرگز دربارهٔ وضعیت حقوقی شما تصمیم نمی‌گیریم؛ برای این کار از یک مرکز مشاوره بپرسید. می‌توانید از این سوال رد شوید.
q-host-language = 🗣️ چقدر خوب به زبان { $country ->
        [DE] آلمانی
        [AT] آلمانی
        [IT] ایتالیایی
        [SI] اسلوونیایی
       *[other] این کشور
    } صحبت می‌کنید؟
q-other-languages = 🗣️ به چه زبان‌های دیگری صحبت می‌کنید؟
q-education = 🎓 بالاترین سطح تحصیلات شما چیست؟
q-foreign-qualification = 📄 آیا از کشور دیگری مدرک تحصیلی یا حرفه‌ای دارید؟
q-qualification-documents = 📄 آیا مدارک آن را دارید (گواهی‌نامه، دیپلم)؟
q-sector = 💼 در چه زمینه‌هایی کار کرده‌اید یا می‌خواهید کار کنید؟
q-experience = 💼 چند سال سابقهٔ کار دارید؟
q-availability = چه زمانی می‌توانید کار کنید یا درس بخوانید؟
q-childcare = آیا برای شرکت در دوره یا کار، به نگهداری از کودک نیاز دارید؟
why-childcare = بعضی دوره‌ها نگهداری از کودک هم دارند. فقط می‌پرسیم تا آن‌ها را به شما نشان دهیم. دربارهٔ فرزندان شما سوالی نمی‌کنیم.
q-women-only = آیا می‌خواهید برنامه‌هایی را ببینید که فقط برای زنان است؟
why-women-only = بعضی برنامه‌ها فقط برای زنان است. هر کسی می‌تواند آن‌ها را ببیند؛ خود برنامه تصمیم می‌گیرد چه کسی شرکت کند.
jobs-done = ممنون! برنامه‌های مناسب شما را جستجو می‌کنیم.

label-allowed-to-work = اجازهٔ کار
label-status = وضعیت
label-host-language = 🗣️ زبان این کشور
label-other-languages = 🗣️ زبان‌های دیگر
label-education = 🎓 تحصیلات
label-foreign-qualification = 📄 مدرک از کشور دیگر
label-qualification-documents = 📄 مدارک
label-sector = 💼 زمینه‌ها
label-experience = 💼 سابقهٔ کار
label-availability = زمان
label-childcare = نگهداری از کودک
label-women-only = فقط برای زنان

opt-status-asylum-seeker = پناهجو (در انتظار تصمیم)
opt-status-refugee = پناهندهٔ پذیرفته‌شده
opt-status-subsidiary = حمایت فرعی
opt-status-temporary = حمایت موقت (اوکراین)
opt-status-humanitarian = حمایت بشردوستانه یا حمایت ویژه
opt-status-tolerated = اقامت تحملی (Duldung)
opt-status-other = اجازهٔ اقامت دیگر

opt-level-none = هنوز نه
opt-level-a-little = کمی (A1–A2)
opt-level-everyday = گفتگوی روزمره (B1)
opt-level-good = خوب (B2)
opt-level-fluent = خیلی خوب (C1–C2)

opt-lang-ar = عربی
opt-lang-fa = فارسی / دری
opt-lang-ps = پشتو
opt-lang-uk = اوکراینی
opt-lang-ru = روسی
opt-lang-tr = ترکی
opt-lang-ku = کردی
opt-lang-en = انگلیسی
opt-lang-fr = فرانسوی
opt-lang-other = زبان دیگر

opt-edu-none = مدرسه نرفته‌ام
opt-edu-primary = دبستان
opt-edu-secondary = دبیرستان
opt-edu-vocational = آموزش فنی و حرفه‌ای
opt-edu-university = دانشگاه

opt-docs-yes = بله، همه
opt-docs-some = بعضی
opt-docs-none = مدرکی ندارم

opt-sector-care = مراقبت و بهداشت
opt-sector-construction = ساختمان‌سازی
opt-sector-crafts = کارهای فنی و دستی
opt-sector-it = کامپیوتر و فناوری اطلاعات
opt-sector-hospitality = هتل و رستوران
opt-sector-retail = مغازه و تجارت
opt-sector-transport = حمل‌ونقل و تحویل کالا
opt-sector-education = تدریس و نگهداری از کودک
opt-sector-agriculture = کشاورزی
opt-sector-office = کار اداری
opt-sector-beauty = آرایشگری و زیبایی
opt-sector-other = چیز دیگری

opt-exp-none = هیچ
opt-exp-under-2 = کمتر از ۲ سال
opt-exp-2-5 = ۲ تا ۵ سال
opt-exp-over-5 = بیشتر از ۵ سال

opt-avail-full = تمام‌وقت
opt-avail-part = پاره‌وقت
opt-avail-evenings = عصرها یا آخر هفته
opt-avail-not-yet = هنوز نه
