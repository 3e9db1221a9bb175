# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Še nismo našli programa, ki bi ustrezal vsem vašim odgovorom.
    [one] { $count } program vam ustreza:
    [two] { $count } programa vam ustrezata:
    [few] { $count } programi vam ustrezajo:
   *[other] { $count } programov vam ustreza:
}
matches-shown = Prikazano: { $shown } od { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ v vaši regiji: { $place }
reason-country = ✓ v { $country ->
        [DE] vsej Nemčiji
        [AT] vsej Avstriji
        [IT] vsej Italiji
        [SI] vsej Sloveniji
       *[other] vsej državi
    }
reason-online = ✓ na spletu
reason-goal = ✓ { $goal }
reason-language = ✓ v jeziku: { $language }
reason-childcare = ✓ z varstvom otrok
reason-sector = ✓ ustreza vašemu področju dela
reason-stage = ✓ ustreza stopnji vašega podjetja
reason-finance = ✓ denarna pomoč za začetek
reason-qualification = ✓ za izobrazbo iz tujine
reason-free = ✓ brezplačno
note-status = ? samo za nekatere statuse prebivanja: preverite pri izvajalcu
note-work-permit = ? potrebno je delovno dovoljenje: preverite pri izvajalcu
note-qualification = ? za ljudi z izobrazbo iz tujine: preverite pri izvajalcu
note-stage = ? namenjeno drugi stopnji podjetja: preverite pri izvajalcu
note-childcare = ? o varstvu otrok vprašajte izvajalca
note-sample = ⚠️ Vzorčni podatki, še niso preverjeni.
next-steps = Pogosto naslednji korak: { $titles }
btn-website = 🌐 Spletna stran
btn-save = ⭐ Shrani
btn-not-relevant = 👎 Ni zame
btn-more = ➡️ Več programov
btn-idea = 💡 Imam idejo za boljši program
feedback-saved = ⭐ Shranjeno. Hvala!
feedback-not-relevant = 👍 Hvala. Tako vam lahko pokažemo boljše programe.
no-match-counselling = Pri naslednjem koraku vam lahko pomaga brezplačno svetovanje: { $country ->
        [DE] zavod za zaposlovanje ali svetovalnica za migrante (MBE).
        [AT] AMS ali integracijski center ÖIF.
        [IT] zavod za zaposlovanje (Centro per l'impiego) ali projekt SAI.
        [SI] zavod za zaposlovanje (ZRSZ) ali urad UOIM.
       *[other] svetovalnica za migrante v vaši bližini.
    }
no-match-recorded = Zabeležili smo, da vam še nič ne ustreza. Tako lahko partnerji načrtujejo nove ponudbe.
no-match-idea = Kaj bi vam pomagalo? Povejte nam svojo idejo.
matches-none-yet = Najprej odgovorite na nekaj vprašanj: v meniju izberite 💼 Delo in usposabljanje ali 🏪 Lastno podjetje.

lang-name-de = nemščina
lang-name-en = angleščina
lang-name-ar = arabščina
lang-name-fa = perzijščina / dari
lang-name-ps = paštu
lang-name-uk = ukrajinščina
lang-name-ru = ruščina
lang-name-tr = turščina
lang-name-ku = kurdščina (kurmandži)
lang-name-ckb = kurdščina (sorani)
lang-name-it = italijanščina
lang-name-sl = slovenščina
lang-name-fr = francoščina
