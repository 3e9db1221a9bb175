# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 ستاسو په سیمه کې پرانیستي نظرونه: { $count } (تر ټولو زاړه لومړی)
staff-review-empty = اوس مهال ستاسو په سیمه کې پرانیستی نظر نشته.
staff-review-no-region = سیمه نه ده ښودل شوې
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · د لیکلو ژبه: { $language }
staff-review-may-answer = ✉️ د نظر خاوند اجازه ورکوي چې ځواب ورکړئ.
staff-review-no-answer = د نظر خاوند ځواب نه غواړي.
staff-review-status = حالت: { $status } · د نظر خاوند ته ویل شوي: { $told }
staff-review-claimed-by = 🙋 مسؤله اداره: { $organisation }
btn-staff-review-claim = 🙋 زه یې په غاړه اخلم
btn-staff-review-status = 📝 حالت
btn-staff-review-publish = 📣 د نظر خاوند ته ویل
btn-staff-review-next = ➡️ بل
staff-review-claimed = 🙋 تاسو دا نظر د { $organisation } لپاره په غاړه واخیست. نورې ادارې ګوري چې تاسو یې ځوابوئ.
staff-review-taken = بلې ادارې دا نظر له تاسو مخکې په غاړه اخیستی دی: { $organisation }.
staff-review-which-status = 📝 د { $idea } حالت څه دی؟ د نظر خاوند ته یوازې هغه وخت ویل کېږي چې تاسو پر 📣 کېکاږئ.
staff-review-which-reason = 📝 { $idea } ولې نه منل کېږي؟ د نظر خاوند به لامل په خپله ژبه ولولي.
staff-review-status-set = 📝 حالت وټاکل شو. د نظر خاوند ته تر اوسه نه دي ویل شوي.
staff-review-published = 📣 د { $idea } خاوند ته په خپله ژبه وویل شول.
staff-review-nothing-new = د { $idea } خاوند ته د ویلو لپاره کوم نوی شی نشته: هغه لا دمخه په دې حالت خبر دی.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 ستاسو په سیمه کې نظرونه: { $count }. هر نظر د خپل مستعار نوم سره، نه نومونه پکې شته او نه د ټلګرام د حساب پېژندنه. مهرباني وکړئ دا فایل یوازې په خپل سازمان کې وساتئ.
staff-export-empty = 📄 ستاسو په سیمه کې تر اوسه د صادرولو لپاره کوم نظر نشته.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ د نظر خاوند بېرته واخیست: متنونه پاک شول.
staff-review-notes = یادښتونه (یوازې ټیم یې ویني):
staff-review-note-staff = ټیم
btn-staff-review-reply = 💬 د نظر خاوند ته ځواب
btn-staff-review-note = 📝 یادښت
btn-staff-review-flag = 🚩 سپام یا توهین‌آمیز
staff-relay-muted = د { $idea } خاوند غوښتي چې نور ځوابونه ورته ونه لېږل شي.
staff-relay-not-now = یوازې هغه اداره چې { $idea } یې په غاړه اخیستی دی ځواب ورکولی شي، او هغه هم یوازې کله چې د نظر خاوند د ځواب اجازه ورکړې وي.
staff-relay-choose = یو ځواب وټاکئ. د نظر خاوند به یې په خپله ژبه ولولي:
    { $list }
btn-staff-relay-write = ✍️ خپل ځواب لیکل
staff-relay-sent = ستاسو د ادارې په نوم د { $idea } خاوند ته ولېږل شو.
staff-relay-flagged = { $idea } له ټولو لیستونو څخه پټ شو.
staff-relay-noted = د { $idea } په اړه یادښت خوندي شو. د نظر خاوند یې هېڅکله نه ویني.
staff-relay-flow = ✍️ د نظر خاوند ته ځواب
staff-relay-ask = ✍️ ستاسو ځواب. څنګه چې یې لیکئ، همداسې د ستاسو د ژبې له نښې سره لېږل کېږي؛ د نظر خاوند ستاسو نوم نه پېژني. مهرباني وکړئ د اړیکې هېڅ معلومات مه ورکوئ.
staff-relay-label = ځواب
staff-relay-summary = مهرباني وکړئ وګورئ:
staff-relay-saving = خوندي کېږي…
staff-note-flow = 📝 پر نظر یادښت
staff-note-ask = 📝 ستاسو یادښت. یوازې د ټیم هغه غړي یې لولي چې دا نظر ویني، د نظر خاوند یې هېڅکله نه لولي.
staff-note-label = یادښت
btn-staff-relay-show = 📋 نظر ښودل
staff-relay-answer = ↩️ د { $idea } خاوند ځواب ورکړی دی:

    { $text }
staff-relay-escalated = ⏰ هېڅ ادارې د { $idea } نظر ({ $place } · { $topic }) په { $days ->
        [one] یوه ورځ
       *[other] { $days } ورځو
    } کې په غاړه نه دی اخیستی. مهرباني وکړئ په /review یې وګورئ.
btn-staff-review-publish-all = 📣 اوس د نظرونو خاوندانو ته خبر ورکړئ ({ $count })
staff-review-published-all = 📣 د هغو حالتونو شمېر چې د نظرونو خاوندانو ته ولېږل شول: { $count }. دوی یې په خپله ژبه ترلاسه کوي.
btn-staff-review-story = 🌟 د بریا کیسه
