# Answers used by several questions.

opt-yes = Yes
opt-no = No
opt-not-sure = Not sure
opt-not-sure-yet = 🤔 Not sure yet
opt-prefer-not = Prefer not to say
