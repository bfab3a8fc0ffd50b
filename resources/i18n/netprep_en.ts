<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaEditorDialog</name>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s), {minutes} minutes in all</source>
        <translation>
            <numerusform>%n phase, {minutes} minutes in all</numerusform>
            <numerusform>%n phases, {minutes} minutes in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCare</name>
    <message numerus="yes">
        <source>
…and %n more</source>
        <translation>
            <numerusform>
…and %n more</numerusform>
            <numerusform>
…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWords</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n meeting(s). Kept, the meetings stay under Meetings with their name, as a record of what was said</source>
        <translation>
            <numerusform>They have %n meeting. Kept, the meetings stay under Meetings with their name, as a record of what was said</numerusform>
            <numerusform>They have %n meetings. Kept, the meetings stay under Meetings with their name, as a record of what was said</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the %n not yet held can still be ended or cancelled)</source>
        <translation>
            <numerusform> (the %n not yet held can still be ended or cancelled)</numerusform>
            <numerusform> (the %n not yet held can still be ended or cancelled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>Streak: %n week(s) in a row</source>
        <translation>
            <numerusform>Streak: %n week in a row</numerusform>
            <numerusform>Streak: %n weeks in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{format}&lt;/b&gt; — {new} new, {merged} merged into contacts you have, {skipped} skipped, %n value(s) left out.</source>
        <translation>
            <numerusform>&lt;b&gt;{format}&lt;/b&gt; — {new} new, {merged} merged into contacts you have, {skipped} skipped, %n value left out.</numerusform>
            <numerusform>&lt;b&gt;{format}&lt;/b&gt; — {new} new, {merged} merged into contacts you have, {skipped} skipped, %n values left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restore %n record</numerusform>
            <numerusform>Restore %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Meeting recorded: %n new contact(s), {followups}</source>
        <translation>
            <numerusform>Meeting recorded: %n new contact, {followups}</numerusform>
            <numerusform>Meeting recorded: %n new contacts, {followups}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n picked: {names}</source>
        <translation>
            <numerusform>%n picked: {names}</numerusform>
            <numerusform>%n picked: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review done in {minutes} min: %n email(s) sent. See you next week.</source>
        <translation>
            <numerusform>Review done in {minutes} min: %n email sent. See you next week.</numerusform>
            <numerusform>Review done in {minutes} min: %n emails sent. See you next week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message numerus="yes">
        <source>No contact logged since you added them %n day(s) ago</source>
        <translation>
            <numerusform>No contact logged since you added them %n day ago</numerusform>
            <numerusform>No contact logged since you added them %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n day(s) ago ({kind}, {date})</source>
        <translation>
            <numerusform>Last contact %n day ago ({kind}, {date})</numerusform>
            <numerusform>Last contact %n days ago ({kind}, {date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the longest gap of %n day(s)</source>
        <translation>
            <numerusform>past the longest gap of %n day</numerusform>
            <numerusform>past the longest gap of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the ideal of every %n day(s)</source>
        <translation>
            <numerusform>past the ideal of every %n day</numerusform>
            <numerusform>past the ideal of every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the ideal of every %n day(s)</source>
        <translation>
            <numerusform>within the ideal of every %n day</numerusform>
            <numerusform>within the ideal of every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>never contacted (added %n day(s) ago)</source>
        <translation>
            <numerusform>never contacted (added %n day ago)</numerusform>
            <numerusform>never contacted (added %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago ({kind})</source>
        <translation>
            <numerusform>last contact %n day ago ({kind})</numerusform>
            <numerusform>last contact %n days ago ({kind})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n promise(s) pending</source>
        <translation>
            <numerusform> · %n promise pending</numerusform>
            <numerusform> · %n promises pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>follow-ups due (%n overdue)</source>
        <translation>
            <numerusform>follow-ups due (%n overdue)</numerusform>
            <numerusform>follow-ups due (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message numerus="yes">
        <source>%n new contact(s) imported</source>
        <translation>
            <numerusform>%n new contact imported</numerusform>
            <numerusform>%n new contacts imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into contacts you had</source>
        <translation>
            <numerusform>%n merged into contacts you had</numerusform>
            <numerusform>%n merged into contacts you had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) restored</source>
        <translation>
            <numerusform>%n other record restored</numerusform>
            <numerusform>%n other records restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
</TS>
