# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Düğmelerle cevap verebilirsiniz. Diğer komutlar:
    /back – önceki soru · /menu – ana menü · /language – dili değiştir
    /restart – bu soruları baştan başlat · /privacy – neleri saklıyoruz
chat-type-number = Cevabınızın numarasını yazın.
chat-commands = Komutlar: /back /skip /why /menu /language /restart /help
chat-unknown-command = Bu komutu bilmiyorum. Komut listesi için /help gönderin.
chat-bye = Görüşmek üzere! Cevaplarınız saklanıyor. 👋
general-info = 🏠 Danışmanlık ücretsizdir. Şehrinizdeki iş bulma kurumuna veya göçmen danışma merkezine sorun. Birçok dilde yardım edebilirler.
idea-received = 💡 Fikriniz kaydedildi.
