# An idea for a new support measure.

idea-intro = 💡 Ihre Idee kann die Hilfe besser machen. Partner-Organisationen lesen sie ohne Ihren Namen. Später können sie Ihnen sagen, was daraus geworden ist.
q-idea-topic = 💡 Worum geht es in Ihrer Idee?
q-idea-problem = 💡 Was ist das Problem? Bitte in wenigen Worten.
    Bitte schreiben Sie keine Namen und keine Telefonnummern.
q-idea-text = 💡 Was ist Ihre Idee? Schreiben Sie sie in Ihren eigenen Worten.
    Bitte schreiben Sie keine Namen und keine Telefonnummern.
q-idea-beneficiaries = 💡 Für wen wäre Ihre Idee gut?
q-idea-contact = 💡 Dürfen Partner-Organisationen Ihnen hier im Chat antworten?
q-idea-public = 🌐 Darf der Text Ihrer Idee auf der öffentlichen Webseite des Projekts gezeigt werden, sobald eine Organisation darauf geantwortet hat? Nie mit Ihrem Namen. Wenn Sie diese Frage überspringen, wird er nicht gezeigt.
idea-done = Danke für Ihre Idee! 💡 Unsere Partner lesen sie. Wir sagen Ihnen hier, was daraus geworden ist.

label-idea-topic = 💡 Thema
label-idea-problem = 💡 Problem
label-idea-text = 💡 Idee
label-idea-beneficiaries = 💡 Für wen
label-idea-contact = 💡 Antwort hier im Chat
label-idea-public = 🌐 Öffentlich gezeigt

opt-topic-jobs = 💼 Arbeit
opt-topic-training = 🎓 Ausbildung
opt-topic-language = 🗣️ Sprachkurse
opt-topic-recognition = 📄 Anerkennung von Abschlüssen
opt-topic-business = 🏪 Eigenes Geschäft
opt-topic-childcare = Kinderbetreuung
opt-topic-other = Etwas anderes

opt-benefit-everyone = Alle
opt-benefit-women = Frauen
opt-benefit-young = Junge Menschen
opt-benefit-families = Familien
opt-benefit-newcomers = Menschen, die gerade angekommen sind
opt-benefit-qualified = Menschen mit Abschluss
opt-benefit-founders = Menschen, die ein Geschäft gründen
idea-no-consent = OK, wir speichern nichts. Sie können das jederzeit mit /consent ändern.
