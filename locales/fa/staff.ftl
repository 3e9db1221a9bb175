## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = هماهنگ‌کننده
staff-role-partner = سازمان همکار
staff-role-admin = مدیر سیستم
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = سراسر { $country }
staff-invite-offer = 🔑 از شما دعوت می‌کنیم که به‌عنوان { $role } در ادارهٔ sifor کمک کنید. محدودهٔ کار: { $regions }.
    در تیم، نام‌های مستعار و عددها را می‌بینید، هرگز هویت افراد را. می‌پذیرید؟
staff-invite-offer-org = 🔑 از شما دعوت می‌کنیم که از طرف { $organisation } و به‌عنوان { $role } در ادارهٔ sifor کمک کنید. محدودهٔ کار: { $regions }.
    در تیم، نام‌های مستعار و عددها را می‌بینید، هرگز هویت افراد را. می‌پذیرید؟
btn-staff-accept = ✅ می‌پذیرم
btn-staff-decline = ❌ نه، ممنون
staff-welcome = ✅ خوش آمدید! شما اکنون { $role } هستید. محدودهٔ کار: { $regions }. دستورهای تیم در منو هستند؛ /myrole نقش شما را نشان می‌دهد.
staff-declined = باشه. چیزی تغییر نکرد.
staff-invite-gone = این دعوت دیگر قابل استفاده نیست. چیزی تغییر نکرد.
staff-myrole = شما { $role } هستید. محدودهٔ کار: { $regions }. نام مستعار شما: { $pseudonym }
staff-myrole-org = شما { $role } هستید ({ $organisation }). محدودهٔ کار: { $regions }. نام مستعار شما: { $pseudonym }
staff-roster-title = 👥 اعضای تیم: { $count }
staff-roster-empty = هنوز کسی در تیم نیست.
staff-invites-open = دعوت‌های استفاده‌نشده: { $count }
staff-audit-title = آخرین اقدام‌ها:
btn-staff-invite = ➕ دعوت: { $role }
btn-staff-revoke = ✖️ پس گرفتن نقش: { $pseudonym }
staff-invite-which-region = دعوت جدید ({ $role }) برای کدام منطقه است؟
staff-invite-link = 🔑 این لینک را برای کسی که دعوت می‌کنید بفرستید. فقط یک بار و تا { $hours } ساعت کار می‌کند:
    { $link }
staff-revoke-confirm = نقش { $role } از { $pseudonym } پس گرفته شود؟ دستورهای تیم این فرد فوراً از کار می‌افتند.
btn-staff-revoke-yes = ✖️ بله، پس بگیر
btn-staff-cancel = لغو
staff-revoked = { $pseudonym } دیگر عضو تیم نیست.
staff-revoke-gone = { $pseudonym } از قبل عضو تیم نبود. چیزی تغییر نکرد.
