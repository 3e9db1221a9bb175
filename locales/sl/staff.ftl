## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = koordinator
staff-role-partner = partnerska organizacija
staff-role-admin = skrbnik
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = vsa { $country }
staff-invite-offer = 🔑 Vabimo vas, da pomagate upravljati sifor v vlogi »{ $role }«. Območje: { $regions }.
    V ekipi boste videli psevdonime in številke, nikoli pa, za koga gre. Ali sprejmete povabilo?
staff-invite-offer-org = 🔑 Vabimo vas, da za { $organisation } pomagate upravljati sifor v vlogi »{ $role }«. Območje: { $regions }.
    V ekipi boste videli psevdonime in številke, nikoli pa, za koga gre. Ali sprejmete povabilo?
btn-staff-accept = ✅ Sprejmem
btn-staff-decline = ❌ Ne, hvala
staff-welcome = ✅ Dobrodošli! Zdaj imate vlogo »{ $role }«. Območje: { $regions }. Ukazi za ekipo so v meniju; /myrole pokaže vašo vlogo.
staff-declined = V redu. Nič se ni spremenilo.
staff-invite-gone = Tega povabila ni več mogoče uporabiti. Nič se ni spremenilo.
staff-myrole = Imate vlogo »{ $role }«. Območje: { $regions }. Vaš psevdonim: { $pseudonym }
staff-myrole-org = Imate vlogo »{ $role }« ({ $organisation }). Območje: { $regions }. Vaš psevdonim: { $pseudonym }
staff-roster-title = 👥 V ekipi: { $count }
staff-roster-empty = V ekipi še ni nikogar.
staff-invites-open = Odprta povabila: { $count }
staff-audit-title = Zadnja dejanja:
btn-staff-invite = ➕ Povabi: { $role }
btn-staff-revoke = ✖️ Odvzemi vlogo: { $pseudonym }
staff-invite-which-region = Za katero območje naj skrbi nova oseba v vlogi »{ $role }«?
staff-invite-link = 🔑 To povezavo pošljite osebi, ki jo vabite. Deluje samo enkrat in velja { $hours ->
        [one] { $hours } uro
        [two] { $hours } uri
        [few] { $hours } ure
       *[other] { $hours } ur
    }:
    { $link }
staff-revoke-confirm = Ali želite osebi { $pseudonym } odvzeti vlogo »{ $role }«? Njeni ukazi za ekipo bodo takoj prenehali delovati.
btn-staff-revoke-yes = ✖️ Da, odvzemi
btn-staff-cancel = Prekliči
staff-revoked = { $pseudonym } ni več v ekipi.
staff-revoke-gone = { $pseudonym } že ni več v ekipi. Nič se ni spremenilo.
