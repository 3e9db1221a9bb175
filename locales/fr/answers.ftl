# Answers used by several questions.

opt-yes = Oui
opt-no = Non
opt-not-sure = Je ne sais pas
opt-not-sure-yet = 🤔 Je ne sais pas encore
opt-prefer-not = Je préfère ne pas répondre
