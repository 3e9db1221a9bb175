## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-partner = موسسهٔ همکار
staff-invite-offer = 🔑 از شما دعوت می‌کنیم که به حیث { $role } در ادارهٔ sifor کمک کنید. ساحهٔ کار: { $regions }.
    در تیم، نام‌های مستعار و عددها را می‌بینید، هیچ وقت هویت افراد را. قبول می‌کنید؟
staff-invite-offer-org = 🔑 از شما دعوت می‌کنیم که از طرف { $organisation } و به حیث { $role } در ادارهٔ sifor کمک کنید. ساحهٔ کار: { $regions }.
    در تیم، نام‌های مستعار و عددها را می‌بینید، هیچ وقت هویت افراد را. قبول می‌کنید؟
btn-staff-accept = ✅ قبول می‌کنم
btn-staff-decline = ❌ نخیر، تشکر
staff-welcome = ✅ خوش آمدید! شما حالا { $role } هستید. ساحهٔ کار: { $regions }. دستورهای تیم در مینو هستند؛ /myrole نقش شما را نشان می‌دهد.
staff-declined = خوب. هیچ چیز تغییر نکرد.
staff-myrole = شما { $role } هستید. ساحهٔ کار: { $regions }. نام مستعار شما: { $pseudonym }
staff-myrole-org = شما { $role } هستید ({ $organisation }). ساحهٔ کار: { $regions }. نام مستعار شما: { $pseudonym }
staff-invite-link = 🔑 این لینک را برای کسی که دعوت می‌کنید روان کنید. فقط یک بار و تا { $hours } ساعت کار می‌کند:
    { $link }
btn-staff-revoke-yes = ✖️ بلی، پس بگیر
