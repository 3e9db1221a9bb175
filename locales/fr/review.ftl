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
myideas-seen = 👀 Organisations qui l'ont vue : { $count }
myideas-reply = 💬 { $organisation } : { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Votre idée { $idea } (sujet : { $topic }) : { $status }
    Ce que cela veut dire : { $means }
    /myideas affiche toutes vos idées.
idea-discussed-at = 🏛️ Elle a été discutée lors de la rencontre à { $place } le { $date }.
idea-discussed-on = 🏛️ Elle a été discutée lors d'une rencontre le { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } vous répond au sujet de votre idée { $idea } :

    { $text }
idea-reply-written-in = (Langue : { $language })
idea-reply-thanks = Merci pour votre idée. Nous l'avons lue avec attention.
idea-reply-meeting = Merci. Nous présenterons votre idée lors de notre prochaine rencontre avec des décideurs.
idea-reply-who = Pourriez-vous nous en dire plus sur les personnes à qui votre idée serait utile ?
idea-reply-how = Pourriez-vous nous en dire plus sur la façon dont votre idée fonctionnerait en pratique ?
idea-reply-exists = Quelque chose de semblable existe peut-être déjà. Nous vérifions et nous vous écrirons de nouveau.
idea-reply-later = Nous y travaillons encore et nous vous tiendrons au courant dès que nous en saurons plus.
btn-idea-answer = ↩️ Répondre
btn-idea-mute = 🔕 Plus de réponses sur cette idée
idea-replies-muted = Vous ne recevrez plus de réponses au sujet de { $idea }. Nous vous dirons quand même ce que devient votre idée.
idea-answer-flow = ↩️ Répondre au sujet de votre idée
idea-answer-ask = ↩️ Votre réponse. L'organisation voit seulement le code de votre idée, jamais votre nom ni votre compte Telegram.
idea-answer-label = Votre réponse
idea-answer-summary = Vérifiez votre réponse, s'il vous plaît :
idea-answer-saving = Envoi…
idea-answer-sent = Réponse envoyée à { $organisation }. L'organisation ne voit pas qui vous êtes.
