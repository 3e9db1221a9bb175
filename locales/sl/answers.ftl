# Answers used by several questions.

opt-yes = Da
opt-no = Ne
opt-not-sure = Ne vem
opt-not-sure-yet = 🤔 Še ne vem
opt-prefer-not = Ne želim odgovoriti
