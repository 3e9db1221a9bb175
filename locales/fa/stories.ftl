# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 داستان‌های موفقیت
btn-stories-more = ➡️ داستان‌های بیشتر
btn-story-like = 🔎 داستان‌های مشابه
stories-none = هنوز داستان موفقیتی نیست. بعداً دوباره سر بزنید: سازمان‌ها داستان‌ها را همان وقتی که پیش می‌آیند اضافه می‌کنند.
stories-no-more = فعلاً همین بود.
stories-more = داستان‌های دیگری هم هست.
story-kind-founder = 🌟 داستان کسی که کسب‌وکار راه انداخت
story-kind-pilot = 🧪 یک طرح آزمایشی
story-kind-measure = ✅ کاری که نتیجه داد
story-told-by = به روایت { $organisation }
story-told-about = — { $name }، به روایت { $organisation }
story-consent-ask = 🌟 { $organisation } می‌خواهد نتیجهٔ ایدهٔ شما { $idea } را به‌عنوان یک داستان موفقیت تعریف کند، این‌طور:

    { $story }

    اجازه می‌دهید؟ داستان فقط وقتی نشان داده می‌شود که شما بله بگویید: در ربات و در وب‌سایت پروژه.
btn-story-approve-anonymous = ✅ بله، بدون نام من
btn-story-approve-name = ✅ بله، با نام کوچک من
btn-story-decline = ❌ نه
story-approved = ممنونیم! حالا داستان می‌تواند نشان داده شود.
story-declined = باشه: داستان هیچ‌جا نشان داده نمی‌شود.
story-name-invalid = ⚠️ لطفاً فقط نام کوچک بنویسید (فقط حروف، حداکثر ۴۰ حرف). چیزی تغییر نکرد.
story-name-flow = 🌟 نام کوچک شما در داستان
story-name-ask = چه نام کوچکی در داستان نوشته شود؟
story-name-label = نام کوچک
story-name-saving = در حال ذخیره…
staff-story-flow = 🌟 یک داستان موفقیت
staff-story-ask-kind = 🌟 چه نوع داستانی است؟
staff-story-label-kind = نوع
staff-story-ask-title = یک عنوان کوتاه، در یک خط:
staff-story-ask-body = داستان، در چند جمله. لطفاً اطلاعات تماس یا نام کامل ننویسید.
staff-story-ask-sector = دربارهٔ چه زمینه‌ای است؟ (می‌توانید از این سوال رد شوید.)
staff-story-ask-credit = شخصی که داستان دربارهٔ اوست، چطور نام برده شود؟ اول از خودش بپرسید. (برای داستانی که از یک ایده ساخته شده، از صاحب ایده در ربات پرسیده می‌شود و خودش تصمیم می‌گیرد.)
staff-story-label-credit = ذکر نام
staff-story-credit-anonymous = بدون نام
staff-story-credit-first-name = فقط با نام کوچک
staff-story-ask-first-name = نام کوچک او، همان‌طور که می‌خواهد نشان داده شود:
staff-story-label-first-name = نام کوچک
staff-story-summary = لطفاً داستان را بررسی کنید:
staff-story-saving = در حال ذخیره…
staff-story-preview = 👀 مردم آن را این‌طور می‌خوانند. منتشر شود؟
staff-story-preview-idea = 👀 مردم آن را این‌طور می‌خوانند. بعد از ✅ انتشار، اول از صاحب ایده به زبان خودش پرسیده می‌شود؛ داستان فقط با بله گفتن او نشان داده می‌شود.
btn-staff-story-publish = ✅ انتشار
btn-staff-story-discard = 🗑 دور انداختن
staff-story-discarded = دور انداخته شد: داستان هیچ‌جا نشان داده نمی‌شود.
staff-story-asked = وقتی صاحب ایده موافقت کند، منتشر می‌شود: همین حالا از او پرسیده می‌شود (داستان { $id }).
staff-story-published = منتشر شد (داستان { $id }): در ربات و در وب‌سایت پروژه نشان داده می‌شود.
staff-story-declined-before = صاحب این ایده یک بار به داستانی درباره آن «نه» گفته است؛ دوباره از او پرسیده نمی‌شود.
