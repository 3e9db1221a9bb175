# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help-intro = Düğmelerle cevap verebilirsiniz. Şu komutlar da çalışır:
chat-unknown-command = Bu komutu bilmiyorum. Komut listesi için /help gönderin.
chat-bye = Görüşmek üzere! Cevaplarınız saklanıyor. 👋
