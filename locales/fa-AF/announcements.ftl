# Announcements as every recipient reads them: the card (built from the coordinator's structured
# fields, so it is readable in every language), its buttons, and "Why do I get this?".
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
ann-kind-workshop = 🛠️ ورکشاپ
ann-kind-info = ℹ️ معلومات
ann-cancelled = ❌ لغو شد: این برنامه دایر نمی‌شود.
btn-ann-link = 🔗 معلومات زیادتر
ann-why = این خبر برای شما آمده است، چون قبول کرده‌اید که برای شما خبر روان کنیم، و چون:
    { $reasons }
    هر وقت بخواهید، با /stop یا دکمهٔ 🔕 خبرها را بند کرده می‌توانید.
ann-why-goal = به دنبال این هستید: { $goal }
ann-why-source = از طریق لینک موسسه‌ای که این خبر را روان می‌کند، به sifor آمده‌اید
