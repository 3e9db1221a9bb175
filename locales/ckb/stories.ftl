# Success stories in the bot: what worked for others, told by an organisation; the question to
# the person a story made from their idea is about; and the staff's /story.
btn-stories = 🌟 چیرۆکەکانی سەرکەوتن
btn-stories-more = ➡️ چیرۆکی زیاتر
btn-story-like = 🔎 زیاتر لەم جۆرە
stories-none = هێشتا هیچ چیرۆکێکی سەرکەوتن نییە. دواتر سەیر بکەنەوە: هەر کاتێک شتێک سەرکەوتوو بێت، ڕێکخراوەکان چیرۆکەکەی زیاد دەکەن.
stories-no-more = بۆ ئێستا ئەمە هەمووی بوو.
stories-more = چیرۆکی تریش هەیە.
story-kind-founder = 🌟 چیرۆکی کەسێک کە پڕۆژەی تایبەتی خۆی دامەزراند
story-kind-pilot = 🧪 پڕۆژەیەکی تاقیکاری
story-kind-measure = ✅ شتێک کە سەرکەوتوو بوو
story-told-by = گێڕەرەوە: { $organisation }
story-told-about = — { $name }، گێڕەرەوە: { $organisation }
story-consent-ask = 🌟 { $organisation } دەیەوێت ئەنجامی بیرۆکەکەتان { $idea } وەک چیرۆکێکی سەرکەوتن بگێڕێتەوە، بەم شێوەیە:

    { $story }

    ڕێگە دەدەن؟ تا ئێوە «بەڵێ» نەڵێن، چیرۆکەکە لە هیچ شوێنێک پیشان نادرێت. ئەگەر ڕازی بن، لە بۆتەکەدا و لە ماڵپەڕی پڕۆژەکەدا دەردەکەوێت.
btn-story-approve-anonymous = ✅ بەڵێ، بەبێ ناوم
btn-story-approve-name = ✅ بەڵێ، بە ناوی یەکەمم
btn-story-decline = ❌ نەخێر
story-approved = سوپاس! ئێستا دەتوانرێت چیرۆکەکە پیشان بدرێت.
story-declined = تێگەیشتین: چیرۆکەکە لە هیچ شوێنێک پیشان نادرێت.
story-name-invalid = ⚠️ تکایە تەنها ناوی یەکەم بنووسن (تەنها پیت، زۆرترین 40). هیچ شتێک نەگۆڕدرا.
story-name-flow = 🌟 ناوی یەکەمتان لە چیرۆکەکەدا
story-name-ask = چیرۆکەکە کام ناو پیشان بدات؟
story-name-label = ناوی یەکەم
story-name-saving = هەڵدەگیرێت…
staff-story-flow = 🌟 چیرۆکێکی سەرکەوتن
staff-story-ask-kind = 🌟 چ جۆرە چیرۆکێکە؟
staff-story-label-kind = جۆر
staff-story-ask-title = ناونیشانێکی کورت، لە یەک دێڕدا:
staff-story-ask-body = چیرۆکەکە، بە چەند ڕستەیەک. تکایە هیچ زانیارییەکی پەیوەندیکردن یان ناوی تەواو مەنووسن.
staff-story-ask-sector = دەربارەی کام بوارە؟ (دەتوانن ئەم پرسیارە تێپەڕێنن.)
staff-story-ask-credit = ئەو کەسەی چیرۆکەکە دەربارەیەتی، چۆن ناوی بهێنرێت؟ سەرەتا لە خۆی بپرسن. (بۆ چیرۆکێک کە لە بیرۆکەیەکەوە دروست کراوە، لە بۆتەکەدا لە خاوەنی بیرۆکەکە دەپرسرێت و خۆی بڕیار دەدات.)
staff-story-label-credit = ناو لە چیرۆکەکەدا
staff-story-credit-anonymous = بەبێ ناو
staff-story-credit-first-name = تەنها بە ناوی یەکەم
staff-story-ask-first-name = ناوی یەکەمی ئەو کەسە، بەو شێوەیەی خۆی دەیەوێت پیشان بدرێت:
staff-story-label-first-name = ناوی یەکەم
staff-story-summary = تکایە چیرۆکەکە بپشکنن:
staff-story-saving = هەڵدەگیرێت…
staff-story-preview = 👀 خەڵک بەم شێوەیە دەیخوێننەوە. بڵاو بکرێتەوە؟
staff-story-preview-idea = 👀 خەڵک بەم شێوەیە دەیخوێننەوە. دوای ✅ بڵاوکردنەوە، سەرەتا بە زمانی خاوەنی بیرۆکەکە لێی دەپرسرێت؛ چیرۆکەکە تەنها ئەگەر ئەو بڵێت بەڵێ پیشان دەدرێت.
btn-staff-story-publish = ✅ بڵاوکردنەوە
btn-staff-story-discard = 🗑 فڕێدان
staff-story-discarded = فڕێدرا: چیرۆکەکە لە هیچ شوێنێک پیشان نادرێت.
staff-story-asked = کاتێک خاوەنی بیرۆکەکە ڕازی بێت، بڵاو دەکرێتەوە: ئێستا لێی دەپرسرێت (چیرۆکی { $id }).
staff-story-published = بڵاوکرایەوە (چیرۆکی { $id }): لە بۆتەکەدا و لە ماڵپەڕی پڕۆژەکەدا دەردەکەوێت.
staff-story-declined-before = خاوەنی ئەم بیرۆکەیە جارێک وتی نا بۆ چیرۆکێک دەربارەی؛ جارێکی تر لێی ناپرسرێت.
