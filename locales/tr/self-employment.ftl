# Questions about starting or restarting a business.

q-business-stage = 🏪 İşiniz hangi aşamada?
q-business-sector = 🏪 İşiniz hangi alanda?
q-team-size = 🏪 Sizinle birlikte kaç kişi çalışacak? Bir sayı gönderin.
hint-team-size = Lütfen { $min } ile { $max } arasında bir sayı gönderin. Örneğin yalnız çalışıyorsanız 1.
q-allowed-self-employed = Burada kendi işinizi kurma izniniz var mı?
why-allowed-self-employed = Sığınma başvurusu sürerken herkesin kendi işini kurmasına izin verilmez. Bunu sadece size doğru programları göstermek için kullanırız, örneğin şimdi katılabileceğiniz kursları. Bu soruyu atlayabilirsiniz.
q-needs-finance = Başlamak için paraya, örneğin küçük bir krediye ihtiyacınız var mı?
why-needs-finance = Bazı programlar küçük kredi veya kefalet verir. Gelirinizi veya borçlarınızı asla sormayız.
business-done = Teşekkürler! İşiniz için programlar arıyoruz.

label-business-stage = 🏪 Aşama
label-business-sector = 🏪 Alan
label-team-size = 🏪 Kişi sayısı
label-allowed-self-employed = Kendi işini kurma izni
label-needs-finance = Başlangıç için para gerekli

opt-stage-idea = 💡 Sadece bir fikir
opt-stage-plan = Yazılı bir planım var
opt-stage-registered = Burada zaten kayıtlı
opt-stage-had-business = Kendi ülkemde bir işim vardı
