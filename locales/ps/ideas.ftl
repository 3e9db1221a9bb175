# An idea for a new support measure.

idea-intro = 💡 ستاسو نظر کولی شي ملاتړ ښه کړي. همکارې ادارې یې ستاسو له نوم پرته لولي او تاسو ته ویلی شي چې پایله یې څه شوه.
q-idea-topic = 💡 ستاسو نظر د څه په اړه دی؟
q-idea-problem = 💡 ستونزه څه ده؟ په څو کلمو یې ولیکئ.
    مهرباني وکړئ نومونه یا د تلیفون شمېرې مه لیکئ.
q-idea-text = 💡 ستاسو نظر څه دی؟ په خپلو خبرو یې ولیکئ.
    مهرباني وکړئ نومونه یا د تلیفون شمېرې مه لیکئ.
q-idea-beneficiaries = 💡 له چا سره به مرسته وکړي؟
q-idea-contact = 💡 آیا همکارې ادارې تاسو ته همدلته په دې چټ کې ځواب درکولی شي؟
q-idea-public = 🌐 آیا ستاسو د نظر متن، وروسته له دې چې یوې ادارې ورته ځواب ورکړ، د پروژې په عامه وېبپاڼه کې ښودل کېدای شي؟ ستاسو نوم به هېڅکله ورسره نه وي. که دا پوښتنه پرېږدئ، نه ښودل کېږي.
idea-done = ستاسو د نظر مننه! 💡 همکاران به یې ولولي. موږ به همدلته درته ووایو چې پایله یې څه شوه.

label-idea-topic = 💡 موضوع
label-idea-problem = 💡 ستونزه
label-idea-text = 💡 نظر
label-idea-beneficiaries = 💡 د چا لپاره ګټور دی
label-idea-contact = 💡 په چټ کې ځواب
label-idea-public = 🌐 په عامه توګه ښودل

opt-topic-jobs = 💼 دندې
opt-topic-training = 🎓 روزنه
opt-topic-language = 🗣️ د ژبې کورسونه
opt-topic-recognition = 📄 د اسنادو په رسمیت پېژندل
opt-topic-business = 🏪 خپل کاروبار
opt-topic-childcare = د ماشومانو ساتنه
opt-topic-other = بل څه

opt-benefit-everyone = ټول
opt-benefit-women = ښځې
opt-benefit-young = ځوانان
opt-benefit-families = کورنۍ
opt-benefit-newcomers = هغه کسان چې نوي راغلي دي
opt-benefit-qualified = هغه کسان چې تعلیمي یا مسلکي سند لري
opt-benefit-founders = هغه کسان چې خپل کاروبار پیلوي
idea-no-consent = سمه ده، موږ هېڅ نه ساتو. تاسو کولی شئ دا هر وخت په /consent بدل کړئ.
