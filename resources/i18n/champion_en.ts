<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DisconnectFlow</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the server refused</source>
        <translation>
            <numerusform>%n record the server refused</numerusform>
            <numerusform>%n records the server refused</numerusform>
        </translation>
    </message>
</context>
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
    <name>ReviewQueue</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
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
<context>
    <name>Wipe</name>
    <message numerus="yes">
        <source>What had not been sent was deleted with it: %n item(s). If you are the champion who used this laptop, tell your coordinator, because the server cannot know what that was.</source>
        <translation>
            <numerusform>What had not been sent was deleted with it: %n item. If you are the champion who used this laptop, tell your coordinator, because the server cannot know what that was.</numerusform>
            <numerusform>What had not been sent was deleted with it: %n items. If you are the champion who used this laptop, tell your coordinator, because the server cannot know what that was.</numerusform>
        </translation>
    </message>
</context>
</TS>
