# Short descriptions of the bot's commands, shown in Telegram's command menu.

cmd-start = Start
cmd-menu = Main menu
cmd-language = Change language
cmd-back = Previous question
cmd-skip = Skip this question
cmd-why = Why we ask this
cmd-restart = Start these questions again
cmd-help = Help
cmd-privacy = What we store
cmd-mydata = Get all my data
cmd-delete = Delete all my data
cmd-consent = My choices
cmd-stop = No more news
cmd-programmes = My programmes
cmd-staff = Staff and invitations
cmd-myrole = My staff role
cmd-announce = Write an announcement
cmd-events = My events: registrations, needs, check-in
cmd-checkin = Check someone in by their code
cmd-dossier = The salon dossier of a region (HTML)
cmd-myideas = My ideas and what came of them
cmd-review = Ideas to review
cmd-story = Tell a success story
cmd-export = Ideas in my area as a CSV file
