# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Idee aperte nella Sua area di competenza: { $count } (prima le meno recenti)
staff-review-empty = Al momento non ci sono idee aperte nella Sua area di competenza.
staff-review-no-region = regione non indicata
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · lingua: { $language }
staff-review-may-answer = ✉️ Chi ha proposto l'idea accetta di ricevere risposte.
staff-review-no-answer = Chi ha proposto l'idea non desidera risposte.
staff-review-status = Stato: { $status } · comunicato a chi l'ha proposta: { $told }
staff-review-claimed-by = 🙋 Presa in carico da: { $organisation }
btn-staff-review-claim = 🙋 Me ne occupo io
btn-staff-review-status = 📝 Stato
btn-staff-review-publish = 📣 Informa chi l'ha proposta
btn-staff-review-next = ➡️ Idea successiva
staff-review-claimed = 🙋 Ha preso in carico l'idea per { $organisation }. Le altre organizzazioni vedono che è Lei a occuparsene.
staff-review-taken = Un'altra organizzazione ha già preso in carico questa idea: { $organisation }.
staff-review-which-status = 📝 Qual è lo stato dell'idea { $idea }? Chi l'ha proposta lo saprà solo quando Lei tocca 📣.
staff-review-which-reason = 📝 Perché l'idea { $idea } non viene accolta? Chi l'ha proposta leggerà il motivo nella propria lingua.
staff-review-status-set = 📝 Stato impostato. Chi ha proposto l'idea non lo sa ancora.
staff-review-published = 📣 Lo stato dell'idea { $idea } è stato comunicato a chi l'ha proposta, nella sua lingua.
staff-review-nothing-new = Niente di nuovo da comunicare a chi ha proposto l'idea { $idea }: conosce già questo stato.
