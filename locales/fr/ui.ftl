# Texts around the questions: buttons, progress, hints, menus and help.
# Emoji are anchors and stay the same in every language:
# 💼 job · 🎓 training · 🗣️ language course · 📄 recognition · 🏪 own business · 💡 idea · 📍 region · 🔒 privacy

progress = Question { $n } sur { $total }
echo-answer = ✓ { $answer }
echo-skipped = ⏭️ Question passée
multi-selected = { $count ->
    [0] Rien n'est encore choisi.
    [one] { $count } choix. Appuyez sur ✅ Terminé quand vous avez fini.
    [many] { $count } de choix. Appuyez sur ✅ Terminé quand vous avez fini.
   *[other] { $count } choix. Appuyez sur ✅ Terminé quand vous avez fini.
}
multi-instructions = Appuyez sur toutes les réponses qui conviennent, puis sur ✅ Terminé.

btn-back = ⬅️ Retour
btn-skip = ⏭️ Passer
btn-why = 🔒 Pourquoi cette question ?
btn-done = ✅ Terminé
btn-language = 🌐 Langue
btn-confirm = ✅ C'est bon
btn-change = ✏️ Changer : { $item }
btn-wrong-age = ↩️ J'ai choisi le mauvais âge

hint-choice = Appuyez sur un des boutons, s'il vous plaît.
hint-multi = Appuyez sur les boutons qui conviennent, puis sur ✅ Terminé.
hint-text-short = C'est un peu court. Écrivez au moins { $min } caractères, s'il vous plaît.
hint-text-long = C'est trop long. Écrivez au maximum { $max } caractères, s'il vous plaît.
hint-text-pattern = Cela ne semble pas correct. Essayez encore, s'il vous plaît.
hint-text-empty = Écrivez votre réponse dans un message, s'il vous plaît.
hint-number = Envoyez un nombre de { $min } à { $max }, s'il vous plaît.
hint-not-text = Répondez avec du texte ou un bouton, s'il vous plaît. Nous ne gardons pas les photos, les messages vocaux ni les fichiers.
stuck-help = On dirait que ça ne marche pas. Utilisez les boutons, ⬅️ revenez en arrière, ou envoyez /help.

stale-button = Ce bouton est pour une question d'avant. Voici la question actuelle.
flow-changed = Nous avons changé ces questions depuis que vous avez commencé. Recommençons cette partie ; vos autres réponses sont gardées.
no-back = C'est la première question.
cannot-skip = On ne peut pas passer cette question.
error-try-again = 😔 Désolés, un problème est survenu de notre côté. Vos réponses ne sont pas perdues. Réessayez dans une minute, s'il vous plaît.

summary-title = Voici ce que vous nous avez dit :
summary-line = { $label } : { $value }
summary-skipped = —

flow-onboarding = 👋 Début
flow-jobs = 💼 Travail et formation
flow-self-employment = 🏪 Mon entreprise
flow-ideas = 💡 Une idée pour un meilleur soutien

menu-title = 🏠 Que voulez-vous faire ?
language-title = 🌐 Quelle langue voulez-vous ?
language-changed = ✓ Langue changée. Vos réponses sont gardées.
restart-done = Nous recommençons ces questions.

list-separator = {", "}
part-separator = {" · "}
mark-chosen = ✓ { $label }
mark-ticked = ☑️ { $label }
