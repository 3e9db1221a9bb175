# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Nous n'avons pas encore trouvé de programme qui correspond à toutes vos réponses.
    [one] 1 programme vous correspond :
    [many] { $count } de programmes vous correspondent :
   *[other] { $count } programmes vous correspondent :
}
matches-shown = Affichés : { $shown } sur { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ dans votre région : { $place }
reason-country = ✓ dans { $country ->
        [DE] toute l'Allemagne
        [AT] toute l'Autriche
        [IT] toute l'Italie
        [SI] toute la Slovénie
       *[other] tout le pays
    }
reason-online = ✓ en ligne
reason-goal = ✓ { $goal }
reason-language = ✓ en { $language }
reason-childcare = ✓ avec garde d'enfants
reason-sector = ✓ correspond à votre domaine de travail
reason-stage = ✓ correspond à l'étape de votre entreprise
reason-finance = ✓ aide financière pour commencer
reason-qualification = ✓ pour les diplômes de l'étranger
reason-free = ✓ gratuit
note-status = ? seulement pour certaines situations de séjour : vérifiez auprès de l'organisme
note-work-permit = ? il faut un permis de travail : vérifiez auprès de l'organisme
note-qualification = ? pour les personnes avec un diplôme de l'étranger : vérifiez auprès de l'organisme
note-stage = ? prévu pour une autre étape d'entreprise : vérifiez auprès de l'organisme
note-childcare = ? demandez à l'organisme s'il y a une garde d'enfants
note-sample = ⚠️ Données d'exemple, pas encore vérifiées.
next-steps = Souvent, l'étape suivante : { $titles }
btn-website = 🌐 Site web
btn-save = ⭐ Enregistrer
btn-not-relevant = 👎 Pas pour moi
btn-more = ➡️ Autres programmes
btn-idea = 💡 J'ai une idée pour un meilleur programme
feedback-saved = ⭐ Enregistré. Merci !
feedback-not-relevant = 👍 Merci. Cela nous aide à montrer de meilleurs programmes.
no-match-counselling = Des conseils gratuits peuvent vous aider pour la suite. Adressez-vous { $country ->
        [DE] à l'agence pour l'emploi ou à un service de conseil pour migrants (MBE).
        [AT] à l'AMS ou à un centre d'intégration de l'ÖIF.
        [IT] à l'agence pour l'emploi (Centro per l'impiego) ou à un projet SAI.
        [SI] au service de l'emploi (ZRSZ) ou au bureau UOIM.
       *[other] à un service de conseil pour migrants près de chez vous.
    }
no-match-recorded = Nous avons noté que rien ne vous correspond encore. Ainsi, les partenaires peuvent prévoir de nouvelles offres.
no-match-idea = Qu'est-ce qui vous aiderait ? Dites-nous votre idée.
matches-none-yet = Répondez d'abord à quelques questions : dans le menu, choisissez 💼 Travail et formation ou 🏪 Mon entreprise.

lang-name-de = allemand
lang-name-en = anglais
lang-name-ar = arabe
lang-name-fa = persan / dari
lang-name-ps = pachto
lang-name-uk = ukrainien
lang-name-ru = russe
lang-name-tr = turc
lang-name-ku = kurde (kurmandji)
lang-name-ckb = kurde (sorani)
lang-name-it = italien
lang-name-sl = slovène
lang-name-fr = français
