# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Frage { $n } von { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Übersprungen
multi-selected = { $count ->
    [0] Noch nichts ausgewählt.
    [one] { $count } ausgewählt. Wenn Sie fertig sind, tippen Sie auf ✅ Fertig.
   *[other] { $count } ausgewählt. Wenn Sie fertig sind, tippen Sie auf ✅ Fertig.
}
multi-instructions = Tippen Sie auf alles, was passt. Dann auf ✅ Fertig.

btn-back = ⬅️ Zurück
btn-skip = ⏭️ Überspringen
btn-why = 🔒 Warum fragen wir?
btn-done = ✅ Fertig
btn-language = 🌐 Sprache
btn-confirm = ✅ Alles richtig
btn-change = ✏️ Ändern: { $item }
btn-wrong-age = ↩️ Ich habe das falsche Alter gewählt

hint-choice = Bitte tippen Sie auf einen der Knöpfe.
hint-multi = Bitte tippen Sie auf die Knöpfe, die passen. Dann auf ✅ Fertig.
hint-text-short = Das ist etwas kurz. Bitte schreiben Sie mindestens { $min } Zeichen.
hint-text-long = Das ist zu lang. Bitte schreiben Sie höchstens { $max } Zeichen.
hint-text-pattern = Das sieht nicht richtig aus. Bitte versuchen Sie es noch einmal.
hint-text-empty = Bitte schreiben Sie Ihre Antwort als Nachricht.
hint-number = Bitte senden Sie eine Zahl von { $min } bis { $max }.
hint-not-text = Bitte antworten Sie mit Text oder mit einem Knopf. Wir speichern keine Fotos, Sprachnachrichten oder Dateien.
stuck-help = Das klappt gerade nicht. Nutzen Sie die Knöpfe, gehen Sie ⬅️ zurück oder senden Sie /help.

stale-button = Dieser Knopf gehört zu einer früheren Frage. Hier ist die aktuelle Frage.
flow-changed = Wir haben diese Fragen geändert, seit Sie angefangen haben. Wir beginnen diesen Teil noch einmal. Ihre anderen Antworten bleiben gespeichert.
no-back = Das ist die erste Frage.
cannot-skip = Diese Frage kann man nicht überspringen.
error-try-again = 😔 Entschuldigung, bei uns ist etwas schiefgegangen. Ihre Antworten bleiben erhalten. Bitte versuchen Sie es in einer Minute noch einmal.

summary-title = Das haben Sie uns gesagt:
summary-line = { $label }: { $value }
summary-skipped = —

flow-onboarding = 👋 Beginn
flow-jobs = 💼 Arbeit und Ausbildung
flow-self-employment = 🏪 Mein eigenes Geschäft
flow-ideas = 💡 Eine Idee für bessere Hilfe

menu-title = 🏠 Was möchten Sie tun?
language-title = 🌐 Welche Sprache möchten Sie?
language-changed = ✓ Sprache geändert. Ihre Antworten bleiben gespeichert.
restart-done = Wir beginnen diese Fragen noch einmal.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
