<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>حول «المُوسِّم»</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>لا شيء مفتوح</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Annotator: label named entities in Arabic news text and export gold-standard NER data.</source>
        <translation>المُوسِّم: وسم الكيانات المسماة في نصوص الأخبار العربية وتصدير بيانات مرجعية للتعرّف على الكيانات.</translation>
    </message>
    <message>
        <source>{}:</source>
        <translation>{}:</translation>
    </message>
</context>
<context>
    <name>ActivityFeed</name>
    <message>
        <source>Active time not saved yet (kept for later): %1</source>
        <translation>لم يُحفظ وقت العمل بعد (محفوظ لوقت لاحق): %1</translation>
    </message>
    <message>
        <source>Active time not saved: %1</source>
        <translation>لم يُحفظ وقت العمل: %1</translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>In gold</source>
        <translation>في المرجعية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Adjudicate — {}</source>
        <translation>التحكيم — {}</translation>
    </message>
    <message>
        <source>Accept into gold</source>
        <translation>قبول في الطبقة المرجعية</translation>
    </message>
    <message>
        <source>Annotators compared:</source>
        <translation>الموسِّمون المقارَنون:</translation>
    </message>
    <message>
        <source>Remove from gold</source>
        <translation>إزالة من الطبقة المرجعية</translation>
    </message>
    <message>
        <source>Relabel as chosen label</source>
        <translation>إعادة الوسم بالوسم المختار</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>تعليم كمُراجَع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>متفق</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Gold layer (select text to add it with the label):</source>
        <translation>الطبقة المرجعية (حدد نصًا لإضافته بالوسم):</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Cannot read the status: {}</source>
        <translation>تعذّرت قراءة الحالة: {}</translation>
    </message>
    <message>
        <source>Reviewed ✓</source>
        <translation>مُراجَع ✓</translation>
    </message>
    <message>
        <source>Accept all agreed ({})</source>
        <translation>قبول كل المتفق عليه ({})</translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation>لم يُحفظ: {}</translation>
    </message>
    <message>
        <source>Already in gold.</source>
        <translation>موجود في الطبقة المرجعية مسبقًا.</translation>
    </message>
    <message>
        <source>Select a span in the list first.</source>
        <translation>حدد مقطعًا في القائمة أولًا.</translation>
    </message>
    <message>
        <source>selected spans</source>
        <translation>المقاطع المحددة</translation>
    </message>
    <message>
        <source>No agreed span is missing from gold.</source>
        <translation>لا مقطع متفق عليه ناقص من الطبقة المرجعية.</translation>
    </message>
    <message>
        <source>Select a gold span first.</source>
        <translation>حدد مقطعًا مرجعيًا أولًا.</translation>
    </message>
    <message>
        <source>Open a document to adjudicate first.</source>
        <translation>افتح مستندًا للتحكيم أولًا.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>A</source>
        <translation>أ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>ب</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 مطابق</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 متداخل</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <source>Inter-annotator agreement</source>
        <translation>الاتفاق بين الموسِّمين</translation>
    </message>
    <message>
        <source>Cannot compute agreement: {}</source>
        <translation>تعذّر حساب الاتفاق: {}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>Layers: {layers} — %n document(s) annotated by two or more of them.</source>
        <translation>
            <numerusform>الطبقات: {layers} — لا مستندات وسمتها طبقتان أو أكثر منها.</numerusform>
            <numerusform>الطبقات: {layers} — مستند واحد وسمته طبقتان أو أكثر منها.</numerusform>
            <numerusform>الطبقات: {layers} — مستندان وسمتهما طبقتان أو أكثر منها.</numerusform>
            <numerusform>الطبقات: {layers} — %n مستندات وسمتها طبقتان أو أكثر منها.</numerusform>
            <numerusform>الطبقات: {layers} — %n مستندًا وسمته طبقتان أو أكثر منها.</numerusform>
            <numerusform>الطبقات: {layers} — %n مستند وسمته طبقتان أو أكثر منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: needs three or more layers on common documents.</source>
        <translation>كابا فلايس: يحتاج إلى ثلاث طبقات أو أكثر على مستندات مشتركة.</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over {layers} layers: {kappa} (documents: {documents}, tokens: {tokens})</source>
        <translation>كابا فلايس على الطبقات ({layers}): {kappa} (المستندات {documents}، الكلمات {tokens})</translation>
    </message>
    <message>
        <source>No pair of layers shares a document.</source>
        <translation>لا يوجد زوج طبقات يشترك في مستند.</translation>
    </message>
    <message>
        <source>F1 per label: {b} against {a}</source>
        <translation>F1 لكل وسم: {b} مقابل {a}</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>متداخل</translation>
    </message>
</context>
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <source>Who is annotating?</source>
        <translation>من يقوم بالوسم؟</translation>
    </message>
    <message>
        <source>Your name (your labels are kept in a layer of this name):</source>
        <translation>اسمك (تُحفظ وسومك في طبقة بهذا الاسم):</translation>
    </message>
    <message>
        <source>Name not saved</source>
        <translation>لم يُحفظ الاسم</translation>
    </message>
    <message>
        <source>Your name cannot be saved: the settings file {path} cannot be written ({reason}).

You label as {name} until you close the application; each start asks for your name again until the settings can be saved.</source>
        <translation>تعذّر حفظ اسمك: لا يمكن الكتابة في ملف الإعدادات {path} ({reason}).

ستوسم باسم {name} حتى تغلق التطبيق، وسيُسأل عن اسمك عند كل تشغيل إلى أن يمكن حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>the folder {path} is read-only</source>
        <translation>المجلد {path} للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>ArticleKeys</name>
    <message>
        <source>Move the cursor left</source>
        <translation>تحريك المؤشر يسارًا</translation>
    </message>
    <message>
        <source>Extend the selection left</source>
        <translation>توسيع التحديد يسارًا</translation>
    </message>
    <message>
        <source>Move the cursor right</source>
        <translation>تحريك المؤشر يمينًا</translation>
    </message>
    <message>
        <source>Extend the selection right</source>
        <translation>توسيع التحديد يمينًا</translation>
    </message>
    <message>
        <source>Move the cursor home</source>
        <translation>تحريك المؤشر إلى بداية السطر</translation>
    </message>
    <message>
        <source>Extend the selection home</source>
        <translation>توسيع التحديد إلى بداية السطر</translation>
    </message>
    <message>
        <source>Move the cursor end</source>
        <translation>تحريك المؤشر إلى نهاية السطر</translation>
    </message>
    <message>
        <source>Extend the selection end</source>
        <translation>توسيع التحديد إلى نهاية السطر</translation>
    </message>
    <message>
        <source>Move the cursor up</source>
        <translation>تحريك المؤشر لأعلى</translation>
    </message>
    <message>
        <source>Extend the selection up</source>
        <translation>توسيع التحديد لأعلى</translation>
    </message>
    <message>
        <source>Move the cursor down</source>
        <translation>تحريك المؤشر لأسفل</translation>
    </message>
    <message>
        <source>Extend the selection down</source>
        <translation>توسيع التحديد لأسفل</translation>
    </message>
    <message>
        <source>Move the cursor a page up</source>
        <translation>تحريك المؤشر صفحة لأعلى</translation>
    </message>
    <message>
        <source>Extend the selection a page up</source>
        <translation>توسيع التحديد صفحة لأعلى</translation>
    </message>
    <message>
        <source>Move the cursor a page down</source>
        <translation>تحريك المؤشر صفحة لأسفل</translation>
    </message>
    <message>
        <source>Extend the selection a page down</source>
        <translation>توسيع التحديد صفحة لأسفل</translation>
    </message>
    <message>
        <source>Move the cursor to the first word</source>
        <translation>تحريك المؤشر إلى أول كلمة في المقالة</translation>
    </message>
    <message>
        <source>Extend the selection to the first word</source>
        <translation>توسيع التحديد إلى أول كلمة في المقالة</translation>
    </message>
    <message>
        <source>Move the cursor to the last word</source>
        <translation>تحريك المؤشر إلى آخر كلمة في المقالة</translation>
    </message>
    <message>
        <source>Extend the selection to the last word</source>
        <translation>توسيع التحديد إلى آخر كلمة في المقالة</translation>
    </message>
    <message>
        <source>Next label</source>
        <translation>الوسم التالي</translation>
    </message>
    <message>
        <source>Previous label</source>
        <translation>الوسم السابق</translation>
    </message>
    <message>
        <source>Leave the article</source>
        <translation>مغادرة المقالة</translation>
    </message>
    <message>
        <source>Move the label&apos;s left edge outward</source>
        <translation>تحريك الحافة اليسرى للوسم إلى الخارج</translation>
    </message>
    <message>
        <source>Move the label&apos;s other edge leftward</source>
        <translation>تحريك الحافة الأخرى للوسم يسارًا</translation>
    </message>
    <message>
        <source>Move the label&apos;s right edge outward</source>
        <translation>تحريك الحافة اليمنى للوسم إلى الخارج</translation>
    </message>
    <message>
        <source>Move the label&apos;s other edge rightward</source>
        <translation>تحريك الحافة الأخرى للوسم يمينًا</translation>
    </message>
    <message>
        <source>Label the selection with the current label</source>
        <translation>وسم التحديد بالوسم الحالي</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <source>Arrow keys move the token cursor; Shift extends the selection; Tab jumps</source>
        <translation>تحرّك مفاتيح الأسهم مؤشر الكلمات؛ Shift يوسّع التحديد؛ Tab ينتقل</translation>
    </message>
    <message>
        <source>Press a label&apos;s hotkey (1-9), or Enter for the current label.</source>
        <translation>اضغط مفتاح اختصار وسم (1-9)، أو Enter للوسم الحالي.</translation>
    </message>
    <message>
        <source>No more labels that way.</source>
        <translation>لا مزيد من الوسوم في هذا الاتجاه.</translation>
    </message>
    <message>
        <source>Select a label first (Tab jumps to the next one).</source>
        <translation>حدد وسمًا أولًا (Tab ينتقل إلى التالي).</translation>
    </message>
    <message>
        <source>The label&apos;s edge cannot move further that way.</source>
        <translation>لا يمكن تحريك حافة الوسم أبعد في هذا الاتجاه.</translation>
    </message>
    <message>
        <source>No more labels or suggestions that way.</source>
        <translation>لا مزيد من الوسوم أو الاقتراحات في هذا الاتجاه.</translation>
    </message>
