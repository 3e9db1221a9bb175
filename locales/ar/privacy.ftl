# Privacy and the user's data rights: /privacy, /mydata, /delete, consent and /stop.

privacy-text = 🔒 ما الذي نحفظه ولماذا
    • إجاباتك على أسئلتنا، لنجد لك برامج. لا نحفظ أبدًا اسمك أو رقم هاتفك.
    • لغتك واختياراتك بشأن الأخبار والأفكار.
    • الأفكار التي تصلنا منك. يراها الشركاء مع رمز مثل R-7F3K، ولا يرون أبدًا اسمك أو حسابك على تيليغرام.
    الإجابات غير المستخدمة تُحذف بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. الأمر /mydata يرسل لك كل ما نحفظه. والأمر /delete يحذفه كله.
mydata-caption = 🔒 هذا كل ما نحفظه عنك.
delete-confirm = ⚠️ هل نحذف فعلًا كل ما نحفظه عنك؟ لا يمكن التراجع عن ذلك.
delete-yes = 🗑️ نعم، احذف كل شيء
delete-no = إلغاء
delete-done = 🗑️ تم حذف كل شيء. يحتفظ تيليغرام بنسخته الخاصة من هذه المحادثة؛ يمكنك مسح سجل المحادثة في تيليغرام. للبدء من جديد يمكنك إرسال /start.
delete-cancelled = حسنًا، لم يُحذف أي شيء.
consent-title = 🔒 اختياراتك. يمكنك الضغط على أي منها لتغييره:
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
consent-on = ؜✅ { $purpose }
# Starts with U+061C ARABIC LETTER MARK (invisible): keeps the line right-to-left.
consent-off = ؜❌ { $purpose }
purpose-profile = حفظ الإجابات لإيجاد برامج
purpose-announcements = أخبار عن الورشات واللقاءات
purpose-ideas = حفظ أفكاري
consent-withdrawn-profile = حسنًا. حذفنا إجاباتك ولن نحفظ إجابات جديدة.
consent-withdrawn = حسنًا، تم الإيقاف.
consent-given = حسنًا، تم التفعيل.
stop-done = 🔕 لن تصلك أخبار بعد الآن. يمكنك تفعيلها من جديد بإرسال /consent.
