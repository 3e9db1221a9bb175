# An idea for a new support measure.

idea-intro = 💡 Your idea can help to make support better. Partner organisations read it without your name and can tell you what came of it.
q-idea-topic = 💡 What is your idea about?
q-idea-problem = 💡 What is the problem, in a few words?
    Please do not write names or phone numbers.
q-idea-text = 💡 What is your idea? Write it in your own words.
    Please do not write names or phone numbers.
q-idea-beneficiaries = 💡 Who would it help?
q-idea-contact = 💡 May partner organisations answer you here in the bot?
q-idea-public = 🌐 May the text of your idea be shown on the project's public website once an organisation has answered it? Never with your name. If you skip this, it is not shown.
idea-done = Thank you for your idea! 💡 Partners will read it. We will tell you here what came of it.

label-idea-topic = 💡 Topic
label-idea-problem = 💡 Problem
label-idea-text = 💡 Idea
label-idea-beneficiaries = 💡 Helps
label-idea-contact = 💡 Answer through the bot
label-idea-public = 🌐 Shown publicly

opt-topic-jobs = 💼 Jobs
opt-topic-training = 🎓 Training
opt-topic-language = 🗣️ Language courses
opt-topic-recognition = 📄 Recognition of qualifications
opt-topic-business = 🏪 Own business
opt-topic-childcare = Childcare
opt-topic-other = Something else

opt-benefit-everyone = Everyone
opt-benefit-women = Women
opt-benefit-young = Young people
opt-benefit-families = Families
opt-benefit-newcomers = People who just arrived
opt-benefit-qualified = People with a qualification
opt-benefit-founders = People starting a business
idea-no-consent = OK, we keep nothing. You can change this any time with /consent.
