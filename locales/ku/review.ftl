# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Hat wergirtin
idea-status-received-means = Ramana we gihîşt. Rêxistinên hevkar ên li herêma we dê wê bixwînin.
idea-status-in-review = 🔎 Tê nirxandin
idea-status-in-review-means = Rêxistinek ramana we bi baldarî dinirxîne.
idea-status-forwarded = 📨 Ji biryarderan re hat şandin
idea-status-forwarded-means = Ramana we ji kesên ku li ser bernameyên piştgiriyê biryar didin re hat şandin.
idea-status-discussed = 🏛️ Di civînê de hat nîqaşkirin
idea-status-discussed-means = Ramana we di civîneke bi biryarderan re de hat nîqaşkirin.
idea-status-taken-up = 🌱 Hat qebûlkirin
idea-status-taken-up-means = Ramana we tê ceribandin, an jî bûye beşek ji bernameyekê. Spas!
idea-status-not-taken-up = 🚫 Nehat qebûlkirin
idea-status-not-taken-up-means = Ramana we vê carê pêk nayê. Sedem li jêr e. Dîsa jî ramana we hat bihîstin, û ew alîkar e.
idea-reason-exists-already = Tiştekî wisa jixwe heye.
idea-reason-not-in-scope = Ev ji tiştên ku rêxistinên li vir dikarin bikin der e.
idea-reason-no-funding = Niha pere ji bo vê tune ye.
idea-reason-not-feasible = Bi vî awayî pêk nayê.
myideas-none = We hîn ramanek neşandiye. Hûn dikarin ji menûyê yekê bişînin: 💡 Ramanek ji bo piştgiriyeke baştir.
myideas-title = 💡 Ramanên we ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
myideas-seen = 👀 Hejmara rêxistinên ku ew dîtine: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ramana we { $idea } (mijar: { $topic }): { $status }
    Wateya wê: { $means }
    /myideas hemû ramanên we nîşan dide.
idea-discussed-at = 🏛️ Di civîneke bi biryarderan re de hat gotûbêjkirin. Cih: { $place }. Dîrok: { $date }.
idea-discussed-on = 🏛️ Di civîneke bi biryarderan re de hat gotûbêjkirin. Dîrok: { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation } li ser ramana we { $idea } bersiv dide:

    { $text }
idea-reply-written-in = (Zimanê nivîsê: { $language }.)
idea-reply-thanks = Spas ji bo ramana we. Me ew bi baldarî xwend.
idea-reply-meeting = Spas. Em ê ramana we di civîna xwe ya bê ya bi biryarderan re de pêşkêş bikin.
idea-reply-who = Hûn dikarin bêtir ji me re bibêjin ka ramana we dê kêrî kê were?
idea-reply-how = Hûn dikarin bêtir ji me re bibêjin ka ew ê di pratîkê de çawa bixebite?
idea-reply-exists = Dibe ku tiştekî wisa jixwe hebe. Em vê kontrol dikin û em ê dîsa ji we re binivîsin.
idea-reply-later = Em hîn li ser vê dixebitin. Gava ku em bêtir bizanin, em ê ji we re bibêjin.
btn-idea-answer = ↩️ Bersiv bide
btn-idea-mute = 🔕 Êdî li ser vê ramanê bersiv naxwazim
idea-replies-muted = Hûn ê êdî li ser ramana { $idea } bersivan wernegirin. Lê em ê dîsa jî ji we re bibêjin ka çi jê derdikeve.
idea-answer-flow = ↩️ Bersiv li ser ramana we
idea-answer-ask = ↩️ Bersiva we. Rêxistin tenê koda ramana we dibîne, qet nav an hesabê we yê Telegramê nabîne.
idea-answer-label = Bersiva we
idea-answer-summary = Ji kerema xwe bersiva xwe kontrol bikin:
idea-answer-saving = Tê şandin…
idea-answer-sent = Hat şandin. Rêxistin: { $organisation }. Ew nabînin ku hûn kî ne.
