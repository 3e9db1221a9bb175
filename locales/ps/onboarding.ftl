# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor له تاسو سره مرسته کوي چې د کار او خپل کاروبار لپاره پروګرامونه ومومئ. دا د لا ښه ملاتړ لپاره ستاسو نظرونه هم راټولوي. شاوخوا ۳ دقیقې وخت نیسي.
    🔒 موږ هېڅکله ستاسو نوم یا د تلیفون شمېره نه پوښتو.
onb-age = عمر مو څو کاله دی؟
why-age = ځینې پروګرامونه د ځانګړو عمرونو لپاره دي. له ۱۶ کلونو کم عمر ځوانان دلته یوازې عمومي معلومات ترلاسه کوي، او ځوابونه یې نه ساتل کېږي.
onb-too-young = مننه! ستاسو عمر له ۱۶ کلونو کم دی، نو موږ هېڅ شی نه ساتو. 🔒
    د ځوانو کډوالو له خدمت (لکه په آلمان کې JMD) یا له یوه ښوونکي څخه وپوښتئ. هغوی درسره مرسته کولی شي.
onb-consent-profile = 🔒 آیا ستاسو ځوابونه وساتو، څو ستاسو لپاره پروګرامونه ومومو؟
    تاسو کولی شئ هر وخت یې په /mydata او /delete وګورئ یا پاک یې کړئ.
why-consent-profile = موږ یوازې دې پوښتنو ته ستاسو ځوابونه ساتو، نه نوم او نه د تلیفون شمېره. همکارې ادارې هېڅکله نه ویني چې تاسو څوک یاست. نه کارېدونکي ځوابونه له ۹۰ ورځو وروسته پاکېږي.
onb-consent-announcements = 📅 آیا تاسو ته ستاسو سیمې ته نږدې د ورکشاپونو او غونډو خبرونه درولېږو؟
    تاسو کولی شئ هر وخت یې په /stop ودروئ.
onb-consent-ideas = 💡 آیا هغه نظرونه چې موږ ته یې لېږئ وساتو، او ستاسو له نوم پرته یې همکارو ادارو ته وښیو؟
onb-general = سمه ده، موږ هېڅ نه ساتو. 🔒
    د کار او زده کړې لپاره وړیا مشوره په هر ښار کې شته: د کار له مرکز یا د کډوالو د مشورې له مرکز څخه وپوښتئ. د نورو لپاره /menu واستوئ.
onb-country = 📍 چېرته اوسېږئ؟
onb-region = 📍 کومه سیمه؟
onb-goals = څه لټوئ؟ تاسو کولی شئ له یوه څخه زیات وټاکئ.
onb-to-jobs = مننه! اوس د کار او زده کړې په اړه څو پوښتنې.
onb-to-business = مننه! اوس ستاسو د کاروبار په اړه څو پوښتنې.

label-age = عمر
label-consent-profile = 🔒 د ځوابونو ساتل
label-consent-announcements = 📅 خبرونه
label-consent-ideas = 💡 نظرونه
label-country = 📍 هېواد
label-region = 📍 سیمه
label-goals = څه لټوئ

opt-age-under-14 = له ۱۴ کلونو کم
opt-age-14-15 = ۱۴ تر ۱۵ کلونو
opt-age-16-17 = ۱۶ تر ۱۷ کلونو
opt-age-18-24 = ۱۸ تر ۲۴ کلونو
opt-age-25-35 = ۲۵ تر ۳۵ کلونو
opt-age-36-49 = ۳۶ تر ۴۹ کلونو
opt-age-50-plus = ۵۰ کاله یا زیات

opt-consent-yes = ✅ هو
opt-consent-no-general = ❌ نه، یوازې عمومي معلومات

opt-country-de = آلمان
opt-country-at = اتریش
opt-country-it = ایټالیا
opt-country-si = سلوانیا
opt-country-other = بل هېواد

opt-region-berlin = برلین
opt-region-other-de = په آلمان کې بل ځای
opt-region-vienna = ویانا
opt-region-other-at = په اتریش کې بل ځای
opt-region-veneto = وېنېټو (وینس)
opt-region-emilia-romagna = امیلیا-رومانیا (بولونیا)
opt-region-other-it = په ایټالیا کې بل ځای
opt-region-ljubljana = لیوبلیانا
opt-region-maribor = ماریبور
opt-region-other-si = په سلوانیا کې بل ځای

opt-goal-job = 💼 دنده
opt-goal-training = 🎓 زده کړه یا مسلکي روزنه
opt-goal-language = 🗣️ د ژبې کورس
opt-goal-recognition = 📄 زما د اسنادو په رسمیت پېژندل
opt-goal-own-business = 🏪 زما خپل کاروبار
