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
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 Ramana we { $idea } (mijar: { $topic }): { $status }
    Wateya wê: { $means }
    /myideas hemû ramanên we nîşan dide.
idea-discussed-at = 🏛️ Di civîneke bi biryarderan re de hat gotûbêjkirin. Cih: { $place }. Dîrok: { $date }.
idea-discussed-on = 🏛️ Di civîneke bi biryarderan re de hat gotûbêjkirin. Dîrok: { $date }.
