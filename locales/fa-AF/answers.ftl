# Answers used by several questions.

opt-yes = بلی
opt-not-sure = یقین ندارم
opt-not-sure-yet = 🤔 هنوز یقین ندارم
opt-prefer-not = نمی‌خواهم بگویم
