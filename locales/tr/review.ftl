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
myideas-seen = 👀 Fikrinizi gören kuruluş sayısı: { $count }
myideas-reply = 💬 { $organisation }: { $text }
# Told to the author when a partner publishes a new status.
idea-status-notice = 💡 { $idea } kodlu fikriniz (konu: { $topic }): { $status }
    Bunun anlamı: { $means }
    /myideas tüm fikirlerinizi gösterir.
idea-discussed-at = 🏛️ Karar vericilerle yapılan bir buluşmada konuşuldu. Yer: { $place }. Tarih: { $date }.
idea-discussed-on = 🏛️ Karar vericilerle yapılan bir buluşmada konuşuldu. Tarih: { $date }.
# The pseudonymous relay: a reply reaches the author under the organisation's name; templates
# are read in the author's own language.
idea-reply = 💬 { $organisation }, { $idea } kodlu fikriniz hakkında cevap veriyor:

    { $text }
idea-reply-written-in = (Yazıldığı dil: { $language }.)
idea-reply-thanks = Fikriniz için teşekkür ederiz. Fikrinizi dikkatle okuduk.
idea-reply-meeting = Teşekkür ederiz. Fikrinizi, karar vericilerle yapacağımız bir sonraki buluşmada gündeme getireceğiz.
idea-reply-who = Fikrinizin kimlere faydalı olacağını biraz daha anlatabilir misiniz?
idea-reply-how = Fikrinizin uygulamada nasıl işleyeceğini biraz daha anlatabilir misiniz?
idea-reply-exists = Buna benzer bir şey zaten var olabilir. Bunu araştırıyoruz ve size tekrar yazacağız.
idea-reply-later = Hâlâ bunun üzerinde çalışıyoruz. Daha fazlasını öğrendiğimizde size haber vereceğiz.
btn-idea-answer = ↩️ Cevap ver
btn-idea-mute = 🔕 Bu fikir hakkında artık cevap istemiyorum
idea-replies-muted = { $idea } kodlu fikriniz hakkında artık cevap almayacaksınız. Fikrinizin durumu size yine bildirilecek.
idea-answer-flow = ↩️ Fikriniz hakkında cevap
idea-answer-ask = ↩️ Cevabınız. Kuruluş yalnızca fikrinizin kodunu görür; adınızı veya Telegram hesabınızı asla görmez.
idea-answer-label = Cevabınız
idea-answer-summary = Lütfen cevabınızı kontrol edin:
idea-answer-saving = Gönderiliyor…
idea-answer-sent = Cevabınız gönderildi. Kuruluş: { $organisation }. Kuruluş kim olduğunuzu görmez.
