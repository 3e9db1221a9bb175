# Answers used by several questions.

opt-yes = بەڵێ
opt-no = نەخێر
opt-not-sure = دڵنیا نیم
opt-not-sure-yet = 🤔 هێشتا دڵنیا نیم
opt-prefer-not = پێم باشترە نەیڵێم
