# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Question { $n } of { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Skipped
multi-selected = { $count ->
    [0] Nothing chosen yet.
    [one] { $count } chosen. Tap ✅ Done when ready.
   *[other] { $count } chosen. Tap ✅ Done when ready.
}
multi-instructions = Tap all that fit, then ✅ Done.

btn-back = ⬅️ Back
btn-skip = ⏭️ Skip
btn-why = 🔒 Why do we ask?
btn-done = ✅ Done
btn-language = 🌐 Language
btn-confirm = ✅ Looks good
btn-change = ✏️ Change: { $item }
# Under the "you are under 16" message: lets someone who tapped the wrong age choose again.
btn-wrong-age = ↩️ I tapped the wrong age

hint-choice = Please tap one of the buttons.
hint-multi = Please tap the buttons that fit, then ✅ Done.
hint-text-short = That is a bit short. Please write at least { $min } characters.
hint-text-long = That is too long. Please write at most { $max } characters.
hint-text-pattern = That does not look right. Please try again.
hint-text-empty = Please write your answer as a message.
hint-number = Please send a number from { $min } to { $max }.
hint-not-text = Please answer with text or a button. We do not keep photos, voice or files.
stuck-help = It seems this is not working. Use the buttons, ⬅️ go back, or send /help.

stale-button = That button belongs to an earlier question. Here is the current one.
flow-changed = We changed these questions since you started. Let's start this part again; your other answers are kept.
no-back = This is the first question.
cannot-skip = This question cannot be skipped.
# Shown when something failed on our side (database down, a bug); nothing the user did is lost.
error-try-again = 😔 Sorry, something went wrong on our side. Your answers are safe. Please try again in a minute.

summary-title = Here is what you told us:
summary-line = { $label }: { $value }
summary-skipped = —

flow-onboarding = 👋 Start
flow-jobs = 💼 Work and training
flow-self-employment = 🏪 My own business
flow-ideas = 💡 An idea for better support

menu-title = 🏠 What would you like to do?
language-title = 🌐 Which language do you want?
language-changed = ✓ Language changed. Your answers are kept.
restart-done = We start these questions again.

# Separator between items of a list, e.g. "Arabic, German". A string literal keeps the space.
list-separator = {", "}
# Separator between the parts of a one-line summary, e.g. "Question 2 of 9 · Which region?"
part-separator = {" · "}
# A chosen answer on a button ("✓ Berlin").
mark-chosen = ✓ { $label }
# A ticked answer of a question with several answers ("☑️ German").
mark-ticked = ☑️ { $label }
