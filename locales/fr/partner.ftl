# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Idées ouvertes dans votre zone : { $count } (les plus anciennes d'abord)
staff-review-empty = Aucune idée ouverte dans votre zone pour l'instant.
staff-review-no-region = région non indiquée
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · langue : { $language }
staff-review-may-answer = ✉️ La personne qui a proposé l'idée accepte les réponses.
staff-review-no-answer = La personne qui a proposé l'idée ne souhaite pas de réponse.
staff-review-status = Statut : { $status } · communiqué à la personne : { $told }
staff-review-claimed-by = 🙋 Prise en charge par : { $organisation }
btn-staff-review-claim = 🙋 Je m'en occupe
btn-staff-review-status = 📝 Statut
btn-staff-review-publish = 📣 Informer la personne
btn-staff-review-next = ➡️ Idée suivante
staff-review-claimed = 🙋 Vous avez pris en charge l'idée pour { $organisation }. Les autres organisations voient que c'est vous qui y répondez.
staff-review-taken = Une autre organisation a déjà pris en charge cette idée : { $organisation }.
staff-review-which-status = 📝 Quel est le statut de l'idée { $idea } ? La personne qui l'a proposée ne sera informée que lorsque vous appuierez sur 📣.
staff-review-which-reason = 📝 Pourquoi l'idée { $idea } n'est-elle pas retenue ? La personne qui l'a proposée lira la raison dans sa langue.
staff-review-status-set = 📝 Statut enregistré. La personne n'a pas encore été informée.
staff-review-published = 📣 La personne qui a proposé l'idée { $idea } a été informée, dans sa langue.
staff-review-nothing-new = Rien de nouveau à communiquer à la personne qui a proposé l'idée { $idea } : elle connaît déjà ce statut.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Idées dans votre zone : { $count }. Chaque idée sous son propre pseudonyme, sans noms ni identifiants Telegram. Merci de garder ce fichier au sein de votre organisation.
staff-export-empty = 📄 Aucune idée à exporter dans votre zone pour l'instant.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Retirée par la personne qui l'a proposée : les textes ont été effacés.
staff-review-notes = Notes (visibles seulement par l'équipe) :
staff-review-note-staff = équipe
btn-staff-review-reply = 💬 Répondre à la personne
btn-staff-review-note = 📝 Note
btn-staff-review-flag = 🚩 Spam ou contenu offensant
staff-relay-muted = La personne qui a proposé l'idée { $idea } ne souhaite plus recevoir de réponses.
staff-relay-not-now = Seule l'organisation qui a pris en charge l'idée { $idea } peut répondre, et seulement si la personne qui l'a proposée accepte les réponses.
staff-relay-choose = Choisissez une réponse. La personne la lira dans sa propre langue :
    { $list }
btn-staff-relay-write = ✍️ Écrire ma propre réponse
staff-relay-sent = Réponse envoyée à la personne qui a proposé l'idée { $idea }, au nom de votre organisation.
staff-relay-flagged = L'idée { $idea } est masquée et n'apparaît plus dans aucune liste.
staff-relay-noted = Note enregistrée pour l'idée { $idea }. La personne qui l'a proposée ne la verra jamais.
staff-relay-flow = ✍️ Répondre à la personne qui a proposé une idée
staff-relay-ask = ✍️ Votre réponse. Elle est transmise telle que vous l'écrivez, avec l'indication de votre langue ; la personne ne connaîtra pas votre nom. Merci de ne donner aucune coordonnée.
staff-relay-label = Réponse
staff-relay-summary = Vérifiez, s'il vous plaît :
staff-relay-saving = Enregistrement…
staff-note-flow = 📝 Note sur une idée
staff-note-ask = 📝 Votre note. Seuls les membres de l'équipe qui voient cette idée la lisent, jamais la personne qui l'a proposée.
staff-note-label = Note
btn-staff-relay-show = 📋 Afficher l'idée
staff-relay-answer = ↩️ La personne qui a proposé l'idée { $idea } répond :

    { $text }
staff-relay-escalated = ⏰ Aucune organisation n'a pris en charge l'idée { $idea } ({ $place } · { $topic }) dans un délai de { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }. Merci de l'examiner avec /review.
btn-staff-review-publish-all = 📣 Informer maintenant les personnes ({ $count })
staff-review-published-all = 📣 Statuts communiqués : { $count }. Les personnes qui ont proposé les idées les reçoivent dans leur langue.
btn-staff-review-story = 🌟 Histoire de réussite
