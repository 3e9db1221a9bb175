# Questions about starting or restarting a business.

q-business-stage = 🏪 پڕۆژەکەتان گەیشتووەتە کوێ؟
q-business-sector = 🏪 پڕۆژەکەتان لە چ بوارێکدایە؟
q-team-size = 🏪 لەگەڵ خۆتان، چەند کەس تێیدا کار دەکەن؟ ژمارەیەک بنێرن.
hint-team-size = تکایە ژمارەیەک لە { $min } تا { $max } بنێرن، بۆ نموونە 1 ئەگەر بە تەنها کار دەکەن.
q-allowed-self-employed = ئایا ڕێگەتان پێدراوە لێرە پڕۆژەی تایبەتی خۆتان هەبێت؟
why-allowed-self-employed = لە کاتی چاوەڕوانی بڕیاری پەنابەریدا، ڕێگە بە هەموو کەسێک نادرێت پڕۆژەی خۆی هەبێت. تەنها بۆ نیشاندانی پرۆگرامی گونجاو بەکاری دەهێنین، بۆ نموونە ئەو خولانەی ئێستا دەتوانن بیخوێنن. دەتوانن تێی بپەڕن.
q-needs-finance = ئایا بۆ دەستپێکردن پێویستتان بە پارە هەیە، بۆ نموونە قەرزێکی بچووک؟
why-needs-finance = هەندێک پرۆگرام قەرزی بچووک یان گەرەنتی دەدەن. هەرگیز پرسیار لەسەر داهات یان قەرزەکانتان ناکەین.
business-done = سوپاس! بەدوای پرۆگرام بۆ پڕۆژەکەتاندا دەگەڕێین.

label-business-stage = 🏪 قۆناغ
label-business-sector = 🏪 بوار
label-team-size = 🏪 ژمارەی کەس
label-allowed-self-employed = ڕێگەی پڕۆژەی تایبەت
label-needs-finance = پێویستی بە پارە بۆ دەستپێکردن

opt-stage-idea = 💡 تەنها بیرۆکەیەکە
opt-stage-plan = پلانێکی نووسراوم هەیە
opt-stage-registered = پێشتر لێرە تۆمار کراوە
opt-stage-had-business = لە وڵاتی خۆم پڕۆژەم هەبوو
