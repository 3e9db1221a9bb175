# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Tüm cevaplarınıza uyan bir programı henüz bulamadık.
    [one] Size uygun 1 program var:
   *[other] Size uygun { $count } program var:
}
matches-shown = Gösterilen: { $shown } / { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ { $place } bölgesinde
reason-country = ✓ { $country ->
        [DE] tüm Almanya'da
        [AT] tüm Avusturya'da
        [IT] tüm İtalya'da
        [SI] tüm Slovenya'da
       *[other] tüm ülkede
    }
reason-online = ✓ internet üzerinden
reason-goal = ✓ { $goal }
reason-language = ✓ dil: { $language }
reason-childcare = ✓ çocuk bakımı var
reason-sector = ✓ çalışma alanınıza uygun
reason-stage = ✓ işinizin aşamasına uygun
reason-finance = ✓ başlamak için para desteği
reason-qualification = ✓ yurt dışından diploması olanlar için
reason-free = ✓ ücretsiz
note-status = ? sadece bazı oturum durumları için: programı sunan kuruma sorun
note-work-permit = ? çalışma izni gerekir: programı sunan kuruma sorun
note-qualification = ? yurt dışından diploması olanlar için: programı sunan kuruma sorun
note-stage = ? başka bir iş aşaması için: programı sunan kuruma sorun
note-childcare = ? çocuk bakımını programı sunan kuruma sorun
note-sample = ⚠️ Örnek bilgiler, henüz kontrol edilmedi.
next-steps = Çoğu zaman sonraki adım: { $titles }
btn-website = 🌐 İnternet sitesi
btn-save = ⭐ Kaydet
btn-not-relevant = 👎 Bana uygun değil
btn-more = ➡️ Daha fazla program
btn-idea = 💡 Daha iyi bir program için fikrim var
feedback-saved = ⭐ Kaydedildi. Teşekkürler!
feedback-not-relevant = 👍 Teşekkürler. Bu, size daha iyi programlar göstermemize yardım eder.
no-match-counselling = Ücretsiz danışmanlık bir sonraki adımda size yardım edebilir: { $country ->
        [DE] iş bulma kurumu veya bir göçmen danışma merkezi (MBE).
        [AT] AMS veya bir ÖIF uyum merkezi.
        [IT] iş bulma kurumu (Centro per l'impiego) veya bir SAI projesi.
        [SI] iş bulma kurumu (ZRSZ) veya UOIM ofisi.
       *[other] yakınınızdaki bir göçmen danışma merkezi.
    }
no-match-recorded = Henüz uygun bir şey olmadığını not ettik. Böylece ortak kuruluşlar yeni programlar planlayabilir.
no-match-idea = Size ne yardımcı olurdu? Fikrinizi bize yazın.
matches-none-yet = Önce birkaç soruyu cevaplayın: menüde 💼 İş ve eğitim veya 🏪 Kendi işim düğmesine dokunun.

lang-name-de = Almanca
lang-name-en = İngilizce
lang-name-ar = Arapça
lang-name-fa = Farsça / Darice
lang-name-ps = Peştuca
lang-name-uk = Ukraynaca
lang-name-ru = Rusça
lang-name-tr = Türkçe
lang-name-ku = Kürtçe (Kurmancî)
lang-name-ckb = Kürtçe (Soranî)
lang-name-it = İtalyanca
lang-name-sl = Slovence
lang-name-fr = Fransızca
