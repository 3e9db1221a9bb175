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
