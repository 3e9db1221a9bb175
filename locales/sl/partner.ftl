# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Odprte ideje na vašem območju: { $count } (najprej najstarejše)
staff-review-empty = Na vašem območju trenutno ni odprtih idej.
staff-review-no-region = regija ni navedena
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · jezik: { $language }
staff-review-may-answer = ✉️ Avtor ideje dovoljuje odgovore.
staff-review-no-answer = Avtor ideje ne želi odgovorov.
staff-review-status = Status: { $status } · sporočeno avtorju: { $told }
staff-review-claimed-by = 🙋 Prevzela jo je organizacija { $organisation }
btn-staff-review-claim = 🙋 Prevzamem
btn-staff-review-status = 📝 Status
btn-staff-review-publish = 📣 Obvesti avtorja
btn-staff-review-next = ➡️ Naslednja ideja
staff-review-claimed = 🙋 Idejo ste prevzeli za organizacijo { $organisation }. Druge organizacije vidijo, da nanjo odgovarjate vi.
staff-review-taken = To idejo je prva prevzela druga organizacija: { $organisation }.
staff-review-which-status = 📝 Kakšen je status ideje { $idea }? Avtor bo obveščen šele, ko pritisnete 📣.
staff-review-which-reason = 📝 Zakaj ideja { $idea } ni sprejeta? Avtor bo razlog prebral v svojem jeziku.
staff-review-status-set = 📝 Status je nastavljen. Avtor še ni obveščen.
staff-review-published = 📣 Avtor ideje { $idea } je obveščen v svojem jeziku.
staff-review-nothing-new = Avtorju ideje { $idea } nimate česa novega sporočiti: ta status že pozna.

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Ideje na vašem območju: { $count }. Vsaka ideja s svojim psevdonimom, brez imen in brez ID-jev v Telegramu. Datoteke prosim ne delite zunaj svoje organizacije.
staff-export-empty = 📄 Na vašem območju še ni idej za izvoz.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Avtor je idejo umaknil: besedila so izbrisana.
staff-review-notes = Zapiski (vidi jih samo ekipa):
staff-review-note-staff = ekipa
btn-staff-review-reply = 💬 Odgovori avtorju
btn-staff-review-note = 📝 Zapisek
btn-staff-review-flag = 🚩 Neželena ali žaljiva vsebina
staff-relay-muted = Avtor ideje { $idea } ne želi več odgovorov.
staff-relay-not-now = Odgovori lahko samo organizacija, ki je prevzela idejo { $idea }, in samo, če avtor dovoljuje odgovore.
staff-relay-choose = Izberite odgovor. Avtor ga bo prebral v svojem jeziku:
    { $list }
btn-staff-relay-write = ✍️ Napiši svoj odgovor
staff-relay-sent = Poslano avtorju ideje { $idea } v imenu vaše organizacije.
staff-relay-flagged = Ideja { $idea } je skrita in se ne prikaže več na nobenem seznamu.
staff-relay-noted = Zapisek k ideji { $idea } je shranjen. Avtor ga nikoli ne vidi.
staff-relay-flow = ✍️ Odgovor avtorju ideje
staff-relay-ask = ✍️ Vaš odgovor. Posredovan bo tako, kot ga napišete, z oznako vašega jezika; avtor ne izve vašega imena. Prosimo, ne navajajte kontaktnih podatkov.
staff-relay-label = Odgovor
staff-relay-summary = Prosimo, preverite:
staff-relay-saving = Shranjevanje …
staff-note-flow = 📝 Zapisek k ideji
staff-note-ask = 📝 Vaš zapisek. Preberejo ga samo člani ekipe, ki vidijo to idejo, nikoli avtor.
staff-note-label = Zapisek
btn-staff-relay-show = 📋 Pokaži idejo
staff-relay-answer = ↩️ Avtor ideje { $idea } odgovarja:

    { $text }
staff-relay-escalated = ⏰ Nobena organizacija ni prevzela ideje { $idea } ({ $place } · { $topic }) v { $days ->
        [one] { $days } dnevu
        [two] { $days } dneh
        [few] { $days } dneh
       *[other] { $days } dneh
    }. Prosimo, oglejte si jo z /review.
btn-staff-review-publish-all = 📣 Obvesti avtorje zdaj ({ $count })
staff-review-published-all = 📣 Število sporočenih stanj: { $count }. Avtorji jih prejmejo v svojem jeziku.
btn-staff-review-story = 🌟 Zgodba o uspehu
