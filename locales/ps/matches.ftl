# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] موږ تر اوسه داسې پروګرام ونه موند چې ستاسو له ټولو ځوابونو سره برابر وي.
    [one] یو پروګرام تاسو ته مناسب دی:
   *[other] { $count } پروګرامونه تاسو ته مناسب دي:
}
matches-shown = ښودل شوي: { $shown } له { $total }.
match-card = ؜{ $n }. { $title } ({ $owner })
reason-region = ✓ په { $place } کې
reason-country = ✓ په ټول { $country ->
        [DE] آلمان
        [AT] اتریش
        [IT] ایټالیا
        [SI] سلوانیا
       *[other] هېواد
    } کې
reason-online = ✓ آنلاین
reason-goal = ؜✓ { $goal }
reason-language = ✓ په { $language } ژبه
reason-childcare = ✓ د ماشومانو له ساتنې سره
reason-sector = ✓ ستاسو د کار له برخې سره برابر
reason-stage = ✓ ستاسو د کاروبار له پړاو سره برابر
reason-finance = ✓ د پیل لپاره د پیسو مرسته
reason-qualification = ✓ د بهر د اسنادو لپاره
reason-free = ✓ وړیا
note-status = ? یوازې د اوسېدو د ځینو حالتونو لپاره: له اړوندې ادارې وپوښتئ
note-work-permit = ? د کار اجازې ته اړتیا ده: له اړوندې ادارې وپوښتئ
note-qualification = ? د هغو کسانو لپاره چې له بل هېواد څخه تعلیمي یا مسلکي سند لري: له اړوندې ادارې وپوښتئ
note-stage = ? د کاروبار د بل پړاو لپاره دی: له اړوندې ادارې وپوښتئ
note-childcare = ? د ماشومانو د ساتنې په اړه له اړوندې ادارې وپوښتئ
note-sample = ⚠️ دا د بېلګې معلومات دي، لا نه دي کتل شوي.
next-steps = ډېری وخت ورپسې: { $titles }
btn-website = 🌐 وېبپاڼه
btn-save = ⭐ خوندي کول
btn-not-relevant = 👎 زما لپاره نه دی
btn-more = ➡️ نور پروګرامونه
btn-idea = 💡 د ښه پروګرام لپاره یو نظر لرم
feedback-saved = ⭐ خوندي شو. مننه!
feedback-not-relevant = 👍 مننه. دا له موږ سره مرسته کوي چې ښه پروګرامونه وښیو.
no-match-counselling = وړیا مشوره کولی شي په راتلونکي ګام کې درسره مرسته وکړي: { $country ->
        [DE] د کار مرکز یا د کډوالو د مشورې مرکز (MBE).
        [AT] د کار اداره (AMS) یا د ادغام یو مرکز (ÖIF).
        [IT] د کار مرکز (Centro per l'impiego) یا د پناه غوښتونکو د هرکلي یوه پروژه (SAI).
        [SI] د کار اداره (ZRSZ) یا د کډوالو د ملاتړ دفتر (UOIM).
       *[other] تاسو ته نږدې د کډوالو د مشورې یو مرکز.
    }
no-match-recorded = موږ ولیکل چې تر اوسه هېڅ شی برابر نه دی، څو همکارې ادارې نوي پروګرامونه پلان کړي.
no-match-idea = له تاسو سره به څه مرسته وکړي؟ خپل نظر موږ ته ووایئ.
matches-none-yet = لومړی څو پوښتنو ته ځواب ورکړئ: په مېنو کې 💼 کار او زده کړه یا 🏪 زما خپل کاروبار وټاکئ.

lang-name-de = الماني
lang-name-en = انګلیسي
lang-name-ar = عربي
lang-name-fa = فارسي / دري
lang-name-ps = پښتو
lang-name-uk = اوکرایني
lang-name-ru = روسي
lang-name-tr = ترکي
lang-name-ku = کردي (کرمانجي)
lang-name-ckb = کردي (سوراني)
lang-name-it = ایټالوي
lang-name-sl = سلوانیايي
lang-name-fr = فرانسوي
