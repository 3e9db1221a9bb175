## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = هەماهەنگکار
staff-role-partner = ڕێکخراوی هاوبەش
staff-role-admin = بەڕێوەبەر
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = سەرانسەری { $country }
staff-invite-offer = 🔑 بانگهێشت کراون بۆ ئەوەی وەک { $role } یارمەتی بەڕێوەبردنی sifor بدەن. ناوچە: { $regions }.
    لە تیمدا ناوی خوازراو و ژمارە دەبینن، هەرگیز نابینن کەسەکە کێیە. قبووڵی دەکەن؟
staff-invite-offer-org = 🔑 بانگهێشت کراون بۆ ئەوەی بۆ { $organisation } وەک { $role } یارمەتی بەڕێوەبردنی sifor بدەن. ناوچە: { $regions }.
    لە تیمدا ناوی خوازراو و ژمارە دەبینن، هەرگیز نابینن کەسەکە کێیە. قبووڵی دەکەن؟
btn-staff-accept = ✅ قبووڵ دەکەم
btn-staff-decline = ❌ نەخێر، سوپاس
staff-welcome = ✅ بەخێربێن! ئێستا وەک { $role } کار دەکەن. ناوچە: { $regions }. فەرمانەکانی تیم لە لیستەکەدان؛ /myrole ڕۆڵەکەتان پیشان دەدات.
staff-declined = باشە. هیچ شتێک نەگۆڕا.
staff-invite-gone = ئیتر ناتوانرێت ئەم بانگهێشتە بەکاربهێنرێت. هیچ شتێک نەگۆڕا.
staff-myrole = ڕۆڵەکەتان: { $role }. ناوچە: { $regions }. ناوی خوازراوتان: { $pseudonym }
staff-myrole-org = ڕۆڵەکەتان: { $role } ({ $organisation }). ناوچە: { $regions }. ناوی خوازراوتان: { $pseudonym }
staff-roster-title = 👥 ئەندامانی تیم: { $count }
staff-roster-empty = هێشتا کەس لە تیمدا نییە.
staff-invites-open = بانگهێشتە بەکارنەهاتووەکان: { $count }
staff-audit-title = دوایین کردارەکان:
btn-staff-invite = ➕ بانگهێشت: { $role }
btn-staff-revoke = ✖️ لابردنی ڕۆڵ: { $pseudonym }
staff-invite-which-region = بانگهێشتە نوێیەکە ({ $role }) بۆ کام ناوچەیە؟
staff-invite-link = 🔑 ئەم بەستەرە بۆ ئەو کەسە بنێرن کە بانگهێشتی دەکەن. تەنها یەک جار و بۆ ماوەی { $hours } کاتژمێر کار دەکات:
    { $link }
staff-revoke-confirm = ڕۆڵی { $role } لە { $pseudonym } وەربگیرێتەوە؟ فەرمانەکانی تیمی ئەم کەسە یەکسەر ڕادەوەستن.
btn-staff-revoke-yes = ✖️ بەڵێ، لایبە
btn-staff-cancel = هەڵوەشاندنەوە
staff-revoked = { $pseudonym } ئیتر ئەندامی تیم نییە.
staff-revoke-gone = { $pseudonym } پێشتر لە تیم لابراوە. هیچ شتێک نەگۆڕا.
