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
btn-menu = 🏠 Menu
btn-confirm = ✅ Looks good
btn-change = ✏️ Change: { $item }

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

summary-title = Here is what you told us:
summary-empty = You have not answered anything yet.
summary-line = { $label }: { $value }
summary-skipped = —
summary-change-which = What do you want to change?

flow-onboarding = 👋 Start
flow-jobs = 💼 Work and training
flow-self-employment = 🏪 My own business
flow-ideas = 💡 An idea for better support

menu-title = 🏠 What would you like to do?
language-title = 🌐 Which language do you want?
language-changed = ✓ Language changed. Your answers are kept.
restart-done = We start these questions again.
