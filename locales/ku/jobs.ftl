# Questions about work, training and qualifications.

q-allowed-to-work = Niha destûra we heye ku hûn bixebitin?
why-allowed-to-work = Hin bername tenê ji bo kesên xwedî destûra kar in. Bersiva we tenê diyar dike ka em kîjan bernameyan nîşan didin. Hûn dikarin vê pirsê derbas bikin.
q-status = Rewşa we ya îqametê çi ye?
why-status = Hin bername tenê ji bo hin koman in. Em qet li ser rewşa we ya qanûnî biryarê nadin: ji bo vê, ji navendeke şêwirdariyê bipirsin. Hûn dikarin vê pirsê derbas bikin.
q-host-language = 🗣️ Hûn çiqas baş bi { $country ->
        [DE] Almanî
        [AT] Almanî
        [IT] Îtalî
        [SI] Slovenî
       *[other] zimanê vî welatî
    } diaxivin?
q-other-languages = 🗣️ Hûn bi kîjan zimanên din diaxivin?
q-education = 🎓 Xwendina we ya herî bilind çi ye?
q-foreign-qualification = 📄 Bawername an dîplomayeke we ya ji welatekî din heye?
q-qualification-documents = 📄 Ji bo wê belgeyên we hene (sertîfîka, dîploma)?
q-sector = 💼 Hûn di kîjan waran de xebitîne an dixwazin bixebitin?
q-experience = 💼 Ezmûna we ya kar çend sal e?
q-availability = Hûn kengê dikarin bixebitin an hîn bibin?
q-childcare = Ji bo ku hûn beşdarî kursekê an karekî bibin, hewcedariya we bi lênêrîna zarokan heye?
why-childcare = Hin kurs lênêrîna zarokan pêşkêş dikin. Em tenê dipirsin da ku wan nîşanî we bidin. Em li ser zarokên we pirsan nakin.
q-women-only = Hûn dixwazin bernameyên tenê ji bo jinan bibînin?
why-women-only = Hin bername tenê ji bo jinan in. Her kes dikare wan bibîne; bername bi xwe biryar dide ka kî beşdar dibe.
jobs-done = Spas! Em li bernameyên ku li gorî we ne digerin.

label-allowed-to-work = Destûra kar
label-status = Rewşa îqametê
label-host-language = 🗣️ Zimanê welêt
label-other-languages = 🗣️ Zimanên din
label-education = 🎓 Xwendin
label-foreign-qualification = 📄 Bawername ji derve
label-qualification-documents = 📄 Belge
label-sector = 💼 War
label-experience = 💼 Ezmûn
label-availability = Dem
label-childcare = Lênêrîna zarokan
label-women-only = Tenê ji bo jinan

opt-status-asylum-seeker = Penaxwaz (li benda biryarê)
opt-status-refugee = Penaberê pejirandî
opt-status-subsidiary = Parastina duyemîn
opt-status-temporary = Parastina demkî (Ukrayna)
opt-status-humanitarian = Parastina mirovî an taybet
opt-status-tolerated = Paşxistina dersînorkirinê (Duldung)
opt-status-other = Destûrnameyeke din

opt-level-none = Hîn na
opt-level-a-little = Hinekî (A1–A2)
opt-level-everyday = Axaftina rojane (B1)
opt-level-good = Baş (B2)
opt-level-fluent = Gelek baş (C1–C2)

opt-lang-ar = Erebî
opt-lang-fa = Farisî / Derî
opt-lang-ps = Peştûyî
opt-lang-uk = Ukraynî
opt-lang-ru = Rûsî
opt-lang-tr = Tirkî
opt-lang-ku = Kurdî
opt-lang-en = Îngilîzî
opt-lang-fr = Fransî
opt-lang-other = Zimanekî din

opt-edu-none = Neçûme dibistanê
opt-edu-primary = Dibistana seretayî
opt-edu-secondary = Dibistana navîn an lîse
opt-edu-vocational = Perwerdehiya pîşeyî
opt-edu-university = Zanîngeh

opt-docs-yes = Erê, hemû
opt-docs-some = Hin
opt-docs-none = Belge tune

opt-sector-care = Lênêrîn û tenduristî
opt-sector-construction = Avahîsazî
opt-sector-crafts = Hostetî û destkarî
opt-sector-it = Komputer û teknolojiya agahiyê
opt-sector-hospitality = Otêl û xwaringeh
opt-sector-retail = Dikan û bazirganî
opt-sector-transport = Veguhastin û gihandin
opt-sector-education = Mamostetî û lênêrîna zarokan
opt-sector-agriculture = Çandinî
opt-sector-office = Karê nivîsgehê
opt-sector-beauty = Porçêkirin û bedewî
opt-sector-other = Tiştekî din

opt-exp-none = Tune
opt-exp-under-2 = Kêmtir ji 2 salan
opt-exp-2-5 = Ji 2 heta 5 salan
opt-exp-over-5 = Zêdetir ji 5 salan

opt-avail-full = Tevahiya rojê
opt-avail-part = Beşek ji rojê
opt-avail-evenings = Êvaran an dawiya hefteyê
opt-avail-not-yet = Hîn na
