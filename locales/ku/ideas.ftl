# An idea for a new support measure.

idea-intro = 💡 Ramana we dikare bibe alîkar ku piştgirî baştir bibe. Rêxistinên hevkar wê bê navê we dixwînin û dikarin ji we re bibêjin ka çi jê derket.
q-idea-topic = 💡 Ramana we li ser çi ye?
q-idea-problem = 💡 Pirsgirêk çi ye? Bi çend peyvan binivîsin.
    Ji kerema xwe nav an hejmarên telefonê nenivîsin.
q-idea-text = 💡 Ramana we çi ye? Bi gotinên xwe binivîsin.
    Ji kerema xwe nav an hejmarên telefonê nenivîsin.
q-idea-beneficiaries = 💡 Ew ê alîkariya kê bike?
q-idea-contact = 💡 Gelo rêxistinên hevkar dikarin li vir, di botê de, bersiva we bidin?
q-idea-public = 🌐 Piştî ku rêxistinek bersiva ramana we da, gelo nivîsa ramana we dikare li ser malpera giştî ya projeyê bê nîşandan? Navê we qet nayê nîşandan. Heke hûn vê pirsê derbas bikin, nivîs nayê nîşandan.
idea-done = Spas ji bo ramana we! 💡 Hevkar wê bixwînin. Em ê li vir ji we re bibêjin ka çi jê derket.

label-idea-topic = 💡 Mijar
label-idea-problem = 💡 Pirsgirêk
label-idea-text = 💡 Raman
label-idea-beneficiaries = 💡 Alîkariya kê dike
label-idea-contact = 💡 Bersiv bi rêya botê
label-idea-public = 🌐 Nîşandana giştî

opt-topic-jobs = 💼 Kar
opt-topic-training = 🎓 Perwerdehiya pîşeyî
opt-topic-language = 🗣️ Kursên zimên
opt-topic-recognition = 📄 Pejirandina dîploma û bawernameyan
opt-topic-business = 🏪 Vekirina karê xwe
opt-topic-childcare = Lênêrîna zarokan
opt-topic-other = Tiştekî din

opt-benefit-everyone = Her kes
opt-benefit-women = Jin
opt-benefit-young = Ciwan
opt-benefit-families = Malbat
opt-benefit-newcomers = Kesên ku nû hatine
opt-benefit-qualified = Kesên xwedî pîşe an dîploma
opt-benefit-founders = Kesên ku karê xwe vedikin
idea-no-consent = Baş e, em tiştekî tomar nakin. Hûn dikarin vê her dem bi /consent biguherînin.
