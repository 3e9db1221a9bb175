# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 Was wir speichern und warum
    • Ihre Antworten auf unsere Fragen, um Angebote für Sie zu finden. Nie Ihren Namen oder Ihre Telefonnummer.
    • Ihre Sprache und Ihre Auswahl zu Neuigkeiten und Ideen.
    • Ideen, die Sie senden. Partner sehen sie mit einem Code wie R-7F3K. Nie mit Ihrem Namen oder Telegram-Konto.
    Antworten, die Sie nicht nutzen, löschen wir nach { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }. /mydata schickt Ihnen alles, was wir speichern. /delete löscht alles.
mydata-caption = 🔒 Das ist alles, was wir über Sie speichern.
delete-confirm = ⚠️ Möchten Sie wirklich alles löschen, was wir über Sie speichern? Das kann man nicht rückgängig machen.
delete-yes = 🗑️ Ja, alles löschen
delete-no = Abbrechen
delete-done = 🗑️ Alles ist gelöscht. Telegram hat eine eigene Kopie von diesem Chat. Sie können den Verlauf in Telegram löschen. Senden Sie /start, um neu zu beginnen.
delete-cancelled = Gut, es wurde nichts gelöscht.
consent-title = 🔒 Ihre Auswahl. Tippen Sie auf einen Punkt, um ihn zu ändern:
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Antworten speichern, um Angebote zu finden
purpose-announcements = Neuigkeiten über Workshops und Treffen
purpose-ideas = Meine Ideen speichern
consent-withdrawn-profile = Gut. Wir haben Ihre Antworten gelöscht. Wir speichern keine neuen.
consent-withdrawn = Gut, ausgeschaltet.
consent-given = Gut, eingeschaltet.
stop-done = 🔕 Sie bekommen keine Neuigkeiten mehr. Senden Sie /consent, um sie wieder einzuschalten.
