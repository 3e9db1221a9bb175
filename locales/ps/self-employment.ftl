# Questions about starting or restarting a business.

q-business-stage = 🏪 ستاسو کاروبار په کوم پړاو کې دی؟
q-business-sector = 🏪 ستاسو کاروبار په کومه برخه کې دی؟
q-team-size = 🏪 له تاسو سره څو کسان به پکې کار کوي؟ یوه شمېره واستوئ.
hint-team-size = مهرباني وکړئ له { $min } تر { $max } پورې یوه شمېره واستوئ، د بېلګې په توګه 1 که یوازې کار کوئ.
q-allowed-self-employed = آیا دلته د خپل کاروبار د چلولو اجازه لرئ؟
why-allowed-self-employed = څو چې د پناه غوښتنې دوسیه خلاصه وي، هر څوک د کاروبار د چلولو اجازه نه لري. موږ دا یوازې د سمو پروګرامونو د ښودلو لپاره کاروو، لکه هغه کورسونه چې اوس یې کولی شئ. تاسو کولی شئ دا پوښتنه پرېږدئ.
q-needs-finance = آیا د پیل لپاره پیسو ته اړتیا لرئ، لکه یو کوچنی پور؟
why-needs-finance = ځینې پروګرامونه کوچني پورونه یا تضمین ورکوي. موږ هېڅکله ستاسو د عاید یا پورونو په اړه پوښتنه نه کوو.
business-done = مننه! ستاسو د کاروبار لپاره پروګرامونه لټوو.

label-business-stage = 🏪 پړاو
label-business-sector = 🏪 برخه
label-team-size = 🏪 کسان
label-allowed-self-employed = د کاروبار اجازه
label-needs-finance = د پیل لپاره پیسو ته اړتیا

opt-stage-idea = 💡 یوازې یو نظر
opt-stage-plan = لیکلی پلان لرم
opt-stage-registered = دلته مې ثبت کړی دی
opt-stage-had-business = په خپل هېواد کې مې کاروبار درلود
