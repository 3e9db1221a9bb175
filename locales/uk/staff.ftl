## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = координатор
staff-role-partner = організація-партнер
staff-role-admin = адміністратор
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = вся { $country }
staff-invite-offer = 🔑 Запрошуємо Вас долучитися до роботи sifor у ролі «{ $role }». Зона відповідальності: { $regions }.
    У команді Ви бачите псевдоніми й цифри, але ніколи — хто за ними стоїть. Прийняти запрошення?
staff-invite-offer-org = 🔑 Запрошуємо Вас долучитися до роботи sifor у ролі «{ $role }» ({ $organisation }). Зона відповідальності: { $regions }.
    У команді Ви бачите псевдоніми й цифри, але ніколи — хто за ними стоїть. Прийняти запрошення?
btn-staff-accept = ✅ Прийняти
btn-staff-decline = ❌ Ні, дякую
staff-welcome = ✅ Вітаємо! Тепер у Вас роль «{ $role }». Зона відповідальності: { $regions }. Ваші робочі команди — у меню; /myrole показує Вашу роль.
staff-declined = Добре. Нічого не змінилося.
staff-invite-gone = Цим запрошенням більше не можна скористатися. Нічого не змінилося.
staff-myrole = У Вас роль «{ $role }». Зона відповідальності: { $regions }. Ваш псевдонім: { $pseudonym }
staff-myrole-org = У Вас роль «{ $role }» ({ $organisation }). Зона відповідальності: { $regions }. Ваш псевдонім: { $pseudonym }
staff-roster-title = 👥 У команді: { $count }
staff-roster-empty = У команді поки нікого немає.
staff-invites-open = Активні запрошення: { $count }
staff-audit-title = Останні дії:
btn-staff-invite = ➕ Запросити: { $role }
btn-staff-revoke = ✖️ Зняти роль: { $pseudonym }
staff-invite-which-region = За який регіон відповідатиме новий учасник у ролі «{ $role }»?
staff-invite-link = 🔑 Надішліть це посилання людині, яку Ви запрошуєте. Воно спрацює лише один раз і діє { $hours ->
        [one] { $hours } годину
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } години
    }:
    { $link }
staff-revoke-confirm = Зняти роль «{ $role }» з { $pseudonym }? Робочі команди цієї людини одразу перестануть працювати.
btn-staff-revoke-yes = ✖️ Так, зняти
btn-staff-cancel = Скасувати
staff-revoked = { $pseudonym } більше не в команді.
staff-revoke-gone = { $pseudonym } уже не в команді. Нічого не змінилося.
