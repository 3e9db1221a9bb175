## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = منسق
staff-role-partner = منظمة شريكة
staff-role-admin = مشرف
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = كل أنحاء { $country }
staff-invite-offer = 🔑 ندعوك إلى المساعدة في إدارة sifor بصفة { $role }. نطاق العمل: { $regions }.
    في الفريق ترى أسماء مستعارة وأرقامًا، ولا ترى أبدًا هوية أي شخص. هل تقبل الدعوة؟
staff-invite-offer-org = 🔑 ندعوك إلى المساعدة في إدارة sifor بصفة { $role } باسم { $organisation }. نطاق العمل: { $regions }.
    في الفريق ترى أسماء مستعارة وأرقامًا، ولا ترى أبدًا هوية أي شخص. هل تقبل الدعوة؟
btn-staff-accept = ✅ قبول
btn-staff-decline = ❌ لا، شكرًا
staff-welcome = ✅ أهلًا بك! أنت الآن { $role }. نطاق العمل: { $regions }. أوامر الفريق الخاصة بك في القائمة، والأمر /myrole يعرض دورك.
staff-declined = حسنًا. لم يتغير شيء.
staff-invite-gone = لم يعد من الممكن استخدام هذه الدعوة. لم يتغير شيء.
staff-myrole = أنت { $role }. نطاق العمل: { $regions }. اسمك المستعار: { $pseudonym }
staff-myrole-org = أنت { $role } ({ $organisation }). نطاق العمل: { $regions }. اسمك المستعار: { $pseudonym }
staff-roster-title = 👥 أعضاء الفريق: { $count }
staff-roster-empty = لا يوجد أحد في الفريق بعد.
staff-invites-open = الدعوات السارية: { $count }
staff-audit-title = آخر الإجراءات:
btn-staff-invite = ➕ دعوة: { $role }
btn-staff-revoke = ✖️ سحب الدور: { $pseudonym }
staff-invite-which-region = لأي منطقة هذه الدعوة الجديدة ({ $role })؟
staff-invite-link = 🔑 أرسل هذا الرابط إلى الشخص الذي تدعوه. يعمل مرة واحدة فقط، ولمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }:
    { $link }
staff-revoke-confirm = هل تريد سحب دور { $role } من { $pseudonym }؟ ستتوقف أوامر الفريق لهذا الحساب فورًا.
btn-staff-revoke-yes = ✖️ نعم، اسحب الدور
btn-staff-cancel = إلغاء
staff-revoked = لم يعد { $pseudonym } من الفريق.
staff-revoke-gone = لم يعد { $pseudonym } من الفريق أصلًا. لم يتغير شيء.
