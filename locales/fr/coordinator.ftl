# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 Nouvelle annonce
staff-ann-ask-kind = 📣 Que voulez-vous annoncer ?
staff-ann-label-kind = Type
staff-ann-ask-title = Le titre, en une ligne (c'est ce que les gens voient en premier) :
staff-ann-label-title = Titre
staff-ann-ask-body = Le texte : quoi, pour qui, quoi apporter. Écrivez-le dans votre langue ; la date, le lieu et les boutons s'affichent de toute façon dans la langue de chaque personne.
staff-ann-label-body = Texte
staff-ann-ask-starts = Quand est-ce que ça commence ? Par exemple 3.12.2026 18:00 (heure locale de votre zone). Passez cette question s'il n'y a pas de date.
staff-ann-label-starts = Début
staff-ann-hint-starts = Écrivez la date et l'heure comme ceci, s'il vous plaît : 3.12.2026 18:00.
staff-ann-ask-place = Où ? Une adresse ou une courte description. Passez cette question s'il n'y a pas de lieu.
staff-ann-label-place = Lieu
staff-ann-ask-link = Un lien web pour plus d'informations (https://…) ? Passez cette question s'il n'y en a pas.
staff-ann-label-link = Lien
staff-ann-hint-link = Envoyez, s'il vous plaît, une adresse web qui commence par https://
staff-ann-ask-goals = Qui doit la recevoir ? Choisissez ce que les personnes cherchent, ou passez cette question pour toucher tout le monde dans votre zone.
staff-ann-label-goals = Pour les personnes qui cherchent
staff-ann-summary = Vérifiez votre annonce, s'il vous plaît :
staff-ann-drafted = 👀 Voici l'aperçu. Rien n'a encore été envoyé.
staff-ann-bad-time = ⚠️ Cette date et cette heure n'existent pas ou sont déjà passées. Rien n'a été enregistré ; recommencez avec /announce, s'il vous plaît.
staff-ann-preview-head = 👀 Aperçu pour la langue { $language } :
staff-ann-reach = Touche { $count ->
        [one] { $count } personne
        [many] { $count } de personnes
       *[other] { $count } personnes
    } ({ $languages }).
staff-ann-untranslated = Langues sans texte propre : { $languages }. Les personnes qui lisent ces langues reçoivent la date, le lieu et les boutons dans leur langue, et votre texte en dessous.
btn-staff-ann-send = ✅ Envoyer à { $count }
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ Supprimer
staff-ann-started = ✅ Envoi à { $count ->
        [one] { $count } personne
        [many] { $count } de personnes
       *[other] { $count } personnes
    }. D'abord à vous et à quelques autres personnes, pour vérifier que tout fonctionne ; l'avancement s'affiche ici.
staff-ann-discarded = 🗑️ Supprimée. Rien n'a été envoyé.
staff-ann-not-now = Rien n'a changé : dans son état actuel, l'annonce ne le permet pas.
staff-ann-progress-title = 📣 A{ $id } : { $title }
staff-ann-progress = Envoyés : { $sent } sur { $total } · restants : { $left } · ont bloqué le bot : { $blocked } · échecs : { $failed }
staff-ann-state-running = Envoi en cours… encore environ { $minutes } min.
staff-ann-state-canary = ⏸ En pause : impossible de joindre { $bad } des { $judged } premiers destinataires. Vérifiez le texte et le public, puis reprenez ou arrêtez l'envoi.
staff-ann-state-paused = ⏸ En pause.
staff-ann-state-aborted = ⏹ Arrêté. Personnes qui ne l'ont pas reçue : { $left }.
staff-ann-state-done = ✅ Terminé.
staff-ann-cancelled = ❌ Marquée comme annulée dans toutes les copies.
btn-staff-ann-pause = ⏸️ Pause
btn-staff-ann-resume = ▶️ Reprendre
btn-staff-ann-abort = ⏹️ Arrêter l'envoi
btn-staff-ann-cancel = ❌ Marquer partout comme annulée
staff-ann-cancel-ask = Marquer l'annonce comme annulée dans toutes les copies déjà envoyées ({ $count }) ? Personne d'autre ne la recevra.
btn-staff-ann-cancel-confirm = ❌ Oui, c'est annulé
staff-ann-paused = ⏸️ En pause. Plus rien ne part tant que vous ne reprenez pas l'envoi.
staff-ann-resumed = ▶️ L'envoi reprend.
staff-ann-aborted = ⏹️ Arrêté. Ce qui a été envoyé reste ; personne d'autre ne la recevra.
staff-ann-cancelling = ❌ Toutes les copies envoyées sont en train d'être marquées comme annulées.
btn-staff-ann-fix = ✏️ Corriger le texte
staff-ann-fix-flow = ✏️ Correction d'une annonce
staff-ann-fix-ask-title = ✏️ Le titre corrigé, en une ligne :
staff-ann-fix-saving = Enregistrement de la correction…
staff-ann-fixed = ✏️ Corrigée. Les copies déjà envoyées ({ $count }) sont en cours de modification ; les autres partiront avec le nouveau texte.
staff-ann-state-errors = ⏸ En pause : de nombreux messages ont échoué les uns après les autres (Telegram ou le réseau). Reprenez l'envoi quand cela fonctionnera de nouveau.
staff-ann-too-long = ⚠️ Le texte est trop long : avec la date, le lieu et les boutons, le message pour la langue { $language } dépasserait la longueur permise par Telegram. Rien n'a été enregistré ; raccourcissez-le, s'il vous plaît.
staff-ann-ask-seats = 🪑 Combien de places ? Passez cette question (ou écrivez 0) s'il n'y a pas de limite. Seulement pour les ateliers et les rencontres.
staff-ann-label-seats = Places
staff-ann-hint-seats = Écrivez un nombre de { $min } à { $max }, s'il vous plaît, par exemple 20.
