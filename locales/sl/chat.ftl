# Texts of the command line chat (sifor chat) and of the commands both the terminal and the bot know.

help = Odgovarjate lahko z gumbi. Drugi ukazi:
    /back – prejšnje vprašanje · /menu – glavni meni · /language – menjava jezika
    /restart – ta vprašanja od začetka · /privacy – kaj shranjujemo
chat-type-number = Vpišite številko svojega odgovora.
chat-commands = Ukazi: /back /skip /why /menu /language /restart /help
chat-unknown-command = Tega ukaza ne poznam. Pošljite /help za seznam ukazov.
chat-bye = Nasvidenje! Vaši odgovori ostanejo shranjeni. 👋
general-info = 🏠 Svetovanje je brezplačno. Vprašajte na zavodu za zaposlovanje ali v svetovalnici za migrante v svojem mestu. Tam pomagajo v mnogih jezikih.
idea-received = 💡 Vaša ideja je shranjena.
