# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Me hîn bernameyek nedîtiye ku li gorî hemû bersivên we be.
    [one] 1 bername li gorî we ye:
   *[other] { $count } bername li gorî we ne:
}
matches-shown = Tê nîşandan: { $shown } ji { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ li herêma { $place }
reason-country = ✓ li seranserê { $country ->
        [DE] Almanyayê
        [AT] Awistiryayê
        [IT] Îtalyayê
        [SI] Slovenyayê
       *[other] welêt
    }
reason-online = ✓ li ser înternetê
reason-goal = ✓ { $goal }
reason-language = ✓ bi { $language }
reason-childcare = ✓ lênêrîna zarokan heye
reason-sector = ✓ li gorî warê karê we
reason-stage = ✓ li gorî qonaxa karê we
reason-finance = ✓ alîkariya bi pereyan ji bo destpêkê
reason-qualification = ✓ ji bo bawernameyên ji derve
reason-free = ✓ belaş
note-status = ? tenê ji bo hin rewşên îqametê: ji saziya bernameyê bipirsin
note-work-permit = ? destûra kar lazim e: ji saziya bernameyê bipirsin
note-qualification = ? ji bo kesên xwedî bawernameya ji derve: ji saziya bernameyê bipirsin
note-stage = ? ji bo qonaxeke din a karî ye: ji saziya bernameyê bipirsin
note-childcare = ? li ser lênêrîna zarokan ji saziya bernameyê bipirsin
note-sample = ⚠️ Daneyên mînak in, hîn nehatine kontrolkirin.
next-steps = Pir caran piştre: { $titles }
btn-website = 🌐 Malper
btn-save = ⭐ Tomar bike
btn-not-relevant = 👎 Ne ji bo min e
btn-more = ➡️ Bernameyên din
btn-idea = 💡 Ramaneke min ji bo bernameyeke baştir heye
feedback-saved = ⭐ Hat tomarkirin. Spas!
feedback-not-relevant = 👍 Spas. Ev alîkariya me dike ku em bernameyên baştir nîşan bidin.
no-match-counselling = Şêwirdariya belaş dikare di gava din de alîkariya we bike: { $country ->
        [DE] navenda kar an navendeke şêwirdariya koçberan (MBE).
        [AT] AMS an navendeke entegrasyonê ya ÖIF.
        [IT] navenda kar (Centro per l'impiego) an projeyeke SAI.
        [SI] saziya kar (ZRSZ) an nivîsgeha UOIM.
       *[other] navendeke şêwirdariya koçberan li nêzîkî we.
    }
no-match-recorded = Me nivîsî ku hîn tiştek li gorî we tune ye. Wisa hevkar dikarin bernameyên nû plan bikin.
no-match-idea = Çi dê alîkariya we bike? Ramana xwe ji me re bibêjin.
matches-none-yet = Pêşî bersiva çend pirsan bidin: di menûyê de 💼 Kar û perwerdehî an 🏪 Karê min ê taybet hilbijêrin.

lang-name-de = Almanî
lang-name-en = Îngilîzî
lang-name-ar = Erebî
lang-name-fa = Farisî / Derî
lang-name-ps = Peştûyî
lang-name-uk = Ukraynî
lang-name-ru = Rûsî
lang-name-tr = Tirkî
lang-name-ku = Kurdî (Kurmancî)
lang-name-ckb = Kurdî (Soranî)
lang-name-it = Îtalî
lang-name-sl = Slovenî
lang-name-fr = Fransî
