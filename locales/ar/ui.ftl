# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = السؤال { $n } من { $total }
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
echo-answer = ؜✓ { $answer }
echo-skipped = ⏭️ تم التخطي
multi-selected = { $count ->
    [0] لم يتم اختيار أي شيء بعد.
    [zero] لم يتم اختيار أي شيء بعد.
    [one] تم اختيار خيار واحد. عند الانتهاء يُرجى الضغط على ✅ تم.
    [two] تم اختيار خيارين. عند الانتهاء يُرجى الضغط على ✅ تم.
    [few] تم اختيار { $count } خيارات. عند الانتهاء يُرجى الضغط على ✅ تم.
    [many] تم اختيار { $count } خيارًا. عند الانتهاء يُرجى الضغط على ✅ تم.
   *[other] تم اختيار { $count } خيار. عند الانتهاء يُرجى الضغط على ✅ تم.
}
multi-instructions = يمكنك الضغط على كل ما يناسبك، ثم على ✅ تم.

btn-back = ⬅️ رجوع
btn-skip = ⏭️ تخطي
btn-why = 🔒 لماذا نسأل؟
btn-done = ✅ تم
btn-language = 🌐 اللغة
btn-confirm = ✅ كل شيء صحيح
btn-change = ✏️ تغيير: { $item }
btn-wrong-age = ↩️ ضغطتُ على عمر خاطئ

hint-choice = يُرجى الضغط على أحد الأزرار.
hint-multi = يُرجى الضغط على الأزرار المناسبة، ثم على ✅ تم.
hint-text-short = هذا قصير قليلًا. يجب أن يكون عدد الحروف { $min } على الأقل.
hint-text-long = هذا طويل جدًا. يجب ألّا يزيد عدد الحروف على { $max }.
hint-text-pattern = هذا لا يبدو صحيحًا. يُرجى المحاولة من جديد.
hint-text-empty = يُرجى كتابة إجابتك في رسالة.
hint-number = يُرجى إرسال رقم من { $min } إلى { $max }.
hint-not-text = يُرجى الإجابة بنص أو بزر. لا نحفظ الصور أو الرسائل الصوتية أو الملفات.
stuck-help = يبدو أن هذا لا ينجح. يمكنك استخدام الأزرار، أو ⬅️ الرجوع، أو إرسال /help.

stale-button = هذا الزر من سؤال سابق. هذا هو السؤال الحالي.
flow-changed = غيّرنا هذه الأسئلة بعد أن بدأت. لنبدأ هذا الجزء من جديد؛ إجاباتك الأخرى محفوظة.
no-back = هذا هو السؤال الأول.
cannot-skip = لا يمكن تخطي هذا السؤال.
error-try-again = 😔 عذرًا، حدث خطأ من جهتنا. إجاباتك محفوظة. يُرجى المحاولة من جديد بعد دقيقة.

summary-title = هذا ما أخبرتنا به:
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
summary-line = ؜{ $label }: { $value }
summary-skipped = — تم التخطي

flow-onboarding = 👋 البداية
flow-jobs = 💼 العمل والتدريب
flow-self-employment = 🏪 مشروعي الخاص
flow-ideas = 💡 فكرة لدعم أفضل

menu-title = 🏠 كيف يمكننا مساعدتك؟
language-title = 🌐 أي لغة تناسبك؟
language-changed = ✓ تم تغيير اللغة. إجاباتك محفوظة.
restart-done = نبدأ هذه الأسئلة من جديد.

list-separator = {"، "}
part-separator = {" · "}
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
mark-chosen = ؜✓ { $label }
mark-ticked = ؜☑️ { $label }
