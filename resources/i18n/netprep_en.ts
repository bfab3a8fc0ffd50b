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
</TS>
