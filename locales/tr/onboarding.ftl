# The first conversation: welcome, age, consent, country, region, goals.

onb-welcome = sifor, iş bulmak ve kendi işinizi kurmak için programlar bulmanıza yardım eder. Daha iyi destek için fikirlerinizi de toplar. Yaklaşık 3 dakika sürer.
    🔒 Adınızı veya telefon numaranızı asla sormayız.
onb-age = Kaç yaşındasınız?
why-age = Bazı programlar belirli yaşlar içindir. 16 yaşından küçük gençler burada sadece genel bilgi alır; cevapları kaydedilmez.
onb-too-young = Teşekkürler! 16 yaşından küçüksünüz, bu yüzden hiçbir şey kaydetmiyoruz. 🔒
    Gençler için bir göçmen danışma servisine (örneğin Almanya'da JMD) veya bir öğretmene sorun. Size yardım edebilirler.
onb-consent-profile = 🔒 Size program bulmak için cevaplarınızı saklayabilir miyiz?
    Onları istediğiniz zaman /mydata ile görebilir, /delete ile silebilirsiniz.
why-consent-profile = Sadece bu sorulara verdiğiniz cevapları saklarız; adınızı ve telefon numaranızı saklamayız. Ortak kuruluşlar kim olduğunuzu asla görmez. Kullanılmayan cevaplar 90 gün sonra silinir.
onb-consent-announcements = 📅 Yakınınızdaki atölye ve buluşmalar hakkında size haber gönderebilir miyiz?
    Bunları istediğiniz zaman /stop ile durdurabilirsiniz.
onb-consent-ideas = 💡 Bize gönderdiğiniz fikirleri saklayıp adınız olmadan ortak kuruluşlara gösterebilir miyiz?
onb-general = Tamam, hiçbir şey kaydetmiyoruz. 🔒
    Her şehirde iş ve eğitim için ücretsiz danışmanlık var: iş bulma kurumuna veya göçmen danışma merkezine sorun. Daha fazlası için /menu gönderin.
onb-country = 📍 Nerede yaşıyorsunuz?
onb-region = 📍 Hangi bölgede?
onb-goals = Ne arıyorsunuz? Birden fazla seçebilirsiniz.
onb-to-jobs = Teşekkürler! Şimdi iş ve eğitimle ilgili birkaç soru.
onb-to-business = Teşekkürler! Şimdi işinizle ilgili birkaç soru.

label-age = Yaş
label-consent-profile = 🔒 Cevapları saklama
label-consent-announcements = 📅 Haberler
label-consent-ideas = 💡 Fikirler
label-country = 📍 Ülke
label-region = 📍 Bölge
label-goals = Aradığınız

opt-age-under-14 = 14 yaşından küçük
opt-age-14-15 = 14–15
opt-age-16-17 = 16–17
opt-age-18-24 = 18–24
opt-age-25-35 = 25–35
opt-age-36-49 = 36–49
opt-age-50-plus = 50 veya üstü

opt-consent-yes = ✅ Evet
opt-consent-no-general = ❌ Hayır, sadece genel bilgi

opt-country-de = Almanya
opt-country-at = Avusturya
opt-country-it = İtalya
opt-country-si = Slovenya
opt-country-other = Başka bir ülke

opt-region-berlin = Berlin
opt-region-other-de = Almanya'da başka bir yer
opt-region-vienna = Viyana
opt-region-other-at = Avusturya'da başka bir yer
opt-region-veneto = Veneto (Venedik)
opt-region-emilia-romagna = Emilia-Romagna (Bologna)
opt-region-other-it = İtalya'da başka bir yer
opt-region-ljubljana = Ljubljana
opt-region-maribor = Maribor
opt-region-other-si = Slovenya'da başka bir yer

opt-goal-job = 💼 Bir iş
opt-goal-training = 🎓 Mesleki eğitim veya çıraklık
opt-goal-language = 🗣️ Bir dil kursu
opt-goal-recognition = 📄 Diplomamın tanınması
opt-goal-own-business = 🏪 Kendi işimi kurmak
