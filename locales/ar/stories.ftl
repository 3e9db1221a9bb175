# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 قصص نجاح
btn-stories-more = ➡️ مزيد من القصص
btn-story-like = 🔎 قصص مشابهة
stories-none = لا توجد قصص نجاح بعد. عُد لاحقًا: تضيفها المنظمات كلما حدثت.
stories-no-more = هذا كل شيء حاليًا.
stories-more = توجد قصص أخرى.
story-kind-founder = 🌟 قصة شخص بدأ مشروعه الخاص
story-kind-pilot = 🧪 مشروع تجريبي
story-kind-measure = ✅ شيء أثبت نجاحه
story-told-by = ترويها: { $organisation }
story-told-about = — { $name }، ترويها: { $organisation }
story-consent-ask = 🌟 تودّ المنظمة { $organisation } أن تروي ما نتج عن فكرتك { $idea } كقصة نجاح، هكذا:

    { $story }

    هل توافق؟ لن تُعرض القصة إلا إذا قلت نعم، في البوت وعلى الموقع الإلكتروني للمشروع.
btn-story-approve-anonymous = ✅ نعم، بدون اسمي
btn-story-approve-name = ✅ نعم، مع اسمي الأول
btn-story-decline = ❌ لا
story-approved = شكرًا لك! يمكن الآن عرض القصة.
story-declined = حسنًا: لن تُعرض القصة في أي مكان.
story-name-invalid = ⚠️ يُرجى كتابة الاسم الأول فقط (حروف فقط، 40 حرفًا على الأكثر). لم يتغير شيء.
story-name-flow = 🌟 اسمك الأول في القصة
story-name-ask = ما الاسم الأول الذي تريد أن يظهر في القصة؟
story-name-label = الاسم الأول
story-name-saving = جارٍ الحفظ…
staff-story-flow = 🌟 قصة نجاح
staff-story-ask-kind = 🌟 ما نوع هذه القصة؟
staff-story-label-kind = النوع
staff-story-ask-title = عنوان قصير، في سطر واحد:
staff-story-ask-body = القصة، في بضع جمل. يُرجى عدم ذكر بيانات للتواصل أو أسماء كاملة.
staff-story-ask-sector = ما المجال الذي تتعلق به؟ (يمكنك تخطي هذا السؤال.)
staff-story-ask-credit = كيف يمكن ذكر الشخص الذي تتحدث عنه القصة؟ اسأله أولًا. (إذا كانت القصة مبنية على فكرة، يُسأل صاحب الفكرة في البوت وهو الذي يقرر.)
staff-story-label-credit = ذكر الاسم
staff-story-credit-anonymous = بدون اسم
staff-story-credit-first-name = بالاسم الأول فقط
staff-story-ask-first-name = الاسم الأول للشخص، كما يريد أن يظهر:
staff-story-label-first-name = الاسم الأول
staff-story-summary = يُرجى مراجعة القصة:
staff-story-saving = جارٍ الحفظ…
staff-story-preview = 👀 هكذا سيقرؤها الناس. هل تريد نشرها؟
staff-story-preview-idea = 👀 هكذا سيقرؤها الناس. بعد الضغط على ✅ نشر يُسأل صاحب الفكرة أولًا بلغته؛ ولا تظهر القصة إلا بموافقته.
btn-staff-story-publish = ✅ نشر
btn-staff-story-discard = 🗑 حذف
staff-story-discarded = تم الحذف: القصة لا تُعرض في أي مكان.
staff-story-asked = تُنشر القصة عندما يوافق صاحب الفكرة: يجري سؤاله الآن (القصة { $id }).
staff-story-published = نُشرت (القصة { $id }): تظهر في البوت وعلى الموقع الإلكتروني للمشروع.
staff-story-declined-before = قال صاحب هذه الفكرة مرة «لا» لقصة عنها؛ لن يُسأل مرة أخرى.
