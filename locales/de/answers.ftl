# Answers used by several questions.

opt-yes = Ja
opt-no = Nein
opt-not-sure = Nicht sicher
opt-not-sure-yet = 🤔 Noch nicht sicher
opt-prefer-not = Möchte ich nicht sagen
