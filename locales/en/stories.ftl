# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 Success stories
btn-stories-more = ➡️ More stories
btn-story-like = 🔎 More like this
stories-none = There are no success stories yet. Come back later: organisations add them as they happen.
stories-no-more = That was all for now.
stories-more = There are more stories.
story-kind-founder = 🌟 A founder's story
story-kind-pilot = 🧪 A pilot project
story-kind-measure = ✅ Something that worked
story-told-by = Told by { $organisation }
story-told-about = — { $name }, told by { $organisation }
story-consent-ask = 🌟 { $organisation } would like to tell what came of your idea { $idea } as a success story, like this:

    { $story }

    May they? Only with your yes is it shown, in the bot and on the project's website.
btn-story-approve-anonymous = ✅ Yes, without my name
btn-story-approve-name = ✅ Yes, with my first name
btn-story-decline = ❌ No
story-approved = Thank you! The story can now be shown.
story-declined = Understood: the story will not be shown anywhere.
story-name-invalid = ⚠️ Please give only a first name (letters, at most 40). Nothing was changed.
story-name-flow = 🌟 Your first name in the story
story-name-ask = Which first name should the story show?
story-name-label = First name
story-name-saving = Saving…
staff-story-flow = 🌟 A success story
staff-story-ask-kind = 🌟 What kind of story is it?
staff-story-label-kind = Kind
staff-story-ask-title = A short title, in one line:
staff-story-ask-body = The story, in a few sentences. Please no contact details or full names.
staff-story-ask-sector = Which field is it about? (You can skip this.)
staff-story-ask-credit = How may the person it is about be named? Ask them first. (For a story made from an idea, its author is asked in the bot and decides.)
staff-story-label-credit = Credit
staff-story-credit-anonymous = Without a name
staff-story-credit-first-name = With the first name only
staff-story-ask-first-name = Their first name, as they want it shown:
staff-story-label-first-name = First name
staff-story-summary = Please check the story:
staff-story-saving = Saving…
staff-story-preview = 👀 This is how people will read it. Publish it?
staff-story-preview-idea = 👀 This is how people will read it. After ✅ Publish its author is asked first, in their language; it shows only with their yes.
btn-staff-story-publish = ✅ Publish
btn-staff-story-discard = 🗑 Discard
staff-story-discarded = Discarded: the story is not shown anywhere.
staff-story-asked = Published once its author agrees: they are being asked now (story { $id }).
staff-story-published = Published (story { $id }): it shows in the bot and on the project's website.
staff-story-declined-before = The author of this idea said no to a story about it once; they are not asked again.
