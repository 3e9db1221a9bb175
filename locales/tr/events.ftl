# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, saat { $time }
ev-over = ⏱️ Bu etkinlik sona erdi.
ev-seats-open = 🪑 Boş yer var.
ev-seats-few = { $count ->
    [one] 🪑 Sadece 1 yer kaldı.
   *[other] 🪑 Sadece { $count } yer kaldı.
}
ev-seats-full = 🪑 Yer kalmadı: bekleme listesine girebilirsiniz.
ev-mine-registered = ✅ Yeriniz var. Giriş kodunuz: { $code }
ev-mine-waiting = 🕒 Bekleme listesindesiniz. Sıranız: { $place }.
ev-mine-offered = 🎟️ Sizin için bir yer boşaldı! Lütfen zamanında cevap verin. Son cevap zamanı: { $deadline }.
btn-ev-come = ✅ Geleceğim
btn-ev-join = 🕒 Bekleme listesine gir
btn-ev-cant = ❌ Gelemiyorum
btn-ev-needs = 🙋 Katılmak için ihtiyaçlarım
btn-ev-calendar = 📅 Takvimime ekle
btn-ev-cancel = ❌ Yerimden vazgeçiyorum
btn-ev-leave = ❌ Bekleme listesinden çık
btn-ev-accept = ✅ Yeri alıyorum
btn-ev-decline = ❌ Gelemiyorum
btn-ev-still = ✅ Evet, geliyorum
btn-ev-free = ❌ Yerimi boşalt
ev-registered = ✅ Yeriniz var. Girişte bu kodu gösterin: { $code }
    Aşağıdaki dosya etkinliği telefonunuzun takvimine ekler.
ev-waiting = 🕒 Tüm yerler dolu. Bekleme listesindeki sıranız: { $place }. Bir yer boşalınca size mesaj gelir ve o yeri alabilirsiniz.
ev-left = Tamam: yeriniz artık başka biri için boş. Boş yer olduğu sürece yeniden kayıt olabilirsiniz.
ev-left-line = Tamam: bekleme listesinden çıktınız.
ev-noted = Bize haber verdiğiniz için teşekkürler.
ev-offer-gone = Bu teklifin süresi doldu.
ev-declined = Haber verdiğiniz için teşekkürler: yer, bekleme listesindeki bir sonraki kişiye verilecek.
ev-still-thanks = Teşekkürler! Orada görüşmek üzere.
ev-no-seat = Bu etkinlikte yeriniz yok.
ev-is-cancelled = Bu etkinlik iptal edildi.
ev-is-over = Bu etkinlik sona erdi; artık hiçbir şey değiştirilemez.
ev-calendar-caption = 📅 { $title }: takviminize eklemek için bu dosyayı açın.
ev-needs-ask = Katılmak için bir şeye ihtiyacınız var mı? Size uyanlara dokunun. Düzenleyenler yalnızca kaç kişinin neye ihtiyacı olduğunu görür, kim olduğunu asla görmez.
ev-needs-no-interpreter = gerekmiyor
btn-ev-interpreter = 🗣️ Tercüman: { $language }
btn-ev-childcare = Çocuk bakımı
btn-ev-access = Basamaksız giriş
btn-ev-no-interpreter = Tercüman gerekmiyor
btn-ev-needs-done = ✅ Tamam
ev-needs-interpreter-ask = Tercüman sizin için hangi dile çeviri yapsın?
ev-needs-saved = Kaydedildi. Teşekkürler!
ev-offer = 🎟️ Sizin için bir yer boşaldı: { $title }
    { $when }
    Bu yeri istiyor musunuz? Lütfen zamanında cevap verin. Son cevap zamanı: { $deadline }. Sonra yer, bekleme listesindeki bir sonraki kişiye verilir.
ev-offer-lapsed = ⌛ Zamanında cevap gelmediği için "{ $title }" etkinliğindeki yer, bekleme listesindeki bir sonraki kişiye verildi. Etkinliğin mesajından yeniden bekleme listesine girebilirsiniz.
ev-still = "{ $title }" etkinliğine hâlâ geliyor musunuz?
    { $when }
    Gelmeyecekseniz, tek dokunuşla yerinizi bekleme listesindeki birine bırakabilirsiniz.
ev-reminder = ⏰ Hatırlatma: { $title }
    { $when }
    📍 { $place }
    Giriş kodunuz: { $code }
