# Questions about work, training and qualifications.

q-allowed-to-work = Şu anda çalışma hakkınız var mı?
why-allowed-to-work = Bazı programlar sadece çalışma izni olanlara açıktır. Cevabınız sadece hangi programları göstereceğimizi değiştirir. Bu soruyu atlayabilirsiniz.
q-status = Oturum durumunuz nedir?
why-status = Bazı programlar sadece belirli gruplar içindir. Hukuki durumunuz hakkında asla karar vermeyiz: bunun için bir danışma merkezine sorun. Bu soruyu atlayabilirsiniz.
q-host-language = 🗣️ { $country ->
        [DE] Almancayı
        [AT] Almancayı
        [IT] İtalyancayı
        [SI] Slovenceyi
       *[other] bu ülkenin dilini
    } ne kadar iyi konuşuyorsunuz?
q-other-languages = 🗣️ Başka hangi dilleri konuşuyorsunuz?
q-education = 🎓 En yüksek eğitim durumunuz nedir?
q-foreign-qualification = 📄 Başka bir ülkeden aldığınız bir meslek belgesi veya diploma var mı?
q-qualification-documents = 📄 Bunun için belgeleriniz var mı (sertifika, diploma)?
q-sector = 💼 Hangi alanlarda çalıştınız veya çalışmak istiyorsunuz?
q-experience = 💼 Kaç yıllık iş deneyiminiz var?
q-availability = Ne zaman çalışabilir veya eğitim alabilirsiniz?
q-childcare = Bir kursa veya işe gidebilmek için çocuk bakımına ihtiyacınız var mı?
why-childcare = Bazı kurslar çocuk bakımı sunar. Sadece bunları size gösterebilmek için soruyoruz. Çocuklarınız hakkında soru sormuyoruz.
q-women-only = Sadece kadınlara yönelik programları görmek ister misiniz?
why-women-only = Bazı programlar sadece kadınlar içindir. Bunları görmeyi herkes seçebilir; kimin katılacağına program karar verir.
jobs-done = Teşekkürler! Size uygun programları arıyoruz.

label-allowed-to-work = Çalışma hakkı
label-status = Oturum durumu
label-host-language = 🗣️ Ülkenin dili
label-other-languages = 🗣️ Diğer diller
label-education = 🎓 Eğitim
label-foreign-qualification = 📄 Yurt dışından diploma
label-qualification-documents = 📄 Belgeler
label-sector = 💼 Alanlar
label-experience = 💼 Deneyim
label-availability = Zaman
label-childcare = Çocuk bakımı
label-women-only = Sadece kadınlar için

opt-status-asylum-seeker = Sığınmacı (karar bekliyor)
opt-status-refugee = Tanınmış mülteci
opt-status-subsidiary = İkincil koruma
opt-status-temporary = Geçici koruma (Ukrayna)
opt-status-humanitarian = İnsani veya özel koruma
opt-status-tolerated = Sınır dışı etmenin ertelenmesi (Duldung)
opt-status-other = Başka bir oturum izni

opt-level-none = Henüz bilmiyorum
opt-level-a-little = Biraz (A1–A2)
opt-level-everyday = Günlük konuşma (B1)
opt-level-good = İyi (B2)
opt-level-fluent = Çok iyi (C1–C2)

opt-lang-ar = Arapça
opt-lang-fa = Farsça / Darice
opt-lang-ps = Peştuca
opt-lang-uk = Ukraynaca
opt-lang-ru = Rusça
opt-lang-tr = Türkçe
opt-lang-ku = Kürtçe
opt-lang-en = İngilizce
opt-lang-fr = Fransızca
opt-lang-other = Başka bir dil

opt-edu-none = Okula gitmedim
opt-edu-primary = İlkokul
opt-edu-secondary = Ortaokul veya lise
opt-edu-vocational = Meslek eğitimi
opt-edu-university = Üniversite

opt-docs-yes = Evet, hepsi
opt-docs-some = Bazıları
opt-docs-none = Belge yok

opt-sector-care = Bakım ve sağlık
opt-sector-construction = İnşaat
opt-sector-crafts = Zanaat ve ustalık
opt-sector-it = Bilgisayar ve bilişim
opt-sector-hospitality = Otel ve restoran
opt-sector-retail = Mağaza ve ticaret
opt-sector-transport = Taşımacılık ve kurye
opt-sector-education = Öğretmenlik ve çocuk bakımı
opt-sector-agriculture = Tarım
opt-sector-office = Büro işleri
opt-sector-beauty = Kuaförlük ve güzellik
opt-sector-other = Başka bir alan

opt-exp-none = Yok
opt-exp-under-2 = 2 yıldan az
opt-exp-2-5 = 2 ile 5 yıl arası
opt-exp-over-5 = 5 yıldan fazla

opt-avail-full = Tam zamanlı
opt-avail-part = Yarı zamanlı
opt-avail-evenings = Akşamları veya hafta sonları
opt-avail-not-yet = Henüz değil
