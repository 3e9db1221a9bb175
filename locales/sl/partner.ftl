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
