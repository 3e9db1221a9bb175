## Staff: invitations, roles, the roster (/staff) and /myrole. Staff are coordinators, partner
## organisations and admins; they see pseudonyms (R-7F3K) and numbers, never who a person is.

staff-role-coordinator = koordinatör
staff-role-partner = ortak kuruluş
staff-role-admin = yönetici
# A whole country in a staff member's scope, e.g. "all of Germany".
staff-scope-country = tüm { $country }
staff-invite-offer = 🔑 sifor ekibine { $role } olarak katılmaya davet edildiniz. Sorumluluk alanı: { $regions }.
    Ekipte takma adları ve sayıları görürsünüz, kişilerin kim olduğunu asla görmezsiniz. Kabul ediyor musunuz?
staff-invite-offer-org = 🔑 { $organisation } adına sifor ekibine { $role } olarak katılmaya davet edildiniz. Sorumluluk alanı: { $regions }.
    Ekipte takma adları ve sayıları görürsünüz, kişilerin kim olduğunu asla görmezsiniz. Kabul ediyor musunuz?
btn-staff-accept = ✅ Kabul ediyorum
btn-staff-decline = ❌ Hayır, teşekkürler
staff-welcome = ✅ Hoş geldiniz! Artık { $role } olarak görevlisiniz. Sorumluluk alanı: { $regions }. Ekip komutlarınız menüde; /myrole rolünüzü gösterir.
staff-declined = Tamam. Hiçbir şey değişmedi.
staff-invite-gone = Bu davet artık kullanılamaz. Hiçbir şey değişmedi.
staff-myrole = Rolünüz: { $role }. Sorumluluk alanı: { $regions }. Takma adınız: { $pseudonym }
staff-myrole-org = Rolünüz: { $role } ({ $organisation }). Sorumluluk alanı: { $regions }. Takma adınız: { $pseudonym }
staff-roster-title = 👥 Ekip üyeleri: { $count }
staff-roster-empty = Ekipte henüz kimse yok.
staff-invites-open = Bekleyen davetler: { $count }
staff-audit-title = Son işlemler:
btn-staff-invite = ➕ Davet et: { $role }
btn-staff-revoke = ✖️ Rolü kaldır: { $pseudonym }
staff-invite-which-region = Yeni { $role } hangi bölgeden sorumlu olsun?
staff-invite-link = 🔑 Bu bağlantıyı davet ettiğiniz kişiye gönderin. Bağlantı yalnızca bir kez ve { $hours } saat boyunca geçerlidir:
    { $link }
staff-revoke-confirm = { $pseudonym } kişisinin { $role } rolü kaldırılsın mı? Bu kişinin ekip komutları hemen devre dışı kalır.
btn-staff-revoke-yes = ✖️ Evet, kaldır
btn-staff-cancel = Vazgeç
staff-revoked = { $pseudonym } artık ekipte değil.
staff-revoke-gone = { $pseudonym } zaten ekipte değil. Hiçbir şey değişmedi.
