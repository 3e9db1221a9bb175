# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 د بریا کیسې
btn-stories-more = ➡️ نورې کیسې
btn-story-like = 🔎 ورته نورې کیسې
stories-none = تر اوسه د بریا کومه کیسه نشته. وروسته بیا راشئ: ادارې یې هر کله چې پېښې شي، اضافه کوي.
stories-no-more = اوس مهال همدومره.
stories-more = نورې کیسې هم شته.
story-kind-founder = 🌟 د هغه چا کیسه چې خپل کاروبار یې پیل کړ
story-kind-pilot = 🧪 آزمایښتي پروژه
story-kind-measure = ✅ یو کار چې بریالی شو
story-told-by = د { $organisation } له خوا بیان شوې
story-told-about = — { $name }، د { $organisation } له خوا بیان شوې
story-consent-ask = 🌟 { $organisation } غواړي ستاسو د نظر { $idea } پایله د بریا د کیسې په توګه داسې بیان کړي:

    { $story }

    اجازه ورکوئ؟ کیسه یوازې هغه وخت ښودل کېږي چې تاسو هو ووایئ: په دې چټ کې او د پروژې په وېبپاڼه کې.
btn-story-approve-anonymous = ✅ هو، زما له نوم پرته
btn-story-approve-name = ✅ هو، زما له لومړي نوم سره
btn-story-decline = ❌ نه
story-approved = مننه! اوس کیسه ښودل کېدای شي.
story-declined = سمه ده: کیسه به هېچېرته ونه ښودل شي.
story-name-invalid = ⚠️ مهرباني وکړئ یوازې لومړی نوم ولیکئ (یوازې توري، تر ۴۰ پورې). هېڅ شی بدل نه شو.
story-name-flow = 🌟 په کیسه کې ستاسو لومړی نوم
story-name-ask = په کیسه کې کوم لومړی نوم وښودل شي؟
story-name-label = لومړی نوم
story-name-saving = خوندي کېږي…
staff-story-flow = 🌟 د بریا کیسه
staff-story-ask-kind = 🌟 دا د کوم ډول کیسه ده؟
staff-story-label-kind = ډول
staff-story-ask-title = لنډ سرلیک، په یوه کرښه کې:
staff-story-ask-body = کیسه، په څو جملو کې. مهرباني وکړئ د اړیکې معلومات یا بشپړ نومونه مه لیکئ.
staff-story-ask-sector = د کومې برخې په اړه ده؟ (دا پوښتنه پرېښودلی شئ.)
staff-story-ask-credit = هغه کس چې کیسه یې په اړه ده، څنګه نومول کېدای شي؟ لومړی له هغه وپوښتئ. (که کیسه له یو نظر څخه جوړه شوې وي، د نظر خاوند په بوټ کې پوښتل کېږي او پرېکړه هغه کوي.)
staff-story-label-credit = نوم ښودل
staff-story-credit-anonymous = له نوم پرته
staff-story-credit-first-name = یوازې له لومړي نوم سره
staff-story-ask-first-name = د هغه لومړی نوم، څنګه چې غواړي وښودل شي:
staff-story-label-first-name = لومړی نوم
staff-story-summary = مهرباني وکړئ کیسه وګورئ:
staff-story-saving = خوندي کېږي…
staff-story-preview = 👀 خلک به یې داسې ولولي. خپره شي؟
staff-story-preview-idea = 👀 خلک به یې داسې ولولي. له ✅ خپرولو وروسته لومړی د نظر خاوند په خپله ژبه پوښتل کېږي؛ کیسه یوازې د هغه په هو ښودل کېږي.
btn-staff-story-publish = ✅ خپرول
btn-staff-story-discard = 🗑 پاکول
staff-story-discarded = پاکه شوه: کیسه هېچېرته نه ښودل کېږي.
staff-story-asked = کله چې د نظر خاوند موافقه وکړي، خپرېږي: اوس ترې پوښتنه کېږي (کیسه { $id }).
staff-story-published = خپره شوه (کیسه { $id }): په بوټ کې او د پروژې په وېبپاڼه کې ښودل کېږي.
staff-story-declined-before = د دې نظر خاوند یو ځل د هغې په اړه کیسې ته «نه» ویلي؛ بیا ترې نه پوښتل کېږي.
