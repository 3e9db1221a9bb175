# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor hilft Ihnen, Angebote für Arbeit und für ein eigenes Geschäft zu finden. sifor sammelt auch Ihre Ideen für bessere Hilfe. Das dauert etwa 3 Minuten.
    🔒 Wir fragen nie nach Ihrem Namen oder Ihrer Telefonnummer.
onb-age = Wie alt sind Sie?
why-age = Manche Angebote sind für ein bestimmtes Alter. Junge Menschen unter 16 bekommen hier nur allgemeine Infos. Wir speichern dann keine Antworten.
onb-too-young = Danke! Sie sind unter 16. Darum speichern wir nichts. 🔒
    Fragen Sie eine Lehrkraft oder einen Migrationsdienst für Jugendliche (zum Beispiel JMD in Deutschland). Dort hilft man Ihnen.
onb-consent-profile = 🔒 Dürfen wir Ihre Antworten speichern, um Angebote für Sie zu finden?
    Mit /mydata und /delete können Sie sie jederzeit ansehen oder löschen.
why-consent-profile = Wir speichern nur Ihre Antworten auf diese Fragen. Keinen Namen, keine Telefonnummer. Partner-Organisationen sehen nie, wer Sie sind. Nicht genutzte Antworten löschen wir nach 90 Tagen.
onb-consent-announcements = 📅 Dürfen wir Ihnen Neuigkeiten über Workshops und Treffen in Ihrer Nähe schicken?
    Mit /stop können Sie das jederzeit beenden.
onb-consent-ideas = 💡 Dürfen wir Ihre Ideen speichern und Partner-Organisationen zeigen? Ohne Ihren Namen.
onb-general = Gut, wir speichern nichts. 🔒
    Kostenlose Beratung zu Arbeit und Ausbildung gibt es in jeder Stadt: beim Jobcenter oder bei einer Migrationsberatung. Senden Sie /menu, um mehr zu sehen.
onb-country = 📍 Wo wohnen Sie?
onb-region = 📍 In welcher Region?
onb-goals = Was suchen Sie? Sie können mehreres auswählen.
onb-to-jobs = Danke! Jetzt kommen ein paar Fragen zu Arbeit und Ausbildung.
onb-to-business = Danke! Jetzt kommen ein paar Fragen zu Ihrem Geschäft.

label-age = Alter
label-consent-profile = 🔒 Antworten speichern
label-consent-announcements = 📅 Neuigkeiten
label-consent-ideas = 💡 Ideen
label-country = 📍 Land
label-region = 📍 Region
label-goals = Gesucht

opt-age-under-14 = unter 14
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 oder älter

opt-consent-yes = ✅ Ja
opt-consent-no-general = ❌ Nein, nur allgemeine Infos

opt-country-de = Deutschland
opt-country-at = Österreich
opt-country-it = Italien
opt-country-si = Slowenien
opt-country-other = Ein anderes Land

opt-region-berlin = Berlin
opt-region-other-de = Ein anderer Ort in Deutschland
opt-region-vienna = Wien
opt-region-other-at = Ein anderer Ort in Österreich
opt-region-veneto = Venetien (Venedig)
opt-region-emilia-romagna = Emilia-Romagna (Bologna)
opt-region-other-it = Ein anderer Ort in Italien
opt-region-ljubljana = Ljubljana
opt-region-maribor = Maribor
opt-region-other-si = Ein anderer Ort in Slowenien

opt-goal-job = 💼 Arbeit
opt-goal-training = 🎓 Ausbildung oder Weiterbildung
opt-goal-language = 🗣️ Sprachkurs
opt-goal-recognition = 📄 Anerkennung meines Abschlusses
opt-goal-own-business = 🏪 Eigenes Geschäft
