## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = координатор
staff-role-partner = организация-партнёр
staff-role-admin = администратор
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = вся { $country }
staff-invite-offer = 🔑 Приглашаем Вас участвовать в работе sifor в роли «{ $role }». Зона ответственности: { $regions }.
    В команде Вы видите псевдонимы и цифры, но никогда — кто за ними стоит. Принять приглашение?
staff-invite-offer-org = 🔑 Приглашаем Вас участвовать в работе sifor в роли «{ $role }» ({ $organisation }). Зона ответственности: { $regions }.
    В команде Вы видите псевдонимы и цифры, но никогда — кто за ними стоит. Принять приглашение?
btn-staff-accept = ✅ Принять
btn-staff-decline = ❌ Нет, спасибо
staff-welcome = ✅ Добро пожаловать! Теперь у Вас роль «{ $role }». Зона ответственности: { $regions }. Ваши рабочие команды — в меню; /myrole показывает Вашу роль.
staff-declined = Хорошо. Ничего не изменилось.
staff-invite-gone = Это приглашение больше нельзя использовать. Ничего не изменилось.
staff-myrole = У Вас роль «{ $role }». Зона ответственности: { $regions }. Ваш псевдоним: { $pseudonym }
staff-myrole-org = У Вас роль «{ $role }» ({ $organisation }). Зона ответственности: { $regions }. Ваш псевдоним: { $pseudonym }
staff-roster-title = 👥 В команде: { $count }
staff-roster-empty = В команде пока никого нет.
staff-invites-open = Активные приглашения: { $count }
staff-audit-title = Последние действия:
btn-staff-invite = ➕ Пригласить: { $role }
btn-staff-revoke = ✖️ Снять роль: { $pseudonym }
staff-invite-which-region = За какой регион будет отвечать новый участник в роли «{ $role }»?
staff-invite-link = 🔑 Отправьте эту ссылку человеку, которого Вы приглашаете. Она сработает только один раз и действует { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    }:
    { $link }
staff-revoke-confirm = Снять роль «{ $role }» с { $pseudonym }? Рабочие команды этого человека сразу перестанут работать.
btn-staff-revoke-yes = ✖️ Да, снять
btn-staff-cancel = Отмена
staff-revoked = { $pseudonym } больше не в команде.
staff-revoke-gone = { $pseudonym } уже не в команде. Ничего не изменилось.
