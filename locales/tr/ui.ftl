# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Soru { $n } / { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Atlandı
multi-selected = { $count ->
    [0] Henüz bir şey seçilmedi.
    [one] { $count } seçenek seçildi. Hazır olunca ✅ Tamam'a dokunun.
   *[other] { $count } seçenek seçildi. Hazır olunca ✅ Tamam'a dokunun.
}
multi-instructions = Size uyanların hepsine dokunun, sonra ✅ Tamam'a dokunun.

btn-back = ⬅️ Geri
btn-skip = ⏭️ Atla
btn-why = 🔒 Neden soruyoruz?
btn-done = ✅ Tamam
btn-language = 🌐 Dil
btn-confirm = ✅ Doğru
btn-change = ✏️ Değiştir: { $item }
btn-wrong-age = ↩️ Yanlış yaşı seçtim

hint-choice = Lütfen düğmelerden birine dokunun.
hint-multi = Lütfen size uyan düğmelere, sonra ✅ Tamam'a dokunun.
hint-text-short = Bu biraz kısa. Lütfen en az { $min } karakter yazın.
hint-text-long = Bu çok uzun. Lütfen en fazla { $max } karakter yazın.
hint-text-pattern = Bu doğru görünmüyor. Lütfen tekrar deneyin.
hint-text-empty = Lütfen cevabınızı mesaj olarak yazın.
hint-number = Lütfen { $min } ile { $max } arasında bir sayı gönderin.
hint-not-text = Lütfen yazıyla veya bir düğmeyle cevap verin. Fotoğraf, ses kaydı veya dosya saklamıyoruz.
stuck-help = Bir sorun var gibi görünüyor. Düğmeleri kullanın, ⬅️ geri gidin veya /help gönderin.

stale-button = Bu düğme önceki bir soruya ait. Şu anki soru bu.
flow-changed = Siz başladıktan sonra bu soruları değiştirdik. Bu bölüme yeniden başlayalım; diğer cevaplarınız saklanıyor.
no-back = Bu ilk soru.
cannot-skip = Bu soru atlanamaz.
error-try-again = 😔 Üzgünüz, bizim tarafımızda bir sorun oluştu. Cevaplarınız güvende. Lütfen bir dakika sonra tekrar deneyin.

summary-title = Bize söyledikleriniz:
summary-line = { $label }: { $value }
summary-skipped = —

flow-onboarding = 👋 Başlangıç
flow-jobs = 💼 İş ve eğitim
flow-self-employment = 🏪 Kendi işim
flow-ideas = 💡 Daha iyi destek için bir fikir

menu-title = 🏠 Ne yapmak istersiniz?
language-title = 🌐 Hangi dili istiyorsunuz?
language-changed = ✓ Dil değiştirildi. Cevaplarınız saklanıyor.
restart-done = Bu sorulara yeniden başlıyoruz.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
