# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor helps you find programmes for work and for your own business. It also collects your ideas for better support. It takes about 3 minutes.
    🔒 We never ask your name or phone number.
onb-age = How old are you?
why-age = Some programmes are for certain ages. Young people under 16 only get general information here, without saving answers.
onb-too-young = Thank you! You are under 16, so we do not save anything. 🔒
    Ask at a youth migration service (for example JMD in Germany) or a teacher. They can help you.
onb-consent-profile = 🔒 May we keep your answers to find programmes for you?
    You can see or delete them any time with /mydata and /delete.
why-consent-profile = We keep only your answers to these questions, no name and no phone number. Partner organisations never see who you are. Unused answers are deleted after 90 days.
onb-consent-announcements = 📅 May we send you news about workshops and meetings near you?
    You can stop them any time with /stop.
onb-consent-ideas = 💡 May we keep ideas you send us and show them to partner organisations, without your name?
onb-general = OK, we save nothing. 🔒
    Free counselling for work and training exists in every city: ask the job centre or a migration counselling service. Send /menu to see more.
onb-country = 📍 Where do you live?
onb-region = 📍 Which region?
onb-goals = What are you looking for? You can choose more than one.
onb-to-jobs = Thank you! Now some questions about work and training.
onb-to-business = Thank you! Now some questions about your business.

label-age = Age
label-consent-profile = 🔒 Keep answers
label-consent-announcements = 📅 News
label-consent-ideas = 💡 Ideas
label-country = 📍 Country
label-region = 📍 Region
label-goals = Looking for

opt-age-under-14 = under 14
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 or older

opt-consent-yes = ✅ Yes
opt-consent-no-general = ❌ No, just general information

opt-country-de = Germany
opt-country-at = Austria
opt-country-it = Italy
opt-country-si = Slovenia
opt-country-other = Another country

opt-region-berlin = Berlin
opt-region-other-de = Another place in Germany
opt-region-vienna = Vienna
opt-region-other-at = Another place in Austria
opt-region-veneto = Veneto (Venice)
opt-region-emilia-romagna = Emilia-Romagna (Bologna)
opt-region-other-it = Another place in Italy
opt-region-ljubljana = Ljubljana
opt-region-maribor = Maribor
opt-region-other-si = Another place in Slovenia

opt-goal-job = 💼 A job
opt-goal-training = 🎓 Training or apprenticeship
opt-goal-language = 🗣️ A language course
opt-goal-recognition = 📄 Recognition of my qualification
opt-goal-own-business = 🏪 My own business
