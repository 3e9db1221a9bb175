## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = koordînator
staff-role-partner = rêxistina hevkar
staff-role-admin = rêveber
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = { $country } (tevahiya welêt)
staff-invite-offer = 🔑 Hûn hatin vexwendin ku wek { $role } alîkariya birêvebirina sifor bikin. Herêm: { $regions }.
    Di tîmê de hûn nasnav û hejmaran dibînin, lê qet nabînin ka kes kî ye. Hûn qebûl dikin?
staff-invite-offer-org = 🔑 Hûn hatin vexwendin ku ji bo { $organisation } wek { $role } alîkariya birêvebirina sifor bikin. Herêm: { $regions }.
    Di tîmê de hûn nasnav û hejmaran dibînin, lê qet nabînin ka kes kî ye. Hûn qebûl dikin?
btn-staff-accept = ✅ Qebûl dikim
btn-staff-decline = ❌ Na, spas
staff-welcome = ✅ Bi xêr hatin! Hûn niha wek { $role } kar dikin. Herêm: { $regions }. Fermanên we yên tîmê di menûyê de ne; /myrole rola we nîşan dide.
staff-declined = Baş e. Tiştek neguherî.
staff-invite-gone = Ev vexwendin êdî nayê bikaranîn. Tiştek neguherî.
staff-myrole = Rola we: { $role }. Herêm: { $regions }. Nasnavê we: { $pseudonym }
staff-myrole-org = Rola we: { $role } ({ $organisation }). Herêm: { $regions }. Nasnavê we: { $pseudonym }
staff-roster-title = 👥 Endamên tîmê: { $count }
staff-roster-empty = Hîn kes di tîmê de nîne.
staff-invites-open = Vexwendinên vekirî: { $count }
staff-audit-title = Karên dawî:
btn-staff-invite = ➕ Vexwendin: { $role }
btn-staff-revoke = ✖️ Rolê rake: { $pseudonym }
staff-invite-which-region = Vexwendina nû ({ $role }) ji bo kîjan herêmê ye?
staff-invite-link = 🔑 Vê girêdanê ji kesê ku hûn vedixwînin re bişînin. Ew tenê carekê û ji bo { $hours } saetan dixebite:
    { $link }
staff-revoke-confirm = Bila rola { $role } ji { $pseudonym } bê standin? Fermanên tîmê yên vî kesî yekser êdî naxebitin.
btn-staff-revoke-yes = ✖️ Erê, rake
btn-staff-cancel = Betal bike
staff-revoked = { $pseudonym } êdî ne endamê tîmê ye.
staff-revoke-gone = { $pseudonym } jixwe êdî ne endamê tîmê ye. Tiştek neguherî.
