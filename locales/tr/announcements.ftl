# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
ann-kind-workshop = 🛠️ Atölye
ann-kind-salon = 🏛️ Salon: karar vericilerle buluşma
ann-kind-info = ℹ️ Bilgi
ann-cancelled = ❌ İptal edildi: bu etkinlik yapılmayacak.
# 🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)
ann-when = 🗓️ { $weekday }, { $date }, saat { $time } ({ $zone } saati)
ann-date = { $day }.{ $month }.{ $year }
ann-weekday-1 = Pazartesi
ann-weekday-2 = Salı
ann-weekday-3 = Çarşamba
ann-weekday-4 = Perşembe
ann-weekday-5 = Cuma
ann-weekday-6 = Cumartesi
ann-weekday-7 = Pazar
ann-place = 📍 { $place }
# Above the coordinator's text when it is not in the reader's language.
ann-written-in = (Metnin dili: { $language }. Sizin dilinizde henüz metin yok.)
btn-ann-link = 🔗 Daha fazla bilgi
btn-ann-why = ❓ Bunu neden alıyorum?
btn-ann-stop = 🔕 Artık haber istemiyorum
ann-why = Bunu alıyorsunuz, çünkü haber almayı kabul ettiniz ve bu, cevaplarınıza uyuyor:
    { $reasons }
    Haberleri istediğiniz zaman /stop ile veya 🔕 düğmesiyle durdurabilirsiniz.
ann-why-region = Bölge: { $region }
ann-why-country = Ülke: { $country }
ann-why-language = Dil: { $language }
ann-why-goal = Aradığınız: { $goal }
ann-why-source = sifor'a, bunu gönderen kuruluşun bağlantısıyla geldiniz
ann-why-everyone = Bölgenizdeki herkes için
ann-why-gone = Bu duyuru artık yok.
