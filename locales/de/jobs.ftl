# Questions about work, training and qualifications.

q-allowed-to-work = Dürfen Sie jetzt arbeiten?
why-allowed-to-work = Manche Angebote gibt es nur für Menschen mit Arbeitserlaubnis. Ihre Antwort ändert nur, welche Angebote wir zeigen. Sie können die Frage überspringen.
q-status = Welchen Aufenthaltsstatus haben Sie?
why-status = Manche Angebote sind nur für bestimmte Gruppen. Wir entscheiden nie über Ihre rechtliche Lage. Fragen Sie dazu eine Beratungsstelle. Sie können die Frage überspringen.
q-host-language = 🗣️ Wie gut sprechen Sie { $country ->
        [DE] Deutsch
        [AT] Deutsch
        [IT] Italienisch
        [SI] Slowenisch
       *[other] die Sprache des Landes
    }?
q-other-languages = 🗣️ Welche anderen Sprachen sprechen Sie?
q-education = 🎓 Was ist Ihr höchster Abschluss?
q-foreign-qualification = 📄 Haben Sie einen Abschluss oder ein Diplom aus einem anderen Land?
q-qualification-documents = 📄 Haben Sie Papiere dazu (Zeugnisse, Diplome)?
q-sector = 💼 In welchen Bereichen haben Sie gearbeitet? Oder wo möchten Sie arbeiten?
q-experience = 💼 Wie viele Jahre haben Sie schon gearbeitet?
q-availability = Wann können Sie arbeiten oder lernen?
q-childcare = Brauchen Sie Kinderbetreuung für einen Kurs oder eine Arbeit?
why-childcare = Manche Kurse bieten Kinderbetreuung an. Wir fragen nur, damit wir Ihnen diese Kurse zeigen können. Wir fragen nicht nach Ihren Kindern.
q-women-only = Möchten Sie Angebote nur für Frauen sehen?
why-women-only = Manche Angebote sind nur für Frauen. Alle können sie ansehen. Wer mitmachen darf, entscheidet der Anbieter.
jobs-done = Danke! Wir suchen jetzt Angebote, die zu Ihnen passen.

label-allowed-to-work = Darf arbeiten
label-status = Aufenthaltsstatus
label-host-language = 🗣️ Landessprache
label-other-languages = 🗣️ Andere Sprachen
label-education = 🎓 Abschluss
label-foreign-qualification = 📄 Abschluss aus dem Ausland
label-qualification-documents = 📄 Papiere
label-sector = 💼 Bereiche
label-experience = 💼 Erfahrung
label-availability = Zeit
label-childcare = Kinderbetreuung
label-women-only = Nur für Frauen

opt-status-asylum-seeker = Im Asylverfahren (noch keine Entscheidung)
opt-status-refugee = Als Flüchtling anerkannt
opt-status-subsidiary = Subsidiärer Schutz
opt-status-temporary = Vorübergehender Schutz (Ukraine)
opt-status-humanitarian = Humanitärer oder besonderer Schutz
opt-status-tolerated = Geduldet (Duldung)
opt-status-other = Eine andere Aufenthaltserlaubnis

opt-level-none = Noch nicht
opt-level-a-little = Ein wenig (A1–A2)
opt-level-everyday = Für den Alltag (B1)
opt-level-good = Gut (B2)
opt-level-fluent = Sehr gut (C1–C2)

opt-lang-ar = Arabisch
opt-lang-fa = Persisch / Dari
opt-lang-ps = Paschtu
opt-lang-uk = Ukrainisch
opt-lang-ru = Russisch
opt-lang-tr = Türkisch
opt-lang-ku = Kurdisch
opt-lang-en = Englisch
opt-lang-fr = Französisch
opt-lang-other = Eine andere Sprache

opt-edu-none = Keine Schule
opt-edu-primary = Grundschule
opt-edu-secondary = Weiterführende Schule
opt-edu-vocational = Berufsausbildung
opt-edu-university = Universität

opt-docs-yes = Ja, alle
opt-docs-some = Einige
opt-docs-none = Keine Papiere

opt-sector-care = Pflege und Gesundheit
opt-sector-construction = Bau
opt-sector-crafts = Handwerk
opt-sector-it = Computer und IT
opt-sector-hospitality = Hotels und Restaurants
opt-sector-retail = Geschäfte und Handel
opt-sector-transport = Transport und Lieferung
opt-sector-education = Unterricht und Kinderbetreuung
opt-sector-agriculture = Landwirtschaft
opt-sector-office = Büroarbeit
opt-sector-beauty = Friseur und Kosmetik
opt-sector-other = Etwas anderes

opt-exp-none = Keine
opt-exp-under-2 = Weniger als 2 Jahre
opt-exp-2-5 = 2 bis 5 Jahre
opt-exp-over-5 = Mehr als 5 Jahre

opt-avail-full = Vollzeit
opt-avail-part = Teilzeit
opt-avail-evenings = Abends oder am Wochenende
opt-avail-not-yet = Noch nicht
