# Answers used by several questions.

opt-yes = نعم
opt-no = لا
opt-not-sure = لست متأكدًا
opt-not-sure-yet = 🤔 لست متأكدًا بعد
opt-prefer-not = أفضّل عدم الإجابة
