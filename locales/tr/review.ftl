# Ideas after they are sent: what can become of them (the statuses of flows/ideas/statuses.toml,
# each with what it means for the author), and /myideas, where authors follow their ideas.
idea-status-received = 📥 Alındı
idea-status-received-means = Fikriniz bize ulaştı. Bölgenizdeki ortak kuruluşlar fikrinizi okuyacak.
idea-status-in-review = 🔎 İnceleniyor
idea-status-in-review-means = Bir kuruluş fikrinizi yakından inceliyor.
idea-status-forwarded = 📨 Karar vericilere iletildi
idea-status-forwarded-means = Fikriniz, destek programları hakkında karar veren kişilere iletildi.
idea-status-discussed = 🏛️ Salonda konuşuldu
idea-status-discussed-means = Fikriniz, karar vericilerle yapılan bir buluşmada konuşuldu.
idea-status-taken-up = 🌱 Kabul edildi
idea-status-taken-up-means = Fikriniz deneniyor ya da bir programın parçası oldu. Teşekkür ederiz!
idea-status-not-taken-up = 🚫 Kabul edilmedi
idea-status-not-taken-up-means = Fikriniz bu sefer hayata geçirilmeyecek. Nedenini aşağıda bulabilirsiniz. Fikriniz yine de duyuldu ve faydalı oldu.
idea-reason-exists-already = Buna benzer bir şey zaten var.
idea-reason-not-in-scope = Buradaki kuruluşların yapabileceği işlerin dışında.
idea-reason-no-funding = Şu anda bunun için para yok.
idea-reason-not-feasible = Bu hâliyle hayata geçirilemez.
myideas-none = Henüz bir fikir göndermediniz. Menüden gönderebilirsiniz: 💡 Daha iyi destek için bir fikir.
myideas-title = 💡 Fikirleriniz ({ $count }):
# 💡 I-7F3K · 12/11/2026 · 👶 Childcare
myideas-line = 💡 { $idea } · { $date } · { $topic }
    { $status }: { $means }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 { $idea } kodlu fikriniz (konu: { $topic }): { $status }
    Bunun anlamı: { $means }
    /myideas tüm fikirlerinizi gösterir.
idea-discussed-at = 🏛️ Karar vericilerle yapılan bir buluşmada konuşuldu. Yer: { $place }. Tarih: { $date }.
idea-discussed-on = 🏛️ Karar vericilerle yapılan bir buluşmada konuşuldu. Tarih: { $date }.
