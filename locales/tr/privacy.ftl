# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 Neleri saklıyoruz ve neden
    • Size program bulmak için sorularımıza verdiğiniz cevaplar. Adınızı veya telefon numaranızı asla saklamayız.
    • Diliniz ve haberler ile fikirler hakkındaki seçimleriniz.
    • Gönderdiğiniz fikirler. Ortaklar bunları R-7F3K gibi bir kodla görür; adınızı veya Telegram hesabınızı asla görmez.
    Kullanmadığınız cevaplar { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } sonra silinir. /mydata sakladığımız her şeyi size gönderir. /delete hepsini siler.
mydata-caption = 🔒 Hakkınızda sakladığımız her şey bu.
delete-confirm = ⚠️ Hakkınızda sakladığımız her şeyi gerçekten silmek istiyor musunuz? Bu geri alınamaz.
delete-yes = 🗑️ Evet, her şeyi sil
delete-no = Vazgeç
delete-done = 🗑️ Her şey silindi. Telegram bu sohbetin kendi kopyasını saklar; sohbet geçmişini Telegram'da silebilirsiniz. Yeniden başlamak için /start gönderin.
delete-cancelled = Tamam, hiçbir şey silinmedi.
consent-title = 🔒 Seçimleriniz. Değiştirmek için birine dokunun:
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Program bulmak için cevapları saklama
purpose-announcements = Atölye ve buluşmalar hakkında haberler
purpose-ideas = Fikirlerimi saklama
consent-withdrawn-profile = Tamam. Cevaplarınızı sildik ve yenilerini saklamayacağız.
consent-withdrawn = Tamam, kapatıldı.
consent-given = Tamam, açıldı.
stop-done = 🔕 Artık haber almayacaksınız. Tekrar açmak için /consent gönderin.
