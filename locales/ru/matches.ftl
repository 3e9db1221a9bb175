# Matching programmes: the list, each programme's card, reasons and notes, feedback.

matches-title = { $count ->
    [0] Пока мы не нашли программу, которая подходит Вам по всем ответам.
    [one] Вам подходит { $count } программа:
    [few] Вам подходят { $count } программы:
    [many] Вам подходят { $count } программ:
   *[other] Вам подходят { $count } программы:
}
matches-shown = Показано: { $shown } из { $total }.
match-card = { $n }. { $title } ({ $owner })
reason-region = ✓ в Вашем регионе: { $place }
reason-country = ✓ по всей { $country ->
        [DE] Германии
        [AT] Австрии
        [IT] Италии
        [SI] Словении
       *[other] стране
    }
reason-online = ✓ онлайн
reason-goal = ✓ { $goal }
reason-language = ✓ язык: { $language }
reason-childcare = ✓ с присмотром за детьми
reason-sector = ✓ для Вашей сферы работы
reason-stage = ✓ для Вашего этапа бизнеса
reason-finance = ✓ помощь деньгами на старт
reason-qualification = ✓ для квалификаций из-за рубежа
reason-free = ✓ бесплатно
note-status = ? только для некоторых статусов пребывания: уточните у организатора
note-work-permit = ? нужно разрешение на работу: уточните у организатора
note-qualification = ? для людей с квалификацией из-за рубежа: уточните у организатора
note-stage = ? для другого этапа бизнеса: уточните у организатора
note-childcare = ? спросите у организатора о присмотре за детьми
note-sample = ⚠️ Это пример, данные ещё не проверены.
next-steps = Часто следующий шаг: { $titles }
btn-website = 🌐 Сайт
btn-save = ⭐ Сохранить
btn-not-relevant = 👎 Не для меня
btn-more = ➡️ Ещё программы
btn-idea = 💡 У меня есть идея для лучшей программы
feedback-saved = ⭐ Сохранено. Спасибо!
feedback-not-relevant = 👍 Спасибо. Это поможет нам показывать более подходящие программы.
no-match-counselling = Бесплатно помочь со следующим шагом могут: { $country ->
        [DE] служба занятости или консультационная служба для мигрантов (MBE).
        [AT] AMS или интеграционный центр ÖIF.
        [IT] служба занятости (Centro per l'impiego) или проект SAI.
        [SI] служба занятости (ZRSZ) или офис UOIM.
       *[other] консультационная служба для мигрантов рядом с Вами.
    }
no-match-recorded = Мы отметили, что пока ничего не подходит. Так партнёры смогут планировать новые предложения.
no-match-idea = Что бы Вам помогло? Расскажите нам свою идею.
matches-none-yet = Сначала ответьте на несколько вопросов: выберите в меню 💼 Работа и обучение или 🏪 Своё дело.

lang-name-de = немецкий
lang-name-en = английский
lang-name-ar = арабский
lang-name-fa = персидский / дари
lang-name-ps = пушту
lang-name-uk = украинский
lang-name-ru = русский
lang-name-tr = турецкий
lang-name-ku = курдский (курманджи)
lang-name-ckb = курдский (сорани)
lang-name-it = итальянский
lang-name-sl = словенский
lang-name-fr = французский
