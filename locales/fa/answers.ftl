# Answers used by several questions.

opt-yes = بله
opt-no = نه
opt-not-sure = مطمئن نیستم
opt-not-sure-yet = 🤔 هنوز مطمئن نیستم
opt-prefer-not = ترجیح می‌دهم نگویم
