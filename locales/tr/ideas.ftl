# An idea for a new support measure.

idea-intro = 💡 Fikriniz desteğin daha iyi olmasına yardım edebilir. Ortak kuruluşlar fikrinizi adınız olmadan okur ve sonucunu size bildirebilir.
q-idea-topic = 💡 Fikriniz ne hakkında?
q-idea-problem = 💡 Sorun nedir? Birkaç kelimeyle yazın.
    Lütfen isim veya telefon numarası yazmayın.
q-idea-text = 💡 Fikriniz nedir? Kendi sözlerinizle yazın.
    Lütfen isim veya telefon numarası yazmayın.
q-idea-beneficiaries = 💡 Kimlere yardımı olur?
q-idea-contact = 💡 Ortak kuruluşlar size burada, bot üzerinden cevap verebilir mi?
q-idea-public = 🌐 Bir kuruluş fikrinize cevap verdikten sonra fikrinizin metni projenin herkese açık internet sitesinde gösterilebilir mi? Adınız asla gösterilmez. Bu soruyu atlarsanız metin gösterilmez.
idea-done = Fikriniz için teşekkürler! 💡 Ortaklarımız okuyacak. Sonucunu size burada bildireceğiz.

label-idea-topic = 💡 Konu
label-idea-problem = 💡 Sorun
label-idea-text = 💡 Fikir
label-idea-beneficiaries = 💡 Kimlere yardım eder
label-idea-contact = 💡 Bot üzerinden cevap
label-idea-public = 🌐 Herkese açık gösterim

opt-topic-jobs = 💼 İş
opt-topic-training = 🎓 Mesleki eğitim
opt-topic-language = 🗣️ Dil kursları
opt-topic-recognition = 📄 Diploma ve belgelerin tanınması
opt-topic-business = 🏪 Kendi işini kurma
opt-topic-childcare = Çocuk bakımı
opt-topic-other = Başka bir konu

opt-benefit-everyone = Herkes
opt-benefit-women = Kadınlar
opt-benefit-young = Gençler
opt-benefit-families = Aileler
opt-benefit-newcomers = Yeni gelenler
opt-benefit-qualified = Mesleği veya diploması olanlar
opt-benefit-founders = Kendi işini kuranlar
idea-no-consent = Tamam, hiçbir şey saklamıyoruz. Bunu istediğiniz zaman /consent ile değiştirebilirsiniz.
