# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Çîrokên serkeftinê
btn-stories-more = ➡️ Çîrokên din
btn-story-like = 🔎 Yên wek vê
stories-none = Hîn çîrokên serkeftinê tune ne. Paşê dîsa lê binêrin: gava ku tiştek bi ser dikeve, rêxistin çîrokan lê zêde dikin.
stories-no-more = Ji bo niha hemû ev bû.
stories-more = Çîrokên din jî hene.
story-kind-founder = 🌟 Çîroka kesekî ku karê xwe vekir
story-kind-pilot = 🧪 Projeyeke pîlot
story-kind-measure = ✅ Tiştekî ku bi kêr hat
story-told-by = Ji aliyê { $organisation } ve hatiye vegotin
story-told-about = — { $name }, ji aliyê { $organisation } ve hatiye vegotin
story-consent-ask = 🌟 { $organisation } dixwaze wek çîrokeke serkeftinê vebêje ka ji ramana we { $idea } çi derket, bi vî awayî:

    { $story }

    Hûn destûrê didin? Heta ku hûn “erê” nebêjin, ev çîrok li tu derê nayê nîşandan. Heke hûn qebûl bikin, ew ê di botê de û li ser malpera projeyê xuya bibe.
btn-story-approve-anonymous = ✅ Erê, bê navê min
btn-story-approve-name = ✅ Erê, bi navê min
btn-story-decline = ❌ Na
story-approved = Spas! Niha çîrok dikare bê nîşandan.
story-declined = Baş e: çîrok li tu derê nayê nîşandan.
story-name-invalid = ⚠️ Ji kerema xwe tenê navê xwe binivîsin (tenê tîp, herî zêde 40). Tiştek nehat guhertin.
story-name-flow = 🌟 Navê we di çîrokê de
story-name-ask = Kîjan nav di çîrokê de xuya bibe?
story-name-label = Nav
story-name-saving = Tê tomarkirin…
staff-story-flow = 🌟 Çîrokeke serkeftinê
staff-story-ask-kind = 🌟 Ev çi cure çîrok e?
staff-story-label-kind = Cure
staff-story-ask-title = Sernavekî kurt, di rêzekê de:
staff-story-ask-body = Çîrok, bi çend hevokan. Ji kerema xwe agahiyên têkiliyê an navên tevahî nenivîsin.
staff-story-ask-sector = Li ser kîjan warî ye? (Hûn dikarin vê pirsê derbas bikin.)
staff-story-ask-credit = Kesê di çîrokê de çawa dikare bê binavkirin? Pêşî ji wî kesî bipirsin. (Ji bo çîrokeke ku ji ramanekê hatiye çêkirin, di botê de ji xwediyê ramanê tê pirsîn û ew bi xwe biryarê dide.)
staff-story-label-credit = Nav di çîrokê de
staff-story-credit-anonymous = Bê nav
staff-story-credit-first-name = Tenê bi navê pêşîn
staff-story-ask-first-name = Navê pêşîn ê wî kesî, wek ku ew dixwaze xuya bibe:
staff-story-label-first-name = Navê pêşîn
staff-story-summary = Ji kerema xwe çîrokê kontrol bikin:
staff-story-saving = Tê tomarkirin…
staff-story-preview = 👀 Mirov wê bi vî awayî dixwînin. Bila bê weşandin?
staff-story-preview-idea = 👀 Mirov wê bi vî awayî dixwînin. Piştî ✅ Biweşîne, pêşî bi zimanê xwediyê ramanê jê tê pirsîn; çîrok tenê heke ew erê bibêje xuya dibe.
btn-staff-story-publish = ✅ Biweşîne
btn-staff-story-discard = 🗑 Jê bibe
staff-story-discarded = Hat jêbirin: çîrok li tu derê nayê nîşandan.
staff-story-asked = Gava ku xwediyê ramanê qebûl bike, ew ê bê weşandin: niha jê tê pirsîn (çîrok { $id }).
staff-story-published = Hat weşandin (çîrok { $id }): ew di botê de û li ser malpera projeyê xuya dibe.
staff-story-declined-before = Xwediyê vê ramanê carekê ji bo çîrokeke li ser wê got na; careke din jê nayê pirsîn.
