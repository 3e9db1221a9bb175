# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Başarı hikâyeleri
btn-stories-more = ➡️ Daha fazla hikâye
btn-story-like = 🔎 Benzer hikâyeler
stories-none = Henüz başarı hikâyesi yok. Daha sonra tekrar bakın: kuruluşlar hikâyeleri yaşandıkça ekliyor.
stories-no-more = Şimdilik bu kadar.
stories-more = Başka hikâyeler de var.
story-kind-founder = 🌟 Kendi işini kuran birinin hikâyesi
story-kind-pilot = 🧪 Bir pilot proje
story-kind-measure = ✅ İşe yarayan bir uygulama
story-told-by = Anlatan: { $organisation }
story-told-about = — { $name }. Anlatan: { $organisation }
story-consent-ask = 🌟 { $organisation }, { $idea } kodlu fikrinizden neler çıktığını bir başarı hikâyesi olarak anlatmak istiyor. Şöyle:

    { $story }

    İzin veriyor musunuz? Siz “evet” demeden hikâye hiçbir yerde gösterilmez. Kabul ederseniz botta ve projenin internet sitesinde görünür.
btn-story-approve-anonymous = ✅ Evet, adım olmadan
btn-story-approve-name = ✅ Evet, adımla
btn-story-decline = ❌ Hayır
story-approved = Teşekkür ederiz! Hikâye artık gösterilebilir.
story-declined = Anlaşıldı: hikâye hiçbir yerde gösterilmeyecek.
story-name-invalid = ⚠️ Lütfen yalnızca adınızı yazın (sadece harf, en fazla 40). Hiçbir şey değiştirilmedi.
story-name-flow = 🌟 Hikâyedeki adınız
story-name-ask = Hikâyede hangi ad görünsün?
story-name-label = Ad
story-name-saving = Kaydediliyor…
staff-story-flow = 🌟 Bir başarı hikâyesi
staff-story-ask-kind = 🌟 Bu ne tür bir hikâye?
staff-story-label-kind = Tür
staff-story-ask-title = Tek satırda kısa bir başlık:
staff-story-ask-body = Hikâye, birkaç cümleyle. Lütfen iletişim bilgisi veya tam ad yazmayın.
staff-story-ask-sector = Hangi alanla ilgili? (Bu soruyu atlayabilirsiniz.)
staff-story-ask-credit = Hikâyenin anlattığı kişi nasıl anılsın? Önce kendisine sorun. (Bir fikirden çıkan hikâyede fikir sahibine botta sorulur ve kararı o verir.)
staff-story-label-credit = Hikâyede ad
staff-story-credit-anonymous = Adsız
staff-story-credit-first-name = Yalnızca adıyla
staff-story-ask-first-name = Kişinin adı, görünmesini istediği şekilde:
staff-story-label-first-name = Ad
staff-story-summary = Lütfen hikâyeyi kontrol edin:
staff-story-saving = Kaydediliyor…
staff-story-preview = 👀 İnsanlar hikâyeyi böyle okuyacak. Yayınlansın mı?
staff-story-preview-idea = 👀 İnsanlar hikâyeyi böyle okuyacak. ✅ Yayınla düğmesine dokunduktan sonra önce fikir sahibine kendi dilinde sorulur; hikâye yalnızca onun onayıyla görünür.
btn-staff-story-publish = ✅ Yayınla
btn-staff-story-discard = 🗑 Taslağı sil
staff-story-discarded = Silindi: hikâye hiçbir yerde gösterilmiyor.
staff-story-asked = Fikir sahibi onay verince yayınlanacak: kendisine şimdi soruluyor (hikâye { $id }).
staff-story-published = Yayınlandı (hikâye { $id }): botta ve projenin internet sitesinde görünüyor.
staff-story-declined-before = Bu fikrin sahibi bununla ilgili bir hikâyeye bir kez hayır dedi; kendisine tekrar sorulmaz.
