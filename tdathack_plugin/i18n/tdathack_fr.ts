<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>tdathack</name>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>T.Dat'Hack algorithms</source>
      <translation>Algorithmes T.Dat'Hack</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Show the T.Dat'Hack algorithms in the Processing toolbox</source>
      <translation>Afficher les algorithmes T.Dat'Hack dans la boîte à outils de traitements</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>T.Dat'Hack help</source>
      <translation>Aide de T.Dat'Hack</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Open the T.Dat'Hack user guide</source>
      <translation>Ouvrir le guide d'utilisation de T.Dat'Hack</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/provider.py" />
      <source>T.Dat'Hack: telecom open data and coverage gaps</source>
      <translation>T.Dat'Hack : données ouvertes télécoms et zones de couverture manquante</translation>
    </message>
  </context>
</TS>
