# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Starten
cmd-menu = Hauptmenü
cmd-language = Sprache ändern
cmd-back = Vorherige Frage
cmd-skip = Diese Frage überspringen
cmd-why = Warum wir das fragen
cmd-restart = Diese Fragen neu beginnen
cmd-help = Hilfe
cmd-privacy = Was wir speichern
cmd-mydata = Alle meine Daten bekommen
cmd-delete = Alle meine Daten löschen
cmd-consent = Meine Auswahl
cmd-stop = Keine Neuigkeiten mehr
cmd-programmes = Meine Angebote
cmd-staff = Team und Einladungen
cmd-myrole = Meine Rolle im Team
cmd-announce = Ankündigung schreiben
cmd-events = Veranstaltungen: Anmeldungen, Bedarf, Check-in
cmd-checkin = Person mit ihrem Code einchecken
cmd-dossier = Salon-Dossier einer Region (HTML)
cmd-myideas = Meine Ideen und was daraus wurde
cmd-review = Ideen prüfen
cmd-story = Erfolgsgeschichte erzählen
cmd-export = Ideen meines Bereichs als CSV-Datei
