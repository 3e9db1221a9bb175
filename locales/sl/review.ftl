# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Prejeta
idea-status-received-means = Vaša ideja je prispela. Prebrale jo bodo partnerske organizacije v vaši regiji.
idea-status-in-review = 🔎 V pregledu
idea-status-in-review-means = Organizacija si vašo idejo natančno ogleduje.
idea-status-forwarded = 📨 Posredovana odločevalcem
idea-status-forwarded-means = Vaša ideja je bila posredovana ljudem, ki odločajo o programih podpore.
idea-status-discussed = 🏛️ Obravnavana na salonu
idea-status-discussed-means = O vaši ideji so se pogovarjali na srečanju z odločevalci.
idea-status-taken-up = 🌱 Sprejeta
idea-status-taken-up-means = Vašo idejo preizkušajo ali pa je postala del programa. Hvala!
idea-status-not-taken-up = 🚫 Ni sprejeta
idea-status-not-taken-up-means = Vaša ideja tokrat ne bo uresničena. Razlog je spodaj. Vašo idejo so kljub temu slišali in je koristna.
idea-reason-exists-already = Nekaj podobnega že obstaja.
idea-reason-not-in-scope = To presega možnosti organizacij tukaj.
idea-reason-no-funding = Za to trenutno ni denarja.
idea-reason-not-feasible = Takšne, kot je, je ni mogoče izvesti.
myideas-none = Ideje še niste poslali. Pošljete jo lahko iz menija: 💡 Ideja za boljšo podporo.
myideas-title = 💡 Vaše ideje ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 Število organizacij, ki so jo videle: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Vaša ideja { $idea } (tema: { $topic }): { $status }
    Kaj to pomeni: { $means }
    /myideas pokaže vse vaše ideje.
idea-discussed-at = 🏛️ Obravnavana je bila na salonu dne { $date }. Kraj: { $place }.
idea-discussed-on = 🏛️ Obravnavana je bila na salonu dne { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 Organizacija { $organisation } vam odgovarja glede vaše ideje { $idea }:

    { $text }
idea-reply-written-in = (Jezik: { $language })
idea-reply-thanks = Hvala za vašo idejo. Skrbno smo jo prebrali.
idea-reply-meeting = Hvala. Vašo idejo bomo predstavili na našem naslednjem srečanju z odločevalci.
idea-reply-who = Nam lahko poveste več o tem, komu bi vaša ideja koristila?
idea-reply-how = Nam lahko poveste več o tem, kako bi vaša ideja delovala v praksi?
idea-reply-exists = Nekaj podobnega morda že obstaja. To preverjamo in vam bomo znova pisali.
idea-reply-later = Še vedno delamo na tem in vam bomo sporočili, ko bomo vedeli več.
btn-idea-answer = ↩️ Odgovori
btn-idea-mute = 🔕 Ne želim več odgovorov na to idejo
idea-replies-muted = Odgovorov glede ideje { $idea } ne boste več dobivali. Kaj bo z vašo idejo, vam bomo še vedno sporočali.
idea-answer-flow = ↩️ Odgovor glede vaše ideje
idea-answer-ask = ↩️ Vaš odgovor. Organizacija vidi samo kodo vaše ideje, nikoli vašega imena ali računa Telegram.
idea-answer-label = Vaš odgovor
idea-answer-summary = Prosimo, preverite svoj odgovor:
idea-answer-saving = Pošiljanje …
idea-answer-sent = Poslano organizaciji { $organisation }. Organizacija ne vidi, kdo ste.
