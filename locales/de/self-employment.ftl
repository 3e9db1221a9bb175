# Questions about starting or restarting a business.

q-business-stage = 🏪 Wie weit ist Ihr Geschäft?
q-business-sector = 🏪 In welchem Bereich ist Ihr Geschäft?
q-team-size = 🏪 Wie viele Menschen werden dort arbeiten? Zählen Sie sich selbst mit. Senden Sie eine Zahl.
hint-team-size = Bitte senden Sie eine Zahl von { $min } bis { $max }. Zum Beispiel 1, wenn Sie allein arbeiten.
q-allowed-self-employed = Dürfen Sie hier ein eigenes Geschäft führen?
why-allowed-self-employed = Nicht alle dürfen ein Geschäft führen, solange ihr Asylverfahren läuft. Wir nutzen die Antwort nur, um passende Angebote zu zeigen. Zum Beispiel Kurse, die Sie jetzt schon machen können. Sie können die Frage überspringen.
q-needs-finance = Brauchen Sie Geld für den Start, zum Beispiel einen kleinen Kredit?
why-needs-finance = Manche Angebote geben kleine Kredite oder Bürgschaften. Wir fragen nie nach Ihrem Einkommen oder Ihren Schulden.
business-done = Danke! Wir suchen jetzt Angebote für Ihr Geschäft.

label-business-stage = 🏪 Stand
label-business-sector = 🏪 Bereich
label-team-size = 🏪 Personen
label-allowed-self-employed = Darf ein Geschäft führen
label-needs-finance = Braucht Geld für den Start

opt-stage-idea = 💡 Nur eine Idee
opt-stage-plan = Ich habe einen schriftlichen Plan
opt-stage-registered = Hier schon angemeldet
opt-stage-had-business = Ich hatte ein Geschäft in meinem Heimatland
