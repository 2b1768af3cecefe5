<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>tdathack</name>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>T.Dat'Hack algorithms</source>
      <translation>T.Dat'Hack algorithms</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Show the T.Dat'Hack algorithms in the Processing toolbox</source>
      <translation>Show the T.Dat'Hack algorithms in the Processing toolbox</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>T.Dat'Hack help</source>
      <translation>T.Dat'Hack help</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Open the T.Dat'Hack user guide</source>
      <translation>Open the T.Dat'Hack user guide</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/provider.py" />
      <source>T.Dat'Hack: telecom open data and coverage gaps</source>
      <translation>T.Dat'Hack: telecom open data and coverage gaps</translation>
    </message>
  </context>
</TS>
