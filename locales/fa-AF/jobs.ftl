# Questions about work, training and qualifications.

q-allowed-to-work = آیا فعلاً اجازهٔ کار دارید؟
why-allowed-to-work = بعضی برنامه‌ها فقط برای کسانی است که اجازهٔ کار دارند. جواب شما فقط تعیین می‌کند که کدام برنامه‌ها را نشان دهیم. از این سوال تیر شده می‌توانید.
why-status = بعضی برنامه‌ها فقط برای گروه‌های خاص است. ما هیچ وقت در مورد وضعیت حقوقی شما فیصله نمی‌کنیم؛ برای این کار از یک مرکز مشوره بپرسید. از این سوال تیر شده می‌توانید.
q-host-language = 🗣️ به زبان { $country ->
        [DE] جرمنی
        [AT] جرمنی
        [IT] ایتالیایی
        [SI] اسلوونیایی
       *[other] این کشور
    } چقدر خوب صحبت کرده می‌توانید؟
q-other-languages = 🗣️ به کدام زبان‌های دیگر صحبت کرده می‌توانید؟
q-education = 🎓 بلندترین سویهٔ تحصیلی شما چیست؟
q-foreign-qualification = 📄 آیا از کشور دیگری سند تحصیلی یا مسلکی دارید؟
q-qualification-documents = 📄 آیا اسناد آن را دارید (تصدیق‌نامه، دیپلوم)؟
q-sector = 💼 در کدام ساحه‌ها کار کرده‌اید یا می‌خواهید کار کنید؟
q-experience = 💼 چند سال تجربهٔ کاری دارید؟
q-availability = چه وقت کار کرده یا درس خوانده می‌توانید؟
q-childcare = آیا برای اشتراک در کورس یا کار، به نگهداری از طفل ضرورت دارید؟
why-childcare = بعضی کورس‌ها نگهداری از طفل هم دارند. فقط می‌پرسیم تا آن‌ها را به شما نشان دهیم. در مورد اولاد شما سوال نمی‌کنیم.
why-women-only = بعضی برنامه‌ها فقط برای زنان است. هر کس آن‌ها را دیده می‌تواند؛ خود برنامه فیصله می‌کند که چه کسی اشتراک کند.
jobs-done = تشکر! برنامه‌های مناسب شما را جستجو می‌کنیم.

label-foreign-qualification = 📄 سند از کشور دیگر
label-qualification-documents = 📄 اسناد
label-sector = 💼 ساحه‌ها
label-experience = 💼 تجربهٔ کاری
label-availability = وقت
label-childcare = نگهداری از طفل

opt-status-asylum-seeker = پناهجو (منتظر فیصله)
opt-status-refugee = پناهندهٔ قبول‌شده
opt-status-humanitarian = حمایت بشری یا حمایت خاص
opt-status-tolerated = توقف موقت اخراج (Duldung)

opt-level-everyday = گپ‌های روزمره (B1)
opt-level-fluent = بسیار خوب (C1–C2)

opt-edu-none = مکتب نرفته‌ام
opt-edu-primary = مکتب ابتدایی
opt-edu-secondary = مکتب متوسطه یا لیسه
opt-edu-vocational = آموزش مسلکی و تخنیکی
opt-edu-university = پوهنتون

opt-docs-yes = بلی، همه
opt-docs-none = هیچ سندی ندارم

opt-sector-care = مراقبت و صحت
opt-sector-it = کمپیوتر و تکنالوژی معلوماتی
opt-sector-hospitality = هوتل و رستورانت
opt-sector-retail = دکان و تجارت
opt-sector-transport = ترانسپورت و رساندن اجناس
opt-sector-education = تدریس و نگهداری از اطفال
opt-sector-agriculture = زراعت
opt-sector-office = کار دفتری
opt-sector-beauty = سلمانی و آرایش

opt-exp-over-5 = زیادتر از ۵ سال

opt-avail-part = نیمه وقت
opt-avail-evenings = شام‌ها یا آخر هفته