</context>
<context>
    <name>AssistantControl</name>
    <message>
        <source>Suggestions not stored: {error}</source>
        <translation>لم تُخزَّن الاقتراحات: {error}</translation>
    </message>
    <message>
        <source>Not accepted: {error}</source>
        <translation>لم يُقبل: {error}</translation>
    </message>
    <message>
        <source>Not rejected: {error}</source>
        <translation>لم يُرفض: {error}</translation>
    </message>
    <message>
        <source>No suggestion at the cursor: Tab goes to the next one.</source>
        <translation>لا اقتراح عند المؤشر: Tab ينتقل إلى الاقتراح التالي.</translation>
    </message>
    <message>
        <source>No suggestion at or above {t:.2f}.</source>
        <translation>لا اقتراح بثقة {t:.2f} أو أكثر.</translation>
    </message>
    <message>
        <source>Accept {label}</source>
        <translation>قبول {label}</translation>
    </message>
    <message>
        <source>Accept as</source>
        <translation>قبول بوسم</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>The stored model is damaged: the assistant trains a new one.</source>
        <translation>النموذج المحفوظ تالف: يدرّب المساعد نموذجًا جديدًا.</translation>
    </message>
    <message>
        <source>The database&apos;s location is unknown: the assistant cannot train.</source>
        <translation>موقع قاعدة البيانات غير معروف: لا يستطيع المساعد التدرّب.</translation>
    </message>
    <message>
        <source>Training cancelled: the assistant keeps its model.</source>
        <translation>أُلغي التدريب: يحتفظ المساعد بنموذجه.</translation>
    </message>
    <message>
        <source>The new model is being saved: it is too late to cancel.</source>
        <translation>يجري حفظ النموذج الجديد: فات أوان الإلغاء.</translation>
    </message>
    <message>
        <source>The assistant is not training.</source>
        <translation>المساعد لا يتدرّب الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestions at or above {t:.2f}.</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح بثقة {t:.2f} أو أكثر.</numerusform>
            <numerusform>قُبل اقتراح واحد بثقة {t:.2f} أو أكثر.</numerusform>
            <numerusform>قُبل اقتراحان بثقة {t:.2f} أو أكثر.</numerusform>
            <numerusform>قُبلت %n اقتراحات بثقة {t:.2f} أو أكثر.</numerusform>
            <numerusform>قُبل %n اقتراحًا بثقة {t:.2f} أو أكثر.</numerusform>
            <numerusform>قُبل %n اقتراح بثقة {t:.2f} أو أكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assistant trained on %n entities in {s:.1f} s.</source>
        <translation>
            <numerusform>تدرّب المساعد دون كيانات في {s:.1f} ث.</numerusform>
            <numerusform>تدرّب المساعد على كيان واحد في {s:.1f} ث.</numerusform>
            <numerusform>تدرّب المساعد على كيانين في {s:.1f} ث.</numerusform>
            <numerusform>تدرّب المساعد على %n كيانات في {s:.1f} ث.</numerusform>
            <numerusform>تدرّب المساعد على %n كيانًا في {s:.1f} ث.</numerusform>
            <numerusform>تدرّب المساعد على %n كيان في {s:.1f} ث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assistant not trained: {message}</source>
        <translation>لم يتدرّب المساعد: {message}</translation>
    </message>
    <message>
        <source>Assistant: {error}</source>
        <translation>المساعد: {error}</translation>
    </message>
    <message>
        <source>The assistant has no model yet: mark documents done first.</source>
        <translation>ليس لدى المساعد نموذج بعد: علّم بعض المستندات كمنجزة أولًا.</translation>
    </message>
    <message>
        <source>Looking for the most uncertain document…</source>
        <translation>البحث عن المستند الأقل يقينًا…</translation>
    </message>
    <message>
        <source>Looking for the most uncertain document… {done} of {total}</source>
        <translation>البحث عن المستند الأقل يقينًا… {done} من {total}</translation>
    </message>
    <message>
        <source>No other unfinished document.</source>
        <translation>لا يوجد مستند آخر غير منجز.</translation>
    </message>
    <message>
        <source>Most uncertain: {name} (least sure sentence {c:.2f})</source>
        <translation>الأقل يقينًا: {name} (أدنى ثقة لجملة {c:.2f})</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Accept every suggestion with at least this confidence:</source>
        <translation>قبول كل اقتراح بهذه الثقة على الأقل:</translation>
    </message>
    <message>
        <source>Accept all suggestions ≥ {t:.2f}</source>
        <translation>قبول كل الاقتراحات ≥ {t:.2f}</translation>
    </message>
