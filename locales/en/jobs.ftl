# Questions about work, training and qualifications.

q-allowed-to-work = Are you allowed to work right now?
why-allowed-to-work = Some programmes are only open to people with a work permit. Your answer only changes which programmes we show. You can skip it.
q-status = What is your residence status?
why-status = Some programmes are only for some groups. We never decide your legal situation: for that, ask a counselling service. You can skip this.
q-host-language = 🗣️ How well do you speak { $country ->
        [DE] German
        [AT] German
        [IT] Italian
        [SI] Slovenian
       *[other] the language of the country
    }?
q-other-languages = 🗣️ Which other languages do you speak?
q-education = 🎓 What is your highest education?
q-foreign-qualification = 📄 Do you have a qualification or diploma from another country?
q-qualification-documents = 📄 Do you have papers for it (certificates, diplomas)?
q-sector = 💼 In which areas have you worked or want to work?
q-experience = 💼 How many years of work experience do you have?
q-availability = When can you work or learn?
q-childcare = Do you need childcare to take part in a course or job?
why-childcare = Some courses offer childcare. We only ask so we can show them to you. We do not ask about your children.
q-women-only = Do you want to see programmes only for women?
why-women-only = Some programmes are only for women. Anyone can choose to see them; the programme decides who takes part.
jobs-done = Thank you! We are looking for programmes that fit you.

label-allowed-to-work = Allowed to work
label-status = Status
label-host-language = 🗣️ Local language
label-other-languages = 🗣️ Other languages
label-education = 🎓 Education
label-foreign-qualification = 📄 Qualification from abroad
label-qualification-documents = 📄 Papers
label-sector = 💼 Areas
label-experience = 💼 Experience
label-availability = Time
label-childcare = Childcare
label-women-only = Only for women

opt-status-asylum-seeker = Asylum seeker (waiting for a decision)
opt-status-refugee = Recognised refugee
opt-status-subsidiary = Subsidiary protection
opt-status-temporary = Temporary protection (Ukraine)
opt-status-humanitarian = Humanitarian or special protection
opt-status-tolerated = Tolerated stay (Duldung)
opt-status-other = Another permit

opt-level-none = Not yet
opt-level-a-little = A little (A1–A2)
opt-level-everyday = Everyday talk (B1)
opt-level-good = Good (B2)
opt-level-fluent = Very good (C1–C2)

opt-lang-ar = Arabic
opt-lang-fa = Persian / Dari
opt-lang-ps = Pashto
opt-lang-uk = Ukrainian
opt-lang-ru = Russian
opt-lang-tr = Turkish
opt-lang-ku = Kurdish
opt-lang-en = English
opt-lang-fr = French
opt-lang-other = Another language

opt-edu-none = No school
opt-edu-primary = Primary school
opt-edu-secondary = Secondary school
opt-edu-vocational = Vocational training
opt-edu-university = University

opt-docs-yes = Yes, all
opt-docs-some = Some
opt-docs-none = No papers

opt-sector-care = Care and health
opt-sector-construction = Construction
opt-sector-crafts = Crafts
opt-sector-it = Computers and IT
opt-sector-hospitality = Hotels and restaurants
opt-sector-retail = Shops and trade
opt-sector-transport = Transport and delivery
opt-sector-education = Teaching and childcare
opt-sector-agriculture = Farming
opt-sector-office = Office work
opt-sector-beauty = Hair and beauty
opt-sector-other = Something else

opt-exp-none = None
opt-exp-under-2 = Less than 2 years
opt-exp-2-5 = 2 to 5 years
opt-exp-over-5 = More than 5 years

opt-avail-full = Full time
opt-avail-part = Part time
opt-avail-evenings = Evenings or weekends
opt-avail-not-yet = Not yet
