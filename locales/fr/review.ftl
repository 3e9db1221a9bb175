# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Reçue
idea-status-received-means = Votre idée est bien arrivée. Les organisations partenaires de votre région vont la lire.
idea-status-in-review = 🔎 En cours d'examen
idea-status-in-review-means = Une organisation examine votre idée de près.
idea-status-forwarded = 📨 Transmise aux décideurs
idea-status-forwarded-means = Votre idée a été transmise aux personnes qui décident des programmes de soutien.
idea-status-discussed = 🏛️ Discutée lors d'une rencontre
idea-status-discussed-means = Votre idée a été discutée lors d'une rencontre avec des décideurs.
idea-status-taken-up = 🌱 Retenue
idea-status-taken-up-means = Votre idée est mise à l'essai ou fait maintenant partie d'un programme. Merci !
idea-status-not-taken-up = 🚫 Non retenue
idea-status-not-taken-up-means = Votre idée ne sera pas réalisée cette fois-ci. La raison est indiquée ci-dessous. Votre idée a quand même été entendue, et elle est utile.
idea-reason-exists-already = Quelque chose de semblable existe déjà.
idea-reason-not-in-scope = Cela dépasse ce que les organisations d'ici peuvent faire.
idea-reason-no-funding = Il n'y a pas d'argent pour cela en ce moment.
idea-reason-not-feasible = Elle ne peut pas être réalisée telle quelle.
myideas-none = Vous n'avez pas encore envoyé d'idée. Vous pouvez en envoyer une depuis le menu : 💡 Une idée pour un meilleur soutien.
myideas-title = 💡 Vos idées ({ $count }) :
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status } : { $means }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Votre idée { $idea } (sujet : { $topic }) : { $status }
    Ce que cela veut dire : { $means }
    /myideas affiche toutes vos idées.
idea-discussed-at = 🏛️ Elle a été discutée lors de la rencontre à { $place } le { $date }.
idea-discussed-on = 🏛️ Elle a été discutée lors d'une rencontre le { $date }.
