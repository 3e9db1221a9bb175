# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 ترلاسه شو
idea-status-received-means = ستاسو نظر ورسېد. ستاسو په سیمه کې همکارې ادارې به یې ولولي.
idea-status-in-review = 🔎 کتنه یې روانه ده
idea-status-in-review-means = یوه اداره ستاسو نظر په دقت سره ګوري.
idea-status-forwarded = 📨 پرېکړه کوونکو ته ولېږل شو
idea-status-forwarded-means = ستاسو نظر هغو کسانو ته ولېږل شو چې د ملاتړ د پروګرامونو په اړه پرېکړه کوي.
idea-status-discussed = 🏛️ په مجلس کې پرې خبرې وشوې
idea-status-discussed-means = له پرېکړه کوونکو سره په یوه غونډه کې ستاسو د نظر په اړه خبرې وشوې.
idea-status-taken-up = 🌱 ومنل شو
idea-status-taken-up-means = ستاسو نظر اوس ازمویل کېږي، یا د یو پروګرام برخه شوی دی. مننه!
idea-status-not-taken-up = 🚫 ونه منل شو
idea-status-not-taken-up-means = ستاسو نظر دا ځل نه عملي کېږي. لامل یې لاندې دی. بیا هم ستاسو نظر واورېدل شو، او ګټه یې رسېږي.
idea-reason-exists-already = ورته شی لا دمخه شته.
idea-reason-not-in-scope = دا له هغو کارونو بهر دی چې دلته ادارې یې کولی شي.
idea-reason-no-funding = اوس مهال د دې لپاره پیسې نشته.
idea-reason-not-feasible = په اوسني شکل نه شي عملي کېدای.
myideas-none = تاسو تر اوسه کوم نظر نه دی لېږلی. له مېنو یې لېږلی شئ: 💡 د ښه ملاتړ لپاره یو نظر.
myideas-title = 💡 ستاسو نظرونه ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 ستاسو نظر { $idea } (موضوع: { $topic }): { $status }
    د دې مانا: { $means }
    /myideas ستاسو ټول نظرونه ښيي.
idea-discussed-at = 🏛️ په { $place } کې په مجلس کې د { $date } په نېټه پرې خبرې وشوې.
idea-discussed-on = 🏛️ د { $date } په نېټه په یوه مجلس کې پرې خبرې وشوې.
