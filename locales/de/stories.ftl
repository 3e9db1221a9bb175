# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Erfolgsgeschichten
btn-stories-more = ➡️ Weitere Geschichten
btn-story-like = 🔎 Ähnliche Geschichten
stories-none = Es gibt noch keine Erfolgsgeschichten. Schauen Sie später wieder vorbei: Organisationen fügen sie hinzu, sobald es welche gibt.
stories-no-more = Das war erst einmal alles.
stories-more = Es gibt noch weitere Geschichten.
story-kind-founder = 🌟 Eine Gründungsgeschichte
story-kind-pilot = 🧪 Ein Pilotprojekt
story-kind-measure = ✅ Etwas, das funktioniert hat
story-told-by = Erzählt von { $organisation }
story-told-about = — { $name }, erzählt von { $organisation }
story-consent-ask = 🌟 { $organisation } möchte als Erfolgsgeschichte erzählen, was aus Ihrer Idee { $idea } geworden ist, und zwar so:

    { $story }

    Sind Sie damit einverstanden? Nur wenn Sie Ja sagen, wird die Geschichte gezeigt: im Bot und auf der Webseite des Projekts.
btn-story-approve-anonymous = ✅ Ja, ohne meinen Namen
btn-story-approve-name = ✅ Ja, mit meinem Vornamen
btn-story-decline = ❌ Nein
story-approved = Vielen Dank! Die Geschichte kann jetzt gezeigt werden.
story-declined = Verstanden: Die Geschichte wird nirgends gezeigt.
story-name-invalid = ⚠️ Bitte geben Sie nur einen Vornamen an (Buchstaben, höchstens 40). Es wurde nichts geändert.
story-name-flow = 🌟 Ihr Vorname in der Geschichte
story-name-ask = Welcher Vorname soll in der Geschichte stehen?
story-name-label = Vorname
story-name-saving = Wird gespeichert …
staff-story-flow = 🌟 Eine Erfolgsgeschichte
staff-story-ask-kind = 🌟 Was für eine Geschichte ist es?
staff-story-label-kind = Art
staff-story-ask-title = Ein kurzer Titel, in einer Zeile:
staff-story-ask-body = Die Geschichte, in wenigen Sätzen. Bitte keine Kontaktdaten und keine vollständigen Namen.
staff-story-ask-sector = Um welchen Bereich geht es? (Sie können diese Frage überspringen.)
staff-story-ask-credit = Wie darf die Person genannt werden, um die es geht? Fragen Sie sie zuerst. (Bei einer Geschichte, die aus einer Idee entstanden ist, wird die Person, die die Idee geschickt hat, im Bot gefragt und entscheidet selbst.)
staff-story-label-credit = Nennung
staff-story-credit-anonymous = Ohne Namen
staff-story-credit-first-name = Nur mit dem Vornamen
staff-story-ask-first-name = Der Vorname der Person, so wie sie ihn gezeigt haben möchte:
staff-story-label-first-name = Vorname
staff-story-summary = Bitte prüfen Sie die Geschichte:
staff-story-saving = Wird gespeichert …
staff-story-preview = 👀 So werden die Menschen sie lesen. Veröffentlichen?
staff-story-preview-idea = 👀 So werden die Menschen sie lesen. Nach ✅ Veröffentlichen wird zuerst die Person, die die Idee geschickt hat, in ihrer Sprache gefragt; die Geschichte erscheint nur mit ihrem Ja.
btn-staff-story-publish = ✅ Veröffentlichen
btn-staff-story-discard = 🗑 Verwerfen
staff-story-discarded = Verworfen: Die Geschichte wird nirgends gezeigt.
staff-story-asked = Wird veröffentlicht, sobald die Person, die die Idee geschickt hat, zustimmt. Wir fragen sie gerade (Geschichte { $id }).
staff-story-published = Veröffentlicht (Geschichte { $id }): zu sehen im Bot und auf der Webseite des Projekts.
staff-story-declined-before = Die Person, die diese Idee geschickt hat, hat eine Geschichte darüber einmal abgelehnt; sie wird nicht noch einmal gefragt.
