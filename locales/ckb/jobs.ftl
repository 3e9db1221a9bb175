# Questions about work, training and qualifications.

q-allowed-to-work = ئایا ئێستا ڕێگەتان پێدراوە کار بکەن؟
why-allowed-to-work = هەندێک پرۆگرام تەنها بۆ ئەو کەسانەیە کە مۆڵەتی کاریان هەیە. وەڵامەکەتان تەنها ئەو پرۆگرامانە دەگۆڕێت کە نیشانیان دەدەین. دەتوانن تێی بپەڕن.
q-status = باری مانەوەتان چییە؟
why-status = هەندێک پرۆگرام تەنها بۆ هەندێک گرووپن. ئێمە هەرگیز بڕیار لەسەر باری یاساییتان نادەین: بۆ ئەوە لە ناوەندێکی ڕاوێژکاری بپرسن. دەتوانن تێی بپەڕن.
q-host-language = 🗣️ چەند باش بە { $country ->
        [DE] ئەڵمانی
        [AT] ئەڵمانی
        [IT] ئیتاڵی
        [SI] سلۆڤێنی
       *[other] زمانی ئەم وڵاتە
    } قسە دەکەن؟
q-other-languages = 🗣️ بە چ زمانێکی تر قسە دەکەن؟
q-education = 🎓 بەرزترین ئاستی خوێندنتان چییە؟
q-foreign-qualification = 📄 ئایا بڕوانامە یان دیپلۆمێکتان لە وڵاتێکی ترەوە هەیە؟
q-qualification-documents = 📄 بەڵگەنامەتان بۆی هەیە (بڕوانامە، دیپلۆم)؟
q-sector = 💼 لە چ بوارێکدا کارتان کردووە یان دەتانەوێت کار بکەن؟
q-experience = 💼 چەند ساڵ ئەزموونی کارتان هەیە؟
q-availability = کەی دەتوانن کار بکەن یان فێر ببن؟
q-childcare = ئایا بۆ بەشداریکردن لە خول یان کار پێویستتان بە چاودێری منداڵ هەیە؟
why-childcare = هەندێک خول چاودێری منداڵ پێشکەش دەکەن. تەنها بۆ ئەوە دەپرسین تا ئەو خولانەتان نیشان بدەین. پرسیار لەسەر منداڵەکانتان ناکەین.
q-women-only = ئایا دەتانەوێت تەنها پرۆگرامی تایبەت بە ئافرەتان ببینن؟
why-women-only = هەندێک پرۆگرام تەنها بۆ ئافرەتانە. هەر کەسێک دەتوانێت بیانبینێت؛ پرۆگرامەکە خۆی بڕیار دەدات کێ بەشداری دەکات.
jobs-done = سوپاس! بەدوای ئەو پرۆگرامانەدا دەگەڕێین کە بۆتان دەگونجێن.

label-allowed-to-work = ڕێگەی کارکردن
label-status = باری مانەوە
label-host-language = 🗣️ زمانی وڵات
label-other-languages = 🗣️ زمانەکانی تر
label-education = 🎓 خوێندن
label-foreign-qualification = 📄 بڕوانامەی دەرەوە
label-qualification-documents = 📄 بەڵگەنامەکان
label-sector = 💼 بوارەکان
label-experience = 💼 ئەزموون
label-availability = کات
label-childcare = چاودێری منداڵ
label-women-only = تەنها بۆ ئافرەتان

opt-status-asylum-seeker = داواکاری پەنابەری (چاوەڕێی بڕیار)
opt-status-refugee = پەنابەری پەسەندکراو
opt-status-subsidiary = پاراستنی لاوەکی
opt-status-temporary = پاراستنی کاتی (ئۆکرانیا)
opt-status-humanitarian = پاراستنی مرۆیی یان تایبەت
opt-status-tolerated = ڕاگرتنی دیپۆرتکردن (Duldung)
opt-status-other = مۆڵەتێکی تر

opt-level-none = هێشتا نا
opt-level-a-little = کەمێک (A1–A2)
opt-level-everyday = قسەی ڕۆژانە (B1)
opt-level-good = باش (B2)
opt-level-fluent = زۆر باش (C1–C2)

opt-lang-ar = عەرەبی
opt-lang-fa = فارسی / دەری
opt-lang-ps = پەشتۆ
opt-lang-uk = ئۆکرانی
opt-lang-ru = ڕووسی
opt-lang-tr = تورکی
opt-lang-ku = کوردی
opt-lang-en = ئینگلیزی
opt-lang-fr = فەرەنسی
opt-lang-other = زمانێکی تر

opt-edu-none = نەچوومەتە قوتابخانە
opt-edu-primary = قوتابخانەی سەرەتایی
opt-edu-secondary = قوتابخانەی ناوەندی یان ئامادەیی
opt-edu-vocational = ڕاهێنانی پیشەیی
opt-edu-university = زانکۆ

opt-docs-yes = بەڵێ، هەمووی
opt-docs-some = هەندێکیان
opt-docs-none = هیچ بەڵگەنامەیەک نییە

opt-sector-care = چاودێری و تەندروستی
opt-sector-construction = بیناسازی
opt-sector-crafts = پیشەی دەستی
opt-sector-it = کۆمپیوتەر و تەکنەلۆژیای زانیاری
opt-sector-hospitality = هوتێل و چێشتخانە
opt-sector-retail = دووکان و بازرگانی
opt-sector-transport = گواستنەوە و گەیاندن
opt-sector-education = وانەوتنەوە و چاودێری منداڵ
opt-sector-agriculture = کشتوکاڵ
opt-sector-office = کاری نووسینگە
opt-sector-beauty = سەرتاشین و جوانکاری
opt-sector-other = شتێکی تر

opt-exp-none = هیچ
opt-exp-under-2 = کەمتر لە 2 ساڵ
opt-exp-2-5 = 2 بۆ 5 ساڵ
opt-exp-over-5 = زیاتر لە 5 ساڵ

opt-avail-full = دەوامی تەواو
opt-avail-part = نیوەدەوام
opt-avail-evenings = ئێواران یان کۆتایی هەفتە
opt-avail-not-yet = هێشتا نا
