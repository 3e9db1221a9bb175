# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Commencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-back = Question précédente
cmd-skip = Passer cette question
cmd-why = Pourquoi cette question
cmd-restart = Recommencer ces questions
cmd-help = Aide
cmd-privacy = Ce que nous gardons
cmd-mydata = Recevoir toutes mes données
cmd-delete = Effacer toutes mes données
cmd-consent = Mes choix
cmd-stop = Ne plus recevoir d'informations
cmd-programmes = Mes programmes
cmd-staff = Équipe et invitations
cmd-myrole = Mon rôle dans l'équipe
cmd-announce = Écrire une annonce
cmd-events = Mes événements : inscriptions, besoins, entrées
cmd-checkin = Enregistrer une arrivée avec le code
cmd-dossier = Le dossier du salon d’une région (HTML)
cmd-myideas = Mes idées et ce qu'elles sont devenues
cmd-review = Idées à examiner
cmd-story = Raconter une histoire de réussite
cmd-export = Idées de ma zone en fichier CSV
