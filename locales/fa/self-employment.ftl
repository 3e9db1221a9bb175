# Questions about starting or restarting a business.

q-business-stage = 🏪 کسب‌وکار شما در چه مرحله‌ای است؟
q-business-sector = 🏪 کسب‌وکار شما در چه زمینه‌ای است؟
q-team-size = 🏪 با خودتان، چند نفر در آن کار خواهند کرد؟ یک عدد بفرستید.
hint-team-size = لطفاً عددی از { $min } تا { $max } بفرستید، مثلاً 1 اگر تنها کار می‌کنید.
q-allowed-self-employed = آیا اجازه دارید اینجا کسب‌وکار خودتان را داشته باشید؟
why-allowed-self-employed = تا وقتی پروندهٔ پناهندگی باز است، همه اجازه ندارند کسب‌وکار داشته باشند. این را فقط برای نشان دادن برنامه‌های درست می‌پرسیم، مثلاً دوره‌هایی که همین حالا می‌توانید بروید. می‌توانید از این سوال رد شوید.
q-needs-finance = آیا برای شروع به پول نیاز دارید، مثلاً یک وام کوچک؟
why-needs-finance = بعضی برنامه‌ها وام کوچک یا ضمانت می‌دهند. ما هرگز دربارهٔ درآمد یا بدهی‌های شما نمی‌پرسیم.
business-done = ممنون! برنامه‌های مناسب کسب‌وکار شما را جستجو می‌کنیم.

label-business-stage = 🏪 مرحله
label-business-sector = 🏪 زمینه
label-team-size = 🏪 تعداد نفرات
label-allowed-self-employed = اجازهٔ کسب‌وکار
label-needs-finance = نیاز به پول برای شروع

opt-stage-idea = 💡 فقط یک ایده
opt-stage-plan = یک طرح نوشته‌شده دارم
opt-stage-registered = قبلاً اینجا ثبت شده است
opt-stage-had-business = در کشور خودم کسب‌وکار داشتم
