# Partners and coordinators: the review queue of ideas (/review). Staff only.
staff-review-title = 💡 Ramanên vekirî li herêma we: { $count } (yên herî kevn pêşî)
staff-review-empty = Niha li herêma we ramanên vekirî tune ne.
staff-review-no-region = herêm nehatiye diyarkirin
# 💡 I-7F3K · 12/11/2026 · Berlin · 💼 Jobs · written in العربية
staff-review-card = 💡 { $idea } · { $date } · { $place } · { $topic } · zimanê nivîsê: { $language }
staff-review-may-answer = ✉️ Xwediyê ramanê bersivê qebûl dike.
staff-review-no-answer = Xwediyê ramanê bersivê naxwaze.
staff-review-status = Rewş: { $status } · ji xwediyê ramanê re hat gotin: { $told }
staff-review-claimed-by = 🙋 Rêxistina ku raman girtiye ser xwe: { $organisation }
btn-staff-review-claim = 🙋 Ez digirim ser xwe
btn-staff-review-status = 📝 Rewş
btn-staff-review-publish = 📣 Ji xwediyê ramanê re bibêje
btn-staff-review-next = ➡️ Ya din
staff-review-claimed = 🙋 We ev raman ji bo rêxistina xwe ({ $organisation }) girt ser xwe. Rêxistinên din dibînin ku hûn bersiva wê didin.
staff-review-taken = Rêxistineke din berê ev raman girt ser xwe: { $organisation }.
staff-review-which-status = 📝 Rewşa ramana { $idea } çi ye? Xwediyê ramanê tenê dema ku hûn 📣 bitikînin pê dihese.
staff-review-which-reason = 📝 Çima ramana { $idea } nehat qebûlkirin? Xwediyê ramanê sedemê bi zimanê xwe dixwîne.
staff-review-status-set = 📝 Rewş hat diyarkirin. Hîn ji xwediyê ramanê re nehatiye gotin.
staff-review-published = 📣 Xwediyê ramana { $idea } bi zimanê xwe agahî wergirt.
staff-review-nothing-new = Tiştekî nû tune ye ku ji xwediyê ramana { $idea } re bê gotin: ew vê rewşê jixwe dizane.
