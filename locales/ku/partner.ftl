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

# /export: the ideas of the staff member's area as a CSV file (idea pseudonyms only).
staff-export-caption = 📄 Ramanên li herêma we: { $count }. Her raman bi nasnava xwe ya taybet; nav û nasnameyên Telegram tê de tune ne. Ji kerema xwe pelê tenê di nav rêxistina xwe de bihêlin.
staff-export-empty = 📄 Li herêma we hîn ramanek ji bo derxistinê tune ye.
# Replies to authors, internal notes, flags, and ideas nobody took up.
staff-review-withdrawn = ↩️ Xwediyê ramanê ew paşde kişand: nivîs hatin jêbirin.
staff-review-notes = Nîşe (tenê tîm wan dibîne):
staff-review-note-staff = tîm
btn-staff-review-reply = 💬 Bersiva xwediyê ramanê bide
btn-staff-review-note = 📝 Nîşe
btn-staff-review-flag = 🚩 Spam an heqaret
staff-relay-muted = Xwediyê ramana { $idea } xwest ku êdî bersiv jê re neyên şandin.
staff-relay-not-now = Tenê rêxistina ku ramana { $idea } girtiye ser xwe dikare bersiv bide, û tenê heke xwediyê ramanê destûra bersivan dabe.
staff-relay-choose = Bersivekê hilbijêrin. Xwediyê ramanê wê bi zimanê xwe dixwîne:
    { $list }
btn-staff-relay-write = ✍️ Ez ê bi xwe binivîsim
staff-relay-sent = Bi navê rêxistina we ji xwediyê ramana { $idea } re hat şandin.
staff-relay-flagged = Ramana { $idea } ji hemû lîsteyên nirxandinê hat veşartin.
staff-relay-noted = Nîşe li ser ramana { $idea } hat tomarkirin. Xwediyê ramanê qet wê nabîne.
staff-relay-flow = ✍️ Bersiv ji xwediyê ramanê re
staff-relay-ask = ✍️ Bersiva we. Ew wek ku hûn dinivîsin tê şandin, bi nîşana zimanê we; xwediyê ramanê navê we nabîne. Ji kerema xwe agahiyên têkiliyê nedin.
staff-relay-label = Bersiv
staff-relay-summary = Ji kerema xwe kontrol bikin:
staff-relay-saving = Tê tomarkirin…
staff-note-flow = 📝 Nîşe li ser ramanekê
staff-note-ask = 📝 Nîşeya we. Tenê endamên tîmê yên ku vê ramanê dibînin wê dixwînin, qet xwediyê ramanê naxwîne.
staff-note-label = Nîşe
btn-staff-relay-show = 📋 Ramanê nîşan bide
staff-relay-answer = ↩️ Xwediyê ramana { $idea } bersiv dide:

    { $text }
staff-relay-escalated = ⏰ Di nav { $days ->
        [one] { $days } rojê
       *[other] { $days } rojan
    } de tu rêxistinê ramana { $idea } ({ $place } · { $topic }) negirt ser xwe. Ji kerema xwe bi /review lê binêrin.
btn-staff-review-publish-all = 📣 Niha ji xwediyên ramanan re bibêje ({ $count })
staff-review-published-all = 📣 Hejmara rewşên ku ji xwediyên ramanan re hatin şandin: { $count }. Ew bi zimanê xwe distînin.
btn-staff-review-story = 🌟 Çîroka serkeftinê
