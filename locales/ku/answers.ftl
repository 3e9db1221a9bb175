# Answers used by several questions.

opt-yes = Erê
opt-no = Na
opt-not-sure = Ne bawer im
opt-not-sure-yet = 🤔 Hîn ne bawer im
opt-prefer-not = Naxwazim bibêjim
