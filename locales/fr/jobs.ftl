# Questions about work, training and qualifications.

q-allowed-to-work = Avez-vous le droit de travailler en ce moment ?
why-allowed-to-work = Certains programmes sont seulement pour les personnes qui ont un permis de travail. Votre réponse change seulement les programmes que nous montrons. Vous pouvez passer cette question.
q-status = Quelle est votre situation de séjour ?
why-status = Certains programmes sont seulement pour certains groupes. Nous ne décidons jamais de votre situation juridique : pour cela, demandez à un service de conseil. Vous pouvez passer cette question.
q-host-language = 🗣️ Quel est votre niveau { $country ->
        [DE] en allemand
        [AT] en allemand
        [IT] en italien
        [SI] en slovène
       *[other] dans la langue du pays
    } ?
q-other-languages = 🗣️ Quelles autres langues parlez-vous ?
q-education = 🎓 Quel est votre plus haut niveau d'études ?
q-foreign-qualification = 📄 Avez-vous un diplôme ou une qualification d'un autre pays ?
q-qualification-documents = 📄 Avez-vous des documents pour le prouver (certificats, diplômes) ?
q-sector = 💼 Dans quels domaines avez-vous travaillé ou voulez-vous travailler ?
q-experience = 💼 Combien d'années d'expérience de travail avez-vous ?
q-availability = Quand pouvez-vous travailler ou apprendre ?
q-childcare = Avez-vous besoin d'une garde d'enfants pour suivre un cours ou pour travailler ?
why-childcare = Certains cours proposent une garde d'enfants. Nous demandons seulement pour pouvoir vous les montrer. Nous ne posons pas de questions sur vos enfants.
q-women-only = Voulez-vous voir les programmes seulement pour les femmes ?
why-women-only = Certains programmes sont seulement pour les femmes. Tout le monde peut choisir de les voir ; c'est le programme qui décide qui participe.
jobs-done = Merci ! Nous cherchons des programmes qui vous correspondent.

label-allowed-to-work = Droit de travailler
label-status = Statut
label-host-language = 🗣️ Langue du pays
label-other-languages = 🗣️ Autres langues
label-education = 🎓 Études
label-foreign-qualification = 📄 Diplôme de l'étranger
label-qualification-documents = 📄 Documents
label-sector = 💼 Domaines
label-experience = 💼 Expérience
label-availability = Disponibilité
label-childcare = Garde d'enfants
label-women-only = Seulement pour les femmes

opt-status-asylum-seeker = Demande d'asile (en attente d'une décision)
opt-status-refugee = Statut de réfugié reconnu
opt-status-subsidiary = Protection subsidiaire
opt-status-temporary = Protection temporaire (Ukraine)
opt-status-humanitarian = Protection humanitaire ou spéciale
opt-status-tolerated = Séjour toléré (Duldung)
opt-status-other = Autre titre de séjour

opt-level-none = Pas encore
opt-level-a-little = Un peu (A1–A2)
opt-level-everyday = Conversation de tous les jours (B1)
opt-level-good = Bien (B2)
opt-level-fluent = Très bien (C1–C2)

opt-lang-ar = Arabe
opt-lang-fa = Persan / dari
opt-lang-ps = Pachto
opt-lang-uk = Ukrainien
opt-lang-ru = Russe
opt-lang-tr = Turc
opt-lang-ku = Kurde
opt-lang-en = Anglais
opt-lang-fr = Français
opt-lang-other = Autre langue

opt-edu-none = Pas d'école
opt-edu-primary = École primaire
opt-edu-secondary = Collège ou lycée
opt-edu-vocational = Formation professionnelle
opt-edu-university = Université

opt-docs-yes = Oui, tous
opt-docs-some = Quelques-uns
opt-docs-none = Aucun document

opt-sector-care = Soins et santé
opt-sector-construction = Bâtiment
opt-sector-crafts = Artisanat
opt-sector-it = Informatique
opt-sector-hospitality = Hôtels et restaurants
opt-sector-retail = Commerce et vente
opt-sector-transport = Transport et livraison
opt-sector-education = Enseignement et garde d'enfants
opt-sector-agriculture = Agriculture
opt-sector-office = Travail de bureau
opt-sector-beauty = Coiffure et beauté
opt-sector-other = Autre chose

opt-exp-none = Aucune
opt-exp-under-2 = Moins de 2 ans
opt-exp-2-5 = De 2 à 5 ans
opt-exp-over-5 = Plus de 5 ans

opt-avail-full = Temps plein
opt-avail-part = Temps partiel
opt-avail-evenings = Le soir ou le week-end
opt-avail-not-yet = Pas encore
