# Questions about work, training and qualifications.

q-allowed-to-work = آیا همدا اوس د کار اجازه لرئ؟
why-allowed-to-work = ځینې پروګرامونه یوازې د هغو کسانو لپاره دي چې د کار اجازه لري. ستاسو ځواب یوازې دا ټاکي چې کوم پروګرامونه درښیو. تاسو کولی شئ دا پوښتنه پرېږدئ.
q-status = ستاسو د اوسېدو حالت څه دی؟
why-status = ځینې پروګرامونه یوازې د ځینو ډلو لپاره دي. موږ هېڅکله ستاسو د حقوقي حالت پرېکړه نه کوو: د دې لپاره له یوه مشورتي مرکز څخه وپوښتئ. تاسو کولی شئ دا پوښتنه پرېږدئ.
q-host-language = 🗣️ { $country ->
        [DE] په الماني ژبه
        [AT] په الماني ژبه
        [IT] په ایټالوي ژبه
        [SI] په سلوانیايي ژبه
       *[other] د دې هېواد په ژبه
    } څومره ښې خبرې کولی شئ؟
q-other-languages = 🗣️ په نورو کومو ژبو خبرې کولی شئ؟
q-education = 🎓 ستاسو تر ټولو لوړه زده کړه کومه ده؟
q-foreign-qualification = 📄 آیا له بل هېواد څخه تعلیمي یا مسلکي سند (ډیپلوم) لرئ؟
q-qualification-documents = 📄 آیا د دې اسناد لرئ (شهادتنامې، ډیپلومونه)؟
q-sector = 💼 په کومو برخو کې مو کار کړی، یا غواړئ کار پکې وکړئ؟
q-experience = 💼 څو کاله کاري تجربه لرئ؟
q-availability = کله کار یا زده کړه کولی شئ؟
q-childcare = آیا په کورس یا کار کې د ګډون لپاره د ماشومانو ساتنې ته اړتیا لرئ؟
why-childcare = ځینې کورسونه د ماشومانو ساتنه هم لري. موږ یوازې ځکه پوښتنه کوو چې هغه تاسو ته وښیو. ستاسو د ماشومانو په اړه پوښتنه نه کوو.
q-women-only = آیا غواړئ هغه پروګرامونه وګورئ چې یوازې د ښځو لپاره دي؟
why-women-only = ځینې پروګرامونه یوازې د ښځو لپاره دي. هر څوک یې لیدلی شي؛ پروګرام پخپله پرېکړه کوي چې څوک پکې ګډون وکړي.
jobs-done = مننه! موږ ستاسو لپاره مناسب پروګرامونه لټوو.

label-allowed-to-work = د کار اجازه
label-status = حالت
label-host-language = 🗣️ د دې هېواد ژبه
label-other-languages = 🗣️ نورې ژبې
label-education = 🎓 زده کړه
label-foreign-qualification = 📄 د بهر سند
label-qualification-documents = 📄 اسناد
label-sector = 💼 برخې
label-experience = 💼 تجربه
label-availability = وخت
label-childcare = د ماشومانو ساتنه
label-women-only = یوازې د ښځو لپاره

opt-status-asylum-seeker = پناه غوښتونکی (د پرېکړې په تمه)
opt-status-refugee = منل شوی کډوال
opt-status-subsidiary = فرعي ساتنه
opt-status-temporary = لنډمهاله ساتنه (اوکراین)
opt-status-humanitarian = بشري یا ځانګړې ساتنه
opt-status-tolerated = Duldung (د اخراج لنډمهاله ځنډ)
opt-status-other = د اوسېدو بله اجازه

opt-level-none = لا نه
opt-level-a-little = لږ څه (A1–A2)
opt-level-everyday = ورځنۍ خبرې (B1)
opt-level-good = ښه (B2)
opt-level-fluent = ډېر ښه (C1–C2)

opt-lang-ar = عربي
opt-lang-fa = فارسي / دري
opt-lang-ps = پښتو
opt-lang-uk = اوکرایني
opt-lang-ru = روسي
opt-lang-tr = ترکي
opt-lang-ku = کردي
opt-lang-en = انګلیسي
opt-lang-fr = فرانسوي
opt-lang-other = بله ژبه

opt-edu-none = ښوونځی مې نه دی لوستی
opt-edu-primary = لومړنی ښوونځی
opt-edu-secondary = منځنی ښوونځی یا لیسه
opt-edu-vocational = مسلکي زده کړه
opt-edu-university = پوهنتون

opt-docs-yes = هو، ټول
opt-docs-some = ځینې
opt-docs-none = هېڅ سند نه لرم

opt-sector-care = پالنه او روغتیا
opt-sector-construction = ودانۍ جوړول
opt-sector-crafts = لاسي او فني کارونه
opt-sector-it = کمپیوټر او ټکنالوژي
opt-sector-hospitality = هوټلونه او رستورانتونه
opt-sector-retail = دوکانونه او سوداګري
opt-sector-transport = ټرانسپورټ او د توکو رسول
opt-sector-education = ښوونه او د ماشومانو ساتنه
opt-sector-agriculture = کرنه
opt-sector-office = دفتري کار
opt-sector-beauty = سلماني او ښکلا
opt-sector-other = بل څه

opt-exp-none = هېڅ
opt-exp-under-2 = له ۲ کلونو کم
opt-exp-2-5 = له ۲ تر ۵ کلونو
opt-exp-over-5 = له ۵ کلونو زیات

opt-avail-full = بشپړ وخت
opt-avail-part = نیم وخت
opt-avail-evenings = ماښامونه یا د اونۍ پای
opt-avail-not-yet = لا نه
