<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message numerus="yes">
        <source>The same note goes on all %n records.</source>
        <translation>
            <numerusform>The same note goes on %n record.</numerusform>
            <numerusform>The same note goes on all %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appro&amp;ve selected (%n)</source>
        <translation>
            <numerusform>Appro&amp;ve selected (%n)</numerusform>
            <numerusform>Appro&amp;ve selected (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews queued: they are sent at the next sync.</source>
        <translation>
            <numerusform>%n review queued: it is sent at the next sync.</numerusform>
            <numerusform>%n reviews queued: they are sent at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n item waiting to be sent.</numerusform>
            <numerusform>%n items waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
