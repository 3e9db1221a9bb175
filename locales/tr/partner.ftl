# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Sorumluluk alanınızdaki açık fikirler: { $count } (önce en eskiler)
staff-review-empty = Şu anda sorumluluk alanınızda açık fikir yok.
staff-review-no-region = bölge belirtilmemiş
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · dil: { $language }
staff-review-may-answer = ✉️ Fikir sahibi cevap verilmesine izin veriyor.
staff-review-no-answer = Fikir sahibi cevap almak istemiyor.
staff-review-status = Durum: { $status } · fikir sahibine bildirilen: { $told }
staff-review-claimed-by = 🙋 Üstlenen kuruluş: { $organisation }
btn-staff-review-claim = 🙋 Ben üstleniyorum
btn-staff-review-status = 📝 Durum
btn-staff-review-publish = 📣 Fikir sahibine bildir
btn-staff-review-next = ➡️ Sonraki fikir
staff-review-claimed = 🙋 Fikri { $organisation } adına üstlendiniz. Diğer kuruluşlar bu fikre sizin cevap verdiğinizi görür.
staff-review-taken = Bu fikri sizden önce başka bir kuruluş üstlendi: { $organisation }.
staff-review-which-status = 📝 { $idea } kodlu fikrin durumu nedir? Fikir sahibine ancak 📣 düğmesine dokunduğunuzda bildirilir.
staff-review-which-reason = 📝 { $idea } kodlu fikir neden kabul edilmedi? Fikir sahibi nedeni kendi dilinde okur.
staff-review-status-set = 📝 Durum kaydedildi. Fikir sahibine henüz bildirilmedi.
staff-review-published = 📣 { $idea } kodlu fikrin sahibine, kendi dilinde bilgi verildi.
staff-review-nothing-new = { $idea } kodlu fikrin sahibine bildirilecek yeni bir şey yok: bu durumu zaten biliyor.
