# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Başlat
cmd-menu = Ana menü
cmd-language = Dili değiştir
cmd-back = Önceki soru
cmd-skip = Bu soruyu atla
cmd-why = Bunu neden soruyoruz
cmd-restart = Bu soruları baştan başlat
cmd-help = Yardım
cmd-privacy = Neleri saklıyoruz
cmd-mydata = Tüm verilerimi al
cmd-delete = Tüm verilerimi sil
cmd-consent = Seçimlerim
cmd-stop = Artık haber istemiyorum
cmd-programmes = Programlarım
cmd-staff = Ekip ve davetler
cmd-myrole = Ekipteki rolüm
cmd-announce = Duyuru yaz
cmd-events = Etkinliklerim: kayıtlar, ihtiyaçlar, giriş
cmd-checkin = Bir kişinin girişini koduyla kaydet
cmd-dossier = Bir bölgenin salon dosyası (HTML)
cmd-myideas = Fikirlerim ve sonuçları
cmd-review = İncelenecek fikirler
cmd-story = Bir başarı hikâyesi anlat
cmd-export = Sorumluluk alanımdaki fikirler (CSV dosyası)
