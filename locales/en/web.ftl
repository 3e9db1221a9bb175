# The public page for the project's website (/ and /<locale>/): who the bot is for, upcoming
# workshops and salons, success stories, what came of ideas, the open feeds. Read by anyone,
# without an account; the page reuses the announcement card's texts (ann-*) for events.
web-title = sifor: ways into work for refugees
web-intro = sifor is a Telegram bot that helps refugees in Berlin, Vienna, Veneto, Emilia-Romagna and Ljubljana find jobs, training, language courses, the recognition of their qualifications and support for starting a business, in their own language. Refugees also send it ideas for better support; here you see what came of them.
web-talk = 💬 Talk to the bot in Telegram
web-talk-soon = The link to the bot in Telegram will be here soon.
web-languages = Languages
web-events-title = 🗓️ Upcoming workshops and salons
web-events-none = No workshops or salons are planned right now.
web-events-calendar = 📅 Add all workshops and salons to your calendar
web-stories-title = 🌱 Success stories
web-stories-none = No stories have been published yet.
web-story-told-by = Told by { $organisation }
web-ideas-title = 💡 What came of refugees' ideas
web-ideas-intro = Refugees send the bot ideas for better support. Partner organisations review them and tell the authors what happens next.
web-ideas-none = No ideas have been sent yet.
web-idea-problem = The problem:
web-idea-text = The idea:
web-place-not-given = place not given
web-counts-note = Numbers under 5 are shown as “<5”, so that no one can be recognised.
web-feeds-title = For websites
web-feeds-intro = Everything on this page is also available as open feeds to show on your own website.
web-feed-events = Workshops and salons (JSON)
web-feed-stories = Success stories (JSON)
web-feed-atom = Success stories (Atom, for feed readers)
web-feed-ideas = What came of ideas (JSON)
web-feed-stats = Numbers: people, ideas, unmet needs (JSON)
web-privacy = No cookies, no tracking. This page shows only what the people concerned agreed to make public.
web-not-found = This page does not exist.
web-home = Go to the start page
