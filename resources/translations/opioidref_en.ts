<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CowsWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/tools/cows.py" line="275" />
        <source>%n recorded score(s) will be lost. Copy the summary first?</source>
        <translation>
            <numerusform>%n recorded score will be lost. Copy the summary first?</numerusform>
            <numerusform>%n recorded scores will be lost. Copy the summary first?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/tools/cows.py" line="328" />
        <source>Summary of %n score(s) copied; paste it into the chart.</source>
        <translation>
            <numerusform>Summary of %n score copied; paste it into the chart.</numerusform>
            <numerusform>Summary of %n scores copied; paste it into the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/side_panel.py" line="129" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>