# Questions about starting or restarting a business.

q-business-stage = 🏪 How far is your business?
q-business-sector = 🏪 In which area is your business?
q-team-size = 🏪 How many people will work in it, with you? Send a number.
hint-team-size = Please send a number from { $min } to { $max }, for example 1 if you work alone.
q-allowed-self-employed = Are you allowed to run your own business here?
why-allowed-self-employed = Not everyone may run a business while their asylum case is open. We only use this to show the right programmes, for example courses you can do now. You can skip it.
q-needs-finance = Do you need money to start, for example a small loan?
why-needs-finance = Some programmes give small loans or guarantees. We never ask about your income or debts.
business-done = Thank you! We are looking for programmes for your business.

label-business-stage = 🏪 Stage
label-business-sector = 🏪 Area
label-team-size = 🏪 People
label-allowed-self-employed = Allowed to run a business
label-needs-finance = Needs money to start

opt-stage-idea = 💡 Just an idea
opt-stage-plan = I have a written plan
opt-stage-registered = Already registered here
opt-stage-had-business = I had a business in my home country
