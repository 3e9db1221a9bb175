# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Inizia
cmd-menu = Menu principale
cmd-language = Cambia lingua
cmd-back = Domanda precedente
cmd-skip = Salta questa domanda
cmd-why = Perché lo chiediamo
cmd-restart = Ricomincia queste domande
cmd-help = Aiuto
cmd-privacy = Cosa salviamo
cmd-mydata = Ricevi tutti i miei dati
cmd-delete = Cancella tutti i miei dati
cmd-consent = Le mie scelte
cmd-stop = Non ricevere più notizie
cmd-programmes = I miei programmi
cmd-staff = Gruppo di lavoro e inviti
cmd-myrole = Il mio ruolo
cmd-announce = Scrivi un annuncio
cmd-events = I miei eventi: iscrizioni, esigenze, ingressi
cmd-checkin = Registra un ingresso con il codice
cmd-dossier = Il dossier del salotto di una regione (HTML)
cmd-myideas = Le mie idee e com'è andata
cmd-review = Idee da esaminare
cmd-story = Racconta una storia di successo
cmd-export = Idee della mia area in un file CSV