ev-reminder-no-place = ⏰ Hatırlatma: { $title }
    { $when }
    Giriş kodunuz: { $code }
ev-moved = 🗓️ "{ $title }" etkinliğinin yeni zamanı:
    { $when }
    Yeriniz sizde kalıyor. Yeni bir takvim dosyası ardından gelecek.
ev-moved-waiting = 🗓️ "{ $title }" etkinliğinin yeni zamanı:
    { $when }
    Hâlâ bekleme listesindesiniz.
ev-cancelled = ❌ "{ $title }" etkinliği iptal edildi ve yapılmayacak. Üzgünüz.
ev-organisers = ✉️ "{ $title }" etkinliğini düzenleyenlerden:

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = Açık etkinliğiniz yok. /announce ile bir atölye veya salon duyurun.
staff-ev-unlimited = sınırsız
staff-ev-counts = Kayıtlı: { $registered } (yer: { $seats }, +{ $reserved } ayrılmış) · bekleme listesi: { $waiting } · açık teklifler: { $offered } · giriş yapan: { $checked }
staff-ev-needs = İhtiyaçlar: { $list }
staff-ev-needs-interpreters = tercüman: { $list }
staff-ev-needs-childcare = çocuk bakımı: { $count }
staff-ev-needs-access = basamaksız giriş: { $count }
staff-ev-needs-none = İhtiyaçlar: şimdiye kadar kimse bir ihtiyaç belirtmedi.
btn-staff-ev-export = 📋 Katılımcı listesi (CSV)
btn-staff-ev-message = ✉️ Kayıtlılara mesaj gönder
btn-staff-ev-move = 🗓️ Zamanını değiştir
btn-staff-ev-cancel = 🚫 Etkinliği iptal et
btn-staff-ev-close = 🏁 Kapat: katılımı say
staff-ev-export-caption = Katılımcı listesi: takma adlar, durum, giriş ve ihtiyaçlar. İsimler ve Telegram kimlikleri yok.
staff-ev-cancel-ask = Bu etkinlik iptal edilsin mi? Tüm kartlarda "iptal edildi" yazar ve kayıtlı ya da bekleme listesindeki herkese haber verilir.
btn-staff-ev-cancel-yes = Evet, iptal et
btn-staff-ev-cancel-no = Hayır, kalsın
staff-ev-cancelled = İptal edildi. Katılan { $count } kişiye haber veriliyor.
staff-ev-not-yet = Etkinlik henüz başlamadı; başladıktan sonra kapatabilirsiniz.
staff-ev-closed = Kapatıldı. Kayıtlı { $registered } kişiden { $attended } kişi giriş yaptı.
staff-ev-closed-before = Bu etkinlik daha önce kapatıldı.
staff-ev-move-flow = 🗓️ Etkinliğin zamanını değiştir
staff-ev-move-ask = 🗓️ Yeni tarih ve saat:
staff-ev-message-flow = ✉️ Kayıtlılara mesaj
staff-ev-message-ask = ✉️ Tüm kayıtlılara mesajınız (yazdığınız gibi gönderilir):
staff-ev-label-message = Mesaj
staff-ev-summary = Lütfen kontrol edin:
staff-ev-saving = Kaydediliyor…
staff-ev-moved = Zaman değiştirildi. Yeni zaman: { $when }. Katılan { $count } kişiye haber veriliyor; yeni bir takvim dosyası alacaklar.
staff-ev-message-sent = Mesajınız kayıtlı { $count } kişiye gönderiliyor.
staff-ev-checkin-usage = /checkin yazın ve kişinin kartındaki kodu ekleyin, örneğin /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Giriş kaydedildi: "{ $title }". Burada olan: { $checked } / { $registered }.
staff-ev-checked-in-before = Bu kodla daha önce giriş kaydedilmiş ("{ $title }"). Burada olan: { $checked } / { $registered }.
staff-ev-checkin-unknown = ⚠️ Açık etkinliklerinizde bu kodla bir yer yok. Lütfen kodu kontrol edin (harfler ve rakamlar; 0, O, 1, I veya L yok).
staff-ev-which-ideas = Bu salonda hangi fikirler konuşuldu? Her birine dokunun: fikir sahibine hemen kendi dilinde haber verilir (bu geri alınamaz).
staff-ev-no-ideas = Bölgelerinizde, konuşuldu olarak işaretlenecek açık fikir yok.
staff-ev-idea-marked = { $idea }: konuşuldu olarak işaretlendi; fikir sahibine haber veriliyor.
