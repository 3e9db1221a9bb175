# Questions about starting or restarting a business.

q-business-stage = 🏪 إلى أين وصل مشروعك؟
q-business-sector = 🏪 في أي مجال مشروعك؟
q-team-size = 🏪 كم شخصًا سيعمل فيه، وأنت منهم؟ يُرجى إرسال رقم.
hint-team-size = يُرجى إرسال رقم من { $min } إلى { $max }، مثلًا 1 إذا لم يعمل معك أحد.
q-allowed-self-employed = هل يُسمح لك بامتلاك مشروع خاص هنا؟
why-allowed-self-employed = لا يُسمح للجميع بامتلاك مشروع ما دام طلب اللجوء قيد الدراسة. نستخدم هذا فقط لنعرض لك البرامج المناسبة، مثلًا دورات يمكنك حضورها الآن. يمكنك تخطي هذا السؤال.
q-needs-finance = هل أنت بحاجة إلى مال للبدء، مثلًا قرض صغير؟
why-needs-finance = بعض البرامج تقدّم قروضًا صغيرة أو ضمانات. لا نسأل أبدًا عن دخلك أو ديونك.
business-done = شكرًا لك! نبحث الآن عن برامج لمشروعك.

label-business-stage = 🏪 المرحلة
label-business-sector = 🏪 المجال
label-team-size = 🏪 عدد الأشخاص
label-allowed-self-employed = مسموح بامتلاك مشروع
label-needs-finance = بحاجة إلى مال للبدء

opt-stage-idea = 💡 مجرد فكرة
opt-stage-plan = لدي خطة مكتوبة
opt-stage-registered = مشروعي مسجّل هنا
opt-stage-had-business = كان لدي مشروع في بلدي
