# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] We found no programme that fits all your answers yet.
    [one] 1 programme fits you:
   *[other] { $count } programmes fit you:
}
matches-shown = Shown: { $shown } of { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ in { $place }
reason-country = ✓ in all of { $country ->
        [DE] Germany
        [AT] Austria
        [IT] Italy
        [SI] Slovenia
       *[other] the country
    }
reason-online = ✓ online
reason-goal = ✓ { $goal }
reason-language = ✓ offered in { $language }
reason-childcare = ✓ with childcare
reason-sector = ✓ fits your work area
reason-stage = ✓ fits your business stage
reason-finance = ✓ help with money to start
reason-qualification = ✓ for qualifications from abroad
reason-free = ✓ free
note-status = ? only for some residence statuses: check with the provider
note-work-permit = ? needs a work permit: check with the provider
note-qualification = ? for people with a qualification from abroad: check with the provider
note-stage = ? meant for another business stage: check with the provider
note-childcare = ? ask the provider about childcare
note-sample = ⚠️ Example data, not checked yet.
next-steps = Often next: { $titles }
btn-website = 🌐 Website
btn-save = ⭐ Save
btn-not-relevant = 👎 Not for me
btn-more = ➡️ More programmes
btn-idea = 💡 I have an idea for a better programme
feedback-saved = ⭐ Saved. Thank you!
feedback-not-relevant = 👍 Thank you. This helps us show better programmes.
no-match-counselling = Free counselling can help you with the next step: { $country ->
        [DE] the job centre or a migration counselling service (MBE).
        [AT] the AMS or an integration centre of the ÖIF.
        [IT] the job centre (Centro per l'impiego) or a SAI project.
        [SI] the employment service (ZRSZ) or the UOIM office.
       *[other] a migration counselling service near you.
    }
no-match-recorded = We noted that nothing fits yet, so that partners can plan new offers.
no-match-idea = What would help you? Tell us your idea.
matches-none-yet = First answer a few questions: choose 💼 Work and training or 🏪 My own business in the menu.

lang-name-de = German
lang-name-en = English
lang-name-ar = Arabic
lang-name-fa = Persian / Dari
lang-name-ps = Pashto
lang-name-uk = Ukrainian
lang-name-ru = Russian
lang-name-tr = Turkish
lang-name-ku = Kurdish (Kurmanji)
lang-name-ckb = Kurdish (Sorani)
lang-name-it = Italian
lang-name-sl = Slovenian
lang-name-fr = French
