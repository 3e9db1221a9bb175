# An idea for a new support measure.

idea-intro = 💡 Votre idée peut aider à améliorer le soutien. Les organisations partenaires la lisent sans votre nom et peuvent vous dire ce qu'elle est devenue.
q-idea-topic = 💡 De quoi parle votre idée ?
q-idea-problem = 💡 Quel est le problème, en quelques mots ?
    Merci de ne pas écrire de noms ni de numéros de téléphone.
q-idea-text = 💡 Quelle est votre idée ? Écrivez-la avec vos propres mots.
    Merci de ne pas écrire de noms ni de numéros de téléphone.
q-idea-beneficiaries = 💡 Qui pourrait en profiter ?
q-idea-contact = 💡 Les organisations partenaires peuvent-elles vous répondre ici, dans cette conversation ?
q-idea-public = 🌐 Le texte de votre idée peut-il être montré sur le site web public du projet, une fois qu'une organisation y a répondu ? Jamais avec votre nom. Si vous passez cette question, il ne sera pas montré.
idea-done = Merci pour votre idée ! 💡 Les partenaires vont la lire. Nous vous dirons ici ce qu'elle est devenue.

label-idea-topic = 💡 Sujet
label-idea-problem = 💡 Problème
label-idea-text = 💡 Idée
label-idea-beneficiaries = 💡 Pour qui
label-idea-contact = 💡 Réponse dans la conversation
label-idea-public = 🌐 Visible publiquement

opt-topic-jobs = 💼 Emploi
opt-topic-training = 🎓 Formation
opt-topic-language = 🗣️ Cours de langue
opt-topic-recognition = 📄 Reconnaissance des diplômes
opt-topic-business = 🏪 Créer son entreprise
opt-topic-childcare = Garde d'enfants
opt-topic-other = Autre chose

opt-benefit-everyone = Tout le monde
opt-benefit-women = Les femmes
opt-benefit-young = Les jeunes
opt-benefit-families = Les familles
opt-benefit-newcomers = Les personnes qui viennent d'arriver
opt-benefit-qualified = Les personnes qui ont un diplôme ou un métier
opt-benefit-founders = Les personnes qui créent une entreprise
idea-no-consent = D'accord, nous ne gardons rien. Vous pouvez changer cela à tout moment avec /consent.
