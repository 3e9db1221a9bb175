# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 نوی اعلان
staff-ann-ask-kind = 📣 څه شی اعلانول غواړئ؟
staff-ann-label-kind = ډول
staff-ann-ask-title = سرلیک، په یوه کرښه کې (خلک یې تر ټولو لومړی ویني):
staff-ann-label-title = سرلیک
staff-ann-ask-body = متن: څه دي، د چا لپاره دي، له ځانه سره څه راوړي. په خپله ژبه یې ولیکئ؛ نېټه، ځای او تڼۍ په هر حال هر لوستونکي ته د هغه په خپله ژبه ښودل کېږي.
staff-ann-label-body = متن
staff-ann-ask-starts = کله پیلېږي؟ د بېلګې په توګه 3.12.2026 18:00 (ستاسو د سیمې محلي وخت). که نېټه نه لري، دا پوښتنه پرېږدئ.
staff-ann-label-starts = پیل
staff-ann-hint-starts = مهرباني وکړئ نېټه او وخت داسې ولیکئ: 3.12.2026 18:00
staff-ann-ask-place = چېرته؟ پته یا لنډ تشریح. که ځای نه لري، دا پوښتنه پرېږدئ.
staff-ann-label-place = ځای
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-ask-link = د نورو معلوماتو لپاره د وېبپاڼې لینک (⁨https://…⁩)؟ که لینک نه لري، دا پوښتنه پرېږدئ.
staff-ann-label-link = لینک
# Holds U+2068 … U+2069 (invisible) around the web address: keeps it left-to-right.
staff-ann-hint-link = مهرباني وکړئ د وېبپاڼې داسې پته واستوئ چې په ⁨https://⁩ پیلېږي.
staff-ann-ask-goals = دا باید چا ته ورسېږي؟ وټاکئ چې خلک څه لټوي، یا دا پوښتنه پرېږدئ چې ستاسو په سیمه کې ټولو ته ورسېږي.
staff-ann-label-goals = د هغو کسانو لپاره چې دا لټوي
staff-ann-summary = مهرباني وکړئ خپل اعلان وګورئ:
staff-ann-drafted = 👀 دا مخکتنه ده. تر اوسه هېڅ شی نه دی لېږل شوی.
staff-ann-bad-time = ⚠️ دا نېټه او وخت شتون نه لري یا تېر شوی دی. هېڅ شی خوندي نه شو؛ مهرباني وکړئ په /announce بیا پیل وکړئ.
staff-ann-preview-head = 👀 لکه څنګه چې یې د { $language } ژبې لوستونکي ویني:
staff-ann-reach = { $count } کسانو ته رسېږي ({ $languages }).
staff-ann-untranslated = د { $languages } لوستونکو لپاره مو د هغوی په ژبه متن نه دی لیکلی؛ هغوی نېټه، ځای او تڼۍ په خپله ژبه ویني او ستاسو متن یې لاندې.
btn-staff-ann-send = ✅ { $count } کسانو ته لېږل
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ پاکول
staff-ann-started = ✅ { $count } کسانو ته لېږل پیل شول. لومړی تاسو او یو څو نورو ته، څو ډاډ ترلاسه شي چې کار کوي؛ پرمختګ همدلته ښودل کېږي.
staff-ann-discarded = 🗑️ پاک شو. هېڅ شی ونه لېږل شو.
staff-ann-not-now = هېڅ شی بدل نه شو: اعلان اوس په داسې حالت کې نه دی چې دا کار پکې شونی وي.
# Holds U+2068 … U+2069 (invisible) around the code A{ $id }: keeps it left-to-right.
staff-ann-progress-title = 📣 ⁨A{ $id }⁩: { $title }
staff-ann-progress = لېږل شوي: { $sent } له { $total } · پاتې: { $left } · بوټ یې بلاک کړی: { $blocked } · ناکام: { $failed }
staff-ann-state-running = لېږل روان دي… شاوخوا { $minutes } دقیقې پاتې دي.
staff-ann-state-canary = ⏸ ودرول شو: له لومړیو { $judged } کسانو څخه { $bad } ته ونه رسېد. متن او مخاطبین وګورئ، بیا لېږل ته دوام ورکړئ یا یې ودروئ.
staff-ann-state-paused = ⏸ په لنډمهاله توګه ودرول شو.
staff-ann-state-aborted = ⏹ لېږل بند شول. هغه کسان چې ورته ونه رسېد: { $left }.
staff-ann-state-done = ✅ بشپړ شو.
staff-ann-cancelled = ❌ په ټولو کاپیو کې د لغوه شوي په توګه نښه شو.
btn-staff-ann-pause = ⏸️ لنډمهاله درول
btn-staff-ann-resume = ▶️ دوام ورکول
btn-staff-ann-abort = ⏹️ لېږل بندول
btn-staff-ann-cancel = ❌ په ټولو کاپیو کې لغوه کول
staff-ann-cancel-ask = اعلان په ټولو { $count } لېږل شویو کاپیو کې د لغوه شوي په توګه نښه شي؟ بل هېچا ته به ونه لېږل شي.
btn-staff-ann-cancel-confirm = ❌ هو، لغوه شوی دی
staff-ann-paused = ⏸️ په لنډمهاله توګه ودرول شو. تر هغه چې دوام ورنه کړئ، هېڅ شی نه لېږل کېږي.
staff-ann-resumed = ▶️ لېږل بیا پیل شول.
staff-ann-aborted = ⏹️ لېږل بند شول. څه چې لېږل شوي، پاتې کېږي؛ بل هېچا ته به ونه لېږل شي.
staff-ann-cancelling = ❌ ټولې لېږل شوې کاپۍ د لغوه شوي په توګه نښه کېږي.
btn-staff-ann-fix = ✏️ د متن سمول
staff-ann-fix-flow = ✏️ د اعلان سمول
staff-ann-fix-ask-title = ✏️ سم شوی سرلیک، په یوه کرښه کې:
staff-ann-fix-saving = سمون خوندي کېږي…
staff-ann-fixed = ✏️ سم شو. هغه { $count } کاپۍ چې مخکې لېږل شوې وې، اوس سمېږي؛ پاتې نورې به په نوي متن ولېږل شي.