</context>
<context>
    <name>AssistantStatus</name>
    <message>
        <source>Assistant: no model yet</source>
        <translation>المساعد: لا نموذج بعد</translation>
    </message>
    <message>
        <source>Model {id}: {documents} documents, {sentences} sentences, {tokens} tokens of the layers {layers}; trained in {seconds:.1f} s</source>
        <translation>النموذج {id}: المستندات {documents}، الجمل {sentences}، الكلمات {tokens} من الطبقات {layers}؛ مدة التدريب {seconds:.1f} ث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop this training: the assistant keeps the model it has</source>
        <translation>إيقاف هذا التدريب: يحتفظ المساعد بالنموذج الذي لديه</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>measuring F1</source>
        <translation>قياس F1</translation>
    </message>
    <message>
        <source>features</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Assistant training: {stage}…</source>
        <translation>تدريب المساعد: {stage}…</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>البدء</translation>
    </message>
    <message numerus="yes">
        <source>trained on %n entities · memory only · {age}</source>
        <translation>
            <numerusform>مُدرَّب دون كيانات · الذاكرة فقط · {age}</numerusform>
            <numerusform>مُدرَّب على كيان واحد · الذاكرة فقط · {age}</numerusform>
            <numerusform>مُدرَّب على كيانين · الذاكرة فقط · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيانات · الذاكرة فقط · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيانًا · الذاكرة فقط · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيان · الذاكرة فقط · {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %n entities · too few sentences for F1 · {age}</source>
        <translation>
            <numerusform>مُدرَّب دون كيانات · جمل أقل من أن يُقاس F1 · {age}</numerusform>
            <numerusform>مُدرَّب على كيان واحد · جمل أقل من أن يُقاس F1 · {age}</numerusform>
            <numerusform>مُدرَّب على كيانين · جمل أقل من أن يُقاس F1 · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيانات · جمل أقل من أن يُقاس F1 · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيانًا · جمل أقل من أن يُقاس F1 · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيان · جمل أقل من أن يُقاس F1 · {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %n entities · F1 {f1:.2f} (held out) · {age}</source>
        <translation>
            <numerusform>مُدرَّب دون كيانات · F1 {f1:.2f} (على بيانات محجوزة) · {age}</numerusform>
            <numerusform>مُدرَّب على كيان واحد · F1 {f1:.2f} (على بيانات محجوزة) · {age}</numerusform>
            <numerusform>مُدرَّب على كيانين · F1 {f1:.2f} (على بيانات محجوزة) · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيانات · F1 {f1:.2f} (على بيانات محجوزة) · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيانًا · F1 {f1:.2f} (على بيانات محجوزة) · {age}</numerusform>
            <numerusform>مُدرَّب على %n كيان · F1 {f1:.2f} (على بيانات محجوزة) · {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>قبل أقل من يوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Assistant not trained yet</source>
        <translation>لم يتدرّب المساعد بعد</translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation>قبل {n} ث</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>قبل {n} د</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>قبل {n} س</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No labels to compare.</source>
        <translation>لا وسوم للمقارنة.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details were written to {}.</source>
        <translation>كُتبت التفاصيل في {}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>تعذّرت كتابة التفاصيل في ملف سجل.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

{where}

Your labels are saved as you make them; you can keep working.</source>
        <translation>حدث خطأ: {error}

{where}

تُحفظ وسومك فور إنشائها؛ يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>DatabaseDialogs</name>
    <message>
        <source>Annotation databases (*.annotator *.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات الوسم (*.annotator *.db *.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Open server</source>
        <translation>فتح خادم</translation>
    </message>
    <message>
        <source>PostgreSQL URL (postgresql://user@host/database):</source>
        <translation>عنوان PostgreSQL (postgresql://user@host/database):</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Annotation databases (*.annotator)</source>
        <translation>قواعد بيانات الوسم (*.annotator)</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter: name or text</source>
        <translation>تصفية: الاسم أو النص</translation>
    </message>
    <message>
        <source>Filter documents by name or text</source>
        <translation>تصفية المستندات حسب الاسم أو النص</translation>
    </message>
    <message>
        <source>Indexing the texts…</source>
        <translation>فهرسة النصوص…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n documents match</source>
        <translation>
            <numerusform>{shown} من %n مستند تطابق</numerusform>
            <numerusform>{shown} من مستند واحد يطابق</numerusform>
            <numerusform>{shown} من مستندين تطابق</numerusform>
            <numerusform>{shown} من %n مستندات تطابق</numerusform>
            <numerusform>{shown} من %n مستندًا تطابق</numerusform>
            <numerusform>{shown} من %n مستند تطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>المنجز {done} من {total}</translation>
    </message>
    <message>
        <source>Filter unavailable: {}</source>
        <translation>التصفية غير متاحة: {}</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَع</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>Flagged uncertain</source>
        <translation>معلَّم كغير مؤكد</translation>
    </message>
    <message>
        <source>Flagged uncertain (⚑) or with a note (✎)</source>
        <translation>معلَّم كغير مؤكد (⚑) أو عليه ملاحظة (✎)</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>span {start}-{end} is outside the text, which has {length} characters</source>
        <translation>المقطع {start}-{end} خارج النص، وفي النص {length} حرفًا</translation>
    </message>
    <message>
        <source>span {start}-{end} is empty: its start must come before its end</source>
        <translation>المقطع {start}-{end} فارغ: يجب أن تسبق بدايته نهايته</translation>
    </message>
    <message>
        <source>span {start}-{end} starts on whitespace</source>
        <translation>المقطع {start}-{end} يبدأ بمسافة</translation>
    </message>
    <message>
        <source>span {start}-{end} ends on whitespace</source>
        <translation>المقطع {start}-{end} ينتهي بمسافة</translation>
    </message>
    <message>
        <source>span {start}-{end} ({label}) already exists</source>
        <translation>المقطع {start}-{end} ({label}) موجود من قبل</translation>
    </message>
    <message>
        <source>span {start}-{end} ({label}) is given twice</source>
        <translation>المقطع {start}-{end} ({label}) مذكور مرتين</translation>
    </message>
    <message>
        <source>span {start}-{end} ({label}) overlaps span {other_start}-{other_end} ({other_label})</source>
        <translation>المقطع {start}-{end} ({label}) يتداخل مع المقطع {other_start}-{other_end} ({other_label})</translation>
    </message>
    <message>
        <source>span {start}-{end} ({label}) crosses span {other_start}-{other_end} ({other_label})</source>
        <translation>المقطع {start}-{end} ({label}) يتقاطع مع المقطع {other_start}-{other_end} ({other_label})</translation>
    </message>
    <message>
        <source>the label {label} does not exist (deleted meanwhile?)</source>
        <translation>الوسم {label} غير موجود (هل حُذف في الأثناء؟)</translation>
    </message>
    <message>
        <source>this span is no longer there (removed meanwhile?)</source>
        <translation>لم يعد هذا المقطع موجودًا (هل أُزيل في الأثناء؟)</translation>
    </message>
    <message>
        <source>this document is no longer there (deleted meanwhile?)</source>
        <translation>لم يعد هذا المستند موجودًا (هل حُذف في الأثناء؟)</translation>
    </message>
    <message>
        <source>this suggestion is no longer there (accepted, rejected or its label deleted meanwhile?)</source>
        <translation>لم يعد هذا الاقتراح موجودًا (هل قُبل أو رُفض أو حُذف وسمه في الأثناء؟)</translation>
    </message>
    <message>
        <source>a label {label} already exists</source>
        <translation>يوجد وسم باسم {label} من قبل</translation>
    </message>
    <message>
        <source>the hotkey {hotkey} is already used by the label {label}</source>
        <translation>مفتاح الاختصار {hotkey} مستخدم من قبل للوسم {label}</translation>
    </message>
    <message>
        <source>the hotkey {hotkey} must be 1 to {limit} characters</source>
        <translation>يجب أن يتكون مفتاح الاختصار {hotkey} من 1 إلى {limit} حرفًا</translation>
    </message>
    <message>
        <source>the hotkey {hotkey} contains {char}, an invisible character</source>
        <translation>مفتاح الاختصار {hotkey} يحتوي على {char}، وهو حرف غير مرئي</translation>
    </message>
    <message>
        <source>{colour} is not a colour: use #rrggbb</source>
        <translation>{colour} ليس لونًا: اكتب اللون بالصيغة ‎#rrggbb</translation>
    </message>
    <message>
        <source>a label name must be 1 to {limit} characters</source>
        <translation>يجب أن يتكون اسم الوسم من 1 إلى {limit} حرفًا</translation>
    </message>
    <message>
        <source>the label name {name} contains {char}, an invisible character</source>
        <translation>اسم الوسم {name} يحتوي على {char}، وهو حرف غير مرئي</translation>
    </message>
    <message>
        <source>the label name {name} must not contain spaces</source>
        <translation>يجب ألا يحتوي اسم الوسم {name} على مسافات</translation>
    </message>
    <message>
        <source>a label may not be called O: it is the outside tag</source>
        <translation>لا يجوز تسمية وسم بـ O: فهي علامة ما هو خارج الكيانات</translation>
    </message>
    <message>
        <source>the spans of {label} cannot move to the label being deleted</source>
        <translation>لا يمكن نقل مقاطع {label} إلى الوسم الذي يُحذف</translation>
    </message>
    <message>
        <source>the project guidelines were changed elsewhere since they were read; nothing was overwritten</source>
        <translation>غيّر شخص آخر إرشادات المشروع منذ أن قُرئت؛ لم يُكتب فوق شيء</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>النص أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <source>the annotator name must not be empty</source>
        <translation>يجب ألا يكون اسم المُوسِّم فارغًا</translation>
    </message>
    <message>
        <source>the annotator name is longer than {limit} characters</source>
        <translation>اسم المُوسِّم أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <source>the annotator name {name} contains {char}, an invisible character</source>
        <translation>اسم المُوسِّم {name} يحتوي على {char}، وهو حرف غير مرئي</translation>
    </message>
    <message>
        <source>cannot forbid overlapping spans: {spans} span(s) overlap another span of their layer, in {documents} document(s): {names} (remove or shorten them first)</source>
        <translation>لا يمكن منع تداخل المقاطع: عدد المقاطع المتداخلة مع مقطع آخر في طبقتها {spans}، في مستندات عددها {documents}: {names} (أزلها أو قصّرها أولًا)</translation>
    </message>
    <message>
        <source>{path} is open read-only</source>
        <translation>{path} مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <source>the database refused the change ({detail})</source>
        <translation>رفضت قاعدة البيانات التغيير ({detail})</translation>
    </message>
    <message>
        <source>the database is busy (locked by another program); try again</source>
        <translation>قاعدة البيانات مشغولة (يقفلها برنامج آخر)؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>القرص ممتلئ؛ أفرغ بعض المساحة وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>خطأ في قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>lost connection to the database server: {detail}; the change was not saved</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات: {detail}؛ لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>lost connection to the database server: {detail}</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>{path} is not an annotator database: it is not a file</source>
        <translation>{path} ليس قاعدة بيانات للمُوسِّم: إنه ليس ملفًا</translation>
    </message>
    <message>
        <source>{path} is not an annotator database: it is a folder</source>
        <translation>{path} ليس قاعدة بيانات للمُوسِّم: إنه مجلد</translation>
    </message>
    <message>
        <source>{path} is not an annotator database</source>
        <translation>{path} ليس قاعدة بيانات للمُوسِّم</translation>
    </message>
    <message>
        <source>{path} is not an annotator database: it is not a SQLite file</source>
        <translation>{path} ليس قاعدة بيانات للمُوسِّم: إنه ليس ملف SQLite</translation>
    </message>
    <message>
        <source>{path} is not an annotator database: it holds other tables ({tables})</source>
        <translation>{path} ليس قاعدة بيانات للمُوسِّم: فيه جداول أخرى ({tables})</translation>
    </message>
    <message>
        <source>{path} is not an annotator database: it has no schema version</source>
        <translation>{path} ليس قاعدة بيانات للمُوسِّم: لا يحمل رقم إصدار للمخطط</translation>
    </message>
    <message>
        <source>{path}: the database has schema version {version}, newer than this annotator supports ({latest}); upgrade the annotator</source>
        <translation>{path}: إصدار مخطط قاعدة البيانات {version} أحدث مما يدعمه هذا البرنامج ({latest})؛ حدّث البرنامج</translation>
    </message>
    <message>
        <source>{path} needs an upgrade from schema version {version} to {latest} but is read-only</source>
        <translation>يحتاج {path} إلى ترقية المخطط من الإصدار {version} إلى {latest} لكنه للقراءة فقط</translation>
    </message>
    <message>
        <source>cannot open {path}: {detail}</source>
        <translation>تعذّر فتح {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot open {path}: permission denied (you may not read it)</source>
        <translation>تعذّر فتح {path}: الإذن مرفوض (لا يحق لك قراءته)</translation>
    </message>
    <message>
        <source>cannot create {path}: the folder {folder} is read-only</source>
        <translation>تعذّر إنشاء {path}: المجلد {folder} للقراءة فقط</translation>
    </message>
    <message>
        <source>cannot create {path}: permission denied (you may not write to the folder {folder})</source>
        <translation>تعذّر إنشاء {path}: الإذن مرفوض (لا يحق لك الكتابة في المجلد {folder})</translation>
    </message>
    <message>
        <source>cannot create the folder {path} for the database: {detail}</source>
        <translation>تعذّر إنشاء المجلد {path} لقاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>cannot connect to {path}: {detail}</source>
        <translation>تعذّر الاتصال بـ {path}: {detail}</translation>
    </message>
    <message>
        <source>unknown layer {layers} (known: {known})</source>
        <translation>طبقة غير معروفة {layers} (الطبقات المعروفة: {known})</translation>
    </message>
    <message>
        <source>agreement needs at least two layers</source>
        <translation>يحتاج الاتفاق إلى طبقتين على الأقل</translation>
    </message>
    <message>
        <source>unknown document id {ids}</source>
        <translation>معرّف مستند غير معروف {ids}</translation>
    </message>
    <message>
        <source>{path}: a sqlite URL names no host: give the file&apos;s path after three slashes (four before an absolute path)</source>
        <translation>{path}: لا يذكر عنوان sqlite مضيفًا: اكتب مسار الملف بعد ثلاث شرطات مائلة (وأربع قبل المسار المطلق)</translation>
    </message>
    <message>
        <source>{path}: a sqlite URL needs a file path after three slashes</source>
        <translation>{path}: يحتاج عنوان sqlite إلى مسار ملف بعد ثلاث شرطات مائلة</translation>
    </message>
    <message>
        <source>{path}: unsupported database URL (give a file path, a sqlite URL or a PostgreSQL URL)</source>
        <translation>{path}: عنوان قاعدة بيانات غير مدعوم (اكتب مسار ملف أو عنوان sqlite أو عنوان PostgreSQL)</translation>
    </message>
    <message>
        <source>{path}: a database URL starts with {scheme}</source>
        <translation>{path}: يبدأ عنوان قاعدة البيانات بـ {scheme}</translation>
    </message>
    <message>
        <source>{path}: malformed PostgreSQL URL</source>
        <translation>{path}: عنوان PostgreSQL مشوّه</translation>
    </message>
    <message>
        <source>{path}: the URL names no database (the server, then the database&apos;s name)</source>
        <translation>{path}: لا يذكر العنوان قاعدة بيانات (اكتب الخادم ثم اسم قاعدة البيانات)</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (it needs the psycopg2 package)</source>
        <translation>دعم PostgreSQL غير مثبّت (يحتاج إلى الحزمة ‎psycopg2)</translation>
    </message>
    <message>
        <source>{path}: upgrading to schema version {version} failed: {detail}</source>
        <translation>{path}: فشلت الترقية إلى إصدار المخطط {version}: {detail}</translation>
    </message>
    <message>
        <source>cannot back up {path} to {target} before upgrading: {detail}</source>
        <translation>تعذّر نسخ {path} احتياطيًا إلى {target} قبل الترقية: {detail}</translation>
    </message>
    <message>
        <source>a guideline must be text</source>
        <translation>يجب أن يكون الدليل نصًا</translation>
    </message>
    <message>
        <source>the guideline contains a NUL character (U+0000)</source>
        <translation>في الدليل حرف فارغ (‎U+0000)</translation>
    </message>
    <message>
        <source>the guideline contains a lone surrogate</source>
        <translation>في الدليل رمز بديل مفرد</translation>
    </message>
    <message>
        <source>the descriptions must map a language code to a text</source>
        <translation>يجب أن تربط الأوصاف كل رمز لغة بنص</translation>
    </message>
    <message>
        <source>{language} is no language code (give one like ar or en)</source>
        <translation>{language} ليس رمز لغة (اكتب رمزًا كرمز العربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>the examples must be a list of texts</source>
        <translation>يجب أن تكون الأمثلة قائمة نصوص</translation>
    </message>
    <message>
        <source>the counter-examples must be a list of texts</source>
        <translation>يجب أن تكون الأمثلة المضادة قائمة نصوص</translation>
    </message>
    <message>
        <source>the example {example} has more than one line: an example is one line</source>
        <translation>المثال {example} أكثر من سطر واحد: المثال سطر واحد</translation>
    </message>
    <message>
        <source>too many examples: at most {limit}</source>
        <translation>الأمثلة كثيرة جدًا: {limit} على الأكثر</translation>
    </message>
    <message>
        <source>too many counter-examples: at most {limit}</source>
        <translation>الأمثلة المضادة كثيرة جدًا: {limit} على الأكثر</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>ليس نصًا صالحًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte {byte} at byte offset {offset})</source>
        <translation>ليس نصًا صالحًا بترميز UTF-8 (البايت {byte} عند الموضع {offset})</translation>
    </message>
    <message>
        <source>a NUL character (U+0000) at line {line}: imported text may not contain it; remove it from the file</source>
        <translation>حرف NUL ‏(U+0000) في السطر {line}: لا يجوز أن يحتويه النص المستورد؛ احذفه من الملف</translation>
    </message>
    <message>
        <source>labels not defined yet: {labels}</source>
        <translation>وسوم لم تُعرَّف بعد: {labels}</translation>
    </message>
    <message>
        <source>no tag after the token {token}</source>
        <translation>لا علامة بعد الكلمة {token}</translation>
    </message>
    <message>
        <source>{tag} is not a tag (O, B-X, I-X, E-X, S-X)</source>
        <translation>{tag} ليست علامة (O, B-X, I-X, E-X, S-X)</translation>
    </message>
    <message>
        <source>missing tag: the last column {column} is not a tag</source>
        <translation>العلامة ناقصة: العمود الأخير {column} ليس علامة</translation>
    </message>
    <message>
        <source>empty token (the line starts with a TAB)</source>
        <translation>كلمة فارغة (يبدأ السطر بمسافة جدولة)</translation>
    </message>
    <message>
        <source>no tokens in the file</source>
        <translation>لا كلمات في الملف</translation>
    </message>
    <message>
        <source>not valid JSON (column {column})</source>
        <translation>ليس JSON صالحًا (العمود {column})</translation>
    </message>
    <message>
        <source>the record has no text</source>
        <translation>لا نص في السجل</translation>
    </message>
    <message>
        <source>each record must be a JSON object</source>
        <translation>يجب أن يكون كل سجل كائن JSON</translation>
    </message>
    <message>
        <source>no records in the file</source>
        <translation>لا سجلات في الملف</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}، السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>in the document {document}: {reason}</source>
        <translation>في المستند {document}: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>What an empty list in a refusal reads (&quot;known: none&quot;), as the command line says it.</extracomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{reason}; the project allows no overlapping spans (choose nested spans to import them)</source>
        <translation>{reason}؛ لا يسمح المشروع بتداخل المقاطع (اختر المقاطع المتداخلة لاستيرادها)</translation>
    </message>
    <message>
        <source>{token} is not a JSON number: infinite numbers and NaN cannot be imported</source>
        <translation>{token} ليس عددًا في JSON: لا يُستورد عدد لا نهائي ولا قيمة ليست عددًا</translation>
    </message>
    <message>
        <source>the record&apos;s meta holds a number too large to be imported</source>
        <translation>في البيانات الوصفية للسجل عدد أكبر من أن يُستورد</translation>
    </message>
    <message>
        <source>an invalid JSON string (an unpaired surrogate escape)</source>
        <translation>نص JSON غير صالح (فيه رمز بديل مفرد غير مقترن)</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>ليس JSON صالحًا: التداخل فيه عميق جدًا</translation>
    </message>
    <message>
        <source>the key {key} is given twice in one object: remove one</source>
        <translation>المفتاح {key} مذكور مرتين في كائن واحد: احذف أحدهما</translation>
    </message>
    <message>
        <source>{field} must be a string, not {value}</source>
        <translation>يجب أن يكون {field} نصًا، لا {value}</translation>
    </message>
    <message>
        <source>the record&apos;s meta must be a JSON object, not {value}</source>
        <translation>يجب أن تكون البيانات الوصفية للسجل كائن JSON، لا {value}</translation>
    </message>
    <message>
        <source>a JSON array of records was expected</source>
        <translation>كان المتوقع مصفوفة JSON من السجلات</translation>
    </message>
    <message>
        <source>not valid JSON: the array is not closed</source>
        <translation>ليس JSON صالحًا: المصفوفة غير مغلقة</translation>
    </message>
    <message>
        <source>not valid JSON: a comma or the end of the array was expected</source>
        <translation>ليس JSON صالحًا: كان المتوقع فاصلة أو نهاية المصفوفة</translation>
    </message>
    <message>
        <source>not valid JSON: text after the array</source>
        <translation>ليس JSON صالحًا: نص بعد المصفوفة</translation>
    </message>
    <message>
        <source>a span&apos;s start must be an integer, not {value}</source>
        <translation>يجب أن تكون بداية المقطع عددًا صحيحًا، لا {value}</translation>
    </message>
    <message>
        <source>a span&apos;s end must be an integer, not {value}</source>
        <translation>يجب أن تكون نهاية المقطع عددًا صحيحًا، لا {value}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>يجب أن يكون {key} قائمة</translation>
    </message>
    <message>
        <source>a span needs a start, an end and a label: {item}</source>
        <translation>يحتاج المقطع إلى بداية ونهاية ووسم: {item}</translation>
    </message>
    <message>
        <source>not a span in {key}: {item}</source>
        <translation>ليس مقطعًا في {key}: {item}</translation>
    </message>
    <message>
        <source>span {start}-{end} has no label</source>
        <translation>المقطع {start}-{end} بلا وسم</translation>
    </message>
    <message>
        <source>the text of span {start}-{end}, {given}, is not the text there ({found})</source>
        <translation>نص المقطع {start}-{end}، {given}، ليس النص الموجود هناك ({found})</translation>
    </message>
    <message>
        <source>the text of span {start}-{end} must be a string, not {value}</source>
        <translation>يجب أن يكون نص المقطع {start}-{end} نصًا، لا {value}</translation>
    </message>
    <message>
        <source>the record&apos;s spans and {key} give different spans ({span} is only in {where}): one of them was edited; remove the other</source>
        <translation>يعطي spans و{key} في السجل مقاطع مختلفة ({span} موجود في {where} فقط): عُدِّل أحدهما؛ احذف الآخر</translation>
    </message>
    <message>
        <source>the record&apos;s text is empty</source>
        <translation>نص السجل فارغ</translation>
    </message>
    <message>
        <source>the record&apos;s text holds only whitespace</source>
        <translation>نص السجل مسافات بيضاء فقط</translation>
    </message>
    <message>
        <source>each Label Studio task must be an object with a data object</source>
        <translation>يجب أن تكون كل مهمة من Label Studio كائنًا فيه كائن بيانات</translation>
    </message>
    <message>
        <source>the task&apos;s id must be a number or a string, not {value}</source>
        <translation>يجب أن يكون معرّف المهمة عددًا أو نصًا، لا {value}</translation>
    </message>
    <message>
        <source>the task&apos;s annotations must be a list</source>
        <translation>يجب أن تكون تعليقات المهمة قائمة</translation>
    </message>
    <message>
        <source>the result of the first annotation must be a list</source>
        <translation>يجب أن تكون نتيجة التعليق الأول قائمة</translation>
    </message>
    <message>
        <source>not a Label Studio result: {item}</source>
        <translation>ليست نتيجة من Label Studio: {item}</translation>
    </message>
    <message>
        <source>a labels result has no value: {item}</source>
        <translation>نتيجة وسوم بلا قيمة: {item}</translation>
    </message>
    <message>
        <source>a result has no labels: {item}</source>
        <translation>نتيجة بلا وسوم: {item}</translation>
    </message>
    <message>
        <source>a brat document is an annotation file with a txt file of the same name beside it (or a folder)</source>
        <translation>مستند brat ملف تعليقات بجانبه ملف txt بالاسم نفسه (أو مجلد)</translation>
    </message>
    <message>
        <source>no {txt} beside it: brat needs the text file</source>
        <translation>لا يوجد {txt} بجانبه: يحتاج brat إلى ملف النص</translation>
    </message>
    <message>
        <source>the folder holds no brat documents (a txt file with its annotation file)</source>
        <translation>لا يحوي المجلد مستندات brat (ملف txt مع ملف تعليقاته)</translation>
    </message>
    <message>
        <source>two offsets (start and end) were expected, not {value}</source>
        <translation>كان المتوقع موضعين (البداية والنهاية)، لا {value}</translation>
    </message>
    <message>
        <source>the offsets {start} {end} are not a span of the text ({length} characters)</source>
        <translation>الموضعان {start} {end} ليسا مقطعًا من النص ({length} حرفًا)</translation>
    </message>
    <message>
        <source>not a brat annotation: a line names an entity, its label, its offsets and its text</source>
        <translation>ليس تعليقًا من brat: يذكر السطر الكيان ووسمه وموضعيه ونصه</translation>
    </message>
    <message>
        <source>the annotation {ident} has no label</source>
        <translation>التعليق {ident} بلا وسم</translation>
    </message>
    <message>
        <source>the id {ident} is used twice</source>
        <translation>المعرّف {ident} مستعمل مرتين</translation>
    </message>
    <message>
        <source>the span holds only the byte order mark</source>
        <translation>لا يحوي المقطع إلا علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>the span text {given} is not the document text {found} at its offsets (brat offsets count the characters of the txt file, a line end of two characters as one)</source>
        <translation>نص المقطع {given} ليس نص المستند {found} عند موضعيه (تعدّ مواضع brat أحرف ملف txt، ونهاية السطر ذات الحرفين حرفًا واحدًا)</translation>
    </message>
    <message>
        <source>not a JSON file</source>
        <translation>ليس ملف JSON</translation>
    </message>
    <message>
        <source>a labels file is a JSON object</source>
        <translation>ملف الوسوم كائن JSON</translation>
    </message>
    <message>
        <source>not a labels file: it has no list of labels</source>
        <translation>ليس ملف وسوم: لا قائمة وسوم فيه</translation>
    </message>
    <message>
        <source>a label is a JSON object</source>
        <translation>الوسم كائن JSON</translation>
    </message>
    <message>
        <source>the label has no name</source>
        <translation>الوسم بلا اسم</translation>
    </message>
    <message>
        <source>the label {name} appears twice (first at line {first})</source>
        <translation>الوسم {name} مذكور مرتين (أول مرة في السطر {first})</translation>
    </message>
    <message>
        <source>the hotkey {hotkey} is given to {label} too</source>
        <translation>مفتاح الاختصار {hotkey} معطى للوسم {label} أيضًا</translation>
    </message>
    <message>
        <source>the hotkey must be text</source>
        <translation>يجب أن يكون مفتاح الاختصار نصًا</translation>
    </message>
    <message>
        <source>cannot read it: {detail}</source>
        <translation>تتعذر قراءته: {detail}</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>مجلد، لا ملف</translation>
    </message>
    <message>
        <source>a named pipe, not a regular file: only regular files are read</source>
        <translation>أنبوب مسمّى، لا ملف عادي: لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>a character device, not a regular file: only regular files are read</source>
        <translation>جهاز محارف، لا ملف عادي: لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>a block device, not a regular file: only regular files are read</source>
        <translation>جهاز كتل، لا ملف عادي: لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>a socket, not a regular file: only regular files are read</source>
        <translation>مقبس، لا ملف عادي: لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>not a regular file: only regular files are read</source>
        <translation>ليس ملفًا عاديًا: لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>the file is {bytes}, over the import limit of {limit_bytes} (set {env} to raise it)</source>
        <translation>حجم الملف {bytes}، فوق حد الاستيراد {limit_bytes} (اضبط {env} لرفعه)</translation>
    </message>
    <message>
        <source>the file&apos;s text is {bytes}, over the import limit of {limit_bytes} (set {env} to raise it)</source>
        <translation>حجم نص الملف {bytes}، فوق حد الاستيراد {limit_bytes} (اضبط {env} لرفعه)</translation>
    </message>
    <message>
        <source>the document&apos;s text is {bytes}, over the import limit of {limit_bytes} (set {env} to raise it)</source>
        <translation>حجم نص المستند {bytes}، فوق حد الاستيراد {limit_bytes} (اضبط {env} لرفعه)</translation>
    </message>
    <message>
        <source>the file is over the import limit of {limit_bytes}</source>
        <translation>الملف فوق حد الاستيراد {limit_bytes}</translation>
    </message>
    <message>
        <source>the line is longer than {limit_bytes}, the import limit for one line ({factor} times the document limit: set {env} to raise it)</source>
        <translation>السطر أطول من {limit_bytes}، حد الاستيراد للسطر الواحد ({factor} أضعاف حد المستند: اضبط {env} لرفعه)</translation>
    </message>
    <message>
        <source>must be a positive number of MB, not {value}</source>
        <translation>يجب أن يكون عددًا موجبًا من الميغابايتات، لا {value}</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8 (byte {byte}) and documents are named after their files: rename it and import again</source>
        <translation>اسم الملف ليس UTF-8 صالحًا (البايت {byte}) والمستندات تُسمّى بأسماء ملفاتها: غيّر اسمه واستورده مرة أخرى</translation>
    </message>
    <message>
        <source>the split {value} must be whole numbers like 80/10/10</source>
        <translation>يجب أن يكون التقسيم {value} أعدادًا صحيحة مثل 80/10/10</translation>
    </message>
    <message>
        <source>the split {value} must have two or three parts, not {count}</source>
        <translation>يجب أن يكون للتقسيم {value} جزءان أو ثلاثة، لا {count}</translation>
    </message>
    <message>
        <source>the split {value}: a part cannot be negative ({part})</source>
        <translation>التقسيم {value}: لا يمكن أن يكون جزء سالبًا ({part})</translation>
    </message>
    <message>
        <source>the split {value}: the parts add up to 0: give at least one of them a share, like 80/10/10</source>
        <translation>التقسيم {value}: مجموع الأجزاء 0: أعطِ واحدًا منها على الأقل نصيبًا، مثل 80/10/10</translation>
    </message>
    <message>
        <source>unknown format {format} (choose from {formats})</source>
        <translation>صيغة غير معروفة {format} (اختر من {formats})</translation>
    </message>
    <message>
        <source>a folder can only be imported as text or brat, not {format}</source>
        <translation>لا يُستورد المجلد إلا نصًا أو brat، لا {format}</translation>
    </message>
    <message>
        <source>the folder holds no files to import (a folder imports its txt files)</source>
        <translation>لا يحوي المجلد ملفات للاستيراد (يُستورد من المجلد ملفات txt فيه)</translation>
    </message>
    <message>
        <source>no txt files in this folder, only {count} other file(s); a folder imports only txt files, so give other files by name</source>
        <translation>لا ملفات txt في هذا المجلد، بل {count} ملف(ات) أخرى فقط؛ لا يُستورد من المجلد إلا ملفات txt، فاذكر الملفات الأخرى بأسمائها</translation>
    </message>
    <message>
        <source>label {entry}: {reason}</source>
        <translation>الوسم {entry}: {reason}</translation>
    </message>
    <message>
        <source>label {entry} ({entry_name}): {reason}</source>
        <translation>الوسم {entry} ({entry_name}): {reason}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>no documents in the layer: the export is empty</source>
        <translation>لا مستندات في الطبقة: التصدير فارغ</translation>
    </message>
    <message>
        <source>no documents with status {status} in the layer: the export is empty</source>
        <translation>لا مستندات بالحالة {status} في الطبقة: التصدير فارغ</translation>
    </message>
    <message>
        <source>no documents in the layer: the export is empty (datasets.load_dataset cannot load a dataset without rows)</source>
        <translation>لا مستندات في الطبقة: التصدير فارغ (لا تستطيع datasets.load_dataset تحميل مجموعة بيانات بلا صفوف)</translation>
    </message>
    <message>
        <source>no documents with status {status} in the layer: the export is empty (datasets.load_dataset cannot load a dataset without rows)</source>
        <translation>لا مستندات بالحالة {status} في الطبقة: التصدير فارغ (لا تستطيع datasets.load_dataset تحميل مجموعة بيانات بلا صفوف)</translation>
    </message>
    <message>
        <source>the layer has nested spans: doc.ents holds the outermost ones only; spans inside others left out: {spans} (the spaCy option spans puts every span in doc.spans[&apos;sc&apos;])</source>
        <translation>في الطبقة مقاطع متداخلة: لا يحمل doc.ents إلا الخارجية منها؛ المقاطع المتروكة داخل غيرها: {spans} (خيار spaCy المسمى spans يضع كل مقطع في doc.spans[&apos;sc&apos;])</translation>
    </message>
    <message>
        <source>the layer has nested spans: ner_tags hold the outermost ones only; spans inside others left out: {spans} (the conll export keeps them as extra columns, jsonl in its spans)</source>
        <translation>في الطبقة مقاطع متداخلة: لا تحمل ner_tags إلا الخارجية منها؛ المقاطع المتروكة داخل غيرها: {spans} (يحفظها تصدير conll أعمدةً إضافية، وتصدير jsonl في حقل spans)</translation>
    </message>
    <message>
        <source>the layer has nested spans: ner_tags hold the outermost ones only; spans inside others left out: {spans} (every span is still in spans)</source>
        <translation>في الطبقة مقاطع متداخلة: لا تحمل ner_tags إلا الخارجية منها؛ المقاطع المتروكة داخل غيرها: {spans} (كل المقاطع باقية في spans)</translation>
    </message>
    <message>
        <source>{files}: no documents in this part of the split; the file is empty and the dataset card leaves it out (datasets cannot load an empty split)</source>
        <translation>{files}: لا مستندات في هذا الجزء من التقسيم؛ الملف فارغ وبطاقة مجموعة البيانات لا تذكره (لا تستطيع datasets تحميل جزء فارغ)</translation>
    </message>
    <message>
        <source>brat&apos;s configuration takes type names of ASCII letters, digits, _ and - only; labels left out of annotation.conf and visual.conf: {labels}; their spans are in the .ann files and brat shows them as types it does not define</source>
        <translation>لا يقبل إعداد brat أسماء أنواع إلا من الحروف اللاتينية والأرقام و_ و-؛ الوسوم المتروكة من annotation.conf و visual.conf: {labels}؛ مقاطعها في ملفات ‎.ann ويعرضها brat أنواعًا لا يعرّفها</translation>
    </message>
    <message>
        <source>I- tags repaired as B- (an I- tag began an entity): {count}</source>
        <translation>وسوم I- أُصلحت إلى B- (وسم I- بدأ كيانًا): {count}</translation>
    </message>
    <message>
        <source>entities without E- closed at their last token: {count}</source>
        <translation>كيانات بلا E- أُغلقت عند آخر كلمة فيها: {count}</translation>
    </message>
    <message>
        <source>CoNLL tokens that held whitespace, kept whole in the text (exports split them there): {count}</source>
        <translation>كلمات CoNLL فيها مسافات، حُفظت كاملة في النص (التصدير يقسمها هناك): {count}</translation>
    </message>
    <message>
        <source>Label Studio results skipped that are not labels: {count} ({kinds})</source>
        <translation>نتائج Label Studio المتروكة لأنها ليست وسومًا: {count} ({kinds})</translation>
    </message>
    <message>
        <source>discontinuous brat spans split into one span per fragment: {count}</source>
        <translation>مقاطع brat المتقطعة التي قُسمت مقطعًا لكل جزء: {count}</translation>
    </message>
    <message>
        <source>brat annotator notes kept as span notes: {count}</source>
        <translation>ملاحظات brat المحفوظة ملاحظاتٍ على المقاطع: {count}</translation>
    </message>
    <message>
        <source>brat annotations skipped that are not text-bound: {count} ({kinds})</source>
        <translation>توسيمات brat المتروكة لأنها غير مرتبطة بالنص: {count} ({kinds})</translation>
    </message>
    <message>
        <source>links leaving the folder skipped: {count} ({names})</source>
        <translation>روابط خارج المجلد متروكة: {count} ({names})</translation>
    </message>
    <message>
        <source>special files (FIFOs, devices, sockets) skipped: {count} ({names})</source>
        <translation>ملفات خاصة متروكة (أنابيب وأجهزة ومقابس): {count} ({names})</translation>
    </message>
    <message>
        <source>relations (R)</source>
        <extracomment>How the window names each kind of brat annotation an import skips (with its mark).</extracomment>
        <translation>علاقات (R)</translation>
    </message>
    <message>
        <source>events (E)</source>
        <translation>أحداث (E)</translation>
    </message>
    <message>
        <source>attributes (A/M)</source>
        <translation>سمات (A/M)</translation>
    </message>
    <message>
        <source>normalizations (N)</source>
        <translation>تطبيعات (N)</translation>
    </message>
    <message>
        <source>equivalences (*)</source>
        <translation>تكافؤات (*)</translation>
    </message>
    <message>
        <source>annotator notes not on a span (#)</source>
        <translation>ملاحظات ليست على مقطع (#)</translation>
    </message>
    <message>
        <source>empty annotator notes (#)</source>
        <translation>ملاحظات فارغة (#)</translation>
    </message>
    <message>
        <source>comments that are no annotator notes (#)</source>
        <translation>تعليقات ليست ملاحظات (#)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>one per sentence (id &lt;document&gt;-&lt;n&gt;)</source>
        <translation>صف لكل جملة (المعرّف &lt;المستند&gt;-&lt;الرقم&gt;)</translation>
    </message>
    <message>
        <source>one per document (id &lt;document&gt;)</source>
        <translation>صف لكل مستند (المعرّف &lt;المستند&gt;)</translation>
    </message>
    <message>
        <source>doc.ents (outermost spans)</source>
        <translation>doc.ents (المقاطع الخارجية)</translation>
    </message>
    <message>
        <source>doc.spans[&apos;sc&apos;] (every span)</source>
        <translation>doc.spans[&apos;sc&apos;] (كل المقاطع)</translation>
    </message>
    <message>
        <source>spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy.</source>
        <translation>تقرأ spaCy ‏B-X E-X في BIOES كيانين: استخدم IOB2 مع spaCy.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Output file (a folder when splitting)</source>
        <translation>ملف الإخراج (مجلد عند التقسيم)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>Document boundaries (-DOCSTART-, 4 columns)</source>
        <translation>حدود المستندات (‎-DOCSTART-‎، 4 أعمدة)</translation>
    </message>
    <message>
        <source>Whole tokens (do not split clitics)</source>
        <translation>كلمات كاملة (دون فصل اللواصق)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>جدولة (Tab)</translation>
    </message>
    <message>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Split by document (train/dev/test):</source>
        <translation>التقسيم حسب المستند (تدريب/تطوير/اختبار):</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>الإخراج:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Tag scheme:</source>
        <translation>مخطط الوسوم:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>المستندات:</translation>
    </message>
    <message>
        <source>CoNLL separator:</source>
        <translation>فاصل CoNLL:</translation>
    </message>
    <message>
        <source>Hugging Face rows:</source>
        <translation>صفوف Hugging Face:</translation>
    </message>
    <message>
        <source>spaCy spans:</source>
        <translation>مقاطع spaCy:</translation>
    </message>
    <message>
        <source>choose where to write the export</source>
        <translation>اختر مكان كتابة التصدير</translation>
    </message>
    <message>
        <source>there is nothing to export: no annotator layer has spans yet</source>
        <translation>لا شيء للتصدير: لا توجد طبقة وسم فيها مقاطع بعد</translation>
    </message>
    <message>
        <source>choose the layer to export</source>
        <translation>اختر الطبقة المراد تصديرها</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>{name} (*{suffix});;All files (*)</source>
        <translation>{name} (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>{path} already exists.
Do you want to replace it?</source>
        <translation>الملف {path} موجود مسبقًا.
هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>استبدال الملفات؟</translation>
    </message>
    <message>
        <source>These files already exist:
{path}
Do you want to replace them?</source>
        <translation>هذه الملفات موجودة من قبل:
{path}
هل تريد استبدالها؟</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>Note: {}</source>
        <translation>ملاحظة: {}</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation>المستندات: %n</translation>
    </message>
    <message>
        <source>%n spans</source>
        <translation>المقاطع: %n</translation>
    </message>
    <message>
        <source>Exported {documents} and {spans} from the layer {layer}:</source>
        <translation>صُدِّر ({documents}، {spans}) من الطبقة {layer}:</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format {}</source>
        <translation>صيغة تصدير غير معروفة {}</translation>
    </message>
    <message>
        <source>unknown tag scheme {}</source>
        <translation>مخطط وسوم غير معروف {}</translation>
    </message>
    <message>
        <source>unknown hf row unit {}</source>
        <translation>وحدة صفوف hf غير معروفة {}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported {done} of %n documents…</source>
        <translation>صُدِّر {done} من %n…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
</context>
<context>
    <name>FlaggedOnly</name>
    <message>
        <source>⚑ only</source>
        <translation>⚑ فقط</translation>
    </message>
    <message>
        <source>Show only the items flagged uncertain</source>
        <translation>عرض العناصر المعلَّمة كغير مؤكدة فقط</translation>
    </message>
    <message>
        <source>Show only flagged items</source>
        <translation>عرض العناصر المعلَّمة فقط</translation>
    </message>
</context>
<context>
    <name>FormatSummary</name>
    <message>
        <source>TOKEN&lt;TAB&gt;TAG rows (IOB2, IOB1 or BIOES), a blank line between sentences</source>
        <translation>صفوف TOKEN&lt;TAB&gt;TAG ‏(IOB2 أو IOB1 أو BIOES)، وسطر فارغ بين الجمل</translation>
    </message>
    <message>
        <source>one JSON record a line: text, spans, tokens, ner_tags, doccano&apos;s label, meta</source>
        <translation>سجل JSON في كل سطر: النص والمقاطع والكلمات ووسومها ووسوم doccano والبيانات الوصفية</translation>
    </message>
    <message>
        <source>the jsonl records as one JSON array</source>
        <translation>سجلات jsonl في مصفوفة JSON واحدة</translation>
    </message>
    <message>
        <source>Hugging Face rows (id, tokens, ner_tags) per sentence or document</source>
        <translation>صفوف Hugging Face ‏(المعرّف والكلمات ووسومها) لكل جملة أو مستند</translation>
    </message>
    <message>
        <source>a Hugging Face dataset folder: train/validation/test .jsonl and a README.md card</source>
        <translation>مجلد مجموعة بيانات Hugging Face: ملفات train/validation/test ‏(.jsonl) وبطاقة README.md</translation>
    </message>
    <message>
        <source>a spaCy DocBin (.spacy) for spacy train: doc.ents or doc.spans[&apos;sc&apos;]</source>
        <translation>ملف DocBin من spaCy ‏(.spacy) يقرؤه spacy train: ‏doc.ents أو doc.spans[&apos;sc&apos;]</translation>
    </message>
    <message>
        <source>brat standoff: a folder of NAME.txt and NAME.ann, and annotation.conf</source>
        <translation>صيغة brat: مجلد فيه NAME.txt وNAME.ann، وملف annotation.conf</translation>
    </message>
    <message>
        <source>Label Studio tasks (JSON) and the labelling config beside them</source>
        <translation>مهام Label Studio ‏(JSON) وإعداد الوسم بجانبها</translation>
    </message>
</context>
<context>
    <name>GuidelineEditor</name>
    <message>
        <source>One example a line</source>
        <translation>مثال واحد في كل سطر</translation>
    </message>
    <message>
        <source>One counter-example a line</source>
        <translation>مثال مضاد واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Save guideline</source>
        <translation>&amp;حفظ الإرشاد</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>Not this label</source>
        <translation>ليس هذا الوسم</translation>
    </message>
    <message>
        <source>Select a label to edit its guideline.</source>
        <translation>اختر وسمًا لتحرير إرشاده.</translation>
    </message>
    <message>
        <source>Guideline of %1 (%2)</source>
        <translation>إرشاد %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>No description yet.</source>
        <translation>لا وصف بعد.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>أمثلة:</translation>
    </message>
    <message>
        <source>Not this label:</source>
        <translation>ليس هذا الوسم:</translation>
    </message>
    <message>
        <source>Project guidelines</source>
        <translation>إرشادات المشروع</translation>
    </message>
    <message>
        <source>Someone else saved the project guidelines while you were editing them:

{text}

Replace their text with yours?</source>
        <translation>حفظ شخص آخر إرشادات المشروع وأنت تحرّرها:

{text}

أتضع نصّك مكان نصّه؟</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guideline of the current label</source>
        <translation>إرشاد الوسم الحالي</translation>
    </message>
    <message>
        <source>Project guidelines</source>
        <translation>إرشادات المشروع</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation>ترا&amp;جع عن التحرير</translation>
    </message>
    <message>
        <source>No label chosen</source>
        <translation>لم يُختر وسم</translation>
    </message>
    <message>
        <source>Choose a label (click it or press its hotkey) to see its guideline.</source>
        <translation>اختر وسمًا (انقره أو اضغط مفتاح اختصاره) لترى إرشاده.</translation>
    </message>
    <message>
        <source>No project guidelines yet.</source>
        <translation>لا إرشادات للمشروع بعد.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Supported files (*.txt *.jsonl *.json *.conll *.conllu *.iob *.iob2 *.bio *.bioes *.tsv *.ner *.ann);;All files (*)</source>
        <translation>الملفات المدعومة (*.txt *.jsonl *.json *.conll *.conllu *.iob *.iob2 *.bio *.bioes *.tsv *.ner *.ann);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Files and folders (a folder imports its .txt files):</source>
        <translation>الملفات والمجلدات (يُستورد من المجلد ملفات ‎.txt‎ فيه):</translation>
    </message>
    <message>
        <source>Guess from each file</source>
        <translation>استنتاجها من كل ملف</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Add labels that are not defined yet</source>
        <translation>إضافة الوسوم غير المعرَّفة بعد</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>مسطّحة</translation>
    </message>
    <message>
        <source>nested</source>
        <translation>متداخلة</translation>
    </message>
    <message>
        <source>Keep the current one ({})</source>
        <translation>إبقاء الحالية ({})</translation>
    </message>
    <message>
        <source>flat: no overlapping spans</source>
        <translation>مسطّحة: لا مقاطع متداخلة</translation>
    </message>
    <message>
        <source>nested: properly nested spans allowed</source>
        <translation>متداخلة: يُسمح بالمقاطع المتداخلة تداخلًا سليمًا</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>CoNLL tag scheme:</source>
        <translation>مخطط وسوم CoNLL:</translation>
    </message>
    <message>
        <source>Annotator layer:</source>
        <translation>طبقة الموسِّم:</translation>
    </message>
    <message>
        <source>Overlap policy:</source>
        <translation>سياسة التداخل:</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>labels not defined yet: {labels} (tick “{option}” to add them)</source>
        <translation>وسوم غير معرَّفة بعد: {labels} (فعِّل «{option}» لإضافتها)</translation>
    </message>
    <message>
        <source>choose at least one file or folder to import</source>
        <translation>اختر ملفًا أو مجلدًا واحدًا على الأقل للاستيراد</translation>
    </message>
    <message>
        <source>unknown import format {}</source>
        <translation>صيغة استيراد غير معروفة {}</translation>
    </message>
    <message>
        <source>unknown tag scheme {}</source>
        <translation>مخطط وسوم غير معروف {}</translation>
    </message>
    <message>
        <source>unknown overlap policy {}</source>
        <translation>سياسة تداخل غير معروفة {}</translation>
    </message>
    <message>
        <source>the annotator layer needs a name</source>
        <translation>طبقة الموسِّم تحتاج إلى اسم</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%n documents created</source>
        <translation>المستندات المُنشأة: %n</translation>
    </message>
    <message>
        <source>{} merged</source>
        <translation>المدموجة: {}</translation>
    </message>
    <message>
        <source>%n spans added</source>
        <translation>المقاطع المضافة: %n</translation>
    </message>
    <message>
        <source>%n spans already there</source>
        <translation>المقاطع الموجودة من قبل: %n</translation>
    </message>
    <message>
        <source>{created}, {merged}, {added}, {there}.
Labels added: {labels}.</source>
        <translation>{created}، {merged}، {added}، {there}.
الوسوم المضافة: {labels}.</translation>
    </message>
    <message>
        <source>{created}, {merged}, {added}.
Labels added: {labels}.</source>
        <translation>{created}، {merged}، {added}.
الوسوم المضافة: {labels}.</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} و{more} غيرها</translation>
    </message>
    <message>
        <source>Skipped in folders (not .txt): {}.</source>
        <translation>تُخطّي في المجلدات (ليست ‎.txt‎): {}.</translation>
    </message>
    <message>
        <source>Importing {name} ({index} of {total})…</source>
        <translation>استيراد {name} ({index} من {total})…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>Current label</source>
        <translation>الوسم الحالي</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>لا وسم</translation>
    </message>
    <message>
        <source>No current label: clicks select text</source>
        <translation>لا وسم حاليًا: النقرات تحدد النص</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Press {key} to use {name}</source>
        <translation>اضغط {key} لاستخدام {name}</translation>
    </message>
</context>
<context>
    <name>LabelSetDialog</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>مفتاح الاختصار</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>ال&amp;لون…</translation>
    </message>
    <message>
        <source>Apply &amp;preset</source>
        <translation>تطبيق مجموعة &amp;جاهزة</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>المجموعة الجاهزة:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Hotkey of {}</source>
        <translation>مفتاح اختصار {}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{} (automatic)</source>
        <translation>{} (تلقائي)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>{} is not a colour.</source>
        <translation>{} ليس لونًا.</translation>
    </message>
    <message>
        <source>The hotkey must be a digit from 1 to 9, not {}.</source>
        <translation>يجب أن يكون مفتاح الاختصار رقمًا من 1 إلى 9، لا {}.</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>نقل الوسم</translation>
    </message>
    <message>
        <source>{} was not deleted.</source>
        <translation>لم يُحذف {}.</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>Choose another label for the spans.</source>
        <translation>اختر وسمًا آخر للمقاطع.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted {name}; %n span(s) now labelled {label}.</source>
        <translation>
            <numerusform>حُذف {name}؛ لا مقاطع صارت موسومة بـ {label}.</numerusform>
            <numerusform>حُذف {name}؛ صار مقطع واحد موسومًا بـ {label}.</numerusform>
            <numerusform>حُذف {name}؛ صار مقطعان موسومين بـ {label}.</numerusform>
            <numerusform>حُذف {name}؛ صارت %n مقاطع موسومة بـ {label}.</numerusform>
            <numerusform>حُذف {name}؛ صار %n مقطعًا موسومًا بـ {label}.</numerusform>
            <numerusform>حُذف {name}؛ صار %n مقطع موسومًا بـ {label}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {name} and %n span(s).</source>
        <translation>
            <numerusform>حُذف {name} ولا مقاطع.</numerusform>
            <numerusform>حُذف {name} ومقطع واحد.</numerusform>
            <numerusform>حُذف {name} ومقطعان.</numerusform>
            <numerusform>حُذف {name} و%n مقاطع.</numerusform>
            <numerusform>حُذف {name} و%n مقطعًا.</numerusform>
            <numerusform>حُذف {name} و%n مقطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>المجموعة الجاهزة</translation>
    </message>
    <message>
        <source>Applied the {} preset.</source>
        <translation>طُبّقت المجموعة الجاهزة {}.</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>الإرشاد</translation>
    </message>
    <message>
        <source>Name of the new label:</source>
        <translation>اسم الوسم الجديد:</translation>
    </message>
    <message>
        <source>The label {label} is used by %n spans. What should happen to them?</source>
        <translation>الوسم {label} مستخدم في مقاطع عددها %n. ماذا تريد أن تفعل بها؟</translation>
    </message>
    <message>
        <source>Delete the %n spans</source>
        <translation>حذف المقاطع (%n)</translation>
    </message>
    <message>
        <source>Relabel them…</source>
        <translation>إعادة وسمها…</translation>
    </message>
    <message>
        <source>Relabel spans</source>
        <translation>إعادة وسم المقاطع</translation>
    </message>
    <message>
        <source>New label for the spans of {}:</source>
        <translation>الوسم الجديد لمقاطع {}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Database unavailable: {}</source>
        <translation>قاعدة البيانات غير متاحة: {}</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere.</source>
        <translation>حُدِّث بتغييرات أُجريت في مكان آخر.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation>كل المستندات منجزة.</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>افتح مستندًا أولًا.</translation>
    </message>
    <message>
        <source>Not labelled: {}</source>
        <translation>لم يُوسم: {}</translation>
    </message>
    <message>
        <source>Choose a label first (click it or press its hotkey).</source>
        <translation>اختر وسمًا أولًا (انقره أو اضغط مفتاح اختصاره).</translation>
    </message>
    <message>
        <source>{label}: {text} (Delete removes, 1-9 relabels)</source>
        <translation>{label}: {text} (Delete يزيل، 1-9 يعيد الوسم)</translation>
    </message>
    <message>
        <source>No label has hotkey {}.</source>
        <translation>لا وسم له مفتاح الاختصار {}.</translation>
    </message>
    <message>
        <source>Nothing to label in the selection.</source>
        <translation>لا شيء للوسم في التحديد.</translation>
    </message>
    <message>
        <source>Annotator: {}</source>
        <translation>الموسِّم: {}</translation>
    </message>
    <message>
        <source>Not adjusted: {}</source>
        <translation>لم يُضبط: {}</translation>
    </message>
    <message>
        <source>Press a label&apos;s hotkey (1-9) to label the selection.</source>
        <translation>اضغط مفتاح اختصار وسم (1-9) لوسم التحديد.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Show documents by status</source>
        <translation>عرض المستندات حسب الحالة</translation>
    </message>
    <message>
        <source>Entities of this document</source>
        <translation>كيانات هذا المستند</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Not labelled: {} is punctuation only (Alt+drag over one character to label just that one)</source>
        <translation>لم يُوسم: {} علامات ترقيم فقط (اسحب مع Alt فوق حرف واحد لوسمه وحده)</translation>
    </message>
    <message>
        <source>relabelled {text} {old} → {new}</source>
        <translation>أُعيد وسم {text} من {old} إلى {new}</translation>
    </message>
    <message>
        <source>layer {}</source>
        <translation>الطبقة {}</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <source>No current label: clicks select text.</source>
        <translation>لا وسم حاليًا: النقرات تحدد النص.</translation>
    </message>
    <message>
        <source>Click or drag over words to label them {} (Alt+drag: exact characters)</source>
        <translation>انقر الكلمات أو اسحب فوقها لوسمها بـ {} (السحب مع Alt: حروف بعينها)</translation>
    </message>
    <message>
        <source>Labelled %n matches as {label}; skipped {skipped} that conflict.</source>
        <translation>وُسمت النتائج (%n) بـ {label}؛ وتُخطّي المتعارض منها ({skipped}).</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>create a database file (the sample articles are offered)</source>
        <translation>إنشاء ملف قاعدة بيانات (مع عرض المقالات النموذجية)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>import files, with a cancellable progress dialog</source>
        <translation>استيراد ملفات، مع نافذة تقدّم قابلة للإلغاء</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>export CoNLL, JSONL, JSON or Hugging Face JSON lines</source>
        <translation>تصدير CoNLL أو JSONL أو JSON أو أسطر JSON لـ Hugging Face</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <source>ignores harakat and tatweel, unifies alef forms; &quot;Label all&quot; labels every hit as one undoable step</source>
        <translation>يتجاهل الحركات والتطويل ويوحّد صور الألف؛ «وسم الكل» يسم كل النتائج في خطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message>
        <source>&amp;Remove selected label</source>
        <translation>إ&amp;زالة الوسم المحدد</translation>
    </message>
    <message>
        <source>Clear selection and label</source>
        <translation>مسح التحديد والوسم</translation>
    </message>
    <message>
        <source>the selection first; pressed again, the current label</source>
        <translation>التحديد أولًا؛ وبالضغط مرة أخرى، الوسم الحالي</translation>
    </message>
    <message>
        <source>&amp;Note on selected label…</source>
        <translation>&amp;ملاحظة على الوسم المحدد…</translation>
    </message>
    <message>
        <source>Flag selected label &amp;uncertain</source>
        <translation>تعليم الوسم المحدد كـ&amp;غير مؤكد</translation>
    </message>
    <message>
        <source>pressed again: unflag</source>
        <translation>بالضغط مرة أخرى: إلغاء التعليم</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>ال&amp;وسوم…</translation>
    </message>
    <message>
        <source>the label set: name, colour, hotkey, order, presets</source>
        <translation>مجموعة الوسوم: الاسم واللون ومفتاح الاختصار والترتيب والمجموعات الجاهزة</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <source>Mark &amp;done and go to next</source>
        <translation>تعليم كـ&amp;منجز والانتقال إلى التالي</translation>
    </message>
    <message>
        <source>to the next unfinished document; Ctrl+Z right after takes you back</source>
        <translation>إلى المستند غير المنجز التالي؛ Ctrl+Z بعدها مباشرة يعيدك</translation>
    </message>
    <message>
        <source>&amp;Skip to next unfinished</source>
        <translation>ت&amp;خطٍّ إلى غير المنجز التالي</translation>
    </message>
    <message>
        <source>the status stays as it is</source>
        <translation>تبقى الحالة كما هي</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>back to in progress</source>
        <translation>العودة إلى «قيد العمل»</translation>
    </message>
    <message>
        <source>Document n&amp;ote…</source>
        <translation>ملا&amp;حظة على المستند…</translation>
    </message>
    <message>
        <source>&amp;Flag document uncertain</source>
        <translation>تعليم المستند كـ&amp;غير مؤكد</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>ال&amp;خط…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>show the assistant&apos;s suggestions (remembered)</source>
        <translation>إظهار اقتراحات المساعد (يُحفظ الاختيار)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>م&amp;شروع</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>overlap policy (flat or nested) and the default tag scheme of exports</source>
        <translation>سياسة التداخل (مسطّحة أو متداخلة) ومخطط الوسوم الافتراضي للتصدير</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>الا&amp;تفاق…</translation>
    </message>
    <message>
        <source>A&amp;djudicate</source>
        <translation>ال&amp;تحكيم</translation>
    </message>
    <message>
        <source>adjudicate the current document into the gold layer</source>
        <translation>تحكيم المستند الحالي إلى الطبقة المرجعية</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>الإ&amp;حصاءات…</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>الم&amp;ساعد</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>Accept all &amp;confident suggestions</source>
        <translation>قبول كل الاقتراحات ال&amp;واثقة</translation>
    </message>
    <message>
        <source>every suggestion at or above the confidence threshold, as one undoable step</source>
        <translation>كل اقتراح عند عتبة الثقة أو فوقها، في خطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message>
        <source>Confidence &amp;threshold…</source>
        <translation>&amp;عتبة الثقة…</translation>
    </message>
    <message>
        <source>the confidence Accept all takes (default 0.80)</source>
        <translation>الثقة التي يعتمدها «قبول الكل» (الافتراضي 0.80)</translation>
    </message>
    <message>
        <source>Next most &amp;uncertain document</source>
        <translation>المستند ال&amp;تالي الأقل يقينًا</translation>
    </message>
    <message>
        <source>the unfinished document whose least sure sentence is the least sure</source>
        <translation>المستند غير المنجز الذي فيه أضعف الجمل ثقةً</translation>
    </message>
    <message>
        <source>&amp;Train now</source>
        <translation>ت&amp;دريب الآن</translation>
    </message>
    <message>
        <source>retrain the assistant in the background (it also does after each done)</source>
        <translation>إعادة تدريب المساعد في الخلفية (يحدث ذلك أيضًا بعد كل إنجاز)</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>إ&amp;لغاء التدريب</translation>
    </message>
    <message>
        <source>stop the training before it saves: the assistant keeps its model</source>
        <translation>إيقاف التدريب قبل الحفظ: يحتفظ المساعد بنموذجه</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>this list, searchable</source>
        <translation>هذه القائمة، مع البحث</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>choose the label, or apply it to the selection or the selected span</source>
        <translation>اختيار الوسم، أو تطبيقه على التحديد أو المقطع المحدد</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>System</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>open another database file</source>
        <translation>فتح ملف قاعدة بيانات آخر</translation>
    </message>
    <message>
        <source>Open &amp;server…</source>
        <translation>فتح &amp;خادم…</translation>
    </message>
    <message>
        <source>open a shared PostgreSQL database by its URL</source>
        <translation>فتح قاعدة بيانات PostgreSQL مشتركة بعنوانها</translation>
    </message>
    <message>
        <source>the suggestion at the cursor (or click it)</source>
        <translation>الاقتراح عند المؤشر (أو انقر عليه)</translation>
    </message>
    <message>
        <source>the suggestion at the cursor (Backspace and Delete reject it too when no label is selected)</source>
        <translation>الاقتراح عند المؤشر (ويرفضه Backspace وDelete أيضًا حين لا يكون أي وسم محددًا)</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح التا&amp;لي</translation>
    </message>
    <message>
        <source>the cursor to the next label or suggestion</source>
        <translation>المؤشر إلى الوسم أو الاقتراح التالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>the cursor to the previous label or suggestion</source>
        <translation>المؤشر إلى الوسم أو الاقتراح السابق</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Label {key}</source>
        <translation>الوسم {key}</translation>
    </message>
    <message>
        <source>Label {key}: {name}</source>
        <translation>الوسم {key}: {name}</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>خط المقالة</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Note (empty removes it):</source>
        <translation>الملاحظة (تركها فارغة يزيلها):</translation>
    </message>
    <message>
        <source>Note on {label} «{text}»</source>
        <translation>ملاحظة على {label} «{text}»</translation>
    </message>
    <message>
        <source>flagged uncertain</source>
        <translation>معلَّم كغير مؤكد</translation>
    </message>
    <message>
        <source>no longer flagged</source>
        <translation>لم يعد معلَّمًا</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>افتح مستندًا أولًا.</translation>
    </message>
    <message>
        <source>Note on the document {}</source>
        <translation>ملاحظة على المستند {}</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Flag uncertain</source>
        <translation>تعليم كغير مؤكد</translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation>لم يُحفظ: {}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>The import was cancelled: {}.</source>
        <translation>أُلغي الاستيراد: {}.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>The export was cancelled: {}.</source>
        <translation>أُلغي التصدير: {}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>flat: spans never overlap</source>
        <translation>مسطّحة: لا تتداخل المقاطع أبدًا</translation>
    </message>
    <message>
        <source>nested: a span may lie inside another (Wojood-style)</source>
        <translation>متداخلة: قد يقع مقطع داخل آخر (على طريقة «وجود»)</translation>
    </message>
    <message>
        <source>spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy.</source>
        <translation>تقرأ spaCy ‏B-X E-X في BIOES كيانين: استخدم IOB2 مع spaCy.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>إعدادات المشروع</translation>
    </message>
    <message>
        <source>Overlap policy</source>
        <translation>سياسة التداخل</translation>
    </message>
    <message>
        <source>Default export tag scheme</source>
        <translation>مخطط الوسوم الافتراضي للتصدير</translation>
    </message>
    <message>
        <source>Overlap policy:</source>
        <translation>سياسة التداخل:</translation>
    </message>
    <message>
        <source>Default export tag scheme:</source>
        <translation>مخطط الوسوم الافتراضي للتصدير:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Export tag scheme</source>
        <translation>مخطط وسوم التصدير</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>Retry</name>
    <message>
        <source>Database connection lost</source>
        <translation>انقطع الاتصال بقاعدة البيانات</translation>
    </message>
    <message>
        <source>{message}.

Try again?</source>
        <translation>{message}.

إعادة المحاولة؟</translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation>لم يُحفظ: {}</translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <source>Empty database</source>
        <translation>قاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>This database has no documents yet. Load the five sample Arabic news articles?</source>
        <translation>لا مستندات في قاعدة البيانات هذه بعد. هل تريد تحميل المقالات الإخبارية العربية النموذجية الخمس؟</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in article (ignores harakat, tatweel, alef forms)</source>
        <translation>بحث في المقالة (يتجاهل الحركات والتطويل وصور الألف)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Label all matches</source>
        <translation>وسم كل النتائج</translation>
    </message>
    <message>
        <source>Label every match with the current label (one undo step)</source>
        <translation>وسم كل نتيجة بالوسم الحالي (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>بحث في المقالة</translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ما يفعله</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Search: a key, a command or a menu</source>
        <translation>بحث: مفتاح أو أمر أو قائمة</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>البحث في الاختصارات</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shortcuts</source>
        <translation>
            <numerusform>{shown} من %n اختصار</numerusform>
            <numerusform>{shown} من اختصار واحد</numerusform>
            <numerusform>{shown} من اختصارين</numerusform>
            <numerusform>{shown} من %n اختصارات</numerusform>
            <numerusform>{shown} من %n اختصارًا</numerusform>
            <numerusform>{shown} من %n اختصار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanMenu</name>
    <message>
        <source>Remove label</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>Relabel as</source>
        <translation>إعادة الوسم بـ</translation>
    </message>
    <message>
        <source>Label as</source>
        <translation>وسم بـ</translation>
    </message>
</context>
<context>
    <name>SpanRefusal</name>
    <message>
        <source>{words} is already labelled {label}</source>
        <translation>{words} موسوم مسبقًا بـ ⁨{label}⁩</translation>
    </message>
    <message>
        <source>{words} would overlap {label} {other}</source>
        <translation>{words} سيتداخل مع ⁨{label}⁩ {other}</translation>
    </message>
    <message>
        <source>{words} would cross {label} {other}</source>
        <translation>{words} سيتقاطع مع ⁨{label}⁩ {other}</translation>
    </message>
    <message>
        <source>{words} starts on whitespace</source>
        <translation>{words} يبدأ بمسافة</translation>
    </message>
    <message>
        <source>{words} ends on whitespace</source>
        <translation>{words} ينتهي بمسافة</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَع</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message>
        <source>active time %1</source>
        <translation>وقت العمل %1</translation>
    </message>
    <message>
        <source>Documents by status, per annotator</source>
        <translation>المستندات حسب الحالة، لكل موسِّم</translation>
    </message>
    <message>
        <source>No annotators yet.</source>
        <translation>لا موسِّمين بعد.</translation>
    </message>
    <message>
        <source>Entities per label</source>
        <translation>الكيانات لكل وسم</translation>
    </message>
    <message>
        <source>No entities yet.</source>
        <translation>لا كيانات بعد.</translation>
    </message>
    <message>
        <source>No active time recorded yet.</source>
        <translation>لم يُسجَّل وقت عمل بعد.</translation>
    </message>
    <message>
        <source>Active time per annotator</source>
        <translation>وقت العمل لكل موسِّم</translation>
    </message>
    <message>
        <source>Entities per hour</source>
        <translation>الكيانات في الساعة</translation>
    </message>
    <message>
        <source>Documents finished, by day</source>
        <translation>المستندات المنجزة، حسب اليوم</translation>
    </message>
    <message>
        <source>No document finished yet.</source>
        <translation>لم يُنجز أي مستند بعد.</translation>
    </message>
    <message>
        <source>Active hours, by day</source>
        <translation>ساعات العمل، حسب اليوم</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>the suggestion is gone (accepted, rejected or replaced)</source>
        <translation>لم يعد الاقتراح موجودًا (قُبل أو رُفض أو استُبدل)</translation>
    </message>
    <message>
        <source>no suggestion could be accepted: each overlaps a label</source>
        <translation>تعذّر قبول أي اقتراح: كلٌّ منها يتداخل مع وسم</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>the training process did not start</source>
        <translation>لم تبدأ عملية التدريب</translation>
    </message>
    <message>
        <source>nothing to learn from yet: label a document and mark it done (Ctrl+Return), or label the gold layer</source>
        <translation>لا شيء يتعلّم منه بعد: وسِّم مستندًا ثم علِّمه منجزًا (Ctrl+Return)، أو وسِّم الطبقة المرجعية</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Guideline of %1</source>
        <translation>إرشاد %1</translation>
    </message>
    <message>
        <source>Project guidelines</source>
        <translation>إرشادات المشروع</translation>
    </message>
    <message>
        <source>Accept suggestion {0}</source>
        <translation>قبول الاقتراح {0}</translation>
    </message>
    <message>
        <source>Accept %n suggestions</source>
        <translation>قبول الاقتراحات (%n)</translation>
    </message>
    <message>
        <source>Reject suggestion {0}</source>
        <translation>رفض الاقتراح {0}</translation>
    </message>
    <message>
        <source>{command} not undone/redone: {error}</source>
        <translation>لم يُتراجع عن «{command}» أو يُعَد: {error}</translation>
    </message>
    <message>
        <source>Mark new</source>
        <translation>تعليم كجديد</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>تعليم كقيد العمل</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>تعليم كمُراجَع</translation>
    </message>
    <message>
        <source>Label {}</source>
        <translation>وسم {}</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>Relabel {old} as {new}</source>
        <translation>إعادة وسم {old} إلى {new}</translation>
    </message>
    <message>
        <source>Adjust label</source>
        <translation>ضبط الوسم</translation>
    </message>
    <message>
        <source>Label %n matches as {}</source>
        <translation>وسم النتائج (%n) بـ {}</translation>
    </message>
    <message>
        <source>Accept %n agreed spans</source>
        <translation>قبول المقاطع المتفق عليها (%n)</translation>
    </message>
    <message>
        <source>Flag the label uncertain</source>
        <translation>تعليم الوسم كغير مؤكد</translation>
    </message>
    <message>
        <source>Unflag the label</source>
        <translation>إلغاء تعليم الوسم</translation>
    </message>
    <message>
        <source>Note on the label</source>
        <translation>ملاحظة على الوسم</translation>
    </message>
    <message>
        <source>Remove the note of the label</source>
        <translation>إزالة ملاحظة الوسم</translation>
    </message>
    <message>
        <source>Flag the document uncertain</source>
        <translation>تعليم المستند كغير مؤكد</translation>
    </message>
    <message>
        <source>Unflag the document</source>
        <translation>إلغاء تعليم المستند</translation>
    </message>
    <message>
        <source>Note on the document</source>
        <translation>ملاحظة على المستند</translation>
    </message>
    <message>
        <source>Remove the note of the document</source>
        <translation>إزالة ملاحظة المستند</translation>
    </message>
    <message>
        <source>Overlap policy</source>
        <translation>سياسة التداخل</translation>
    </message>
    <message>
        <source>Export tag scheme</source>
        <translation>مخطط وسوم التصدير</translation>
    </message>
    <message>
        <source>label {name} is used by %n spans now: it stays</source>
        <translation>الوسم {name} مستخدم الآن في مقاطع عددها %n: سيبقى</translation>
    </message>
    <message>
        <source>Add label {}</source>
        <translation>إضافة الوسم {}</translation>
    </message>
    <message>
        <source>Rename label {old} as {new}</source>
        <translation>إعادة تسمية الوسم {old} إلى {new}</translation>
    </message>
    <message>
        <source>Colour of label {}</source>
        <translation>لون الوسم {}</translation>
    </message>
    <message>
        <source>Hotkey of label {}</source>
        <translation>مفتاح اختصار الوسم {}</translation>
    </message>
    <message>
        <source>Move label {}</source>
        <translation>نقل الوسم {}</translation>
    </message>
    <message>
        <source>Apply preset {}</source>
        <translation>تطبيق المجموعة الجاهزة {}</translation>
    </message>
    <message>
        <source>Delete label {}</source>
        <translation>حذف الوسم {}</translation>
    </message>
</context>
<context>
    <name>suggestions</name>
    <message>
        <source>Suggested {label}: {words}</source>
        <translation>مقترح ⁨{label}⁩: {words}</translation>
    </message>
    <message>
        <source>Confidence {confidence:.2f}</source>
        <translation>الثقة {confidence:.2f}</translation>
    </message>
    <message>
        <source>Click, or Enter at the cursor: accept</source>
        <translation>النقر، أو Enter عند المؤشر: قبول</translation>
    </message>
    <message>
        <source>Backspace or X: reject · Tab: next</source>
        <translation>Backspace أو X: رفض · Tab: التالي</translation>
    </message>
</context>
</TS>
