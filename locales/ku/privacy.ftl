# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 Em çi tomar dikin û çima
    • Bersivên we yên pirsên me, da ku em bernameyan ji bo we bibînin. Lê qet navê we an hejmara telefona we na.
    • Zimanê we û bijardeyên we yên li ser nûçe û ramanan.
    • Ramanên ku hûn dişînin. Hevkar wan bi kodeke wek R-7F3K dibînin, qet navê we an hesabê we yê Telegramê nabînin.
    Bersivên ku hûn bikar naynin piştî { $days ->
        [one] { $days } rojê
       *[other] { $days } rojan
    } tên jêbirin. /mydata her tiştê ku em tomar dikin ji we re dişîne. /delete hemûyan jê dibe.
mydata-caption = 🔒 Ev her tişt e ku em li ser we tomar dikin.
delete-confirm = ⚠️ Hûn bi rastî dixwazin her tiştê ku em li ser we tomar dikin jê bibin? Ev nayê vegerandin.
delete-yes = 🗑️ Erê, her tiştî jê bibe
delete-no = Betal bike
delete-done = 🗑️ Her tişt hat jêbirin. Telegram kopiyeke vê axaftinê ji xwe re diparêze; hûn dikarin dîroka axaftinê di Telegramê de paqij bikin. Ji bo ku ji nû ve dest pê bikin /start bişînin.
delete-cancelled = Baş e, tiştek nehat jêbirin.
consent-title = 🔒 Bijardeyên we. Ji bo guhertinê yekê bitikînin:
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Tomarkirina bersivan ji bo dîtina bernameyan
purpose-announcements = Nûçe li ser kargeh û civînan
purpose-ideas = Tomarkirina ramanên min
consent-withdrawn-profile = Baş e. Me bersivên we jê birin û em ê yên nû tomar nekin.
consent-withdrawn = Baş e, hat vemirandin.
consent-given = Baş e, hat vêxistin.
stop-done = 🔕 Êdî hûn ê nûçeyan nestînin. Ji bo ku wan dîsa vêxin /consent bişînin.
