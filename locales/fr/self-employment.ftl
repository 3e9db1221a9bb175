# Questions about starting or restarting a business.

q-business-stage = 🏪 Où en est votre entreprise ?
q-business-sector = 🏪 Dans quel domaine est votre entreprise ?
q-team-size = 🏪 Combien de personnes vont y travailler, avec vous ? Envoyez un nombre.
hint-team-size = Envoyez un nombre de { $min } à { $max }, s'il vous plaît. Par exemple 1 si personne ne travaille avec vous.
q-allowed-self-employed = Avez-vous le droit d'avoir votre propre entreprise ici ?
why-allowed-self-employed = Pendant une demande d'asile, tout le monde n'a pas le droit d'avoir une entreprise. Nous utilisons cette réponse seulement pour montrer les bons programmes, par exemple des cours que vous pouvez suivre maintenant. Vous pouvez passer cette question.
q-needs-finance = Avez-vous besoin d'argent pour commencer, par exemple un petit prêt ?
why-needs-finance = Certains programmes donnent de petits prêts ou des garanties. Nous ne demandons jamais vos revenus ni vos dettes.
business-done = Merci ! Nous cherchons des programmes pour votre entreprise.

label-business-stage = 🏪 Étape
label-business-sector = 🏪 Domaine
label-team-size = 🏪 Personnes
label-allowed-self-employed = Droit d'avoir une entreprise
label-needs-finance = Besoin d'argent pour commencer

opt-stage-idea = 💡 Juste une idée
opt-stage-plan = J'ai un plan écrit
opt-stage-registered = Entreprise déjà enregistrée ici
opt-stage-had-business = J'avais une entreprise dans mon pays d'origine
