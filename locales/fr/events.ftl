# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday } { $date } à { $time }
ev-over = ⏱️ Cet événement a déjà eu lieu.
ev-seats-open = 🪑 Il reste des places.
ev-seats-few = { $count ->
    [one] 🪑 Il reste seulement { $count } place.
    [many] 🪑 Il reste seulement { $count } de places.
   *[other] 🪑 Il reste seulement { $count } places.
}
ev-seats-full = 🪑 Complet : vous pouvez vous inscrire sur la liste d'attente.
ev-mine-registered = ✅ Vous avez une place. Votre code d'entrée : { $code }
ev-mine-waiting = 🕒 Vous êtes sur la liste d'attente : numéro { $place }.
ev-mine-offered = 🎟️ Une place est libre pour vous ! Répondez d'ici { $deadline }, s'il vous plaît.
btn-ev-come = ✅ Je viens
btn-ev-join = 🕒 M'inscrire sur la liste d'attente
btn-ev-cant = ❌ Je ne peux pas venir
btn-ev-needs = 🙋 Ce dont j'ai besoin pour participer
btn-ev-calendar = 📅 Ajouter à mon agenda
btn-ev-cancel = ❌ Renoncer à ma place
btn-ev-leave = ❌ Quitter la liste d'attente
btn-ev-accept = ✅ Prendre la place
btn-ev-decline = ❌ Je ne peux pas venir
btn-ev-still = ✅ Oui, je viens
btn-ev-free = ❌ Libérer ma place
ev-registered = ✅ Vous avez une place. Montrez ce code à l'entrée : { $code }
    Le fichier ci-dessous ajoute l'événement à l'agenda de votre téléphone.
ev-waiting = 🕒 Toutes les places sont prises. Vous êtes numéro { $place } sur la liste d'attente. Quand une place se libère, vous recevez un message et vous pouvez la prendre.
ev-left = C'est fait : votre place est libre pour quelqu'un d'autre. Vous pouvez vous inscrire de nouveau tant qu'il reste des places.
ev-left-line = C'est fait : vous avez quitté la liste d'attente.
ev-noted = Merci de nous avoir prévenus.
ev-offer-gone = Cette offre n'est plus valable.
ev-declined = Merci de nous avoir prévenus : la place va à la personne suivante sur la liste d'attente.
ev-still-thanks = Merci ! À bientôt.
ev-no-seat = Vous n'avez pas de place pour cet événement.
ev-is-cancelled = Cet événement est annulé.
ev-is-over = Cet événement a déjà eu lieu ; on ne peut plus rien changer.
ev-calendar-caption = 📅 { $title } : ouvrez ce fichier pour ajouter l'événement à votre agenda.
ev-needs-ask = Avez-vous besoin de quelque chose pour participer ? Appuyez sur ce qui vous concerne. Les organisateurs voient seulement combien de personnes ont besoin de quoi, jamais qui.
ev-needs-no-interpreter = aucun
btn-ev-interpreter = 🗣️ Interprète : { $language }
btn-ev-childcare = Garde d'enfants
btn-ev-access = Accès sans marches
btn-ev-no-interpreter = Pas d'interprète
btn-ev-needs-done = ✅ Terminé
ev-needs-interpreter-ask = Dans quelle langue avez-vous besoin d'un interprète ?
ev-needs-saved = Enregistré. Merci !
ev-offer = 🎟️ Une place est libre pour vous : { $title }
    { $when }
    La voulez-vous ? Répondez d'ici { $deadline }, s'il vous plaît ; ensuite, elle ira à la personne suivante sur la liste d'attente.
ev-offer-lapsed = ⌛ La place pour « { $title } » est allée à la personne suivante sur la liste d'attente, car il n'y a pas eu de réponse à temps. Vous pouvez vous inscrire de nouveau sur la liste d'attente depuis le message de l'événement.
ev-still = Venez-vous toujours à « { $title } » ?
    { $when }
    Sinon, un seul appui libère votre place pour une personne sur la liste d'attente.
ev-reminder = ⏰ Rappel : { $title }
    { $when }
    📍 { $place }
    Votre code d'entrée : { $code }
