# Answers used by several questions.

opt-yes = هو
opt-no = نه
opt-not-sure = ډاډه نه یم
opt-not-sure-yet = 🤔 لا ډاډه نه یم
opt-prefer-not = نه غواړم ووایم
