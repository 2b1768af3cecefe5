<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>tdathack</name>
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
      <location filename="../../tdathack_plugin/coverage/splitting.py" />
      <source>A geometry overlay failed (GEOS returned parts that do not add up).</source>
      <translation>A geometry overlay failed (GEOS returned parts that do not add up).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>Cancelled: no output was written.</source>
      <translation>Cancelled: no output was written.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>The database refused the computation ({detail}): nothing was written.</source>
      <translation>The database refused the computation ({detail}): nothing was written.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>The database user lacks a privilege this run needs ({detail}): nothing was written. Ask the database administrator for it, or run on this computer (ENGINE).</source>
      <translation>The database user lacks a privilege this run needs ({detail}): nothing was written. Ask the database administrator for it, or run on this computer (ENGINE).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>The connection to the database was lost ({detail}): nothing was written.</source>
      <translation>The connection to the database was lost ({detail}): nothing was written.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/points.py" />
      <source>psycopg2 is missing</source>
      <translation>psycopg2 is missing</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/points.py" />
      <source>its key is not one integer column</source>
      <translation>its key is not one integer column</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/points.py" />
      <source>its geometry column is not declared as points</source>
      <translation>its geometry column is not declared as points</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>({seconds:.2f} s)</source>
      <translation>({seconds:.2f} s)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>The database {database} has no PostGIS extension: ask its administrator to run CREATE EXTENSION postgis, or run on this computer (ENGINE).</source>
      <translation>The database {database} has no PostGIS extension: ask its administrator to run CREATE EXTENSION postgis, or run on this computer (ENGINE).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>The database does not know the CRS EPSG:{srid} (spatial_ref_sys): run on this computer (ENGINE), or choose another METRIC_CRS.</source>
      <translation>The database does not know the CRS EPSG:{srid} (spatial_ref_sys): run on this computer (ENGINE), or choose another METRIC_CRS.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>Cannot connect to the database {database} ({detail}).</source>
      <translation>Cannot connect to the database {database} ({detail}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>the inputs are in different databases</source>
      <translation>the inputs are in different databases</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>"{layer}" is not a PostGIS layer</source>
      <translation>"{layer}" is not a PostGIS layer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>"{layer}" is a query layer</source>
      <translation>"{layer}" is a query layer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>the filter of "{layer}" cannot be run inside another query</source>
      <translation>the filter of "{layer}" cannot be run inside another query</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>the CRS of "{layer}" is not one PostGIS knows</source>
      <translation>the CRS of "{layer}" is not one PostGIS knows</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/client.py" />
      <source>the catalogue export is not a list of datasets</source>
      <translation>the catalogue export is not a list of datasets</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/client.py" />
      <source>the answer does not describe a dataset</source>
      <translation>the answer does not describe a dataset</translation>
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
      <source>Sorted by relevance, a portal lists its first 10,000 datasets only: sort by title or by date to see the others.</source>
      <translation>Sorted by relevance, a portal lists its first 10,000 datasets only: sort by title or by date to see the others.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>later</source>
      <translation>later</translation>
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
      <source>{portal} had an internal error (HTTP {status}). Try again later.</source>
      <translation>{portal} had an internal error (HTTP {status}). Try again later.</translation>
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
      <source>The connection to {portal} was interrupted after {seconds} s, before the answer was complete. Try again; if it happens again, filter the dataset to download less.</source>
      <translation>The connection to {portal} was interrupted after {seconds} s, before the answer was complete. Try again; if it happens again, filter the dataset to download less.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The dataset '{dataset}' does not exist on {portal} (or it is private and no valid API key was given). Check its identifier in the dataset page address.</source>
      <translation>The dataset '{dataset}' does not exist on {portal} (or it is private and no valid API key was given). Check its identifier in the dataset page address.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>'{dataset}' is not a dataset identifier. Copy it from the dataset's page address: …/explore/dataset/&lt;identifier&gt;/.</source>
      <translation>'{dataset}' is not a dataset identifier. Copy it from the dataset's page address: …/explore/dataset/&lt;identifier&gt;/.</translation>
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
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} sent the request on to {target}. The plugin only follows redirects within the same portal, so that an API key never leaves it. If {target} is the portal's new address, use it instead.</source>
      <translation>{portal} sent the request on to {target}. The plugin only follows redirects within the same portal, so that an API key never leaves it. If {target} is the portal's new address, use it instead.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The download could not be written to disk ({reason}): nothing was kept. Free some space, or set another temporary folder in Processing's options.</source>
      <translation>The download could not be written to disk ({reason}): nothing was kept. Free some space, or set another temporary folder in Processing's options.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>another address</source>
      <translation>another address</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>QGIS gives up on a request after {seconds} s without data. The portal may need longer to prepare an export of {count} records; if the download is cut, raise the timeout in {settings}.</source>
      <translation>QGIS gives up on a request after {seconds} s without data. The portal may need longer to prepare an export of {count} records; if the download is cut, raise the timeout in {settings}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS could not save them in the GeoPackage</source>
      <translation>QGIS could not save them in the GeoPackage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Opendatasoft download</source>
      <translation>Opendatasoft download</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS cannot open the file it wrote</source>
      <translation>QGIS cannot open the file it wrote</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS could not write them beside it</source>
      <translation>QGIS could not write them beside it</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Dataset page</source>
      <translation>Dataset page</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS could not save them</source>
      <translation>QGIS could not save them</translation>
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
      <source>a file of the same name is already beside it ({files}), left as it is</source>
      <translation>a file of the same name is already beside it ({files}), left as it is</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>the portal's {format} export of this dataset cannot be read</source>
      <translation>the portal's {format} export of this dataset cannot be read</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/reply_checks.py" />
      <source>the answer is not JSON</source>
      <translation>the answer is not JSON</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/reply_checks.py" />
      <source>no explanation given</source>
      <translation>no explanation given</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/reply_checks.py" />
      <source>The dataset '{dataset}' of {portal}</source>
      <translation>The dataset '{dataset}' of {portal}</translation>
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
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Opendatasoft browser</source>
      <translation>Opendatasoft browser</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Find and load datasets of Opendatasoft portals</source>
      <translation>Find and load datasets of Opendatasoft portals</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage of transport axes</source>
      <translation>Coverage of transport axes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>axe routier,road,rail,train,new deal,arcep,mobile,kilometre</source>
      <translation>axe routier,road,rail,train,new deal,arcep,mobile,kilometre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>axes are cut faster there</source>
      <translation>axes are cut faster there</translation>
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
      <source>Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.</source>
      <translation>Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_fields.py" />
      <source>{n} axis features without a line or of zero length were left out (features {ids}).</source>
      <translation>{n} axis features without a line or of zero length were left out (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>The database's cut of axes {ids} does not add up to their length.</source>
      <translation>The database's cut of axes {ids} does not add up to their length.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Axes, in the computation CRS:</source>
      <translation>Axes, in the computation CRS:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Each operator's coverage along each axis:</source>
      <translation>Each operator's coverage along each axis:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Axes cut where coverage begins and ends:</source>
      <translation>Axes cut where coverage begins and ends:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Segments per set of operators:</source>
      <translation>Segments per set of operators:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>The axes layer has no line of non-zero length.</source>
      <translation>The axes layer has no line of non-zero length.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>The ellipsoid {ellipsoid} is not one QGIS knows.</source>
      <translation>The ellipsoid {ellipsoid} is not one QGIS knows.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>{n} multi-part axis features: every part is measured.</source>
      <translation>{n} multi-part axis features: every part is measured.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Mobile coverage (New Deal mobile)</source>
      <translation>Mobile coverage (New Deal mobile)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Fixed broadband (fibre)</source>
      <translation>Fixed broadband (fibre)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Public Wi-Fi</source>
      <translation>Public Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Metric CRS for the computation (default: chosen from the data)</source>
      <translation>Metric CRS for the computation (default: chosen from the data)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Computation CRS: {crs}</source>
      <translation>Computation CRS: {crs}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>{algorithm} ran out of memory: nothing was written. Run it on a smaller territory, or with coarser parameters.</source>
      <translation>{algorithm} ran out of memory: nothing was written. Run it on a smaller territory, or with coarser parameters.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>{algorithm} stopped on an unexpected error ({error}): nothing was written. The details are in the log (View › Panels › Log Messages, {tag}); please report them at {tracker}.</source>
      <translation>{algorithm} stopped on an unexpected error ({error}): nothing was written. The details are in the log (View › Panels › Log Messages, {tag}); please report them at {tracker}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>The computation CRS must be projected in metres, not {crs}.</source>
      <translation>The computation CRS must be projected in metres, not {crs}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/buffer_inputs.py" />
      <source>Radius field (metres, overrides the radius where set)</source>
      <translation>Radius field (metres, overrides the radius where set)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/buffer_inputs.py" />
      <source>Segments per quarter circle</source>
      <translation>Segments per quarter circle</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/buffer_inputs.py" />
      <source>the radius {parameter} of {radius:g} m is used</source>
      <translation>the radius {parameter} of {radius:g} m is used</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>zone blanche,new site,pylon,antenna,maximum coverage,greedy,location,population</source>
      <translation>zone blanche,new site,pylon,antenna,maximum coverage,greedy,location,population</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Candidate sites to reduce zones blanches</source>
      <translation>Candidate sites to reduce zones blanches</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Gaps to cover (e.g. the zones blanches of mobilegaps)</source>
      <translation>Gaps to cover (e.g. the zones blanches of mobilegaps)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Population (polygons or points)</source>
      <translation>Population (polygons or points)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Population field (optional for points: each point counts 1)</source>
      <translation>Population field (optional for points: each point counts 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Candidate sites (default: a regular grid inside the gaps)</source>
      <translation>Candidate sites (default: a regular grid inside the gaps)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Candidate sites, best first</source>
      <translation>Candidate sites, best first</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Grid spacing when there are no candidate sites (metres)</source>
      <translation>Grid spacing when there are no candidate sites (metres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Coverage radius of a new site (metres)</source>
      <translation>Coverage radius of a new site (metres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Number of sites to choose</source>
      <translation>Number of sites to choose</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>The gaps layer has no polygon: no site to propose.</source>
      <translation>The gaps layer has no polygon: no site to propose.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{n} candidate sites.</source>
      <translation>{n} candidate sites.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{n} sites cover {p:.0f} inhabitants of the gaps.</source>
      <translation>{n} sites cover {p:.0f} inhabitants of the gaps.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{parameter} of {spacing:g} m would lay a grid of about {n:.0f} points over the gaps' extent, more than the {max} candidate sites this algorithm can weigh: use at least {least:.0f} m.</source>
      <translation>{parameter} of {spacing:g} m would lay a grid of about {n:.0f} points over the gaps' extent, more than the {max} candidate sites this algorithm can weigh: use at least {least:.0f} m.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{n} candidate sites are more than the {max} this algorithm can weigh: keep fewer (a filter, or the gaps of a smaller territory).</source>
      <translation>{n} candidate sites are more than the {max} this algorithm can weigh: keep fewer (a filter, or the gaps of a smaller territory).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>No candidate site is within {r} m of the gaps.</source>
      <translation>No candidate site is within {r} m of the gaps.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Only {n} sites add population in the gaps: stopped there (COUNT = {count}).</source>
      <translation>Only {n} sites add population in the gaps: stopped there (COUNT = {count}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage from antenna sites</source>
      <translation>Estimated coverage from antenna sites</translation>
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
      <source>{n} sites without a point or with a radius of 0 were skipped (features {ids}).</source>
      <translation>{n} sites without a point or with a radius of 0 were skipped (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>No site left to draw: the filter or the clip area keeps none.</source>
      <translation>No site left to draw: the filter or the clip area keeps none.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage (buffers around sites), not Arcep's coverage maps: {n} operators from {s} sites.</source>
      <translation>Estimated coverage (buffers around sites), not Arcep's coverage maps: {n} operators from {s} sites.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Zone id field</source>
      <translation>Zone id field</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} invalid geometries were repaired ({ids}).</source>
      <translation>{n} invalid geometries were repaired ({ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>With a single coverage layer, give OPERATOR_FIELD (the field that tells operators apart, e.g. operateur), or give one layer per operator.</source>
      <translation>With a single coverage layer, give OPERATOR_FIELD (the field that tells operators apart, e.g. operateur), or give one layer per operator.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} coverage polygons have no operator and were left out (features {ids}).</source>
      <translation>{n} coverage polygons have no operator and were left out (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Coverage polygons (one layer per operator, or an operator field)</source>
      <translation>Coverage polygons (one layer per operator, or an operator field)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Operator field (Arcep: operateur)</source>
      <translation>Operator field (Arcep: operateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Coverage level field (Arcep: niveau)</source>
      <translation>Coverage level field (Arcep: niveau)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Minimum coverage level</source>
      <translation>Minimum coverage level</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Expected number of operators (default: the operators found)</source>
      <translation>Expected number of operators (default: the operators found)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Limited coverage (CL) or better</source>
      <translation>Limited coverage (CL) or better</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Good coverage (BC) or better</source>
      <translation>Good coverage (BC) or better</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Very good coverage (TBC)</source>
      <translation>Very good coverage (TBC)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Give at least one coverage layer as {parameter}.</source>
      <translation>Give at least one coverage layer as {parameter}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The coverage layers {parameter} hold no polygon.</source>
      <translation>The coverage layers {parameter} hold no polygon.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The coverage layer "{layer}" is not a polygon layer.</source>
      <translation>The coverage layer "{layer}" is not a polygon layer.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} coverage pieces were repaired once cut to the territory's box (a cut can leave a valid polygon invalid along the box).</source>
      <translation>{n} coverage pieces were repaired once cut to the territory's box (a cut can leave a valid polygon invalid along the box).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>No value of {parameter} is an Arcep coverage level (CL, BC or TBC): {values}. Give the field that holds them, or no LEVEL_FIELD.</source>
      <translation>No value of {parameter} is an Arcep coverage level (CL, BC or TBC): {values}. Give the field that holds them, or no LEVEL_FIELD.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} coverage polygons have a level that is not CL, BC or TBC ({values}) and were left out.</source>
      <translation>{n} coverage polygons have a level that is not CL, BC or TBC ({values}) and were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Operators other than Orange, SFR, Bouygues Telecom and Free: {names}. Check OPERATOR_FIELD if these are not operators' names or codes.</source>
      <translation>Operators other than Orange, SFR, Bouygues Telecom and Free: {names}. Check OPERATOR_FIELD if these are not operators' names or codes.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_run.py" />
      <source>Operators found: {names} (expected: {n}).</source>
      <translation>Operators found: {names} (expected: {n}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_run.py" />
      <source>No operator covers any part of {subject}: all of it is a zone blanche. If that is unexpected, check the CRS of the layers, OPERATOR_FIELD, LEVEL_FIELD and MIN_LEVEL.</source>
      <translation>No operator covers any part of {subject}: all of it is a zone blanche. If that is unexpected, check the CRS of the layers, OPERATOR_FIELD, LEVEL_FIELD and MIN_LEVEL.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_run.py" />
      <source>No coverage polygon comes within {km:.0f} km of {subject}: check the CRS of the layers, or that they are of the same territory.</source>
      <translation>No coverage polygon comes within {km:.0f} km of {subject}: check the CRS of the layers, or that they are of the same territory.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_outputs.py" />
      <source>The table "{schema}"."{table}" was written but QGIS cannot open it.</source>
      <translation>The table "{schema}"."{table}" was written but QGIS cannot open it.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The database {database} computes; its SQL follows.</source>
      <translation>The database {database} computes; its SQL follows.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The database worked {seconds:.1f} s.</source>
      <translation>The database worked {seconds:.1f} s.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>Coverage of "{layer}" within the box of the inputs:</source>
      <translation>Coverage of "{layer}" within the box of the inputs:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>{n} coverage polygons have no operator and were left out.</source>
      <translation>{n} coverage polygons have no operator and were left out.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>in the database</source>
      <translation>in the database</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The schema "{schema}" does not exist in the database: create it, or choose another schema for {parameter}.</source>
      <translation>The schema "{schema}" does not exist in the database: create it, or choose another schema for {parameter}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The table "{schema}"."{table}" already exists in the database: choose another name for {parameter}, or drop it first.</source>
      <translation>The table "{schema}"."{table}" already exists in the database: choose another name for {parameter}, or drop it first.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage diagnostic of a territory</source>
      <translation>Coverage diagnostic of a territory</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>report,diagnostic,html,pdf,elected officials,zone blanche,map</source>
      <translation>report,diagnostic,html,pdf,elected officials,zone blanche,map</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Statistics per territory unit (mobilegaps OUTPUT_STATS)</source>
      <translation>Statistics per territory unit (mobilegaps OUTPUT_STATS)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage zones (mobilegaps OUTPUT_ZONES)</source>
      <translation>Coverage zones (mobilegaps OUTPUT_ZONES)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Proposed sites (candidatesites OUTPUT)</source>
      <translation>Proposed sites (candidatesites OUTPUT)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Zones blanches</source>
      <translation>Zones blanches</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage zones</source>
      <translation>Coverage zones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Name of the territory</source>
      <translation>Name of the territory</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Report (HTML)</source>
      <translation>Report (HTML)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML files (*.html)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Report (PDF)</source>
      <translation>Report (PDF)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Proposed sites</source>
      <translation>Proposed sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage by number of operators</source>
      <translation>Coverage by number of operators</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>The coverage zones layer has no feature.</source>
      <translation>The coverage zones layer has no feature.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>The statistics table has no row.</source>
      <translation>The statistics table has no row.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Proposed site, numbered by rank</source>
      <translation>Proposed site, numbered by rank</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Zones blanches and proposed sites</source>
      <translation>Zones blanches and proposed sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Report written to {path}</source>
      <translation>Report written to {path}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>{zones} hold units that {stats} does not ({ids}): give the two outputs of one run of mobilegaps.</source>
      <translation>{zones} hold units that {stats} does not ({ids}): give the two outputs of one run of mobilegaps.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>PDF written to {path}</source>
      <translation>PDF written to {path}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>The layer {layer} lacks the fields {fields}: give the output of {algorithm} it stands for.</source>
      <translation>The layer {layer} lacks the fields {fields}: give the output of {algorithm} it stands for.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Download an Opendatasoft dataset</source>
      <translation>Download an Opendatasoft dataset</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>opendatasoft,ods,open data,download,portal</source>
      <translation>opendatasoft,ods,open data,download,portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Open data</source>
      <translation>Open data</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Dataset</source>
      <translation>Dataset</translation>
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
      <source>Fields to keep (names separated by commas; all fields when empty)</source>
      <translation>Fields to keep (names separated by commas; all fields when empty)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>API key (authentication configuration)</source>
      <translation>API key (authentication configuration)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>{title}: {count} records on {portal}</source>
      <translation>{title}: {count} records on {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset '{dataset}' has no field {fields}.</source>
      <translation>The dataset '{dataset}' has no field {fields}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset '{dataset}' has no geometry: it cannot be filtered by extent.</source>
      <translation>The dataset '{dataset}' has no geometry: it cannot be filtered by extent.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>No record of '{dataset}' matches the filter or the extent: the layer is empty.</source>
      <translation>No record of '{dataset}' matches the filter or the extent: the layer is empty.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Writing {count} features</source>
      <translation>Writing {count} features</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Downloading: {size} MB received</source>
      <translation>Downloading: {size} MB received</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset's metadata and style were not kept with the file: {why}.</source>
      <translation>The dataset's metadata and style were not kept with the file: {why}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine</source>
      <translation>Engine</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: this computer (chosen).</source>
      <translation>Engine: this computer (chosen).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>QGIS's Python lacks psycopg2, its PostgreSQL driver</source>
      <translation>QGIS's Python lacks psycopg2, its PostgreSQL driver</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: the database (chosen).</source>
      <translation>Engine: the database (chosen).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Automatic (the database when the inputs are there and it is faster)</source>
      <translation>Automatic (the database when the inputs are there and it is faster)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>This computer</source>
      <translation>This computer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>The database (PostGIS)</source>
      <translation>The database (PostGIS)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>{error} Nothing was written there: this computer computes instead.</source>
      <translation>{error} Nothing was written there: this computer computes instead.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: this computer (every input is in one PostGIS database, but this computer computes such inputs faster; choose the database as ENGINE to compute there).</source>
      <translation>Engine: this computer (every input is in one PostGIS database, but this computer computes such inputs faster; choose the database as ENGINE to compute there).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>{error} Nothing was written: run on this computer (ENGINE).</source>
      <translation>{error} Nothing was written: run on this computer (ENGINE).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>{parameter} is limited to selected or filtered features</source>
      <translation>{parameter} is limited to selected or filtered features</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: this computer ({why}).</source>
      <translation>Engine: this computer ({why}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>The database cannot run this: {why}. Choose this computer as ENGINE.</source>
      <translation>The database cannot run this: {why}. Choose this computer as ENGINE.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: the database (every input is in one PostGIS database; {why}).</source>
      <translation>Engine: the database (every input is in one PostGIS database; {why}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments without fibre (fibre pro)</source>
      <translation>Establishments without fibre (fibre pro)</translation>
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
      <source>Cluster distance (metres)</source>
      <translation>Cluster distance (metres)</translation>
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
      <source>Minimum establishments per cluster</source>
      <translation>Minimum establishments per cluster</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} of {total} establishments are eligible to fibre.</source>
      <translation>{n} of {total} establishments are eligible to fibre.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_eligible.py" />
      <source>No eligible feature: no establishment is eligible.</source>
      <translation>No eligible feature: no establishment is eligible.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_eligible.py" />
      <source>Eligible features kept by the filter: {n}.</source>
      <translation>Eligible features kept by the filter: {n}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments without a location were left out (features {ids}).</source>
      <translation>{n} establishments without a location were left out (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} closed establishments were left out (features {ids}).</source>
      <translation>{n} closed establishments were left out (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments located at their commune centroid (qualite_xy = 33) were left out (features {ids}).</source>
      <translation>{n} establishments located at their commune centroid (qualite_xy = 33) were left out (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments below the smallest size class were left out (features {ids}).</source>
      <translation>{n} establishments below the smallest size class were left out (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>No establishment left to analyse (see the log for what was left out).</source>
      <translation>No establishment left to analyse (see the log for what was left out).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>No size class field: every establishment is of unknown size.</source>
      <translation>No size class field: every establishment is of unknown size.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>No etatAdministratifEtablissement field: every establishment is kept.</source>
      <translation>No etatAdministratifEtablissement field: every establishment is kept.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{share:.0f} % of the values of {parameter} are not INSEE size classes (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53): {values}. Give the field of Sirene's trancheEffectifsEtablissement, not a headcount.</source>
      <translation>{share:.0f} % of the values of {parameter} are not INSEE size classes (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53): {values}. Give the field of Sirene's trancheEffectifsEtablissement, not a headcount.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments have an unknown size code ({codes}): kept in the class '?'.</source>
      <translation>{n} establishments have an unknown size code ({codes}): kept in the class '?'.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_outputs.py" />
      <source>Eligible to fibre</source>
      <translation>Eligible to fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_outputs.py" />
      <source>Not eligible to fibre</source>
      <translation>Not eligible to fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_outputs.py" />
      <source>All sizes</source>
      <translation>All sizes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_zones.py" />
      <source>All zones</source>
      <translation>All zones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_zones.py" />
      <source>{n} establishments lie outside every zone.</source>
      <translation>{n} establishments lie outside every zone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median</source>
      <translation>qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality per grid cell</source>
      <translation>Measured quality per grid cell</translation>
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
      <source>Measurement points (Arcep QoS campaign, crowdsourcing)</source>
      <translation>Measurement points (Arcep QoS campaign, crowdsourcing)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Operator field (one grid per operator)</source>
      <translation>Operator field (one grid per operator)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality grid</source>
      <translation>Measured quality grid</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures without a point or a number were skipped (features {ids}).</source>
      <translation>{n} measures without a point or a number were skipped (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Not enough data: fewer than {n} measures</source>
      <translation>Not enough data: fewer than {n} measures</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured value field (bitrate, signal...)</source>
      <translation>Measured value field (bitrate, signal...)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Grid type</source>
      <translation>Grid type</translation>
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
      <source>{parameter} must be at least {least} m, not {size:g}.</source>
      <translation>{parameter} must be at least {least} m, not {size:g}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population</source>
      <translation>zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Mobile zones blanches and zones grises</source>
      <translation>Mobile zones blanches and zones grises</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>{n} population points are joined faster there</source>
      <translation>{n} population points are joined faster there</translation>
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
      <source>Statistics per territory unit</source>
      <translation>Statistics per territory unit</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_fields.py" />
      <source>{n} territory units have no polygon and were skipped (ids: {ids}).</source>
      <translation>{n} territory units have no polygon and were skipped (ids: {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_fields.py" />
      <source>{n} territory units have no population (counted as 0): {ids}</source>
      <translation>{n} territory units have no population (counted as 0): {ids}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The database's overlay of units {ids} does not add up to their area.</source>
      <translation>The database's overlay of units {ids} does not add up to their area.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Territory units, in the computation CRS:</source>
      <translation>Territory units, in the computation CRS:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The coverage's outlines, in chunks:</source>
      <translation>The coverage's outlines, in chunks:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The faces of each unit's noded outlines:</source>
      <translation>The faces of each unit's noded outlines:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Zones: the faces of one set of operators:</source>
      <translation>Zones: the faces of one set of operators:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Population points placed in the zones:</source>
      <translation>Population points placed in the zones:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The territory layer has no polygon.</source>
      <translation>The territory layer has no polygon.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Each unit's population spread by area:</source>
      <translation>Each unit's population spread by area:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Population of each zone:</source>
      <translation>Population of each zone:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>{n} population points lie outside every territory unit.</source>
      <translation>{n} population points lie outside every territory unit.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage by access points (territorial Wi-Fi)</source>
      <translation>Coverage by access points (territorial Wi-Fi)</translation>
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
      <source>{n} services without a point or with a reach of 0 were skipped (features {ids}).</source>
      <translation>{n} services without a point or with a reach of 0 were skipped (features {ids}).</translation>
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
      <source>{n} service points.</source>
      <translation>{n} service points.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_demand.py" />
      <source>The demand layer must hold points or polygons.</source>
      <translation>The demand layer must hold points or polygons.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_demand.py" />
      <source>{c} of {n} demand features are within reach of a service.</source>
      <translation>{c} of {n} demand features are within reach of a service.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_demand.py" />
      <source>{n} demand features lie outside every zone.</source>
      <translation>{n} demand features lie outside every zone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_outputs.py" />
      <source>Within reach of a service</source>
      <translation>Within reach of a service</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_outputs.py" />
      <source>Out of reach</source>
      <translation>Out of reach</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_points.py" />
      <source>some of its features have no point</source>
      <translation>some of its features have no point</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>{parameter}: {file} is a 7-Zip archive, which the GDAL of this QGIS (GDAL {version}) cannot open. Extract it first (with 7-Zip, or 7z x {file} in a terminal) and give the .gpkg file it holds.</source>
      <translation>{parameter}: {file} is a 7-Zip archive, which the GDAL of this QGIS (GDAL {version}) cannot open. Extract it first (with 7-Zip, or 7z x {file} in a terminal) and give the .gpkg file it holds.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>{parameter}: the archive {file} does not exist.</source>
      <translation>{parameter}: the archive {file} does not exist.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>The archive member {file} cannot be read: the archive may be damaged.</source>
      <translation>The archive member {file} cannot be read: the archive may be damaged.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>{parameter}: the archive {file} holds no GeoPackage or other vector file.</source>
      <translation>{parameter}: the archive {file} holds no GeoPackage or other vector file.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>its geometries are not single 2D points</source>
      <translation>its geometries are not single 2D points</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>it is being edited (QGIS holds the edits not saved yet)</source>
      <translation>it is being edited (QGIS holds the edits not saved yet)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>some of its fields are not text or numbers</source>
      <translation>some of its fields are not text or numbers</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>QGIS decodes a shapefile's text by rules of its own</source>
      <translation>QGIS decodes a shapefile's text by rules of its own</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>a feature limit or a feature filter applies</source>
      <translation>a feature limit or a feature filter applies</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>it is not a layer</source>
      <translation>it is not a layer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>it has no CRS</source>
      <translation>it has no CRS</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>GDAL cannot read its file in bulk</source>
      <translation>GDAL cannot read its file in bulk</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>some of its points cannot be moved to the computation CRS</source>
      <translation>some of its points cannot be moved to the computation CRS</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>{layer} is read through QGIS, feature by feature: {why}.</source>
      <translation>{layer} is read through QGIS, feature by feature: {why}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>QGIS reads this kind of layer ({provider}) only</source>
      <translation>QGIS reads this kind of layer ({provider}) only</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>"{description}" ({name})</source>
      <translation>"{description}" ({name})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>points</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>lines</source>
      <translation>lines</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>polygons</source>
      <translation>polygons</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>not a number (NaN)</source>
      <translation>not a number (NaN)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>infinite</source>
      <translation>infinite</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter} must be a number of 0 or more, not {value}.</source>
      <translation>{parameter} must be a number of 0 or more, not {value}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter} must be a number above 0, not {value}.</source>
      <translation>{parameter} must be a number above 0, not {value}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} does not hold {kinds}, which this parameter takes.</source>
      <translation>The layer {layer} does not hold {kinds}, which this parameter takes.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layers {first} and {second} lie {km:.0f} km apart: check their CRS (a layer in the wrong CRS), or that both are of the same territory.</source>
      <translation>The layers {first} and {second} lie {km:.0f} km apart: check their CRS (a layer in the wrong CRS), or that both are of the same territory.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The field "{field}" given as {parameter} is not in the layer {layer}. Its fields: {fields}.</source>
      <translation>The field "{field}" given as {parameter} is not in the layer {layer}. Its fields: {fields}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no feature: there is nothing to compute.</source>
      <translation>The layer {layer} has no feature: there is nothing to compute.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no coordinate reference system (a shapefile without its .prj file, for example), so its coordinates cannot be placed. Set its CRS in the layer properties (Source tab), or give the file its .prj, then run again.</source>
      <translation>The layer {layer} has no coordinate reference system (a shapefile without its .prj file, for example), so its coordinates cannot be placed. Set its CRS in the layer properties (Source tab), or give the file its .prj, then run again.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no coordinate reference system QGIS can use ("{crs}": a GeoPackage written without one, for example), so its coordinates cannot be placed. Set its CRS in the layer properties (Source tab), then run again.</source>
      <translation>The layer {layer} has no coordinate reference system QGIS can use ("{crs}": a GeoPackage written without one, for example), so its coordinates cannot be placed. Set its CRS in the layer properties (Source tab), then run again.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter}: the field "{given}" is taken as "{field}" of {layer}.</source>
      <translation>{parameter}: the field "{given}" is taken as "{field}" of {layer}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The filter {parameter} is not a valid expression: {error}</source>
      <translation>The filter {parameter} is not a valid expression: {error}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The filter {parameter} cannot be used on the layer {layer}: {error}. Its fields: {fields}.</source>
      <translation>The filter {parameter} cannot be used on the layer {layer}: {error}. Its fields: {fields}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter} must be a finite number; it is {value}.</source>
      <translation>{parameter} must be a finite number; it is {value}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>Population polygons need {field} (inhabitants per polygon).</source>
      <translation>Population polygons need {field} (inhabitants per polygon).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no geometry. Give a point layer, or a table with coordinate columns (x and y, or longitude and latitude).</source>
      <translation>The layer {layer} has no geometry. Give a point layer, or a table with coordinate columns (x and y, or longitude and latitude).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source> or </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} is declared in {crs} (degrees), but its coordinates go up to {x:.0f}, {y:.0f}: they are not longitudes and latitudes. Its CRS is probably wrong (Lambert-93 is EPSG:2154): set the right one in the layer properties.</source>
      <translation>The layer {layer} is declared in {crs} (degrees), but its coordinates go up to {x:.0f}, {y:.0f}: they are not longitudes and latitudes. Its CRS is probably wrong (Lambert-93 is EPSG:2154): set the right one in the layer properties.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>Give {parameter}, a field of the layer {layer}.</source>
      <translation>Give {parameter}, a field of the layer {layer}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The filter {parameter} fails on feature {id}: {error}</source>
      <translation>The filter {parameter} fails on feature {id}: {error}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/models/__init__.py" />
      <source>Mobile coverage diagnostic of a territory</source>
      <translation>Mobile coverage diagnostic of a territory</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/models/__init__.py" />
      <source>Mobile coverage diagnostic from coverage maps</source>
      <translation>Mobile coverage diagnostic from coverage maps</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/models/__init__.py" />
      <source>model,diagnostic,report,zone blanche</source>
      <translation>model,diagnostic,report,zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>the disk is full</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>the file is in use by another program</source>
      <translation>the file is in use by another program</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>Could not create {path}: the folder {folder} does not exist.</source>
      <translation>Could not create {path}: the folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>Could not write {path}.</source>
      <translation>Could not write {path}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>Could not write {path}: {error}</source>
      <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/provider.py" />
      <source>T.Dat'Hack: telecom open data and coverage gaps</source>
      <translation>T.Dat'Hack: telecom open data and coverage gaps</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/maps.py" />
      <source>Zone blanche: no operator</source>
      <translation>Zone blanche: no operator</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/maps.py" />
      <source>Covered by at least one operator</source>
      <translation>Covered by at least one operator</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Mobile coverage diagnostic</source>
      <translation>Mobile coverage diagnostic</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants added</source>
      <translation>Inhabitants added</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Cumulated inhabitants</source>
      <translation>Cumulated inhabitants</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Area added (km²)</source>
      <translation>Area added (km²)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>territory units</source>
      <translation>territory units</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants</source>
      <translation>inhabitants</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>area</source>
      <translation>area</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants in zone blanche ({pct})</source>
      <translation>inhabitants in zone blanche ({pct})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>of zone blanche ({pct} of the area)</source>
      <translation>of zone blanche ({pct} of the area)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants in zone grise ({pct})</source>
      <translation>inhabitants in zone grise ({pct})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>territory units with a zone blanche</source>
      <translation>territory units with a zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone blanche (no operator)</source>
      <translation>Zone blanche (no operator)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone grise (some operators)</source>
      <translation>Zone grise (some operators)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Every operator</source>
      <translation>Every operator</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants by coverage</source>
      <translation>Inhabitants by coverage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Territory unit</source>
      <translation>Territory unit</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants</source>
      <translation>Inhabitants</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>In zone blanche</source>
      <translation>In zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>% in zone blanche</source>
      <translation>% in zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>In zone grise</source>
      <translation>In zone grise</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>% in zone grise</source>
      <translation>% in zone grise</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone blanche (km²)</source>
      <translation>Zone blanche (km²)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>{value}%</source>
      <translation>{value}%</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>{value} km²</source>
      <translation>{value} km²</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Share of the inhabitants each operator covers</source>
      <translation>Share of the inhabitants each operator covers</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Territory units with the most inhabitants in zone blanche</source>
      <translation>Territory units with the most inhabitants in zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants of zones blanches covered, site after site</source>
      <translation>Inhabitants of zones blanches covered, site after site</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Key figures</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Maps</source>
      <translation>Maps</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Charts</source>
      <translation>Charts</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Territory units, by inhabitants in zone blanche</source>
      <translation>Territory units, by inhabitants in zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants of zones blanches covered by {n} proposed sites</source>
      <translation>inhabitants of zones blanches covered by {n} proposed sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Sites chosen one by one: each one covers the most inhabitants of the zones blanches not yet covered by the sites before it.</source>
      <translation>Sites chosen one by one: each one covers the most inhabitants of the zones blanches not yet covered by the sites before it.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Produced with QGIS and the T.Dat'Hack plugin on {date}.</source>
      <translation>Produced with QGIS and the T.Dat'Hack plugin on {date}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone blanche: no operator; zone grise: some operators only ({n} expected). Inhabitants are spread by area share inside each territory unit.</source>
      <translation>Zone blanche: no operator; zone grise: some operators only ({n} expected). Inhabitants are spread by area share inside each territory unit.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Site {rank}</source>
      <translation>Site {rank}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/pdf.py" />
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/pdf.py" />
      <source>The PDF could not be written to {path}.</source>
      <translation>The PDF could not be written to {path}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>Covered by the operator</source>
      <translation>Covered by the operator</translation>
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
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>{n} rows of {layer} have no coordinates (#N/A, empty, 0 0...) and were skipped (features {ids}).</source>
      <translation>{n} rows of {layer} have no coordinates (#N/A, empty, 0 0...) and were skipped (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>The table {layer} has no geometry: {n} points made from its columns {x} and {y}, read as {crs}.</source>
      <translation>The table {layer} has no geometry: {n} points made from its columns {x} and {y}, read as {crs}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>The table {layer} has no geometry, and its columns {x} and {y} are neither longitudes/latitudes nor Lambert-93 coordinates. Add it as a delimited text layer with its CRS (Layer › Add Layer › Add Delimited Text Layer).</source>
      <translation>The table {layer} has no geometry, and its columns {x} and {y} are neither longitudes/latitudes nor Lambert-93 coordinates. Add it as a delimited text layer with its CRS (Layer › Add Layer › Add Delimited Text Layer).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>The table {layer} has no row with numbers in its columns {x} and {y}.</source>
      <translation>The table {layer} has no row with numbers in its columns {x} and {y}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>{n} rows of {layer} have coordinates outside {crs} and were skipped (features {ids}).</source>
      <translation>{n} rows of {layer} have coordinates outside {crs} and were skipped (features {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>counted as 0</source>
      <translation>counted as 0</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{n} values of "{field}" are shared by several features of {layer}: {ids}. Each unit needs its own id. If the features are parts of one unit, merge them first (Vector › Geoprocessing Tools › Dissolve, by this field).</source>
      <translation>{n} values of "{field}" are shared by several features of {layer}: {ids}. Each unit needs its own id. If the features are parts of one unit, merge them first (Vector › Geoprocessing Tools › Dissolve, by this field).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{{n}} features of {layer} have a negative "{field}": {instead} (features {{ids}}).</source>
      <translation>{{n}} features of {layer} have a negative "{field}": {instead} (features {{ids}}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{{n}} features of {layer} have a "{field}" that is not a number: {instead} (features {{ids}}).</source>
      <translation>{{n}} features of {layer} have a "{field}" that is not a number: {instead} (features {{ids}}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{n} features of {layer} have no "{field}" (features {ids}): each unit needs an id to be counted on its own.</source>
      <translation>{n} features of {layer} have no "{field}" (features {ids}): each unit needs an id to be counted on its own.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{n} values of "{field}" were written as text and read as numbers.</source>
      <translation>{n} values of "{field}" were written as text and read as numbers.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{value} (features {features})</source>
      <translation>{value} (features {features})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/browser.py" />
      <source>Opendatasoft</source>
      <translation>Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/browser.py" />
      <source>Reading {dataset}</source>
      <translation>Reading {dataset}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Search or paste an address</source>
      <translation>Search or paste an address</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Words to search the catalogue for, or the address of a dataset page (Enter)</source>
      <translation>Words to search the catalogue for, or the address of a dataset page (Enter)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Dismiss</source>
      <translation>Dismiss</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Manage portals</source>
      <translation>Manage portals</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Sort the results</source>
      <translation>Sort the results</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Geographic</source>
      <translation>Geographic</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Only datasets with a geometry (map layers)</source>
      <translation>Only datasets with a geometry (map layers)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Filters</source>
      <translation>Filters</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Keyword</source>
      <translation>Keyword</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Publisher</source>
      <translation>Publisher</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Load</source>
      <translation>Load</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Zoom the map to the dataset extent</source>
      <translation>Zoom the map to the dataset extent</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Open the dataset page in the web browser</source>
      <translation>Open the dataset page in the web browser</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Filter (ODSQL, optional)</source>
      <translation>Filter (ODSQL, optional)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>e.g. ardt = 11 or operateur = "Orange"</source>
      <translation>e.g. ardt = 11 or operateur = "Orange"</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Current map extent only</source>
      <translation>Current map extent only</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Only what is in the current map extent</source>
      <translation>Only what is in the current map extent</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Fields</source>
      <translation>Fields</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Temporary file</source>
      <translation>Temporary file</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>GeoPackage file</source>
      <translation>GeoPackage file</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Save the dataset as</source>
      <translation>Save the dataset as</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Download the dataset and add it to the map ({keys})</source>
      <translation>Download the dataset and add it to the map ({keys})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Modified</source>
      <translation>Modified</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Records</source>
      <translation>Records</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Themes</source>
      <translation>Themes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Keywords</source>
      <translation>Keywords</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Identifier</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Checking the filter with the portal…</source>
      <translation>Checking the filter with the portal…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Nothing was loaded.</source>
      <translation>Nothing was loaded.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Canceled: nothing was loaded.</source>
      <translation>Canceled: nothing was loaded.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Choose at least one field.</source>
      <translation>Choose at least one field.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Choose the GeoPackage file to write.</source>
      <translation>Choose the GeoPackage file to write.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Downloading {title}…</source>
      <translation>Downloading {title}…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>The portal rejected the filter: {reason} Nothing was downloaded.</source>
      <translation>The portal rejected the filter: {reason} Nothing was downloaded.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>{count} features loaded in the layer '{name}'.</source>
      <translation>{count} features loaded in the layer '{name}'.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Choose or create the authentication configuration holding your API key of this portal (method Basic, the key as password, any user name). The key stays in the QGIS authentication database.</source>
      <translation>Choose or create the authentication configuration holding your API key of this portal (method Basic, the key as password, any user name). The key stays in the QGIS authentication database.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Add a portal…</source>
      <translation>Add a portal…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Rename this portal…</source>
      <translation>Rename this portal…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Remove this portal</source>
      <translation>Remove this portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>API key of this portal…</source>
      <translation>API key of this portal…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Looking for the local demo portal</source>
      <translation>Looking for the local demo portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Add a portal</source>
      <translation>Add a portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Address of the Opendatasoft portal (e.g. https://data.example.fr):</source>
      <translation>Address of the Opendatasoft portal (e.g. https://data.example.fr):</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Name shown in the list:</source>
      <translation>Name shown in the list:</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Rename the portal</source>
      <translation>Rename the portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Remove the portal</source>
      <translation>Remove the portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Local demo portal</source>
      <translation>Local demo portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Opendatasoft portal</source>
      <translation>Opendatasoft portal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>API key of {portal}</source>
      <translation>API key of {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Remove {portal} from the list?</source>
      <translation>Remove {portal} from the list?</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>This dataset has no records.</source>
      <translation>This dataset has no records.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>Loading the first records…</source>
      <translation>Loading the first records…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>The preview could not be read.</source>
      <translation>The preview could not be read.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>First {shown} of {total}.</source>
      <translation>First {shown} of {total}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>The catalogue lists {count} for this dataset, but the portal gives none to read: they may be restricted to some users.</source>
      <translation>The catalogue lists {count} for this dataset, but the portal gives none to read: they may be restricted to some users.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>Preview of {dataset}</source>
      <translation>Preview of {dataset}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Searching…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>All themes</source>
      <translation>All themes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>All keywords</source>
      <translation>All keywords</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>All publishers</source>
      <translation>All publishers</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Relevance</source>
      <translation>Relevance</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Last modified</source>
      <translation>Last modified</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Searching {portal}</source>
      <translation>Searching {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>No dataset found.</source>
      <translation>No dataset found.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Reading {dataset}…</source>
      <translation>Reading {dataset}…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Opened directly, not from a search</source>
      <translation>Opened directly, not from a search</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>1 dataset</source>
      <translation>1 dataset</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>{count} datasets</source>
      <translation>{count} datasets</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>The T.Dat'Hack Processing provider is not loaded.</source>
      <translation>The T.Dat'Hack Processing provider is not loaded.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>No record matches the filter: nothing to load.</source>
      <translation>No record matches the filter: nothing to load.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>Loading {title}</source>
      <translation>Loading {title}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>The download failed.</source>
      <translation>The download failed.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>Checking the filter on {portal}</source>
      <translation>Checking the filter on {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>{count} features loaded from {portal}.</source>
      <translation>{count} features loaded from {portal}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/locator.py" />
      <source>Opendatasoft datasets</source>
      <translation>Opendatasoft datasets</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/models.py" />
      <source>{count} records</source>
      <translation>{count} records</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>QGIS's network timeout (also in Settings › Options › Network): a request without data for this long is abandoned. Big exports may need more.</source>
      <translation>QGIS's network timeout (also in Settings › Options › Network): a request without data for this long is abandoned. Big exports may need more.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Network timeout</source>
      <translation>Network timeout</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Chosen from the data</source>
      <translation>Chosen from the data</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Used by the algorithms when METRIC_CRS is not given, and only where the data lies within its area of use; otherwise the official projection of the territory (Lambert-93, RGR92…) is chosen.</source>
      <translation>Used by the algorithms when METRIC_CRS is not given, and only where the data lies within its area of use; otherwise the official projection of the territory (Lambert-93, RGR92…) is chosen.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Default computation CRS</source>
      <translation>Default computation CRS</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Offer the local demo portal (make portal, 127.0.0.1:8765)</source>
      <translation>Offer the local demo portal (make portal, 127.0.0.1:8765)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>&lt;b&gt;Opendatasoft portals&lt;/b&gt; offered by the dock</source>
      <translation>&lt;b&gt;Opendatasoft portals&lt;/b&gt; offered by the dock</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Help</source>
      <translation>Help</translation>
    </message>
  </context>
</TS>
