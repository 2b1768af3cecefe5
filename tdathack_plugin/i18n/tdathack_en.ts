<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>tdathack</name>
    <message>
      <location filename="../../tdathack_plugin/coverage/lines.py" />
      <source>A geometry overlay failed (GEOS returned parts that do not add up).</source>
      <translation>A geometry overlay failed (GEOS returned parts that do not add up).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>Non-employer unit</source>
      <translation>Non-employer unit</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>Unknown size class</source>
      <translation>Unknown size class</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>No employee</source>
      <translation>No employee</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} to {high} employees</source>
      <translation>{low} to {high} employees</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} employees or more</source>
      <translation>{low} employees or more</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} or {high} employees</source>
      <translation>{low} or {high} employees</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Settings &gt; Options &gt; Network</source>
      <translation>Settings &gt; Options &gt; Network</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>month</source>
      <translation>month</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>day</source>
      <translation>day</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>hour</source>
      <translation>hour</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>minute</source>
      <translation>minute</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Canceled.</source>
      <translation>Canceled.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{target} refused the API key (HTTP {status}). Check the key stored in the authentication configuration and its rights on the portal.</source>
      <translation>{target} refused the API key (HTTP {status}). Check the key stored in the authentication configuration and its rights on the portal.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{target} is private (HTTP {status}). Choose an authentication configuration holding an API key of this portal.</source>
      <translation>{target} is private (HTTP {status}). Choose an authentication configuration holding an API key of this portal.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The authentication configuration '{authcfg}' uses the method {method}, which holds no API key. Create a 'Basic' configuration with the API key as password (any user name).</source>
      <translation>The authentication configuration '{authcfg}' uses the method {method}, which holds no API key. Create a 'Basic' configuration with the API key as password (any user name).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The authentication configuration '{authcfg}' could not be read: it does not exist, or the QGIS master password was not entered.</source>
      <translation>The authentication configuration '{authcfg}' could not be read: it does not exist, or the QGIS master password was not entered.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>later</source>
      <translation>later</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The download from {portal} stopped after {received} of {expected} bytes: the connection was cut. Nothing was kept; try again.</source>
      <translation>The download from {portal} stopped after {received} of {expected} bytes: the connection was cut. Nothing was kept; try again.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The download from {portal} stopped after {received} bytes: the connection was cut. Nothing was kept; try again.</source>
      <translation>The download from {portal} stopped after {received} bytes: the connection was cut. Nothing was kept; try again.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} had an internal error (HTTP {status}). Try again later.</source>
      <translation>{portal} had an internal error (HTTP {status}). Try again later.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Cannot reach {portal} ({detail}). Check the portal address, your connection and the proxy settings of QGIS ({settings}).</source>
      <translation>Cannot reach {portal} ({detail}). Check the portal address, your connection and the proxy settings of QGIS ({settings}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Secure connection to {portal} failed ({detail}). If your organisation inspects HTTPS traffic, add its certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager).</source>
      <translation>Secure connection to {portal} failed ({detail}). If your organisation inspects HTTPS traffic, add its certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} sent nothing for {seconds} s and the request was abandoned. Try again later, filter the dataset, or raise the timeout in {settings}.</source>
      <translation>{portal} sent nothing for {seconds} s and the request was abandoned. Try again later, filter the dataset, or raise the timeout in {settings}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The dataset '{dataset}' does not exist on {portal} (or it is private and no valid API key was given). Check its identifier in the dataset page address.</source>
      <translation>The dataset '{dataset}' does not exist on {portal} (or it is private and no valid API key was given). Check its identifier in the dataset page address.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} does not look like an Opendatasoft portal: its Explore API v2.1 was not found. Give the portal home page address, e.g. https://opendata.paris.fr.</source>
      <translation>{portal} does not look like an Opendatasoft portal: its Explore API v2.1 was not found. Give the portal home page address, e.g. https://opendata.paris.fr.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The portal rejected the query: {message}</source>
      <translation>The portal rejected the query: {message}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} refuses more requests: the quota of {limit} calls per {unit} is used up. It resets on {when}; an API key may give a larger quota.</source>
      <translation>{portal} refuses more requests: the quota of {limit} calls per {unit} is used up. It resets on {when}; an API key may give a larger quota.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} gave an unexpected answer (HTTP {status}): {detail}</source>
      <translation>{portal} gave an unexpected answer (HTTP {status}): {detail}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} answered with a web page instead of data: a proxy or a network login page (captive portal) is probably in the way. Open the portal in a web browser, log in if asked, and check the proxy settings of QGIS ({settings}).</source>
      <translation>{portal} answered with a web page instead of data: a proxy or a network login page (captive portal) is probably in the way. Open the portal in a web browser, log in if asked, and check the proxy settings of QGIS ({settings}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>QGIS gives up on a request after {seconds} s without data. The portal may need longer to prepare an export of {count} records; if the download is cut, raise the timeout in {settings}.</source>
      <translation>QGIS gives up on a request after {seconds} s without data. The portal may need longer to prepare an export of {count} records; if the download is cut, raise the timeout in {settings}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>no explanation given</source>
      <translation>no explanation given</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>the answer is not JSON</source>
      <translation>the answer is not JSON</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>The dataset '{dataset}' of {portal}</source>
      <translation>The dataset '{dataset}' of {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Dataset page</source>
      <translation>Dataset page</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>The dataset on {portal}</source>
      <translation>The dataset on {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>the exported file cannot be read: {path}</source>
      <translation>the exported file cannot be read: {path}</translation>
    </message>
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
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage of transport axes</source>
      <translation>Coverage of transport axes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Mobile coverage (New Deal mobile)</source>
      <translation>Mobile coverage (New Deal mobile)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Metric CRS for the computation (default: chosen from the data)</source>
      <translation>Metric CRS for the computation (default: chosen from the data)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>axe routier,road,rail,train,new deal,arcep,mobile,kilometre</source>
      <translation>axe routier,road,rail,train,new deal,arcep,mobile,kilometre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axes (road or rail lines)</source>
      <translation>Axes (road or rail lines)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axis id field (features with the same id form one axis)</source>
      <translation>Axis id field (features with the same id form one axis)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage polygons (one layer per operator, or an operator field)</source>
      <translation>Coverage polygons (one layer per operator, or an operator field)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Operator field (Arcep: operateur)</source>
      <translation>Operator field (Arcep: operateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage level field (Arcep: niveau)</source>
      <translation>Coverage level field (Arcep: niveau)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Minimum coverage level</source>
      <translation>Minimum coverage level</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Expected number of operators (default: the operators found)</source>
      <translation>Expected number of operators (default: the operators found)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axis segments by coverage</source>
      <translation>Axis segments by coverage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Statistics per axis</source>
      <translation>Statistics per axis</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>The axes layer has no line of non-zero length.</source>
      <translation>The axes layer has no line of non-zero length.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.</source>
      <translation>Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Operators found: {names} (expected: {n}).</source>
      <translation>Operators found: {names} (expected: {n}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Limited coverage (CL) or better</source>
      <translation>Limited coverage (CL) or better</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Good coverage (BC) or better</source>
      <translation>Good coverage (BC) or better</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Very good coverage (TBC)</source>
      <translation>Very good coverage (TBC)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>The computation CRS must be projected in metres, not {crs}.</source>
      <translation>The computation CRS must be projected in metres, not {crs}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>{n} axis features without a line or of zero length were left out.</source>
      <translation>{n} axis features without a line or of zero length were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>{n} multi-part axis features: every part is measured.</source>
      <translation>{n} multi-part axis features: every part is measured.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Cancelled: no output was written.</source>
      <translation>Cancelled: no output was written.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>{n} invalid geometries were repaired.</source>
      <translation>{n} invalid geometries were repaired.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage from antenna sites</source>
      <translation>Estimated coverage from antenna sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Segments per quarter circle</source>
      <translation>Segments per quarter circle</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>antenna,site,arcep,anfr,buffer,estimate,what if</source>
      <translation>antenna,site,arcep,anfr,buffer,estimate,what if</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Antenna sites</source>
      <translation>Antenna sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Operator field (MCC-MNC or Arcep code)</source>
      <translation>Operator field (MCC-MNC or Arcep code)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Sites to keep (expression, e.g. "4G" = 1)</source>
      <translation>Sites to keep (expression, e.g. "4G" = 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Coverage radius around each site (metres)</source>
      <translation>Coverage radius around each site (metres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Radius field (metres, overrides the radius where set)</source>
      <translation>Radius field (metres, overrides the radius where set)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Clip to (polygons, e.g. the territory)</source>
      <translation>Clip to (polygons, e.g. the territory)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage</source>
      <translation>Estimated coverage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Computation CRS: {crs}</source>
      <translation>Computation CRS: {crs}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage (buffers around sites), not Arcep's coverage maps: {n} operators from {s} sites.</source>
      <translation>Estimated coverage (buffers around sites), not Arcep's coverage maps: {n} operators from {s} sites.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>The radius must be greater than 0 metres (got {r}).</source>
      <translation>The radius must be greater than 0 metres (got {r}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>{n} sites without a point or with a radius ≤ 0 were skipped.</source>
      <translation>{n} sites without a point or with a radius ≤ 0 were skipped.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>With a single coverage layer, give OPERATOR_FIELD (the field that tells operators apart, e.g. operateur), or give one layer per operator.</source>
      <translation>With a single coverage layer, give OPERATOR_FIELD (the field that tells operators apart, e.g. operateur), or give one layer per operator.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The field "{field}" is not in the layer "{layer}" (its fields: {fields}).</source>
      <translation>The field "{field}" is not in the layer "{layer}" (its fields: {fields}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The coverage layer "{layer}" is not a polygon layer.</source>
      <translation>The coverage layer "{layer}" is not a polygon layer.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Download an Opendatasoft dataset</source>
      <translation>Download an Opendatasoft dataset</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Open data</source>
      <translation>Open data</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>download</source>
      <translation>download</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>portal</source>
      <translation>portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Portal address</source>
      <translation>Portal address</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Dataset identifier</source>
      <translation>Dataset identifier</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Filter (ODSQL where clause)</source>
      <translation>Filter (ODSQL where clause)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Only records inside this extent</source>
      <translation>Only records inside this extent</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>API key (authentication configuration)</source>
      <translation>API key (authentication configuration)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Dataset</source>
      <translation>Dataset</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>{title}: {count} records on {portal}</source>
      <translation>{title}: {count} records on {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset '{dataset}' has no geometry: it cannot be filtered by extent.</source>
      <translation>The dataset '{dataset}' has no geometry: it cannot be filtered by extent.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Downloading: {size} MB received</source>
      <translation>Downloading: {size} MB received</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments without fibre (fibre pro)</source>
      <translation>Establishments without fibre (fibre pro)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Fixed broadband (fibre)</source>
      <translation>Fixed broadband (fibre)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments without a location were left out.</source>
      <translation>{n} establishments without a location were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} closed establishments were left out.</source>
      <translation>{n} closed establishments were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments located at their commune centroid (qualite_xy = 33) were left out.</source>
      <translation>{n} establishments located at their commune centroid (qualite_xy = 33) were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments below the smallest size class were left out.</source>
      <translation>{n} establishments below the smallest size class were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Eligible to fibre</source>
      <translation>Eligible to fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Not eligible to fibre</source>
      <translation>Not eligible to fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility</source>
      <translation>fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments (Sirene géolocalisé points)</source>
      <translation>Establishments (Sirene géolocalisé points)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Size class field (default: trancheEffectifsEtablissement)</source>
      <translation>Size class field (default: trancheEffectifsEtablissement)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Smallest size class kept</source>
      <translation>Smallest size class kept</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Active establishments only (etatAdministratifEtablissement = A)</source>
      <translation>Active establishments only (etatAdministratifEtablissement = A)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Fibre-ready premises (points) or eligible zones (polygons)</source>
      <translation>Fibre-ready premises (points) or eligible zones (polygons)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Filter of the eligible features (expression)</source>
      <translation>Filter of the eligible features (expression)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Id field of the eligible features (default: feature id)</source>
      <translation>Id field of the eligible features (default: feature id)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Match distance (metres)</source>
      <translation>Match distance (metres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Zones (communes, zones d'activités...)</source>
      <translation>Zones (communes, zones d'activités...)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Zone id field</source>
      <translation>Zone id field</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Cluster distance (metres)</source>
      <translation>Cluster distance (metres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Minimum establishments per cluster</source>
      <translation>Minimum establishments per cluster</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments with their eligibility</source>
      <translation>Establishments with their eligibility</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Statistics per zone and size class</source>
      <translation>Statistics per zone and size class</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Priority clusters of establishments without fibre</source>
      <translation>Priority clusters of establishments without fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No size class field: every establishment is of unknown size.</source>
      <translation>No size class field: every establishment is of unknown size.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No etatAdministratifEtablissement field: every establishment is kept.</source>
      <translation>No etatAdministratifEtablissement field: every establishment is kept.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No establishment left to analyse (see the log for what was left out).</source>
      <translation>No establishment left to analyse (see the log for what was left out).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No eligible feature: no establishment is eligible.</source>
      <translation>No eligible feature: no establishment is eligible.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Give ZONES_ID_FIELD, the id field of the zones.</source>
      <translation>Give ZONES_ID_FIELD, the id field of the zones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} of {total} establishments are eligible to fibre.</source>
      <translation>{n} of {total} establishments are eligible to fibre.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments have an unknown size code ({codes}): kept in the class '?'.</source>
      <translation>{n} establishments have an unknown size code ({codes}): kept in the class '?'.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Eligible features kept by the filter: {n}.</source>
      <translation>Eligible features kept by the filter: {n}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>All zones</source>
      <translation>All zones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments lie outside every zone.</source>
      <translation>{n} establishments lie outside every zone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>All sizes</source>
      <translation>All sizes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality per grid cell</source>
      <translation>Measured quality per grid cell</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Not enough data: fewer than {n} measures</source>
      <translation>Not enough data: fewer than {n} measures</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median</source>
      <translation>qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measurement points (Arcep QoS campaign, crowdsourcing)</source>
      <translation>Measurement points (Arcep QoS campaign, crowdsourcing)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured value field (bitrate, signal...)</source>
      <translation>Measured value field (bitrate, signal...)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Operator field (one grid per operator)</source>
      <translation>Operator field (one grid per operator)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Grid type</source>
      <translation>Grid type</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Cell size (metres: side of a square, width of a hexagon)</source>
      <translation>Cell size (metres: side of a square, width of a hexagon)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Threshold: a measure under it is insufficient (unit of the value)</source>
      <translation>Threshold: a measure under it is insufficient (unit of the value)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Minimum number of measures per cell</source>
      <translation>Minimum number of measures per cell</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality grid</source>
      <translation>Measured quality grid</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>No measure with a point and a value.</source>
      <translation>No measure with a point and a value.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Sufficient: median ≥ {t}</source>
      <translation>Sufficient: median ≥ {t}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Insufficient: median &lt; {t}</source>
      <translation>Insufficient: median &lt; {t}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures in {c} cells.</source>
      <translation>{n} measures in {c} cells.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Square</source>
      <translation>Square</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Hexagon</source>
      <translation>Hexagon</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>The cell size must be greater than 0 metres (got {s}).</source>
      <translation>The cell size must be greater than 0 metres (got {s}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures without a point or a value were skipped.</source>
      <translation>{n} measures without a point or a value were skipped.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Mobile zones blanches and zones grises</source>
      <translation>Mobile zones blanches and zones grises</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population</source>
      <translation>zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory units (communes, EPCI...)</source>
      <translation>Territory units (communes, EPCI...)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory unit id field</source>
      <translation>Territory unit id field</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory unit name field (default: nom, name... when present)</source>
      <translation>Territory unit name field (default: nom, name... when present)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Population (polygons or points)</source>
      <translation>Population (polygons or points)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Population field (optional for points: each point counts 1)</source>
      <translation>Population field (optional for points: each point counts 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Coverage zones</source>
      <translation>Coverage zones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Statistics per territory unit</source>
      <translation>Statistics per territory unit</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>The territory layer has no polygon.</source>
      <translation>The territory layer has no polygon.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Population polygons need POPULATION_FIELD (inhabitants per polygon).</source>
      <translation>Population polygons need POPULATION_FIELD (inhabitants per polygon).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>{n} population points lie outside every territory unit.</source>
      <translation>{n} population points lie outside every territory unit.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory unit {id} has no polygon: skipped.</source>
      <translation>Territory unit {id} has no polygon: skipped.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage by access points (territorial Wi-Fi)</source>
      <translation>Coverage by access points (territorial Wi-Fi)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Public Wi-Fi</source>
      <translation>Public Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Within reach of a service</source>
      <translation>Within reach of a service</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Out of reach</source>
      <translation>Out of reach</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>wifi,hotspot,access point,public place,buffer,nearest,distance</source>
      <translation>wifi,hotspot,access point,public place,buffer,nearest,distance</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Service points (Wi-Fi hotspots)</source>
      <translation>Service points (Wi-Fi hotspots)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Services to keep (expression, e.g. "etat2" = 'Opérationnel')</source>
      <translation>Services to keep (expression, e.g. "etat2" = 'Opérationnel')</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Service id field (default: the feature id)</source>
      <translation>Service id field (default: the feature id)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Reach of each service (metres)</source>
      <translation>Reach of each service (metres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand (public places, addresses, population cells)</source>
      <translation>Demand (public places, addresses, population cells)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand weight field (default: each feature counts 1)</source>
      <translation>Demand weight field (default: each feature counts 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Zones for the statistics (districts, communes)</source>
      <translation>Zones for the statistics (districts, communes)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Covered area</source>
      <translation>Covered area</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand with coverage</source>
      <translation>Demand with coverage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage statistics per zone</source>
      <translation>Coverage statistics per zone</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The demand layer must hold points or polygons.</source>
      <translation>The demand layer must hold points or polygons.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Give ZONES_ID_FIELD, the field that identifies the zones.</source>
      <translation>Give ZONES_ID_FIELD, the field that identifies the zones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The demand layer has no feature.</source>
      <translation>The demand layer has no feature.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>No service point: the layer is empty or the filter keeps none.</source>
      <translation>No service point: the layer is empty or the filter keeps none.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The zones layer has no polygon.</source>
      <translation>The zones layer has no polygon.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{c} of {n} demand features are within reach of a service.</source>
      <translation>{c} of {n} demand features are within reach of a service.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} service points.</source>
      <translation>{n} service points.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} demand features lie outside every zone.</source>
      <translation>{n} demand features lie outside every zone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} services without a point or with a radius ≤ 0 were skipped.</source>
      <translation>{n} services without a point or with a radius ≤ 0 were skipped.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/provider.py" />
      <source>T.Dat'Hack: telecom open data and coverage gaps</source>
      <translation>T.Dat'Hack: telecom open data and coverage gaps</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>Zone blanche: no operator</source>
      <translation>Zone blanche: no operator</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>Zone grise: {k}/{n} operators</source>
      <translation>Zone grise: {k}/{n} operators</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>All {n} operators</source>
      <translation>All {n} operators</translation>
    </message>
  </context>
</TS>
