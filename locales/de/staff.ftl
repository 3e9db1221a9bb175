## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = Koordination
staff-role-partner = Partnerorganisation
staff-role-admin = Administration
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = ganz { $country }
staff-invite-offer = 🔑 Sie sind eingeladen, bei sifor mitzuwirken: in der Rolle „{ $role }“, zuständig für { $regions }.
    Im Team sehen Sie Pseudonyme und Zahlen – nie, wer eine Person ist. Möchten Sie annehmen?
staff-invite-offer-org = 🔑 Sie sind eingeladen, für { $organisation } bei sifor mitzuwirken: in der Rolle „{ $role }“, zuständig für { $regions }.
    Im Team sehen Sie Pseudonyme und Zahlen – nie, wer eine Person ist. Möchten Sie annehmen?
btn-staff-accept = ✅ Annehmen
btn-staff-decline = ❌ Nein, danke
staff-welcome = ✅ Willkommen! Sie sind jetzt in der Rolle „{ $role }“ für { $regions } zuständig. Ihre Team-Befehle finden Sie im Menü; /myrole zeigt Ihre Rolle.
staff-declined = In Ordnung. Es hat sich nichts geändert.
staff-invite-gone = Diese Einladung kann nicht mehr verwendet werden. Es hat sich nichts geändert.
staff-myrole = Sie sind in der Rolle „{ $role }“ für { $regions } zuständig. Ihr Pseudonym: { $pseudonym }
staff-myrole-org = Sie sind in der Rolle „{ $role }“ ({ $organisation }) für { $regions } zuständig. Ihr Pseudonym: { $pseudonym }
staff-roster-title = 👥 Im Team: { $count }
staff-roster-empty = Noch niemand im Team.
staff-invites-open = Offene Einladungen: { $count }
staff-audit-title = Letzte Aktionen:
btn-staff-invite = ➕ Einladen: { $role }
btn-staff-revoke = ✖️ Rolle entziehen: { $pseudonym }
staff-invite-which-region = Für welche Region soll die neue Person in der Rolle „{ $role }“ zuständig sein?
staff-invite-link = 🔑 Senden Sie diesen Link an die Person, die Sie einladen. Er funktioniert nur einmal und gilt { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }:
    { $link }
staff-revoke-confirm = { $pseudonym } die Rolle „{ $role }“ entziehen? Die Team-Befehle dieser Person funktionieren dann sofort nicht mehr.
btn-staff-revoke-yes = ✖️ Ja, entziehen
btn-staff-cancel = Abbrechen
staff-revoked = { $pseudonym } gehört nicht mehr zum Team.
staff-revoke-gone = { $pseudonym } gehört schon nicht mehr zum Team. Es hat sich nichts geändert.
