# An idea for a new support measure.

idea-intro = 💡 بیرۆکەکەتان دەتوانێت یارمەتی باشترکردنی پشتگیری بدات. ڕێکخراوە هاوبەشەکان بەبێ ناوتان دەیخوێننەوە و دەتوانن ئەنجامەکەیتان پێ بڵێن.
q-idea-topic = 💡 بیرۆکەکەتان دەربارەی چییە؟
q-idea-problem = 💡 کێشەکە چییە، بە چەند وشەیەک؟
    تکایە ناو یان ژمارەی تەلەفۆن مەنووسن.
q-idea-text = 💡 بیرۆکەکەتان چییە؟ بە وشەی خۆتان بینووسن.
    تکایە ناو یان ژمارەی تەلەفۆن مەنووسن.
q-idea-beneficiaries = 💡 یارمەتی کێ دەدات؟
q-idea-contact = 💡 ئایا ڕێکخراوە هاوبەشەکان دەتوانن لێرە لە بۆتەکەدا وەڵامتان بدەنەوە؟
q-idea-public = 🌐 دوای ئەوەی ڕێکخراوێک وەڵامی بیرۆکەکەتانی دایەوە، ئایا دەتوانرێت دەقی بیرۆکەکەتان لە ماڵپەڕی گشتی پڕۆژەکەدا پیشان بدرێت؟ هەرگیز ناوتان پیشان نادرێت. ئەگەر ئەم پرسیارە تێپەڕێنن، دەقەکە پیشان نادرێت.
idea-done = سوپاس بۆ بیرۆکەکەتان! 💡 هاوبەشەکان دەیخوێننەوە. لێرە پێتان دەڵێین ئەنجامەکەی چی بوو.

label-idea-topic = 💡 بابەت
label-idea-problem = 💡 کێشە
label-idea-text = 💡 بیرۆکە
label-idea-beneficiaries = 💡 سوودمەندان
label-idea-contact = 💡 وەڵام لە ڕێگەی بۆتەوە
label-idea-public = 🌐 پیشاندانی گشتی

opt-topic-jobs = 💼 کار
opt-topic-training = 🎓 ڕاهێنان
opt-topic-language = 🗣️ خولی زمان
opt-topic-recognition = 📄 هاوتاکردنی بڕوانامە
opt-topic-business = 🏪 پڕۆژەی تایبەت
opt-topic-childcare = چاودێری منداڵ
opt-topic-other = شتێکی تر

opt-benefit-everyone = هەمووان
opt-benefit-women = ئافرەتان
opt-benefit-young = گەنجان
opt-benefit-families = خێزانەکان
opt-benefit-newcomers = ئەوانەی تازە هاتوون
opt-benefit-qualified = خاوەن بڕوانامەکان
opt-benefit-founders = ئەوانەی پڕۆژە دەست پێ دەکەن
idea-no-consent = باشە، هیچ شتێک هەڵناگرین. هەر کاتێک بتانەوێت، دەتوانن بە /consent ئەمە بگۆڕن.
