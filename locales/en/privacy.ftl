# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 What we store and why
    • Your answers to our questions, to find programmes for you. Never your name or phone number.
    • Your language and your choices about news and ideas.
    • Ideas you send. Partners see them with a code like R-7F3K, never your name or Telegram account.
    Answers you do not use are deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. /mydata sends you everything we store. /delete erases it all.
mydata-caption = 🔒 This is everything we store about you.
delete-confirm = ⚠️ Do you really want to delete everything we store about you? This cannot be undone.
delete-yes = 🗑️ Yes, delete everything
delete-no = Cancel
delete-done = 🗑️ Everything is deleted. Telegram keeps its own copy of this chat; you can clear the chat history in Telegram. Send /start to begin again.
delete-cancelled = OK, nothing was deleted.
consent-title = 🔒 Your choices. Tap one to change it:
consent-on = ✅ { $purpose }
consent-off = ❌ { $purpose }
purpose-profile = Keep answers to find programmes
purpose-announcements = News about workshops and meetings
purpose-ideas = Keep my ideas
consent-withdrawn-profile = OK. We deleted your answers and will not keep new ones.
consent-withdrawn = OK, switched off.
consent-given = OK, switched on.
stop-done = 🔕 You will get no more news. Send /consent to switch them on again.
