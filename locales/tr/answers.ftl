# Answers used by several questions.

opt-yes = Evet
opt-no = Hayır
opt-not-sure = Emin değilim
opt-not-sure-yet = 🤔 Henüz emin değilim
opt-prefer-not = Söylemek istemiyorum
