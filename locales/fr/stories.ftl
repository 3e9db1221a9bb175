# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Histoires de réussite
btn-stories-more = ➡️ Autres histoires
btn-story-like = 🔎 Histoires similaires
stories-none = Il n'y a pas encore d'histoires de réussite. Revenez plus tard : les organisations les ajoutent au fur et à mesure.
stories-no-more = C'est tout pour le moment.
stories-more = Il y a d'autres histoires.
story-kind-founder = 🌟 Une histoire de création d'entreprise
story-kind-pilot = 🧪 Un projet pilote
story-kind-measure = ✅ Quelque chose qui a marché
story-told-by = Racontée par { $organisation }
story-told-about = — { $name }, histoire racontée par { $organisation }
story-consent-ask = 🌟 { $organisation } aimerait raconter ce qu'est devenue votre idée { $idea } comme histoire de réussite, de cette façon :

    { $story }

    Êtes-vous d'accord ? L'histoire ne sera montrée, dans le bot et sur le site web du projet, que si vous dites oui.
btn-story-approve-anonymous = ✅ Oui, sans mon nom
btn-story-approve-name = ✅ Oui, avec mon prénom
btn-story-decline = ❌ Non
story-approved = Merci ! L'histoire peut maintenant être montrée.
story-declined = C'est noté : l'histoire ne sera montrée nulle part.
story-name-invalid = ⚠️ Merci d'indiquer seulement un prénom (des lettres, 40 au maximum). Rien n'a été modifié.
story-name-flow = 🌟 Votre prénom dans l'histoire
story-name-ask = Quel prénom faut-il afficher dans l'histoire ?
story-name-label = Prénom
story-name-saving = Enregistrement…
staff-story-flow = 🌟 Une histoire de réussite
staff-story-ask-kind = 🌟 De quel type d'histoire s'agit-il ?
staff-story-label-kind = Type
staff-story-ask-title = Un titre court, en une ligne :
staff-story-ask-body = L'histoire, en quelques phrases. Pas de coordonnées ni de noms complets, s'il vous plaît.
staff-story-ask-sector = De quel domaine s'agit-il ? (Vous pouvez passer cette question.)
staff-story-ask-credit = Comment la personne concernée peut-elle être nommée ? Demandez-le-lui d'abord. (Pour une histoire tirée d'une idée, la personne qui a proposé l'idée est consultée dans le bot et décide elle-même.)
staff-story-label-credit = Mention du nom
staff-story-credit-anonymous = Sans nom
staff-story-credit-first-name = Avec le prénom seulement
staff-story-ask-first-name = Le prénom de la personne, tel qu'elle souhaite le voir affiché :
staff-story-label-first-name = Prénom
staff-story-summary = Vérifiez l'histoire, s'il vous plaît :
staff-story-saving = Enregistrement…
staff-story-preview = 👀 Voici comment les gens la liront. La publier ?
staff-story-preview-idea = 👀 Voici comment les gens la liront. Après ✅ Publier, la personne qui a proposé l'idée est d'abord consultée, dans sa langue ; l'histoire n'apparaît que si elle dit oui.
btn-staff-story-publish = ✅ Publier
btn-staff-story-discard = 🗑 Supprimer
staff-story-discarded = Supprimée : l'histoire n'est montrée nulle part.
staff-story-asked = Publiée dès que la personne qui a proposé l'idée sera d'accord : la question lui est posée maintenant (histoire { $id }).
staff-story-published = Publiée (histoire { $id }) : elle apparaît dans le bot et sur le site web du projet.
staff-story-declined-before = La personne qui a proposé cette idée a déjà refusé une histoire à son sujet ; on ne lui demandera pas à nouveau.
