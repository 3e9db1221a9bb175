# An idea for a new support measure.

idea-intro = 💡 ایدهٔ شما می‌تواند به بهتر شدن حمایت کمک کند. سازمان‌های همکار آن را بدون نام شما می‌خوانند و می‌توانند به شما بگویند چه نتیجه‌ای داشت.
q-idea-topic = 💡 ایدهٔ شما دربارهٔ چیست؟
q-idea-problem = 💡 مشکل چیست؟ در چند کلمه بنویسید.
    لطفاً نام یا شماره تلفن ننویسید.
q-idea-text = 💡 ایدهٔ شما چیست؟ با کلمات خودتان بنویسید.
    لطفاً نام یا شماره تلفن ننویسید.
q-idea-beneficiaries = 💡 به چه کسانی کمک می‌کند؟
q-idea-contact = 💡 آیا سازمان‌های همکار می‌توانند همین‌جا در ربات به شما جواب بدهند؟
q-idea-public = 🌐 آیا متن ایدهٔ شما می‌تواند بعد از اینکه یک سازمان به آن جواب داد، در وب‌سایت عمومی پروژه نشان داده شود؟ نام شما هرگز همراه آن نمی‌آید. اگر از این سوال رد شوید، نشان داده نمی‌شود.
idea-done = از ایدهٔ شما ممنونیم! 💡 همکاران ما آن را می‌خوانند. نتیجه را همین‌جا به شما می‌گوییم.

label-idea-topic = 💡 موضوع
label-idea-problem = 💡 مشکل
label-idea-text = 💡 ایده
label-idea-beneficiaries = 💡 به چه کسانی کمک می‌کند
label-idea-contact = 💡 جواب از طریق ربات
label-idea-public = 🌐 نمایش عمومی

opt-topic-jobs = 💼 کار
opt-topic-training = 🎓 آموزش
opt-topic-language = 🗣️ کلاس‌های زبان
opt-topic-recognition = 📄 به رسمیت شناختن مدرک
opt-topic-business = 🏪 کسب‌وکار شخصی
opt-topic-childcare = نگهداری از کودکان
opt-topic-other = چیز دیگری

opt-benefit-everyone = همه
opt-benefit-women = زنان
opt-benefit-young = جوانان
opt-benefit-families = خانواده‌ها
opt-benefit-newcomers = کسانی که تازه آمده‌اند
opt-benefit-qualified = کسانی که مدرک تحصیلی یا حرفه‌ای دارند
opt-benefit-founders = کسانی که کسب‌وکار راه می‌اندازند
idea-no-consent = باشه، چیزی نگه نمی‌داریم. هر وقت بخواهید، با /consent می‌توانید این را تغییر دهید.
