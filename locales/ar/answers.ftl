# Answers used by several questions.

opt-yes = نعم
opt-no = لا
opt-not-sure = لا أعرف
opt-not-sure-yet = 🤔 لا أعرف بعد
opt-prefer-not = أفضّل عدم الإجابة
