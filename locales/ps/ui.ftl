# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = پوښتنه { $n } له { $total }
echo-answer = ؜✓ { $answer }
echo-skipped = ⏭️ پرېښودل شوه
multi-selected = { $count ->
    [0] تر اوسه هېڅ نه دي ټاکل شوي.
    [one] { $count } ټاکل شوی. کله چې چمتو شوئ، ✅ بشپړ کېکاږئ.
   *[other] { $count } ټاکل شوي. کله چې چمتو شوئ، ✅ بشپړ کېکاږئ.
}
multi-instructions = ټول هغه څه کېکاږئ چې درسره برابر دي، بیا ✅ بشپړ.

btn-back = ⬅️ شاته
btn-skip = ⏭️ پرېښودل
btn-why = 🔒 ولې پوښتنه کوو؟
btn-done = ✅ بشپړ
btn-language = 🌐 ژبه
btn-confirm = ✅ سم دی
btn-change = ✏️ بدلول: { $item }
btn-wrong-age = ↩️ ما غلط عمر وټاکه

hint-choice = مهرباني وکړئ پر یوې تڼۍ کېکاږئ.
hint-multi = مهرباني وکړئ هغه تڼۍ کېکاږئ چې درسره برابرې دي، بیا ✅ بشپړ.
hint-text-short = دا لږ لنډ دی. مهرباني وکړئ لږ تر لږه { $min } توري ولیکئ.
hint-text-long = دا ډېر اوږد دی. مهرباني وکړئ له { $max } تورو زیات مه لیکئ.
hint-text-pattern = دا سم نه ښکاري. مهرباني وکړئ بیا هڅه وکړئ.
hint-text-empty = مهرباني وکړئ خپل ځواب د پیغام په توګه ولیکئ.
hint-number = مهرباني وکړئ له { $min } تر { $max } پورې یوه شمېره واستوئ.
hint-not-text = مهرباني وکړئ په لیکلو یا په تڼۍ ځواب ورکړئ. موږ انځورونه، غږ یا فایلونه نه ساتو.
stuck-help = داسې ښکاري چې دا کار نه کوي. تڼۍ وکاروئ، ⬅️ شاته لاړ شئ، یا /help واستوئ.

stale-button = دا تڼۍ د یوې مخکینۍ پوښتنې ده. اوسنۍ پوښتنه دا ده.
flow-changed = تاسو چې پیل کړی و، له هغه وروسته موږ دا پوښتنې بدلې کړې. راځئ دا برخه بیا پیل کړو؛ ستاسو نور ځوابونه ساتل شوي دي.
no-back = دا لومړۍ پوښتنه ده.
cannot-skip = دا پوښتنه نشي پرېښودل کېدای.
error-try-again = 😔 بښنه غواړو، زموږ له خوا یوه ستونزه رامنځته شوه. ستاسو ځوابونه خوندي دي. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.

summary-title = دا هغه څه دي چې تاسو موږ ته وویل:
summary-line = ؜{ $label }: { $value }
summary-skipped = ؜—

flow-onboarding = 👋 پیل
flow-jobs = 💼 کار او زده کړه
flow-self-employment = 🏪 زما خپل کاروبار
flow-ideas = 💡 د ښه ملاتړ لپاره یو نظر

menu-title = 🏠 څه کول غواړئ؟
language-title = 🌐 کومه ژبه غواړئ؟
language-changed = ✓ ژبه بدله شوه. ستاسو ځوابونه ساتل شوي دي.
restart-done = دا پوښتنې له سره پیلوو.

list-separator = {"، "}
part-separator = {" · "}
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
mark-chosen = ؜✓ { $label }
mark-ticked = ؜☑️ { $label }
