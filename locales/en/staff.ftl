## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = coordinator
staff-role-partner = partner organisation
staff-role-admin = admin
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = all of { $country }
staff-invite-offer = 🔑 You are invited to help run sifor as { $role } for { $regions }.
    As staff you see pseudonyms and numbers, never who a person is. Accept?
staff-invite-offer-org = 🔑 You are invited to help run sifor as { $role } for { $regions }, for { $organisation }.
    As staff you see pseudonyms and numbers, never who a person is. Accept?
btn-staff-accept = ✅ Accept
btn-staff-decline = ❌ No, thanks
staff-welcome = ✅ Welcome! You are now { $role } for { $regions }. Your staff commands are in the menu; /myrole shows your role.
staff-declined = All right. Nothing has changed.
staff-invite-gone = This invitation can no longer be used. Nothing has changed.
staff-myrole = You are { $role } for { $regions }. Your pseudonym: { $pseudonym }
staff-myrole-org = You are { $role } for { $regions } ({ $organisation }). Your pseudonym: { $pseudonym }
staff-roster-title = 👥 Staff: { $count }
staff-roster-empty = No staff yet.
staff-invites-open = Open invitations: { $count }
staff-audit-title = Last actions:
btn-staff-invite = ➕ Invite: { $role }
btn-staff-revoke = ✖️ Revoke { $pseudonym }
staff-invite-which-region = Which region should the new { $role } cover?
staff-invite-link = 🔑 Send this link to the person you invite. It works once and for { $hours } hours:
    { $link }
staff-revoke-confirm = Take the role { $role } away from { $pseudonym }? Their staff commands stop at once.
btn-staff-revoke-yes = ✖️ Yes, revoke
btn-staff-cancel = Cancel
staff-revoked = { $pseudonym } is no longer staff.
staff-revoke-gone = { $pseudonym } is not staff any more. Nothing has changed.
