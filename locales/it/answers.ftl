# Answers used by several questions.

opt-yes = Sì
opt-no = No
opt-not-sure = Non lo so
opt-not-sure-yet = 🤔 Non lo so ancora
opt-prefer-not = Preferisco non dirlo
