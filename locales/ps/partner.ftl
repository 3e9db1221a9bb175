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
