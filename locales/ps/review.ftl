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
myideas-seen = 👀 د هغو سازمانونو شمېر چې لیدلې یې ده: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 ستاسو نظر { $idea } (موضوع: { $topic }): { $status }
    د دې مانا: { $means }
    /myideas ستاسو ټول نظرونه ښيي.
idea-discussed-at = 🏛️ په { $place } کې په مجلس کې د { $date } په نېټه پرې خبرې وشوې.
idea-discussed-on = 🏛️ د { $date } په نېټه په یوه مجلس کې پرې خبرې وشوې.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 ستاسو د نظر { $idea } په اړه د { $organisation } ځواب:

    { $text }
idea-reply-written-in = (د لیکلو ژبه: { $language })
idea-reply-thanks = د خپل نظر د شریکولو لپاره مو مننه. موږ هغه په دقت سره ولوست.
idea-reply-meeting = مننه. ستاسو نظر به له پرېکړه کوونکو سره زموږ په راتلونکې غونډه کې مطرح کړو.
idea-reply-who = کولی شئ موږ ته نور ووایئ چې ستاسو له نظر څخه به څوک ګټه واخلي؟
idea-reply-how = کولی شئ موږ ته نور ووایئ چې دا به په عمل کې څنګه ترسره شي؟
idea-reply-exists = کېدای شي داسې یو څه لا دمخه شتون ولري. موږ یې ګورو او بیا به تاسو ته ولیکو.
idea-reply-later = موږ لا هم پرې کار کوو، او کله چې نور معلومات ترلاسه کړو، تاسو ته به خبر درکړو.
btn-idea-answer = ↩️ ځواب ورکول
btn-idea-mute = 🔕 د دې نظر په اړه نور ځوابونه نه غواړم
idea-replies-muted = د { $idea } په اړه به نور ځوابونه درته نه راځي. خو دا چې ستاسو نظر ته څه پېښېږي، په دې به لا هم خبرېږئ.
idea-answer-flow = ↩️ د خپل نظر په اړه ځواب
idea-answer-ask = ↩️ ستاسو ځواب. اداره یوازې ستاسو د نظر کوډ ویني، هېڅکله ستاسو نوم یا د ټلګرام حساب نه ویني.
idea-answer-label = ستاسو ځواب
idea-answer-summary = مهرباني وکړئ خپل ځواب وګورئ:
idea-answer-saving = لېږل کېږي…
idea-answer-sent = { $organisation } ته ولېږل شو. هغوی نه ویني چې تاسو څوک یاست.
