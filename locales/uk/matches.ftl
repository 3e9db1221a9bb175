# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Поки що ми не знайшли програми, яка підходить Вам за всіма відповідями.
    [one] Вам підходить { $count } програма:
    [few] Вам підходять { $count } програми:
    [many] Вам підходять { $count } програм:
   *[other] Вам підходять { $count } програми:
}
matches-shown = Показано: { $shown } з { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ у Вашому регіоні: { $place }
reason-country = ✓ по всій { $country ->
        [DE] Німеччині
        [AT] Австрії
        [IT] Італії
        [SI] Словенії
       *[other] країні
    }
reason-online = ✓ онлайн
reason-goal = ✓ { $goal }
reason-language = ✓ мова: { $language }
reason-childcare = ✓ з доглядом за дітьми
reason-sector = ✓ для Вашої сфери роботи
reason-stage = ✓ для Вашого етапу бізнесу
reason-finance = ✓ допомога грошима на старт
reason-qualification = ✓ для кваліфікацій з-за кордону
reason-free = ✓ безкоштовно
note-status = ? лише для деяких статусів перебування: уточніть в організатора
note-work-permit = ? потрібен дозвіл на роботу: уточніть в організатора
note-qualification = ? для людей із кваліфікацією з-за кордону: уточніть в організатора
note-stage = ? для іншого етапу бізнесу: уточніть в організатора
note-childcare = ? запитайте в організатора про догляд за дітьми
note-sample = ⚠️ Це приклад, дані ще не перевірені.
next-steps = Часто наступний крок: { $titles }
btn-website = 🌐 Сайт
btn-save = ⭐ Зберегти
btn-not-relevant = 👎 Не для мене
btn-more = ➡️ Більше програм
btn-idea = 💡 У мене є ідея кращої програми
feedback-saved = ⭐ Збережено. Дякуємо!
feedback-not-relevant = 👍 Дякуємо. Це допоможе нам показувати кращі програми.
no-match-counselling = Безкоштовно допомогти з наступним кроком можуть: { $country ->
        [DE] служба зайнятості або консультаційна служба для мігрантів (MBE).
        [AT] AMS або інтеграційний центр ÖIF.
        [IT] служба зайнятості (Centro per l'impiego) або проєкт SAI.
        [SI] служба зайнятості (ZRSZ) або офіс UOIM.
       *[other] консультаційна служба для мігрантів поруч із Вами.
    }
no-match-recorded = Ми записали, що поки нічого не підходить. Так партнери зможуть планувати нові пропозиції.
no-match-idea = Що б Вам допомогло? Розкажіть нам свою ідею.
matches-none-yet = Спершу дайте відповідь на кілька питань: виберіть у меню 💼 Робота й навчання або 🏪 Власна справа.

lang-name-de = німецька
lang-name-en = англійська
lang-name-ar = арабська
lang-name-fa = перська / дарі
lang-name-ps = пушту
lang-name-uk = українська
lang-name-ru = російська
lang-name-tr = турецька
lang-name-ku = курдська (курманджі)
lang-name-ckb = курдська (сорані)
lang-name-it = італійська
lang-name-sl = словенська
lang-name-fr = французька
