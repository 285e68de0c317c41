<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>Layers: {layers} — %n document(s) annotated by two or more of them.</source>
        <translation>
            <numerusform>Layers: {layers} — %n document annotated by two or more of them.</numerusform>
            <numerusform>Layers: {layers} — %n documents annotated by two or more of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantControl</name>
    <message numerus="yes">
        <source>Accepted %n suggestions at or above {t:.2f}.</source>
        <translation>
            <numerusform>Accepted %n suggestion at or above {t:.2f}.</numerusform>
            <numerusform>Accepted %n suggestions at or above {t:.2f}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assistant trained on %n entities in {s:.1f} s.</source>
        <translation>
            <numerusform>Assistant trained on %n entity in {s:.1f} s.</numerusform>
            <numerusform>Assistant trained on %n entities in {s:.1f} s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantStatus</name>
    <message numerus="yes">
        <source>trained on %n entities · memory only · {age}</source>
        <translation>
            <numerusform>trained on %n entity · memory only · {age}</numerusform>
            <numerusform>trained on %n entities · memory only · {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %n entities · too few sentences for F1 · {age}</source>
        <translation>
            <numerusform>trained on %n entity · too few sentences for F1 · {age}</numerusform>
            <numerusform>trained on %n entities · too few sentences for F1 · {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %n entities · F1 {f1:.2f} (held out) · {age}</source>
        <translation>
            <numerusform>trained on %n entity · F1 {f1:.2f} (held out) · {age}</numerusform>
            <numerusform>trained on %n entities · F1 {f1:.2f} (held out) · {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message numerus="yes">
        <source>{shown} of %n documents match</source>
        <translation>
            <numerusform>{shown} of %n document match</numerusform>
            <numerusform>{shown} of %n documents match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelSetDialog</name>
    <message numerus="yes">
        <source>Deleted {name}; %n span(s) now labelled {label}.</source>
        <translation>
            <numerusform>Deleted {name}; %n span now labelled {label}.</numerusform>
            <numerusform>Deleted {name}; %n spans now labelled {label}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {name} and %n span(s).</source>
        <translation>
            <numerusform>Deleted {name} and %n span.</numerusform>
            <numerusform>Deleted {name} and %n spans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message numerus="yes">
        <source>{shown} of %n shortcuts</source>
        <translation>
            <numerusform>{shown} of %n shortcut</numerusform>
            <numerusform>{shown} of %n shortcuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
</TS>
