## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = coordinamento
staff-role-partner = organizzazione partner
staff-role-admin = amministrazione
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = { $country } (tutto il Paese)
staff-invite-offer = 🔑 La invitiamo a collaborare alla gestione di sifor con il ruolo «{ $role }». Area di competenza: { $regions }.
    Nel gruppo di lavoro vedrà pseudonimi e numeri, mai l'identità delle persone. Accetta?
staff-invite-offer-org = 🔑 La invitiamo a collaborare alla gestione di sifor per { $organisation }, con il ruolo «{ $role }». Area di competenza: { $regions }.
    Nel gruppo di lavoro vedrà pseudonimi e numeri, mai l'identità delle persone. Accetta?
btn-staff-accept = ✅ Accetto
btn-staff-decline = ❌ No, grazie
staff-welcome = ✅ Le diamo il benvenuto! Ora ha il ruolo «{ $role }». Area di competenza: { $regions }. I Suoi nuovi comandi sono nel menu; /myrole mostra il Suo ruolo.
staff-declined = Va bene. Non è cambiato niente.
staff-invite-gone = Questo invito non si può più usare. Non è cambiato niente.
staff-myrole = Ha il ruolo «{ $role }». Area di competenza: { $regions }. Il Suo pseudonimo: { $pseudonym }
staff-myrole-org = Ha il ruolo «{ $role }» ({ $organisation }). Area di competenza: { $regions }. Il Suo pseudonimo: { $pseudonym }
staff-roster-title = 👥 Nel gruppo di lavoro: { $count }
staff-roster-empty = Ancora nessuno nel gruppo di lavoro.
staff-invites-open = Inviti in attesa: { $count }
staff-audit-title = Ultime operazioni:
btn-staff-invite = ➕ Invita: { $role }
btn-staff-revoke = ✖️ Revoca il ruolo: { $pseudonym }
staff-invite-which-region = Di quale area si occuperà la nuova persona con il ruolo «{ $role }»?
staff-invite-link = 🔑 Mandi questo link alla persona che invita. Funziona una sola volta e vale per { $hours ->
        [one] { $hours } ora
        [many] { $hours } ore
       *[other] { $hours } ore
    }:
    { $link }
staff-revoke-confirm = Togliere il ruolo «{ $role }» a { $pseudonym }? I comandi di questa persona smettono subito di funzionare.
btn-staff-revoke-yes = ✖️ Sì, revoca
btn-staff-cancel = Annulla
staff-revoked = { $pseudonym } non fa più parte del gruppo di lavoro.
staff-revoke-gone = { $pseudonym } non fa già più parte del gruppo di lavoro. Non è cambiato niente.
