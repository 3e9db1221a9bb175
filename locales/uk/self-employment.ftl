# Questions about starting or restarting a business.

q-business-stage = 🏪 На якому етапі Ваш бізнес?
q-business-sector = 🏪 У якій сфері Ваш бізнес?
q-team-size = 🏪 Скільки людей працюватиме в ньому разом із Вами? Надішліть число.
hint-team-size = Будь ласка, надішліть число від { $min } до { $max }, наприклад 1, якщо Ви працюєте самі.
q-allowed-self-employed = Чи маєте Ви право вести тут власну справу?
why-allowed-self-employed = Не всім можна вести бізнес, поки розглядають їхню заяву на притулок. Ми використовуємо це лише для того, щоб показати потрібні програми, наприклад курси, які можна пройти вже зараз. Це питання можна пропустити.
q-needs-finance = Чи потрібні Вам гроші на старт, наприклад невеликий кредит?
why-needs-finance = Деякі програми дають невеликі кредити або гарантії. Ми ніколи не питаємо про Ваші доходи чи борги.
business-done = Дякуємо! Шукаємо програми для Вашого бізнесу.

label-business-stage = 🏪 Етап
label-business-sector = 🏪 Сфера
label-team-size = 🏪 Скільки людей
label-allowed-self-employed = Право вести бізнес
label-needs-finance = Потрібні гроші на старт

opt-stage-idea = 💡 Поки лише ідея
opt-stage-plan = У мене є письмовий план
opt-stage-registered = Уже зареєстровано тут
opt-stage-had-business = У мене був бізнес на батьківщині
