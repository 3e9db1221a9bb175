# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }، { $date }، ساعت { $time }
ev-over = ⏱️ دا پروګرام ترسره شوی دی.
ev-seats-open = 🪑 خالي ځایونه شته.
ev-seats-few = { $count ->
    [one] 🪑 یوازې یو ځای پاتې دی.
   *[other] 🪑 یوازې { $count } ځایونه پاتې دي.
}
ev-seats-full = 🪑 ډک دی: کولی شئ د انتظار په لیست کې نوم ولیکئ.
ev-mine-registered = ✅ تاسو ځای لرئ. ستاسو د حاضرۍ کوډ: { $code }
ev-mine-waiting = 🕒 تاسو د انتظار په لیست کې یاست: شمېره { $place }.
ev-mine-offered = 🎟️ ستاسو لپاره یو ځای خالي شو! مهرباني وکړئ تر { $deadline } پورې ځواب ورکړئ.
btn-ev-come = ✅ زه راځم
btn-ev-join = 🕒 د انتظار په لیست کې نوم لیکل
btn-ev-cant = ❌ نه شم راتلای
btn-ev-needs = 🙋 د ګډون لپاره څه ته اړتیا لرم
btn-ev-calendar = 📅 زما جنتري ته ورزیاتول
btn-ev-cancel = ❌ خپل ځای پرېښودل
btn-ev-leave = ❌ د انتظار له لیست څخه وتل
btn-ev-accept = ✅ ځای اخلم
btn-ev-decline = ❌ نه شم راتلای
btn-ev-still = ✅ هو، راځم
btn-ev-free = ❌ خپل ځای خالي کول
ev-registered = ✅ تاسو ځای لرئ. دا کوډ د ننوتلو پر مهال وښایاست: { $code }
    لاندې فایل دا پروګرام ستاسو د ټیلیفون جنتري ته ورزیاتوي.
ev-waiting = 🕒 ټول ځایونه نیول شوي دي. تاسو د انتظار په لیست کې { $place } شمېره یاست. کله چې یو ځای خالي شي، تاسو ته پیغام درځي او کولی شئ هغه واخلئ.
ev-left = بشپړ شو: ستاسو ځای د بل چا لپاره خالي شو. تر هغه چې خالي ځایونه وي، کولی شئ بیا نوم ولیکئ.
ev-left-line = بشپړ شو: تاسو د انتظار له لیست څخه ووتلئ.
ev-noted = مننه چې موږ ته مو خبر راکړ.
ev-offer-gone = دا وړاندیز پای ته رسېدلی دی.
ev-declined = مننه چې موږ ته مو خبر راکړ: ځای په کتار کې بل کس ته ورکول کېږي.
ev-still-thanks = مننه! هلته به سره ووینو.
ev-no-seat = تاسو په دې پروګرام کې ځای نه لرئ.
ev-is-cancelled = دا پروګرام لغوه شوی دی.
ev-is-over = دا پروګرام ترسره شوی دی؛ نور هېڅ شی نه شي بدلېدای.
ev-calendar-caption = 📅 { $title }: دا فایل پرانیزئ چې ستاسو جنتري ته ورزیات شي.
ev-needs-ask = د ګډون لپاره څه ته اړتیا لرئ؟ هغه څه کېکاږئ چې اړتیا ورته لرئ. تنظیموونکي یوازې دا ویني چې څو کسان څه ته اړتیا لري، هېڅکله نه ویني چې څوک.
ev-needs-no-interpreter = اړتیا نشته
btn-ev-interpreter = 🗣️ ژباړونکی: { $language }
btn-ev-childcare = د ماشومانو ساتنه
btn-ev-access = بې زینو ننوتل
btn-ev-no-interpreter = ژباړونکي ته اړتیا نشته
btn-ev-needs-done = ✅ بشپړ
ev-needs-interpreter-ask = ژباړونکی تاسو ته په کومه ژبه وژباړي؟
ev-needs-saved = خوندي شو. مننه!
ev-offer = 🎟️ ستاسو لپاره یو ځای خالي شو: { $title }
    { $when }
    غواړئ یې؟ مهرباني وکړئ تر { $deadline } پورې ځواب ورکړئ؛ له هغې وروسته ځای په کتار کې بل کس ته ورکول کېږي.
ev-offer-lapsed = ⌛ د «{ $title }» ځای په کتار کې بل کس ته ورکړل شو، ځکه چې په وخت ځواب رانه غی. کولی شئ د پروګرام په پیغام کې بیا د انتظار په لیست کې نوم ولیکئ.
ev-still = آیا لا هم «{ $title }» ته راځئ؟
    { $when }
    که نه، په یو کېکښلو ستاسو ځای د انتظار په لیست کې د یو بل چا لپاره خالي کېږي.
ev-reminder = ⏰ یادونه: { $title }
    { $when }
    📍 { $place }
    ستاسو د حاضرۍ کوډ: { $code }
ev-reminder-no-place = ⏰ یادونه: { $title }
    { $when }
    ستاسو د حاضرۍ کوډ: { $code }
