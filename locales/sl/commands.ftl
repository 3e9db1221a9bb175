# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Začetek
cmd-menu = Glavni meni
cmd-language = Menjava jezika
cmd-back = Prejšnje vprašanje
cmd-skip = Preskoči to vprašanje
cmd-why = Zakaj to sprašujemo
cmd-restart = Ta vprašanja od začetka
cmd-help = Pomoč
cmd-privacy = Kaj shranjujemo
cmd-mydata = Vsi moji podatki
cmd-delete = Izbris vseh mojih podatkov
cmd-consent = Moje izbire
cmd-stop = Nič več novic
cmd-programmes = Moji programi
cmd-staff = Ekipa in povabila
cmd-myrole = Moja vloga v ekipi
cmd-announce = Napiši obvestilo
cmd-events = Moji dogodki: prijave, potrebe, vstop
cmd-checkin = Potrdi vstop osebe s kodo
cmd-dossier = Dosje salona za regijo (HTML)
cmd-myideas = Moje ideje in kaj je iz njih nastalo
cmd-review = Ideje za pregled
cmd-story = Napiši zgodbo o uspehu
cmd-export = Ideje mojega območja v datoteki CSV