ev-reminder-no-place = ⏰ Rappel : { $title }
    { $when }
    Votre code d'entrée : { $code }
ev-moved = 🗓️ Nouvel horaire pour « { $title } » :
    { $when }
    Vous gardez votre place. Un nouveau fichier pour votre agenda va suivre.
ev-moved-waiting = 🗓️ Nouvel horaire pour « { $title } » :
    { $when }
    Vous êtes toujours sur la liste d'attente.
ev-cancelled = ❌ L'événement « { $title } » est annulé et n'aura pas lieu. Nous en sommes désolés.
ev-organisers = ✉️ De la part des organisateurs de « { $title } » :

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = Vous n'avez aucun événement ouvert. Annoncez un atelier ou une rencontre avec /announce.
staff-ev-unlimited = sans limite
staff-ev-counts = Inscrits : { $registered } sur { $seats } (+{ $reserved } en réserve) · liste d'attente : { $waiting } · offres en cours : { $offered } · arrivées enregistrées : { $checked }
staff-ev-needs = Besoins : { $list }
staff-ev-needs-interpreters = interprètes : { $list }
staff-ev-needs-childcare = garde d'enfants : { $count }
staff-ev-needs-access = accès sans marches : { $count }
staff-ev-needs-none = Besoins : aucun indiqué pour l'instant.
btn-staff-ev-export = 📋 Liste des participants (CSV)
btn-staff-ev-message = ✉️ Écrire aux inscrits
btn-staff-ev-move = 🗓️ Déplacer
btn-staff-ev-cancel = 🚫 Annuler l'événement
btn-staff-ev-close = 🏁 Clôturer : compter les présents
staff-ev-export-caption = Liste des participants : pseudonymes, statut, arrivée et besoins. Ni noms ni identifiants Telegram.
staff-ev-cancel-ask = Annuler cet événement ? Chaque message de l'événement affichera « annulé », et toutes les personnes inscrites ou en attente seront prévenues.
btn-staff-ev-cancel-yes = Oui, l'annuler
btn-staff-ev-cancel-no = Non, le garder
staff-ev-cancelled = Annulé. Nous prévenons les participants ({ $count }).
staff-ev-not-yet = L'événement n'a pas encore commencé ; vous pourrez le clôturer une fois qu'il aura commencé.
staff-ev-closed = Clôturé. Arrivées enregistrées : { $attended } sur { $registered } inscrits.
staff-ev-closed-before = Cet événement a déjà été clôturé.
staff-ev-move-flow = 🗓️ Déplacer un événement
staff-ev-move-ask = 🗓️ La nouvelle date et la nouvelle heure :
staff-ev-message-flow = ✉️ Message aux inscrits
staff-ev-message-ask = ✉️ Votre message à toutes les personnes inscrites (il est envoyé tel que vous l'écrivez) :
staff-ev-label-message = Message
staff-ev-summary = Vérifiez, s'il vous plaît :
staff-ev-saving = Enregistrement…
staff-ev-moved = Déplacé. Nouvel horaire : { $when }. Nous prévenons les participants ({ $count }) ; ils reçoivent un nouveau fichier pour leur agenda.
staff-ev-message-sent = Votre message part vers les personnes inscrites ({ $count }).
staff-ev-checkin-usage = Écrivez /checkin et le code que la personne vous montre, par exemple /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Arrivée enregistrée pour « { $title } ». Présents : { $checked } sur { $registered }.
staff-ev-checked-in-before = Ce code a déjà été enregistré (« { $title } »). Présents : { $checked } sur { $registered }.
staff-ev-checkin-unknown = ⚠️ Aucune place avec ce code dans vos événements ouverts. Vérifiez le code, s'il vous plaît (lettres et chiffres, sans 0, O, 1, I ni L).
staff-ev-which-ideas = Quelles idées ont été discutées lors de cette rencontre ? Appuyez sur chacune : la personne qui a proposé l'idée est prévenue tout de suite, dans sa langue (on ne peut pas revenir en arrière).
staff-ev-no-ideas = Il n'y a pas d'idée ouverte de vos zones à marquer comme discutée.
staff-ev-idea-marked = { $idea } : marquée comme discutée. Nous prévenons la personne qui l'a proposée.
