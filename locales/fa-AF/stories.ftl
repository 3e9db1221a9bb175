# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
# Dari overlay: only the messages whose wording differs from Persian (fa); the rest falls back to fa.
btn-stories-more = ➡️ داستان‌های زیادتر
stories-none = هنوز داستان موفقیت نیست. بعداً دوباره ببینید: موسسات داستان‌ها را همان وقتی که پیش می‌آیند علاوه می‌کنند.
story-kind-founder = 🌟 داستان کسی که کاروبار خود را شروع کرد
story-kind-pilot = 🧪 یک پروژهٔ آزمایشی
story-consent-ask = 🌟 { $organisation } می‌خواهد نتیجهٔ ایدهٔ شما { $idea } را به حیث یک داستان موفقیت بیان کند، این‌طور:

    { $story }

    اجازه می‌دهید؟ داستان فقط وقتی نشان داده می‌شود که شما بلی بگویید: در ربات و در ویب‌سایت پروژه.
btn-story-approve-anonymous = ✅ بلی، بدون نام من
btn-story-approve-name = ✅ بلی، با نام من (بدون تخلص)
btn-story-decline = ❌ نخیر
story-approved = تشکر! حالا داستان نشان داده شده می‌تواند.
story-declined = خوب: داستان در هیچ جای نشان داده نمی‌شود.
story-name-invalid = ⚠️ لطفاً فقط نام خود را بدون تخلص بنویسید (فقط حروف، حد اکثر ۴۰ حرف). هیچ چیز تغییر نکرد.
story-name-flow = 🌟 نام شما در داستان
story-name-ask = در داستان کدام نام نوشته شود؟
story-name-label = نام
staff-story-ask-body = داستان، در چند جمله. لطفاً معلومات تماس یا نام کامل ننویسید.
staff-story-ask-sector = در مورد کدام ساحه است؟ (از این سوال تیر شده می‌توانید.)
staff-story-ask-credit = شخصی که داستان در مورد اوست، چطور نام برده شود؟ اول از خودش بپرسید. (برای داستانی که از یک ایده ساخته شده، از صاحب ایده در ربات پرسیده می‌شود و خودش فیصله می‌کند.)
staff-story-credit-first-name = فقط با نام، بدون تخلص
staff-story-ask-first-name = نام او بدون تخلص، همان‌طور که می‌خواهد نشان داده شود:
staff-story-label-first-name = نام
staff-story-preview = 👀 مردم آن را این‌طور می‌خوانند. نشر شود؟
staff-story-preview-idea = 👀 مردم آن را این‌طور می‌خوانند. بعد از ✅ نشر، اول از صاحب ایده به زبان خودش پرسیده می‌شود؛ داستان فقط با بلی گفتن او نشان داده می‌شود.
btn-staff-story-publish = ✅ نشر
btn-staff-story-discard = 🗑 پاک کردن
staff-story-discarded = پاک شد: داستان در هیچ جای نشان داده نمی‌شود.
staff-story-asked = وقتی صاحب ایده موافقه کند، نشر می‌شود: همین حالا از او پرسیده می‌شود (داستان { $id }).
staff-story-published = نشر شد (داستان { $id }): در ربات و در ویب‌سایت پروژه نشان داده می‌شود.
