# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Wir haben noch kein Angebot gefunden, das zu allen Ihren Antworten passt.
    [one] 1 Angebot passt zu Ihnen:
   *[other] { $count } Angebote passen zu Ihnen:
}
matches-shown = Angezeigt: { $shown } von { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ in { $place }
reason-country = ✓ { $country ->
        [DE] in ganz Deutschland
        [AT] in ganz Österreich
        [IT] in ganz Italien
        [SI] in ganz Slowenien
       *[other] im ganzen Land
    }
reason-online = ✓ online
reason-goal = ✓ { $goal }
reason-language = ✓ auf { $language }
reason-childcare = ✓ mit Kinderbetreuung
reason-sector = ✓ passt zu Ihrem Arbeitsbereich
reason-stage = ✓ passt zum Stand Ihres Geschäfts
reason-finance = ✓ Hilfe mit Geld für den Start
reason-qualification = ✓ für Abschlüsse aus dem Ausland
reason-free = ✓ kostenlos
note-status = ? nur bei bestimmtem Aufenthaltsstatus: fragen Sie beim Anbieter nach
note-work-permit = ? nur mit Arbeitserlaubnis: fragen Sie beim Anbieter nach
note-qualification = ? für Menschen mit Abschluss aus dem Ausland: fragen Sie beim Anbieter nach
note-stage = ? für einen anderen Stand des Geschäfts gedacht: fragen Sie beim Anbieter nach
note-childcare = ? fragen Sie den Anbieter nach Kinderbetreuung
note-sample = ⚠️ Beispieldaten, noch nicht geprüft.
next-steps = Oft als Nächstes: { $titles }
btn-website = 🌐 Webseite
btn-save = ⭐ Merken
btn-not-relevant = 👎 Nicht für mich
btn-more = ➡️ Mehr Angebote
btn-idea = 💡 Ich habe eine Idee für ein besseres Angebot
feedback-saved = ⭐ Gemerkt. Danke!
feedback-not-relevant = 👍 Danke. So können wir Ihnen bessere Angebote zeigen.
no-match-counselling = Eine kostenlose Beratung hilft Ihnen beim nächsten Schritt: { $country ->
        [DE] das Jobcenter oder eine Migrationsberatung (MBE).
        [AT] das AMS oder ein Integrationszentrum des ÖIF.
        [IT] das Arbeitsamt (Centro per l'impiego) oder ein SAI-Projekt.
        [SI] die Arbeitsvermittlung (ZRSZ) oder das Büro UOIM.
       *[other] eine Migrationsberatung in Ihrer Nähe.
    }
no-match-recorded = Wir haben notiert, dass noch nichts passt. So können Partner neue Angebote planen.
no-match-idea = Was würde Ihnen helfen? Erzählen Sie uns Ihre Idee.
matches-none-yet = Beantworten Sie zuerst ein paar Fragen: Wählen Sie im Menü 💼 Arbeit und Ausbildung oder 🏪 Mein eigenes Geschäft.

lang-name-de = Deutsch
lang-name-en = Englisch
lang-name-ar = Arabisch
lang-name-fa = Persisch / Dari
lang-name-ps = Paschtu
lang-name-uk = Ukrainisch
lang-name-ru = Russisch
lang-name-tr = Türkisch
lang-name-ku = Kurdisch (Kurmandschi)
lang-name-ckb = Kurdisch (Sorani)
lang-name-it = Italienisch
lang-name-sl = Slowenisch
lang-name-fr = Französisch
