## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = coordination
staff-role-partner = organisation partenaire
staff-role-admin = administration
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = { $country } (tout le pays)
staff-invite-offer = 🔑 Nous vous invitons à participer à la gestion de sifor avec le rôle « { $role } ». Zone : { $regions }.
    Dans l'équipe, vous voyez des pseudonymes et des chiffres, jamais l'identité des personnes. Acceptez-vous ?
staff-invite-offer-org = 🔑 Nous vous invitons à participer à la gestion de sifor pour { $organisation }, avec le rôle « { $role } ». Zone : { $regions }.
    Dans l'équipe, vous voyez des pseudonymes et des chiffres, jamais l'identité des personnes. Acceptez-vous ?
btn-staff-accept = ✅ J'accepte
btn-staff-decline = ❌ Non, merci
staff-welcome = ✅ Bienvenue ! Vous avez maintenant le rôle « { $role } ». Zone : { $regions }. Vos commandes d'équipe sont dans le menu ; /myrole affiche votre rôle.
staff-declined = D'accord. Rien n'a changé.
staff-invite-gone = Cette invitation ne peut plus être utilisée. Rien n'a changé.
staff-myrole = Vous avez le rôle « { $role } ». Zone : { $regions }. Votre pseudonyme : { $pseudonym }
staff-myrole-org = Vous avez le rôle « { $role } » ({ $organisation }). Zone : { $regions }. Votre pseudonyme : { $pseudonym }
staff-roster-title = 👥 Dans l'équipe : { $count }
staff-roster-empty = Personne dans l'équipe pour l'instant.
staff-invites-open = Invitations en attente : { $count }
staff-audit-title = Dernières actions :
btn-staff-invite = ➕ Inviter : { $role }
btn-staff-revoke = ✖️ Retirer le rôle : { $pseudonym }
staff-invite-which-region = Quelle zone la nouvelle personne avec le rôle « { $role } » doit-elle couvrir ?
staff-invite-link = 🔑 Envoyez ce lien à la personne que vous invitez. Il ne fonctionne qu'une fois, pendant { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } :
    { $link }
staff-revoke-confirm = Retirer le rôle « { $role } » à { $pseudonym } ? Les commandes d'équipe de cette personne s'arrêtent tout de suite.
btn-staff-revoke-yes = ✖️ Oui, retirer
btn-staff-cancel = Annuler
staff-revoked = { $pseudonym } ne fait plus partie de l'équipe.
staff-revoke-gone = { $pseudonym } ne fait déjà plus partie de l'équipe. Rien n'a changé.
