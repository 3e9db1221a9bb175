# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Destpêk
cmd-menu = Menûya sereke
cmd-language = Guhertina zimên
cmd-back = Pirsa berê
cmd-skip = Derbaskirina vê pirsê
cmd-why = Em çima vê dipirsin
cmd-restart = Ji nû ve dest bi van pirsan kirin
cmd-help = Alîkarî
cmd-privacy = Em çi tomar dikin
cmd-mydata = Wergirtina hemû daneyên min
cmd-delete = Jêbirina hemû daneyên min
cmd-consent = Bijardeyên min
cmd-stop = Êdî nûçe naxwazim
cmd-programmes = Bernameyên min
cmd-staff = Tîm û vexwendin
cmd-myrole = Rola min di tîmê de
cmd-announce = Nivîsandina ragihandinê
cmd-events = Çalakiyên min: qeyd, hewcedarî, têketin
cmd-checkin = Tomarkirina têketina kesekî bi kodê
cmd-dossier = Dosyaya salonê ya herêmekê (HTML)
cmd-myideas = Ramanên min û çi ji wan derket
cmd-review = Ramanên ji bo nirxandinê
cmd-story = Vegotina çîrokeke serkeftinê
cmd-export = Ramanên herêma min wek pelê CSV
