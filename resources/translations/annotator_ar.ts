<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>Label {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel {old} as {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label %n match(es) as {}</source>
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
        <source>Accept %n agreed span(s)</source>
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
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename label {old} as {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of label {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey of label {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move label {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply preset {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete label {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator: label named entities in Arabic news text and export gold-standard NER data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{}:</source>
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
    <name>AnnotatorPrompt</name>
    <message>
        <source>Who is annotating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (your labels are kept in a layer of this name):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleKeys</name>
    <message>
        <source>Move the cursor left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the label&apos;s left edge outward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the label&apos;s other edge leftward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the label&apos;s right edge outward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the label&apos;s other edge rightward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the selection with the current label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the suggestion at the cursor (Enter accepts it)</source>
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
    <name>Crash</name>
    <message>
        <source>The details were written to {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}

{where}

Your labels are saved as you make them; you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDialogs</name>
    <message>
        <source>Annotation databases (*.annotator *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation databases (*.annotator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter documents by name or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n document(s) match</source>
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
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter unavailable: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>DocumentsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged uncertain (⚑) or with a note (✎)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>one per sentence (id &lt;document&gt;-&lt;n&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per document (id &lt;document&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc.ents (outermost spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc.spans[&apos;sc&apos;] (every span)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (a folder when splitting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document boundaries (-DOCSTART-, 4 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole tokens (do not split clitics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by document (train/dev/test):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaCy spans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where to write the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to export: no annotator layer has spans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the layer to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {documents} and {spans} from the layer {layer}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag scheme {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hf row unit {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {done} of %n document(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedOnly</name>
    <message>
        <source>⚑ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items flagged uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only flagged items</source>
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
    <name>ImportDialog</name>
    <message>
        <source>Supported files (*.txt *.jsonl *.json *.conll *.conllu *.iob *.iob2 *.bio *.bioes *.tsv *.ner);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders (a folder imports its .txt files):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess from each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add labels that are not defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current one ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat: no overlapping spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested: properly nested spans allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL tag scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>choose at least one file or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag scheme {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown overlap policy {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotator layer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created}, {merged}, {added}.
Labels added: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped in folders (not .txt): {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name} ({index} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
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
    <name>LabelPalette</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {key} to use {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSetDialog</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
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
        <source>Hotkey of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotkey must be a digit from 1 to 9, not {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another label for the spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted {name}; %n span(s) now labelled {label}.</source>
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
        <source>Deleted {name} and %n span(s).</source>
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
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the {} preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label {label} is used by %n span(s). What should happen to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %n span(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label for the spans of {}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label first (click it or press its hotkey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {text} (Delete removes, 1-9 relabels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label has hotkey {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to label in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled %n match(es) as {label}; skipped {skipped} that conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adjusted: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a label&apos;s hotkey (1-9) to label the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled: {} is punctuation only (Alt+drag over one character to label just that one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relabelled {text} {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current label: clicks select text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag over words to label them {} (Alt+drag: exact characters)</source>
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
    <name>Notes</name>
    <message>
        <source>Note (empty removes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a label first (click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {label} «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the document {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>flat: spans never overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested: a span may lie inside another (Wojood-style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Retry</name>
    <message>
        <source>Database connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}.

Try again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no documents yet. Load the five sample Arabic news articles?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in article (ignores harakat, tatweel, alef forms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label all matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label every match with the current label (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>{shown} of %n shortcut(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanMenu</name>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanRefusal</name>
    <message>
        <source>{words} is already labelled {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} would overlap {label} {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} would cross {label} {other}</source>
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
    <name>Suggestions</name>
    <message>
        <source>the suggestion is gone (accepted, rejected or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestion could be accepted: each overlaps a label</source>
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
    <message>
        <source>{command} not undone/redone: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the label uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note of the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the document uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tag scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label {name} is used by %n span(s) now: it stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suggestions</name>
    <message>
        <source>Suggested {label}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence {confidence:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or Enter at the cursor: accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace or X: reject · Tab: next</source>
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
</TS>