ev-moved = 🗓️ د «{ $title }» نوی وخت:
    { $when }
    ستاسو ځای ستاسو پاتې کېږي. د جنتري نوی فایل هم درلېږل کېږي.
ev-moved-waiting = 🗓️ د «{ $title }» نوی وخت:
    { $when }
    تاسو لا هم د انتظار په لیست کې یاست.
ev-cancelled = ❌ «{ $title }» لغوه شو او نه ترسره کېږي. بښنه غواړو.
ev-organisers = ✉️ د «{ $title }» د تنظیموونکو له خوا:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = تاسو هېڅ پرانیستې غونډه نه لرئ. په /announce یو ورکشاپ یا مجلس اعلان کړئ.
staff-ev-unlimited = بې حده
staff-ev-counts = نوم لیکلي: { $registered } له { $seats } (+{ $reserved } ساتل شوي) · د انتظار لیست: { $waiting } · پرانیستي وړاندیزونه: { $offered } · حاضر: { $checked }
staff-ev-needs = اړتیاوې: { $list }
staff-ev-needs-interpreters = ژباړونکي: { $list }
staff-ev-needs-childcare = د ماشومانو ساتنه: { $count }
staff-ev-needs-access = بې زینو ننوتل: { $count }
staff-ev-needs-none = اړتیاوې: تر اوسه هېچا څه نه دي ویلي.
btn-staff-ev-export = 📋 د ګډونوالو لیست (CSV)
btn-staff-ev-message = ✉️ نوم لیکلو کسانو ته پیغام
btn-staff-ev-move = 🗓️ وخت بدلول
btn-staff-ev-cancel = 🚫 غونډه لغوه کول
btn-staff-ev-close = 🏁 بندول: حاضري شمېرل
staff-ev-export-caption = د ګډونوالو لیست: مستعار نومونه، حالت، حاضري او اړتیاوې. نه نومونه پکې شته او نه د ټلګرام د حساب پېژندنه.
staff-ev-cancel-ask = دا غونډه لغوه شي؟ ټولې کاپۍ به «لغوه شو» وښيي، او ټولو نوم لیکلو او د انتظار په لیست کې کسانو ته به خبر ورکړل شي.
btn-staff-ev-cancel-yes = هو، لغوه یې کړئ
btn-staff-ev-cancel-no = نه، پرېږدئ یې
staff-ev-cancelled = لغوه شوه. { $count } ګډونوالو ته خبر ورکول کېږي.
staff-ev-not-yet = غونډه لا نه ده پیل شوې؛ کله چې پیل شي، بیا یې بندولی شئ.
staff-ev-closed = بنده شوه. له { $registered } نوم لیکلو کسانو څخه { $attended } حاضر شول.
staff-ev-closed-before = دا غونډه مخکې بنده شوې وه.
staff-ev-move-flow = 🗓️ د غونډې وخت بدلول
staff-ev-move-ask = 🗓️ نوې نېټه او وخت:
staff-ev-message-flow = ✉️ نوم لیکلو کسانو ته پیغام
staff-ev-message-ask = ✉️ ټولو نوم لیکلو کسانو ته ستاسو پیغام (څنګه چې یې لیکئ، همداسې لېږل کېږي):
staff-ev-label-message = پیغام
staff-ev-summary = مهرباني وکړئ وګورئ:
staff-ev-saving = خوندي کېږي…
staff-ev-moved = { $when } ته واړول شوه. { $count } ګډونوالو ته خبر ورکول کېږي او د جنتري نوی فایل ورته لېږل کېږي.
staff-ev-message-sent = ستاسو پیغام { $count } نوم لیکلو کسانو ته لېږل کېږي.
staff-ev-checkin-usage = /checkin او د هغه کس د پیغام کوډ ولیکئ، د بېلګې په توګه /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ د «{ $title }» لپاره حاضري ثبت شوه. له { $registered } څخه { $checked } کسان دلته دي.
staff-ev-checked-in-before = د دې کوډ حاضري مخکې ثبت شوې وه («{ $title }»). له { $registered } څخه { $checked } کسان دلته دي.
staff-ev-checkin-unknown = ⚠️ ستاسو په پرانیستو غونډو کې په دې کوډ هېڅ ځای نشته. مهرباني وکړئ کوډ وګورئ (توري او شمېرې، پرته له 0, O, 1, I یا L).
staff-ev-which-ideas = په دې مجلس کې پر کومو نظرونو خبرې وشوې؟ پر هر یو یې کېکاږئ: د نظر خاوند ته سمدستي په خپله ژبه ویل کېږي (دا کار بېرته نه اړول کېږي).
staff-ev-no-ideas = ستاسو له سیمو څخه داسې پرانیستی نظر نشته چې د «خبرې پرې شوې» په توګه نښه شي.
staff-ev-idea-marked = { $idea }: د «خبرې پرې شوې» په توګه نښه شو؛ د نظر خاوند ته ویل کېږي.
