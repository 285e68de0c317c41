<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>suggestions</source>
        <comment>Suggested {label}: {words}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <comment>Confidence {confidence:.2f}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <comment>Click, or Enter at the cursor: accept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <comment>Backspace or X: reject · Tab: next</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityFeed</name>
    <message>
        <source>Active time not saved yet (kept for later): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the token cursor; Shift extends the selection; Tab jumps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantControl</name>
    <message>
        <source>Suggestions not stored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion at the cursor: Tab goes to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion at or above {t:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {n} suggestions at or above {t:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s location is unknown: the assistant cannot train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant trained on {n} entities in {s:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant not trained: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant has no model yet: mark documents done first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the most uncertain document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the most uncertain document… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other unfinished document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most uncertain: {name} (least sure sentence {c:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggestion with at least this confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions ≥ {t:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantStatus</name>
    <message>
        <source>Assistant: no model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model {id}: {documents} documents, {sentences} sentences, {tokens} tokens of the layers {layers}; trained in {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant training: {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant not trained: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on {n} entities · memory only · {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on {n} entities · too few sentences for F1 · {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on {n} entities · F1 {f1:.2f} (held out) · {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidelineEditor</name>
    <message>
        <source>One example a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One counter-example a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a label to edit its guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>No description yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project guidelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guideline of the current label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label (click it or press its hotkey) to see its guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project guidelines yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>Current label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current label: clicks select text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSetDialog</name>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open another database file or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a database file (the sample articles are offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import files, with a cancellable progress dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export CoNLL, JSONL, JSON or Hugging Face JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignores harakat and tatweel, unifies alef forms; &quot;Label all&quot; labels every hit as one undoable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection and label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection first; pressed again, the current label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on selected label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag selected label &amp;uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressed again: unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label set: name, colour, hotkey, order, presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done and go to next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the next unfinished document; Ctrl+Z right after takes you back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip to next unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document n&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag document uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the assistant&apos;s suggestions (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap policy (flat or nested) and the default tag scheme of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;djudicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicate the current document into the gold layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion at the cursor (Enter in the article, or click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion at the cursor (Backspace or X in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all &amp;confident suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every suggestion at or above the confidence threshold, as one undoable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confidence Accept all takes (default 0.80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next most &amp;uncertain document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished document whose least sure sentence is the least sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrain the assistant in the background (it also does after each done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list, searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the label, or apply it to the selection or the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export tag scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export tag scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tag scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a key, a command or a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>active time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents by status, per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotators yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active time recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents finished, by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours, by day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>the training process did not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Guideline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Press a label&apos;s hotkey (1-9), or Enter for the current label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more labels that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a label first (Tab jumps to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label&apos;s edge cannot move further that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more labels or suggestions that way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Not adjusted: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a label&apos;s hotkey (1-9) to label the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
