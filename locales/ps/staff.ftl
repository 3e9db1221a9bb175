## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = همغږي کوونکی
staff-role-partner = همکاره اداره
staff-role-admin = مدیر
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = ټول { $country }
staff-invite-offer = 🔑 تاسو رابلل شوي یاست چې د { $role } په توګه د sifor په چلولو کې مرسته وکړئ. سیمه: { $regions }.
    په ټیم کې تاسو مستعار نومونه او شمېرې وینئ، هېڅکله نه وینئ چې یو کس څوک دی. منئ یې؟
staff-invite-offer-org = 🔑 تاسو رابلل شوي یاست چې د { $organisation } لپاره د { $role } په توګه د sifor په چلولو کې مرسته وکړئ. سیمه: { $regions }.
    په ټیم کې تاسو مستعار نومونه او شمېرې وینئ، هېڅکله نه وینئ چې یو کس څوک دی. منئ یې؟
btn-staff-accept = ✅ منم یې
btn-staff-decline = ❌ نه، مننه
staff-welcome = ✅ ښه راغلاست! تاسو اوس { $role } یاست. سیمه: { $regions }. د ټیم کمانډونه مو په مېنو کې دي؛ /myrole ستاسو رول ښيي.
staff-declined = سمه ده. هېڅ شی بدل نه شو.
staff-invite-gone = دا بلنه نور نه شي کارول کېدای. هېڅ شی بدل نه شو.
staff-myrole = تاسو { $role } یاست. سیمه: { $regions }. ستاسو مستعار نوم: { $pseudonym }
staff-myrole-org = تاسو { $role } یاست ({ $organisation }). سیمه: { $regions }. ستاسو مستعار نوم: { $pseudonym }
staff-roster-title = 👥 د ټیم غړي: { $count }
staff-roster-empty = تر اوسه په ټیم کې هېڅوک نشته.
staff-invites-open = نه کارېدلې بلنې: { $count }
staff-audit-title = وروستي کارونه:
btn-staff-invite = ➕ بلنه: { $role }
btn-staff-revoke = ✖️ رول اخیستل: { $pseudonym }
staff-invite-which-region = نوې بلنه ({ $role }) د کومې سیمې لپاره ده؟
staff-invite-link = 🔑 دا لینک هغه کس ته ولېږئ چې تاسو یې رابولئ. یوازې یو ځل او د { $hours } ساعتونو لپاره کار کوي:
    { $link }
staff-revoke-confirm = د { $role } رول له { $pseudonym } څخه واخیستل شي؟ د دې کس د ټیم کمانډونه سمدستي بندېږي.
btn-staff-revoke-yes = ✖️ هو، رول واخلئ
btn-staff-cancel = لغوه
staff-revoked = { $pseudonym } نور د ټیم غړی نه دی.
staff-revoke-gone = { $pseudonym } لا دمخه د ټیم غړی نه و. هېڅ شی بدل نه شو.
