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

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Sorumluluk alanınızdaki fikirler: { $count }. Her fikir kendi takma adıyla; isimler ve Telegram kimlikleri yok. Lütfen dosyayı kurumunuzun dışında paylaşmayın.
staff-export-empty = 📄 Sorumluluk alanınızda henüz dışa aktarılacak fikir yok.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Fikir sahibi fikrini geri çekti: metinler silindi.
staff-review-notes = Notlar (yalnızca ekip görür):
staff-review-note-staff = ekip
btn-staff-review-reply = 💬 Fikir sahibine cevap ver
btn-staff-review-note = 📝 Not
btn-staff-review-flag = 🚩 Spam veya hakaret içeriyor
staff-relay-muted = { $idea } kodlu fikrin sahibi artık cevap almak istemediğini bildirdi.
staff-relay-not-now = { $idea } kodlu fikre yalnızca onu üstlenen kuruluş cevap verebilir; bu da ancak fikir sahibi cevaplara izin veriyorsa mümkündür.
staff-relay-choose = Bir cevap seçin. Fikir sahibi cevabı kendi dilinde okur:
    { $list }
btn-staff-relay-write = ✍️ Kendim yazacağım
staff-relay-sent = Cevap, kuruluşunuzun adıyla { $idea } kodlu fikrin sahibine gönderildi.
staff-relay-flagged = { $idea } kodlu fikir tüm inceleme listelerinden gizlendi.
staff-relay-noted = { $idea } kodlu fikre notunuz kaydedildi. Fikir sahibi bu notu asla görmez.
staff-relay-flow = ✍️ Fikir sahibine cevap
staff-relay-ask = ✍️ Cevabınız. Yazdığınız gibi ve dilinizi belirten bir notla iletilir; fikir sahibi adınızı öğrenmez. Lütfen iletişim bilgisi vermeyin.
staff-relay-label = Cevap
staff-relay-summary = Lütfen kontrol edin:
staff-relay-saving = Kaydediliyor…
staff-note-flow = 📝 Fikirle ilgili not
staff-note-ask = 📝 Notunuz. Bu notu yalnızca bu fikri gören ekip üyeleri okur; fikir sahibi asla okumaz.
staff-note-label = Not
btn-staff-relay-show = 📋 Fikri göster
staff-relay-answer = ↩️ { $idea } kodlu fikrin sahibi cevap veriyor:

    { $text }
staff-relay-escalated = ⏰ { $idea } kodlu fikri ({ $place } · { $topic }) { $days } gün içinde hiçbir kuruluş üstlenmedi. Lütfen /review ile fikre bakın.
btn-staff-review-publish-all = 📣 Fikir sahiplerine şimdi bildir ({ $count })
staff-review-published-all = 📣 Fikir sahiplerine bildirilen durum sayısı: { $count }. Kendi dillerinde alacaklar.
btn-staff-review-story = 🌟 Başarı hikâyesi
