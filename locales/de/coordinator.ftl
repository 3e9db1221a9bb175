# Coordinators: writing an announcement (/announce), its preview, and the progress message of a
# broadcast. Staff only.
staff-ann-flow = 📣 Neue Ankündigung
staff-ann-ask-kind = 📣 Was möchten Sie ankündigen?
staff-ann-label-kind = Art
staff-ann-ask-title = Der Titel, in einer Zeile (den sehen die Menschen zuerst):
staff-ann-label-title = Titel
staff-ann-ask-body = Der Text: was, für wen, was mitzubringen ist. Schreiben Sie ihn in Ihrer Sprache; Datum, Ort und Knöpfe zeigt sifor ohnehin jeder Person in ihrer eigenen Sprache.
staff-ann-label-body = Text
staff-ann-ask-starts = Wann beginnt es? Zum Beispiel 3.12.2026 18:00 (Ortszeit Ihrer Region). Überspringen Sie diese Frage, wenn es kein Datum gibt.
staff-ann-label-starts = Beginn
staff-ann-hint-starts = Bitte schreiben Sie Datum und Uhrzeit so: 3.12.2026 18:00.
staff-ann-ask-place = Wo? Eine Adresse oder eine kurze Beschreibung. Überspringen Sie diese Frage, wenn es keinen Ort gibt.
staff-ann-label-place = Ort
staff-ann-ask-link = Ein Weblink für mehr Informationen (https://…)? Überspringen Sie diese Frage, wenn es keinen gibt.
staff-ann-label-link = Link
staff-ann-hint-link = Bitte senden Sie eine Webadresse, die mit https:// beginnt.
staff-ann-ask-goals = Wer soll die Ankündigung bekommen? Wählen Sie, was die Menschen suchen – oder überspringen Sie die Frage, um alle in Ihrem Zuständigkeitsbereich zu erreichen.
staff-ann-label-goals = Zielgruppe sucht
staff-ann-summary = Bitte prüfen Sie Ihre Ankündigung:
staff-ann-drafted = 👀 Hier ist die Vorschau. Es wurde noch nichts gesendet.
staff-ann-bad-time = ⚠️ Dieses Datum mit dieser Uhrzeit gibt es nicht, oder es liegt in der Vergangenheit. Es wurde nichts gespeichert; bitte beginnen Sie noch einmal mit /announce.
staff-ann-preview-head = 👀 So sieht es in der Sprache { $language } aus:
staff-ann-reach = Erreicht { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } ({ $languages }).
staff-ann-untranslated = Ohne eigenen Text: { $languages }. Wer in diesen Sprachen liest, bekommt Datum, Ort und Knöpfe in der eigenen Sprache und darunter Ihren Text.
btn-staff-ann-send = ✅ An { $count } senden
btn-staff-ann-preview = 👀 { $language }
btn-staff-ann-discard = 🗑️ Verwerfen
staff-ann-started = ✅ Die Ankündigung geht an { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }. Zuerst an Sie und einige andere, um zu prüfen, ob alles funktioniert; den Fortschritt sehen Sie hier.
staff-ann-discarded = 🗑️ Verworfen. Es wurde nichts gesendet.
staff-ann-not-now = Es hat sich nichts geändert: Im jetzigen Zustand der Ankündigung ist das nicht möglich.
staff-ann-progress-title = 📣 A{ $id }: { $title }
staff-ann-progress = Gesendet: { $sent } von { $total } · offen: { $left } · haben den Bot blockiert: { $blocked } · fehlgeschlagen: { $failed }
staff-ann-state-running = Wird gesendet … noch etwa { $minutes } Min.
staff-ann-state-canary = ⏸ Pausiert: Nicht erreichbar waren { $bad } von den ersten { $judged }. Prüfen Sie Text und Zielgruppe, dann setzen Sie fort oder brechen Sie ab.
staff-ann-state-paused = ⏸ Pausiert.
staff-ann-state-aborted = ⏹ Abgebrochen. { $left ->
        [one] { $left } Person hat die Ankündigung nicht bekommen.
       *[other] { $left } Personen haben die Ankündigung nicht bekommen.
    }
staff-ann-state-done = ✅ Fertig.
staff-ann-cancelled = ❌ In allen Kopien als abgesagt markiert.
btn-staff-ann-pause = ⏸️ Pausieren
btn-staff-ann-resume = ▶️ Fortsetzen
btn-staff-ann-abort = ⏹️ Senden abbrechen
btn-staff-ann-cancel = ❌ In allen Kopien absagen
staff-ann-cancel-ask = { $count ->
        [one] Die Ankündigung in der bereits gesendeten Kopie als abgesagt markieren? Sonst bekommt sie niemand mehr.
       *[other] Die Ankündigung in allen { $count } bereits gesendeten Kopien als abgesagt markieren? Sonst bekommt sie niemand mehr.
    }
btn-staff-ann-cancel-confirm = ❌ Ja, es ist abgesagt
staff-ann-paused = ⏸️ Pausiert. Bis Sie fortsetzen, wird nichts mehr gesendet.
staff-ann-resumed = ▶️ Es wird wieder gesendet.
staff-ann-aborted = ⏹️ Abgebrochen. Was gesendet wurde, bleibt; sonst bekommt es niemand mehr.
staff-ann-cancelling = ❌ Alle gesendeten Kopien werden als abgesagt markiert.
btn-staff-ann-fix = ✏️ Text korrigieren
staff-ann-fix-flow = ✏️ Ankündigung korrigieren
staff-ann-fix-ask-title = ✏️ Der korrigierte Titel, in einer Zeile:
staff-ann-fix-saving = Die Korrektur wird gespeichert …
staff-ann-fixed = ✏️ Korrigiert. { $count ->
        [one] Die bereits gesendete Kopie wird bearbeitet; alle weiteren werden mit dem neuen Text gesendet.
       *[other] Die { $count } bereits gesendeten Kopien werden bearbeitet; alle weiteren werden mit dem neuen Text gesendet.
    }
staff-ann-state-errors = ⏸ Pausiert: Viele Nachrichten sind nacheinander fehlgeschlagen (Telegram oder die Netzverbindung). Setzen Sie fort, wenn es wieder funktioniert.
staff-ann-too-long = ⚠️ Der Text ist zu lang: Mit Datum, Ort und Knöpfen wäre die Nachricht in der Sprache { $language } länger, als Telegram erlaubt. Es wurde nichts gespeichert; bitte kürzen Sie den Text.
staff-ann-ask-seats = 🪑 Wie viele Plätze? Überspringen Sie diese Frage (oder schreiben Sie 0), wenn es keine Begrenzung gibt. Nur für Workshops und Salons.
staff-ann-label-seats = Plätze
staff-ann-hint-seats = Bitte schreiben Sie eine Zahl von { $min } bis { $max }, z. B. 20.
