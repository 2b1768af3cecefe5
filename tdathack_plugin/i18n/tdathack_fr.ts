<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>tdathack</name>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>Non-employer unit</source>
      <translation>Unité non employeuse</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>Unknown size class</source>
      <translation>Tranche inconnue</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>No employee</source>
      <translation>0 salarié</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} to {high} employees</source>
      <translation>{low} à {high} salariés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} employees or more</source>
      <translation>{low} salariés et plus</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} or {high} employees</source>
      <translation>{low} ou {high} salariés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/splitting.py" />
      <source>A geometry overlay failed (GEOS returned parts that do not add up).</source>
      <translation>Une superposition de géométries a échoué (GEOS a renvoyé des parties dont la somme ne fait pas le tout).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>Cancelled: no output was written.</source>
      <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>The database refused the computation ({detail}): nothing was written.</source>
      <translation>La base de données a refusé le calcul ({detail}) : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>The database user lacks a privilege this run needs ({detail}): nothing was written. Ask the database administrator for it, or run on this computer (ENGINE).</source>
      <translation>L'utilisateur de la base de données n'a pas un droit dont ce calcul a besoin ({detail}) : rien n'a été écrit. Demandez-le à l'administrateur de la base, ou calculez sur cet ordinateur (ENGINE).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/errors.py" />
      <source>The connection to the database was lost ({detail}): nothing was written.</source>
      <translation>La connexion à la base de données a été perdue ({detail}) : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/points.py" />
      <source>psycopg2 is missing</source>
      <translation>psycopg2 est absent</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/points.py" />
      <source>its key is not one integer column</source>
      <translation>sa clé n'est pas une seule colonne d'entiers</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/points.py" />
      <source>its geometry column is not declared as points</source>
      <translation>sa colonne de géométrie n'est pas déclarée en points</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>({seconds:.2f} s)</source>
      <translation>({seconds:.2f} s)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>The database {database} has no PostGIS extension: ask its administrator to run CREATE EXTENSION postgis, or run on this computer (ENGINE).</source>
      <translation>La base de données {database} n'a pas l'extension PostGIS : demandez à son administrateur d'exécuter CREATE EXTENSION postgis, ou calculez sur cet ordinateur (ENGINE).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>The database does not know the CRS EPSG:{srid} (spatial_ref_sys): run on this computer (ENGINE), or choose another METRIC_CRS.</source>
      <translation>La base de données ne connaît pas le SCR EPSG:{srid} (spatial_ref_sys) : calculez sur cet ordinateur (ENGINE), ou choisissez un autre METRIC_CRS.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/session.py" />
      <source>Cannot connect to the database {database} ({detail}).</source>
      <translation>Impossible de se connecter à la base de données {database} ({detail}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>the inputs are in different databases</source>
      <translation>les entrées sont dans des bases de données différentes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>"{layer}" is not a PostGIS layer</source>
      <translation>« {layer} » n'est pas une couche PostGIS</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>"{layer}" is a query layer</source>
      <translation>« {layer} » est une couche issue d'une requête</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>the filter of "{layer}" cannot be run inside another query</source>
      <translation>le filtre de « {layer} » ne peut pas s'exécuter dans une autre requête</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/database/tables.py" />
      <source>the CRS of "{layer}" is not one PostGIS knows</source>
      <translation>le SCR de « {layer} » n'est pas connu de PostGIS</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/client.py" />
      <source>the catalogue export is not a list of datasets</source>
      <translation>l'export du catalogue n'est pas une liste de jeux de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/client.py" />
      <source>the answer does not describe a dataset</source>
      <translation>la réponse ne décrit pas un jeu de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Settings &gt; Options &gt; Network</source>
      <translation>Préférences &gt; Options &gt; Réseau</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>month</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>day</source>
      <translation>jour</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>hour</source>
      <translation>heure</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>minute</source>
      <translation>minute</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Canceled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Sorted by relevance, a portal lists its first 10,000 datasets only: sort by title or by date to see the others.</source>
      <translation>Triés par pertinence, un portail ne liste que ses 10 000 premiers jeux de données : triez par titre ou par date pour voir les autres.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>later</source>
      <translation>plus tard</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{target} refused the API key (HTTP {status}). Check the key stored in the authentication configuration and its rights on the portal.</source>
      <translation>{target} refuse la clé d'API (HTTP {status}). Vérifiez la clé enregistrée dans la configuration d'authentification et ses droits sur le portail.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{target} is private (HTTP {status}). Choose an authentication configuration holding an API key of this portal.</source>
      <translation>{target} est privé (HTTP {status}). Choisissez une configuration d'authentification contenant une clé d'API de ce portail.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The authentication configuration '{authcfg}' uses the method {method}, which holds no API key. Create a 'Basic' configuration with the API key as password (any user name).</source>
      <translation>La configuration d'authentification « {authcfg} » utilise la méthode {method}, qui ne contient pas de clé d'API. Créez une configuration « Basic » avec la clé d'API comme mot de passe (nom d'utilisateur quelconque).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The authentication configuration '{authcfg}' could not be read: it does not exist, or the QGIS master password was not entered.</source>
      <translation>La configuration d'authentification « {authcfg} » n'a pas pu être lue : elle n'existe pas, ou le mot de passe principal de QGIS n'a pas été saisi.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} had an internal error (HTTP {status}). Try again later.</source>
      <translation>{portal} a rencontré une erreur interne (HTTP {status}). Réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The download from {portal} stopped after {received} of {expected} bytes: the connection was cut. Nothing was kept; try again.</source>
      <translation>Le téléchargement depuis {portal} s'est arrêté après {received} octets sur {expected} : la connexion a été coupée. Rien n'a été conservé ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The download from {portal} stopped after {received} bytes: the connection was cut. Nothing was kept; try again.</source>
      <translation>Le téléchargement depuis {portal} s'est arrêté après {received} octets : la connexion a été coupée. Rien n'a été conservé ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Cannot reach {portal} ({detail}). Check the portal address, your connection and the proxy settings of QGIS ({settings}).</source>
      <translation>Impossible de joindre {portal} ({detail}). Vérifiez l'adresse du portail, votre connexion et les paramètres de proxy de QGIS ({settings}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>Secure connection to {portal} failed ({detail}). If your organisation inspects HTTPS traffic, add its certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager).</source>
      <translation>La connexion sécurisée à {portal} a échoué ({detail}). Si votre organisation inspecte le trafic HTTPS, ajoutez son autorité de certification dans QGIS (Préférences &gt; Options &gt; Authentification &gt; Gestionnaire de certificats).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} sent nothing for {seconds} s and the request was abandoned. Try again later, filter the dataset, or raise the timeout in {settings}.</source>
      <translation>{portal} n'a rien envoyé pendant {seconds} s et la requête a été abandonnée. Réessayez plus tard, filtrez le jeu de données ou augmentez le délai d'expiration dans {settings}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The connection to {portal} was interrupted after {seconds} s, before the answer was complete. Try again; if it happens again, filter the dataset to download less.</source>
      <translation>La connexion à {portal} a été interrompue au bout de {seconds} s, avant la fin de la réponse. Réessayez ; si cela se reproduit, filtrez le jeu de données pour en télécharger moins.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The dataset '{dataset}' does not exist on {portal} (or it is private and no valid API key was given). Check its identifier in the dataset page address.</source>
      <translation>Le jeu de données « {dataset} » n'existe pas sur {portal} (ou il est privé et aucune clé d'API valide n'a été fournie). Vérifiez son identifiant dans l'adresse de la page du jeu de données.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>'{dataset}' is not a dataset identifier. Copy it from the dataset's page address: …/explore/dataset/&lt;identifier&gt;/.</source>
      <translation>« {dataset} » n'est pas un identifiant de jeu de données. Copiez-le depuis l'adresse de la page du jeu : …/explore/dataset/&lt;identifiant&gt;/.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} does not look like an Opendatasoft portal: its Explore API v2.1 was not found. Give the portal home page address, e.g. https://opendata.paris.fr.</source>
      <translation>{portal} ne semble pas être un portail Opendatasoft : son API Explore v2.1 est introuvable. Indiquez l'adresse de la page d'accueil du portail, par exemple https://opendata.paris.fr.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The portal rejected the query: {message}</source>
      <translation>Le portail a refusé la requête : {message}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} refuses more requests: the quota of {limit} calls per {unit} is used up. It resets on {when}; an API key may give a larger quota.</source>
      <translation>{portal} refuse de nouvelles requêtes : le quota de {limit} appels par {unit} est épuisé. Il sera remis à zéro le {when} ; une clé d'API peut donner un quota plus élevé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} gave an unexpected answer (HTTP {status}): {detail}</source>
      <translation>{portal} a donné une réponse inattendue (HTTP {status}) : {detail}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} answered with a web page instead of data: a proxy or a network login page (captive portal) is probably in the way. Open the portal in a web browser, log in if asked, and check the proxy settings of QGIS ({settings}).</source>
      <translation>{portal} a répondu par une page web au lieu de données : un proxy ou une page de connexion au réseau (portail captif) s'interpose probablement. Ouvrez le portail dans un navigateur web, connectez-vous si on vous le demande, et vérifiez les paramètres de proxy de QGIS ({settings}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>{portal} sent the request on to {target}. The plugin only follows redirects within the same portal, so that an API key never leaves it. If {target} is the portal's new address, use it instead.</source>
      <translation>{portal} a renvoyé la requête vers {target}. L'extension ne suit que les redirections au sein du même portail, pour qu'une clé d'API ne le quitte jamais. Si {target} est la nouvelle adresse du portail, utilisez-la.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>The download could not be written to disk ({reason}): nothing was kept. Free some space, or set another temporary folder in Processing's options.</source>
      <translation>Le téléchargement n'a pas pu être écrit sur le disque ({reason}) : rien n'a été gardé. Libérez de la place, ou choisissez un autre dossier temporaire dans les options de Processing.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/errors.py" />
      <source>another address</source>
      <translation>une autre adresse</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>QGIS gives up on a request after {seconds} s without data. The portal may need longer to prepare an export of {count} records; if the download is cut, raise the timeout in {settings}.</source>
      <translation>QGIS abandonne une requête après {seconds} s sans données. Le portail peut avoir besoin de plus de temps pour préparer un export de {count} enregistrements ; si le téléchargement est interrompu, augmentez le délai d'expiration dans {settings}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS could not save them in the GeoPackage</source>
      <translation>QGIS n'a pas pu les enregistrer dans le GeoPackage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Opendatasoft download</source>
      <translation>Téléchargement Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS cannot open the file it wrote</source>
      <translation>QGIS ne peut pas ouvrir le fichier qu'il a écrit</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS could not write them beside it</source>
      <translation>QGIS n'a pas pu les écrire à côté de lui</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Dataset page</source>
      <translation>Page du jeu de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>QGIS could not save them</source>
      <translation>QGIS n'a pas pu les enregistrer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>The dataset on {portal}</source>
      <translation>Le jeu de données sur {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>a file of the same name is already beside it ({files}), left as it is</source>
      <translation>un fichier du même nom est déjà à côté de lui ({files}), laissé tel quel</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>the portal's {format} export of this dataset cannot be read</source>
      <translation>l'export {format} de ce jeu de données par le portail est illisible</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/reply_checks.py" />
      <source>the answer is not JSON</source>
      <translation>la réponse n'est pas du JSON</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/reply_checks.py" />
      <source>no explanation given</source>
      <translation>aucune explication fournie</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/reply_checks.py" />
      <source>The dataset '{dataset}' of {portal}</source>
      <translation>Le jeu de données « {dataset} » de {portal}</translation>
    </message>
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
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Opendatasoft browser</source>
      <translation>Navigateur Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/plugin.py" />
      <source>Find and load datasets of Opendatasoft portals</source>
      <translation>Trouver et charger les jeux de données des portails Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage of transport axes</source>
      <translation>Couverture des axes de transport</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>axe routier,road,rail,train,new deal,arcep,mobile,kilometre</source>
      <translation>axe routier,route,rail,train,new deal,arcep,mobile,kilomètre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>axes are cut faster there</source>
      <translation>les axes y sont découpés plus vite</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axes (road or rail lines)</source>
      <translation>Axes (lignes routières ou ferroviaires)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axis id field (features with the same id form one axis)</source>
      <translation>Champ identifiant de l'axe (les entités de même identifiant forment un axe)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axis segments by coverage</source>
      <translation>Tronçons des axes par couverture</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Statistics per axis</source>
      <translation>Statistiques par axe</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.</source>
      <translation>SCR de calcul : {crs} ; longueurs sur l'ellipsoïde {ellipsoid}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_fields.py" />
      <source>{n} axis features without a line or of zero length were left out (features {ids}).</source>
      <translation>{n} entités d'axe sans ligne ou de longueur nulle ont été écartées (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>The database's cut of axes {ids} does not add up to their length.</source>
      <translation>Le découpage des axes {ids} par la base de données ne redonne pas leur longueur.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Axes, in the computation CRS:</source>
      <translation>Axes, dans le SCR du calcul :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Each operator's coverage along each axis:</source>
      <translation>La couverture de chaque opérateur le long de chaque axe :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Axes cut where coverage begins and ends:</source>
      <translation>Axes découpés là où la couverture commence et finit :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>Segments per set of operators:</source>
      <translation>Tronçons par ensemble d'opérateurs :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>The axes layer has no line of non-zero length.</source>
      <translation>La couche des axes n'a aucune ligne de longueur non nulle.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>The ellipsoid {ellipsoid} is not one QGIS knows.</source>
      <translation>L'ellipsoïde {ellipsoid} n'est pas connu de QGIS.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage_in_database.py" />
      <source>{n} multi-part axis features: every part is measured.</source>
      <translation>{n} entités d'axe multiparties : chaque partie est mesurée.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Mobile coverage (New Deal mobile)</source>
      <translation>Couverture mobile (New Deal mobile)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Fixed broadband (fibre)</source>
      <translation>Très haut débit fixe (fibre)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Public Wi-Fi</source>
      <translation>Wi-Fi public</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Metric CRS for the computation (default: chosen from the data)</source>
      <translation>SCR métrique du calcul (par défaut : choisi d'après les données)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>Computation CRS: {crs}</source>
      <translation>SCR du calcul : {crs}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>{algorithm} ran out of memory: nothing was written. Run it on a smaller territory, or with coarser parameters.</source>
      <translation>{algorithm} a manqué de mémoire : rien n'a été écrit. Lancez-le sur un territoire plus petit, ou avec des paramètres moins fins.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>{algorithm} stopped on an unexpected error ({error}): nothing was written. The details are in the log (View › Panels › Log Messages, {tag}); please report them at {tracker}.</source>
      <translation>{algorithm} s'est arrêté sur une erreur inattendue ({error}) : rien n'a été écrit. Le détail est dans le journal (Vue › Panneaux › Journal des messages, {tag}) ; merci de le signaler sur {tracker}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/base.py" />
      <source>The computation CRS must be projected in metres, not {crs}.</source>
      <translation>Le SCR du calcul doit être projeté en mètres, pas {crs}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/buffer_inputs.py" />
      <source>Radius field (metres, overrides the radius where set)</source>
      <translation>Champ rayon (mètres, remplace le rayon quand il est renseigné)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/buffer_inputs.py" />
      <source>Segments per quarter circle</source>
      <translation>Segments par quart de cercle</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/buffer_inputs.py" />
      <source>the radius {parameter} of {radius:g} m is used</source>
      <translation>le rayon {parameter} de {radius:g} m est utilisé</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>zone blanche,new site,pylon,antenna,maximum coverage,greedy,location,population</source>
      <translation>zone blanche,nouveau site,pylône,antenne,couverture maximale,glouton,emplacement,population</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Candidate sites to reduce zones blanches</source>
      <translation>Sites candidats pour réduire les zones blanches</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Gaps to cover (e.g. the zones blanches of mobilegaps)</source>
      <translation>Zones à couvrir (par ex. les zones blanches de mobilegaps)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Population (polygons or points)</source>
      <translation>Population (polygones ou points)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Population field (optional for points: each point counts 1)</source>
      <translation>Champ population (facultatif pour des points : chaque point compte 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Candidate sites (default: a regular grid inside the gaps)</source>
      <translation>Sites candidats (par défaut : une grille régulière dans les zones)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Candidate sites, best first</source>
      <translation>Sites candidats, du meilleur au moins bon</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Grid spacing when there are no candidate sites (metres)</source>
      <translation>Pas de la grille en l'absence de sites candidats (mètres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Coverage radius of a new site (metres)</source>
      <translation>Rayon de couverture d'un nouveau site (mètres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Number of sites to choose</source>
      <translation>Nombre de sites à choisir</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>The gaps layer has no polygon: no site to propose.</source>
      <translation>La couche des zones à couvrir n'a aucun polygone : aucun site à proposer.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{n} candidate sites.</source>
      <translation>{n} sites candidats.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{n} sites cover {p:.0f} inhabitants of the gaps.</source>
      <translation>{n} sites couvrent {p:.0f} habitants des zones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{parameter} of {spacing:g} m would lay a grid of about {n:.0f} points over the gaps' extent, more than the {max} candidate sites this algorithm can weigh: use at least {least:.0f} m.</source>
      <translation>{parameter} de {spacing:g} m poserait une grille d'environ {n:.0f} points sur l'emprise des zones à couvrir, plus que les {max} sites candidats que cet algorithme peut comparer : utilisez au moins {least:.0f} m.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>{n} candidate sites are more than the {max} this algorithm can weigh: keep fewer (a filter, or the gaps of a smaller territory).</source>
      <translation>{n} sites candidats, c'est plus que les {max} que cet algorithme peut comparer : gardez-en moins (un filtre, ou les zones d'un territoire plus petit).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>No candidate site is within {r} m of the gaps.</source>
      <translation>Aucun site candidat n'est à moins de {r} m des zones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/candidate_sites.py" />
      <source>Only {n} sites add population in the gaps: stopped there (COUNT = {count}).</source>
      <translation>Seuls {n} sites ajoutent de la population dans les zones : arrêt à ce nombre (COUNT = {count}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage from antenna sites</source>
      <translation>Couverture théorique depuis les sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>antenna,site,arcep,anfr,buffer,estimate,what if</source>
      <translation>antenne,site,arcep,anfr,tampon,estimation,simulation</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Antenna sites</source>
      <translation>Sites d'antennes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Operator field (MCC-MNC or Arcep code)</source>
      <translation>Champ opérateur (code MCC-MNC ou code Arcep)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Sites to keep (expression, e.g. "4G" = 1)</source>
      <translation>Sites à garder (expression, par ex. "4G" = 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Coverage radius around each site (metres)</source>
      <translation>Rayon de couverture autour de chaque site (mètres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Clip to (polygons, e.g. the territory)</source>
      <translation>Découper selon (polygones, par ex. le territoire)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage</source>
      <translation>Couverture estimée</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>{n} sites without a point or with a radius of 0 were skipped (features {ids}).</source>
      <translation>{n} sites sans point ou de portée nulle ont été ignorés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>No site left to draw: the filter or the clip area keeps none.</source>
      <translation>Aucun site à tracer : le filtre ou la zone de découpe n'en garde aucun.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage (buffers around sites), not Arcep's coverage maps: {n} operators from {s} sites.</source>
      <translation>Couverture estimée (tampons autour des sites), pas les cartes de couverture de l'Arcep : {n} opérateurs à partir de {s} sites.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Zone id field</source>
      <translation>Champ identifiant des zones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} invalid geometries were repaired ({ids}).</source>
      <translation>{n} géométries invalides ont été réparées ({ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>With a single coverage layer, give OPERATOR_FIELD (the field that tells operators apart, e.g. operateur), or give one layer per operator.</source>
      <translation>Avec une seule couche de couverture, indiquez OPERATOR_FIELD (le champ qui distingue les opérateurs, par ex. operateur), ou donnez une couche par opérateur.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} coverage polygons have no operator and were left out (features {ids}).</source>
      <translation>{n} polygones de couverture sans opérateur ont été écartés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Coverage polygons (one layer per operator, or an operator field)</source>
      <translation>Polygones de couverture (une couche par opérateur, ou un champ opérateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Operator field (Arcep: operateur)</source>
      <translation>Champ opérateur (Arcep : operateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Coverage level field (Arcep: niveau)</source>
      <translation>Champ niveau de couverture (Arcep : niveau)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Minimum coverage level</source>
      <translation>Niveau de couverture minimal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Expected number of operators (default: the operators found)</source>
      <translation>Nombre d'opérateurs attendus (par défaut : les opérateurs trouvés)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Limited coverage (CL) or better</source>
      <translation>Couverture limitée (CL) ou mieux</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Good coverage (BC) or better</source>
      <translation>Bonne couverture (BC) ou mieux</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Very good coverage (TBC)</source>
      <translation>Très bonne couverture (TBC)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Give at least one coverage layer as {parameter}.</source>
      <translation>Donnez au moins une couche de couverture comme {parameter}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The coverage layers {parameter} hold no polygon.</source>
      <translation>Les couches de couverture {parameter} ne contiennent aucun polygone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The coverage layer "{layer}" is not a polygon layer.</source>
      <translation>La couche de couverture « {layer} » n'est pas une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} coverage pieces were repaired once cut to the territory's box (a cut can leave a valid polygon invalid along the box).</source>
      <translation>{n} morceaux de couverture ont été réparés après découpe à l'emprise du territoire (une découpe peut rendre invalide un polygone valide le long de l'emprise).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>No value of {parameter} is an Arcep coverage level (CL, BC or TBC): {values}. Give the field that holds them, or no LEVEL_FIELD.</source>
      <translation>Aucune valeur de {parameter} n'est un niveau de couverture de l'Arcep (CL, BC ou TBC) : {values}. Donnez le champ qui les contient, ou aucun LEVEL_FIELD.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>{n} coverage polygons have a level that is not CL, BC or TBC ({values}) and were left out.</source>
      <translation>{n} polygones de couverture ont un niveau qui n'est ni CL, ni BC, ni TBC ({values}) et ont été écartés.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>Operators other than Orange, SFR, Bouygues Telecom and Free: {names}. Check OPERATOR_FIELD if these are not operators' names or codes.</source>
      <translation>Opérateurs autres qu'Orange, SFR, Bouygues Telecom et Free : {names}. Vérifiez OPERATOR_FIELD si ce ne sont pas des noms ou codes d'opérateurs.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_run.py" />
      <source>Operators found: {names} (expected: {n}).</source>
      <translation>Opérateurs trouvés : {names} (attendus : {n}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_run.py" />
      <source>No operator covers any part of {subject}: all of it is a zone blanche. If that is unexpected, check the CRS of the layers, OPERATOR_FIELD, LEVEL_FIELD and MIN_LEVEL.</source>
      <translation>Aucun opérateur ne couvre la moindre partie de {subject} : tout est en zone blanche. Si c'est inattendu, vérifiez le SCR des couches, OPERATOR_FIELD, LEVEL_FIELD et MIN_LEVEL.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_run.py" />
      <source>No coverage polygon comes within {km:.0f} km of {subject}: check the CRS of the layers, or that they are of the same territory.</source>
      <translation>Aucun polygone de couverture n'approche à moins de {km:.0f} km de {subject} : vérifiez le SCR des couches, ou qu'elles portent sur le même territoire.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_outputs.py" />
      <source>The table "{schema}"."{table}" was written but QGIS cannot open it.</source>
      <translation>La table « {schema} ».« {table} » a été écrite mais QGIS ne peut pas l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The database {database} computes; its SQL follows.</source>
      <translation>La base de données {database} calcule ; son SQL suit.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The database worked {seconds:.1f} s.</source>
      <translation>La base de données a travaillé {seconds:.1f} s.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>Coverage of "{layer}" within the box of the inputs:</source>
      <translation>Couverture de « {layer} » dans l'emprise des entrées :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>{n} coverage polygons have no operator and were left out.</source>
      <translation>{n} polygones de couverture n'ont pas d'opérateur et ont été écartés.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>in the database</source>
      <translation>dans la base de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The schema "{schema}" does not exist in the database: create it, or choose another schema for {parameter}.</source>
      <translation>Le schéma « {schema} » n'existe pas dans la base de données : créez-le, ou choisissez un autre schéma pour {parameter}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/database_run.py" />
      <source>The table "{schema}"."{table}" already exists in the database: choose another name for {parameter}, or drop it first.</source>
      <translation>La table « {schema} ».« {table} » existe déjà dans la base de données : choisissez un autre nom pour {parameter}, ou supprimez-la d'abord.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage diagnostic of a territory</source>
      <translation>Diagnostic de couverture d'un territoire</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>report,diagnostic,html,pdf,elected officials,zone blanche,map</source>
      <translation>rapport,diagnostic,html,pdf,élus,zone blanche,carte</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Statistics per territory unit (mobilegaps OUTPUT_STATS)</source>
      <translation>Statistiques par unité territoriale (OUTPUT_STATS de mobilegaps)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage zones (mobilegaps OUTPUT_ZONES)</source>
      <translation>Zones de couverture (OUTPUT_ZONES de mobilegaps)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Proposed sites (candidatesites OUTPUT)</source>
      <translation>Sites proposés (OUTPUT de candidatesites)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Zones blanches</source>
      <translation>Zones blanches</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage zones</source>
      <translation>Zones de couverture</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Name of the territory</source>
      <translation>Nom du territoire</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Report (HTML)</source>
      <translation>Rapport (HTML)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Report (PDF)</source>
      <translation>Rapport (PDF)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Proposed sites</source>
      <translation>Sites proposés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Coverage by number of operators</source>
      <translation>Couverture par nombre d'opérateurs</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>The coverage zones layer has no feature.</source>
      <translation>La couche des zones de couverture n'a aucune entité.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>The statistics table has no row.</source>
      <translation>La table des statistiques n'a aucune ligne.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Proposed site, numbered by rank</source>
      <translation>Site proposé, numéroté selon son rang</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Zones blanches and proposed sites</source>
      <translation>Zones blanches et sites proposés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>Report written to {path}</source>
      <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>{zones} hold units that {stats} does not ({ids}): give the two outputs of one run of mobilegaps.</source>
      <translation>{zones} contient des unités absentes de {stats} ({ids}) : donnez les deux sorties d'une même exécution de mobilegaps.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>PDF written to {path}</source>
      <translation>PDF écrit dans {path}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/diagnostic_report.py" />
      <source>The layer {layer} lacks the fields {fields}: give the output of {algorithm} it stands for.</source>
      <translation>La couche {layer} n'a pas les champs {fields} : donnez la sortie de {algorithm} qu'elle représente.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Download an Opendatasoft dataset</source>
      <translation>Télécharger un jeu de données Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>opendatasoft,ods,open data,download,portal</source>
      <translation>opendatasoft,ods,données ouvertes,open data,télécharger,portail</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Open data</source>
      <translation>Données ouvertes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Dataset</source>
      <translation>Jeu de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Portal address</source>
      <translation>Adresse du portail</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Dataset identifier</source>
      <translation>Identifiant du jeu de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Filter (ODSQL where clause)</source>
      <translation>Filtre (clause where ODSQL)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Only records inside this extent</source>
      <translation>Seulement les enregistrements dans cette emprise</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Fields to keep (names separated by commas; all fields when empty)</source>
      <translation>Champs à garder (noms séparés par des virgules ; tous les champs si vide)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>API key (authentication configuration)</source>
      <translation>Clé d'API (configuration d'authentification)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>{title}: {count} records on {portal}</source>
      <translation>{title} : {count} enregistrements sur {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset '{dataset}' has no field {fields}.</source>
      <translation>Le jeu de données « {dataset} » n'a pas de champ {fields}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset '{dataset}' has no geometry: it cannot be filtered by extent.</source>
      <translation>Le jeu de données « {dataset} » n'a pas de géométrie : il ne peut pas être filtré par emprise.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>No record of '{dataset}' matches the filter or the extent: the layer is empty.</source>
      <translation>Aucun enregistrement de « {dataset} » ne correspond au filtre ou à l'emprise : la couche est vide.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Writing {count} features</source>
      <translation>Écriture de {count} entités</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Downloading: {size} MB received</source>
      <translation>Téléchargement : {size} Mo reçus</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset's metadata and style were not kept with the file: {why}.</source>
      <translation>Les métadonnées et le style du jeu de données n'ont pas été gardés avec le fichier : {why}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine</source>
      <translation>Moteur de calcul</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: this computer (chosen).</source>
      <translation>Moteur : cet ordinateur (choisi).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>QGIS's Python lacks psycopg2, its PostgreSQL driver</source>
      <translation>le Python de QGIS n'a pas psycopg2, son pilote PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: the database (chosen).</source>
      <translation>Moteur : la base de données (choisie).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Automatic (the database when the inputs are there and it is faster)</source>
      <translation>Automatique (la base de données quand les entrées y sont et qu'elle est plus rapide)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>This computer</source>
      <translation>Cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>The database (PostGIS)</source>
      <translation>La base de données (PostGIS)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>{error} Nothing was written there: this computer computes instead.</source>
      <translation>{error} Rien n'y a été écrit : cet ordinateur calcule à sa place.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: this computer (every input is in one PostGIS database, but this computer computes such inputs faster; choose the database as ENGINE to compute there).</source>
      <translation>Moteur : cet ordinateur (toutes les entrées sont dans une même base PostGIS, mais cet ordinateur calcule plus vite de telles entrées ; choisissez la base de données comme ENGINE pour y calculer).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>{error} Nothing was written: run on this computer (ENGINE).</source>
      <translation>{error} Rien n'a été écrit : calculez sur cet ordinateur (ENGINE).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>{parameter} is limited to selected or filtered features</source>
      <translation>{parameter} est limité aux entités sélectionnées ou filtrées</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: this computer ({why}).</source>
      <translation>Moteur : cet ordinateur ({why}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>The database cannot run this: {why}. Choose this computer as ENGINE.</source>
      <translation>La base de données ne peut pas faire ce calcul : {why}. Choisissez cet ordinateur comme ENGINE.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/engine_choice.py" />
      <source>Engine: the database (every input is in one PostGIS database; {why}).</source>
      <translation>Moteur : la base de données (toutes les entrées sont dans une même base PostGIS ; {why}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments without fibre (fibre pro)</source>
      <translation>Entreprises sans fibre (fibre pro)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility</source>
      <translation>fibre,ftth,ftte,ftto,sirene,entreprise,établissement,éligibilité</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments (Sirene géolocalisé points)</source>
      <translation>Établissements (points Sirene géolocalisé)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Size class field (default: trancheEffectifsEtablissement)</source>
      <translation>Champ de tranche d'effectif (par défaut : trancheEffectifsEtablissement)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Fibre-ready premises (points) or eligible zones (polygons)</source>
      <translation>Locaux raccordables (points) ou zones éligibles (polygones)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Filter of the eligible features (expression)</source>
      <translation>Filtre des entités éligibles (expression)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Id field of the eligible features (default: feature id)</source>
      <translation>Champ identifiant des entités éligibles (par défaut : identifiant d'entité)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Match distance (metres)</source>
      <translation>Distance de rapprochement (mètres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Zones (communes, zones d'activités...)</source>
      <translation>Zones (communes, zones d'activités...)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Cluster distance (metres)</source>
      <translation>Distance de regroupement (mètres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments with their eligibility</source>
      <translation>Établissements et leur éligibilité</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Statistics per zone and size class</source>
      <translation>Statistiques par zone et tranche d'effectif</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Priority clusters of establishments without fibre</source>
      <translation>Grappes prioritaires d'établissements sans fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Smallest size class kept</source>
      <translation>Plus petite tranche d'effectif gardée</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Active establishments only (etatAdministratifEtablissement = A)</source>
      <translation>Établissements actifs seulement (etatAdministratifEtablissement = A)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Minimum establishments per cluster</source>
      <translation>Nombre minimal d'établissements par grappe</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} of {total} establishments are eligible to fibre.</source>
      <translation>{n} établissements sur {total} sont éligibles à la fibre.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_eligible.py" />
      <source>No eligible feature: no establishment is eligible.</source>
      <translation>Aucune entité éligible : aucun établissement n'est éligible.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_eligible.py" />
      <source>Eligible features kept by the filter: {n}.</source>
      <translation>Entités éligibles gardées par le filtre : {n}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments without a location were left out (features {ids}).</source>
      <translation>{n} établissements sans localisation ont été écartés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} closed establishments were left out (features {ids}).</source>
      <translation>{n} établissements fermés ont été écartés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments located at their commune centroid (qualite_xy = 33) were left out (features {ids}).</source>
      <translation>{n} établissements placés au centroïde de leur commune (qualite_xy = 33) ont été écartés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments below the smallest size class were left out (features {ids}).</source>
      <translation>{n} établissements sous la plus petite tranche d'effectifs ont été écartés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>No establishment left to analyse (see the log for what was left out).</source>
      <translation>Aucun établissement à analyser (voir dans le journal ce qui a été écarté).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>No size class field: every establishment is of unknown size.</source>
      <translation>Pas de champ de tranche d'effectif : tous les établissements sont de taille inconnue.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>No etatAdministratifEtablissement field: every establishment is kept.</source>
      <translation>Pas de champ etatAdministratifEtablissement : tous les établissements sont gardés.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{share:.0f} % of the values of {parameter} are not INSEE size classes (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53): {values}. Give the field of Sirene's trancheEffectifsEtablissement, not a headcount.</source>
      <translation>{share:.0f} % des valeurs de {parameter} ne sont pas des tranches d'effectifs de l'INSEE (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53) : {values}. Donnez le champ trancheEffectifsEtablissement de Sirene, pas un effectif.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_establishments.py" />
      <source>{n} establishments have an unknown size code ({codes}): kept in the class '?'.</source>
      <translation>{n} établissements ont un code de tranche inconnu ({codes}) : gardés dans la classe « ? ».</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_outputs.py" />
      <source>Eligible to fibre</source>
      <translation>Éligible à la fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_outputs.py" />
      <source>Not eligible to fibre</source>
      <translation>Non éligible à la fibre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_outputs.py" />
      <source>All sizes</source>
      <translation>Toutes tailles</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_zones.py" />
      <source>All zones</source>
      <translation>Toutes zones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro_zones.py" />
      <source>{n} establishments lie outside every zone.</source>
      <translation>{n} établissements sont hors de toute zone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median</source>
      <translation>qos,mesure,débit,vitesse,signal,crowdsourcing,maille,hexagone,médiane</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality per grid cell</source>
      <translation>Qualité mesurée par maille</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Cell size (metres: side of a square, width of a hexagon)</source>
      <translation>Taille des mailles (mètres : côté d'un carré, largeur d'un hexagone)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Threshold: a measure under it is insufficient (unit of the value)</source>
      <translation>Seuil : une mesure en dessous est insuffisante (unité de la valeur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Minimum number of measures per cell</source>
      <translation>Nombre minimal de mesures par maille</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measurement points (Arcep QoS campaign, crowdsourcing)</source>
      <translation>Points de mesure (campagne QoS Arcep, crowdsourcing)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Operator field (one grid per operator)</source>
      <translation>Champ opérateur (une grille par opérateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality grid</source>
      <translation>Grille de qualité mesurée</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures without a point or a number were skipped (features {ids}).</source>
      <translation>{n} mesures sans point ou sans nombre ont été ignorées (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Not enough data: fewer than {n} measures</source>
      <translation>Données insuffisantes : moins de {n} mesures</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured value field (bitrate, signal...)</source>
      <translation>Champ de la valeur mesurée (débit, signal…)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Grid type</source>
      <translation>Type de maille</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>No measure with a point and a value.</source>
      <translation>Aucune mesure avec un point et une valeur.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Sufficient: median ≥ {t}</source>
      <translation>Suffisant : médiane ≥ {t}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Insufficient: median &lt; {t}</source>
      <translation>Insuffisant : médiane &lt; {t}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures in {c} cells.</source>
      <translation>{n} mesures dans {c} mailles.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Square</source>
      <translation>Carré</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Hexagon</source>
      <translation>Hexagone</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{parameter} must be at least {least} m, not {size:g}.</source>
      <translation>{parameter} doit valoir au moins {least} m, et non {size:g}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population</source>
      <translation>zone blanche,zone grise,new deal,arcep,mobile,4g,opérateur,population</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Mobile zones blanches and zones grises</source>
      <translation>Zones blanches et zones grises mobiles</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>{n} population points are joined faster there</source>
      <translation>{n} points de population y sont joints plus vite</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory units (communes, EPCI...)</source>
      <translation>Unités territoriales (communes, EPCI…)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory unit id field</source>
      <translation>Champ identifiant de l'unité territoriale</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory unit name field (default: nom, name... when present)</source>
      <translation>Champ nom de l'unité territoriale (par défaut : nom, name… s'il existe)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Statistics per territory unit</source>
      <translation>Statistiques par unité territoriale</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_fields.py" />
      <source>{n} territory units have no polygon and were skipped (ids: {ids}).</source>
      <translation>{n} unités territoriales sans polygone ont été ignorées (identifiants : {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_fields.py" />
      <source>{n} territory units have no population (counted as 0): {ids}</source>
      <translation>{n} unités territoriales n'ont pas de population (comptée 0) : {ids}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The database's overlay of units {ids} does not add up to their area.</source>
      <translation>La superposition des unités {ids} par la base de données ne redonne pas leur surface.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Territory units, in the computation CRS:</source>
      <translation>Unités territoriales, dans le SCR du calcul :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The coverage's outlines, in chunks:</source>
      <translation>Les contours de la couverture, par morceaux :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The faces of each unit's noded outlines:</source>
      <translation>Les faces des contours nodés de chaque unité :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Zones: the faces of one set of operators:</source>
      <translation>Zones : les faces d'un même ensemble d'opérateurs :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Population points placed in the zones:</source>
      <translation>Points de population placés dans les zones :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>The territory layer has no polygon.</source>
      <translation>La couche territoire ne contient aucun polygone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Each unit's population spread by area:</source>
      <translation>Population de chaque unité répartie au prorata de la surface :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>Population of each zone:</source>
      <translation>Population de chaque zone :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps_in_database.py" />
      <source>{n} population points lie outside every territory unit.</source>
      <translation>{n} points de population sont hors de toute unité territoriale.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage by access points (territorial Wi-Fi)</source>
      <translation>Couverture par points d'accès (Wi-Fi territorial)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>wifi,hotspot,access point,public place,buffer,nearest,distance</source>
      <translation>wifi,borne,point d'accès,lieu public,tampon,plus proche,distance</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Service points (Wi-Fi hotspots)</source>
      <translation>Points de service (bornes Wi-Fi)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Services to keep (expression, e.g. "etat2" = 'Opérationnel')</source>
      <translation>Services à garder (expression, ex. "etat2" = 'Opérationnel')</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Service id field (default: the feature id)</source>
      <translation>Champ identifiant des services (par défaut : l'identifiant de l'entité)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Reach of each service (metres)</source>
      <translation>Portée de chaque service (mètres)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand (public places, addresses, population cells)</source>
      <translation>Demande (lieux publics, adresses, carreaux de population)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand weight field (default: each feature counts 1)</source>
      <translation>Champ de poids de la demande (par défaut : chaque entité compte 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Zones for the statistics (districts, communes)</source>
      <translation>Zones des statistiques (arrondissements, communes)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Covered area</source>
      <translation>Surface couverte</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand with coverage</source>
      <translation>Demande et couverture</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage statistics per zone</source>
      <translation>Statistiques de couverture par zone</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} services without a point or with a reach of 0 were skipped (features {ids}).</source>
      <translation>{n} services sans point ou de portée nulle ont été ignorés (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>No service point: the layer is empty or the filter keeps none.</source>
      <translation>Aucun point de service : la couche est vide ou le filtre n'en garde aucun.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The zones layer has no polygon.</source>
      <translation>La couche des zones n'a aucun polygone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} service points.</source>
      <translation>{n} points de service.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_demand.py" />
      <source>The demand layer must hold points or polygons.</source>
      <translation>La couche de demande doit contenir des points ou des polygones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_demand.py" />
      <source>{c} of {n} demand features are within reach of a service.</source>
      <translation>{c} entités de demande sur {n} sont à portée d'un service.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_demand.py" />
      <source>{n} demand features lie outside every zone.</source>
      <translation>{n} entités de demande sont hors de toute zone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_outputs.py" />
      <source>Within reach of a service</source>
      <translation>À portée d'un service</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_outputs.py" />
      <source>Out of reach</source>
      <translation>Hors de portée</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage_points.py" />
      <source>some of its features have no point</source>
      <translation>certains de ses objets n'ont pas de point</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>{parameter}: {file} is a 7-Zip archive, which the GDAL of this QGIS (GDAL {version}) cannot open. Extract it first (with 7-Zip, or 7z x {file} in a terminal) and give the .gpkg file it holds.</source>
      <translation>{parameter} : {file} est une archive 7-Zip, que le GDAL de ce QGIS (GDAL {version}) ne sait pas ouvrir. Extrayez-la d'abord (avec 7-Zip, ou 7z x {file} dans un terminal) et donnez le fichier .gpkg qu'elle contient.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>{parameter}: the archive {file} does not exist.</source>
      <translation>{parameter} : l'archive {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>The archive member {file} cannot be read: the archive may be damaged.</source>
      <translation>Le fichier {file} de l'archive ne peut pas être lu : l'archive est peut-être abîmée.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/archives.py" />
      <source>{parameter}: the archive {file} holds no GeoPackage or other vector file.</source>
      <translation>{parameter} : l'archive {file} ne contient ni GeoPackage ni autre fichier vecteur.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>its geometries are not single 2D points</source>
      <translation>ses géométries ne sont pas des points 2D simples</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>it is being edited (QGIS holds the edits not saved yet)</source>
      <translation>elle est en cours d'édition (QGIS détient les modifications non enregistrées)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>some of its fields are not text or numbers</source>
      <translation>certains de ses champs ne sont ni du texte ni des nombres</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>QGIS decodes a shapefile's text by rules of its own</source>
      <translation>QGIS décode le texte d'un shapefile selon ses propres règles</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>a feature limit or a feature filter applies</source>
      <translation>une limite ou un filtre d'entités s'applique</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>it is not a layer</source>
      <translation>ce n'est pas une couche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>it has no CRS</source>
      <translation>elle n'a pas de SCR</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>GDAL cannot read its file in bulk</source>
      <translation>GDAL ne peut pas lire son fichier d'un bloc</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>some of its points cannot be moved to the computation CRS</source>
      <translation>certains de ses points ne peuvent pas être projetés dans le SCR de calcul</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>{layer} is read through QGIS, feature by feature: {why}.</source>
      <translation>{layer} est lue par QGIS, entité par entité : {why}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/bulk_sources.py" />
      <source>QGIS reads this kind of layer ({provider}) only</source>
      <translation>seul QGIS lit ce type de couche ({provider})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>"{description}" ({name})</source>
      <translation>« {description} » ({name})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>points</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>lines</source>
      <translation>lignes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>polygons</source>
      <translation>polygones</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>not a number (NaN)</source>
      <translation>non numérique (NaN)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>infinite</source>
      <translation>infinie</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter} must be a number of 0 or more, not {value}.</source>
      <translation>{parameter} doit être un nombre positif ou nul, et non {value}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter} must be a number above 0, not {value}.</source>
      <translation>{parameter} doit être un nombre supérieur à 0, et non {value}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} does not hold {kinds}, which this parameter takes.</source>
      <translation>La couche {layer} ne contient pas de {kinds}, ce qu'attend ce paramètre.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layers {first} and {second} lie {km:.0f} km apart: check their CRS (a layer in the wrong CRS), or that both are of the same territory.</source>
      <translation>Les couches {first} et {second} sont à {km:.0f} km l'une de l'autre : vérifiez leur SCR (une couche dans le mauvais SCR), ou qu'elles portent sur le même territoire.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The field "{field}" given as {parameter} is not in the layer {layer}. Its fields: {fields}.</source>
      <translation>Le champ « {field} » donné pour {parameter} n'existe pas dans la couche {layer}. Ses champs : {fields}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no feature: there is nothing to compute.</source>
      <translation>La couche {layer} n'a aucune entité : il n'y a rien à calculer.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no coordinate reference system (a shapefile without its .prj file, for example), so its coordinates cannot be placed. Set its CRS in the layer properties (Source tab), or give the file its .prj, then run again.</source>
      <translation>La couche {layer} n'a pas de système de coordonnées (un shapefile sans son fichier .prj, par exemple) : ses coordonnées ne peuvent pas être situées. Définissez son SCR dans les propriétés de la couche (onglet Source), ou redonnez au fichier son .prj, puis relancez.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no coordinate reference system QGIS can use ("{crs}": a GeoPackage written without one, for example), so its coordinates cannot be placed. Set its CRS in the layer properties (Source tab), then run again.</source>
      <translation>La couche {layer} n'a pas de système de coordonnées utilisable par QGIS (« {crs} » : un GeoPackage écrit sans système de coordonnées, par exemple), ses coordonnées ne peuvent donc pas être placées. Définissez son SCR dans les propriétés de la couche (onglet Source), puis relancez.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter}: the field "{given}" is taken as "{field}" of {layer}.</source>
      <translation>{parameter} : le champ « {given} » est compris comme « {field} » de {layer}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The filter {parameter} is not a valid expression: {error}</source>
      <translation>Le filtre {parameter} n'est pas une expression valide : {error}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The filter {parameter} cannot be used on the layer {layer}: {error}. Its fields: {fields}.</source>
      <translation>Le filtre {parameter} ne s'applique pas à la couche {layer} : {error}. Ses champs : {fields}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>{parameter} must be a finite number; it is {value}.</source>
      <translation>{parameter} doit être un nombre fini, et non une valeur {value}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>Population polygons need {field} (inhabitants per polygon).</source>
      <translation>Des polygones de population demandent {field} (habitants par polygone).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} has no geometry. Give a point layer, or a table with coordinate columns (x and y, or longitude and latitude).</source>
      <translation>La couche {layer} n'a pas de géométrie. Donnez une couche de points, ou une table avec des colonnes de coordonnées (x et y, ou longitude et latitude).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source> or </source>
      <translation> ou </translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The layer {layer} is declared in {crs} (degrees), but its coordinates go up to {x:.0f}, {y:.0f}: they are not longitudes and latitudes. Its CRS is probably wrong (Lambert-93 is EPSG:2154): set the right one in the layer properties.</source>
      <translation>La couche {layer} est déclarée en {crs} (degrés), mais ses coordonnées vont jusqu'à {x:.0f}, {y:.0f} : ce ne sont pas des longitudes et latitudes. Son SCR est sans doute faux (Lambert-93 est EPSG:2154) : indiquez le bon dans les propriétés de la couche.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>Give {parameter}, a field of the layer {layer}.</source>
      <translation>Donnez {parameter}, un champ de la couche {layer}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/input_contract.py" />
      <source>The filter {parameter} fails on feature {id}: {error}</source>
      <translation>Le filtre {parameter} échoue sur l'entité {id} : {error}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/models/__init__.py" />
      <source>Mobile coverage diagnostic of a territory</source>
      <translation>Diagnostic couverture mobile d'un territoire</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/models/__init__.py" />
      <source>Mobile coverage diagnostic from coverage maps</source>
      <translation>Diagnostic couverture mobile depuis des cartes de couverture</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/models/__init__.py" />
      <source>model,diagnostic,report,zone blanche</source>
      <translation>modèle,diagnostic,rapport,zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>the file is in use by another program</source>
      <translation>le fichier est utilisé par un autre programme</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>Could not create {path}: the folder {folder} does not exist.</source>
      <translation>Impossible de créer {path} : le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>Could not write {path}.</source>
      <translation>Impossible d'écrire {path}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/outputs.py" />
      <source>Could not write {path}: {error}</source>
      <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/provider.py" />
      <source>T.Dat'Hack: telecom open data and coverage gaps</source>
      <translation>T.Dat'Hack : données ouvertes télécoms et zones de couverture manquante</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/maps.py" />
      <source>Zone blanche: no operator</source>
      <translation>Zone blanche : aucun opérateur</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/maps.py" />
      <source>Covered by at least one operator</source>
      <translation>Couverte par au moins un opérateur</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Mobile coverage diagnostic</source>
      <translation>Diagnostic de couverture mobile</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants added</source>
      <translation>Habitants ajoutés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Cumulated inhabitants</source>
      <translation>Habitants cumulés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Area added (km²)</source>
      <translation>Surface ajoutée (km²)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>territory units</source>
      <translation>unités territoriales</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants</source>
      <translation>habitants</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>area</source>
      <translation>superficie</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants in zone blanche ({pct})</source>
      <translation>habitants en zone blanche ({pct})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>of zone blanche ({pct} of the area)</source>
      <translation>de zone blanche ({pct} de la superficie)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants in zone grise ({pct})</source>
      <translation>habitants en zone grise ({pct})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>territory units with a zone blanche</source>
      <translation>unités territoriales avec une zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone blanche (no operator)</source>
      <translation>Zone blanche (aucun opérateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone grise (some operators)</source>
      <translation>Zone grise (certains opérateurs)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Every operator</source>
      <translation>Tous les opérateurs</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants by coverage</source>
      <translation>Habitants selon la couverture</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Territory unit</source>
      <translation>Unité territoriale</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants</source>
      <translation>Habitants</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>In zone blanche</source>
      <translation>En zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>% in zone blanche</source>
      <translation>% en zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>In zone grise</source>
      <translation>En zone grise</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>% in zone grise</source>
      <translation>% en zone grise</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone blanche (km²)</source>
      <translation>Zone blanche (km²)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>{value}%</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>{value} km²</source>
      <translation>{value} km²</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Share of the inhabitants each operator covers</source>
      <translation>Part des habitants couverts par chaque opérateur</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Territory units with the most inhabitants in zone blanche</source>
      <translation>Unités territoriales qui ont le plus d'habitants en zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Inhabitants of zones blanches covered, site after site</source>
      <translation>Habitants des zones blanches couverts, site après site</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Key figures</source>
      <translation>Chiffres clés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Maps</source>
      <translation>Cartes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Territory units, by inhabitants in zone blanche</source>
      <translation>Unités territoriales, par habitants en zone blanche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>inhabitants of zones blanches covered by {n} proposed sites</source>
      <translation>habitants des zones blanches couverts par {n} sites proposés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Sites chosen one by one: each one covers the most inhabitants of the zones blanches not yet covered by the sites before it.</source>
      <translation>Sites choisis un par un : chacun couvre le plus d'habitants des zones blanches que les sites précédents ne couvrent pas encore.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Produced with QGIS and the T.Dat'Hack plugin on {date}.</source>
      <translation>Réalisé avec QGIS et le plugin T.Dat'Hack le {date}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Zone blanche: no operator; zone grise: some operators only ({n} expected). Inhabitants are spread by area share inside each territory unit.</source>
      <translation>Zone blanche : aucun opérateur ; zone grise : certains opérateurs seulement ({n} attendus). Les habitants sont répartis au prorata de la surface dans chaque unité territoriale.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/page.py" />
      <source>Site {rank}</source>
      <translation>Site {rank}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/pdf.py" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/report/pdf.py" />
      <source>The PDF could not be written to {path}.</source>
      <translation>Le PDF n'a pas pu être écrit dans {path}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>Covered by the operator</source>
      <translation>Couvert par l'opérateur</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>Zone grise: {k}/{n} operators</source>
      <translation>Zone grise : {k}/{n} opérateurs</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>All {n} operators</source>
      <translation>Les {n} opérateurs</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>{n} rows of {layer} have no coordinates (#N/A, empty, 0 0...) and were skipped (features {ids}).</source>
      <translation>{n} lignes de {layer} n'ont pas de coordonnées (#N/A, vide, 0 0…) et ont été ignorées (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>The table {layer} has no geometry: {n} points made from its columns {x} and {y}, read as {crs}.</source>
      <translation>La table {layer} n'a pas de géométrie : {n} points créés à partir de ses colonnes {x} et {y}, lues en {crs}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>The table {layer} has no geometry, and its columns {x} and {y} are neither longitudes/latitudes nor Lambert-93 coordinates. Add it as a delimited text layer with its CRS (Layer › Add Layer › Add Delimited Text Layer).</source>
      <translation>La table {layer} n'a pas de géométrie, et ses colonnes {x} et {y} ne sont ni des longitudes/latitudes ni des coordonnées Lambert-93. Ajoutez-la comme couche de texte délimité avec son SCR (Couche › Ajouter une couche › Ajouter une couche de texte délimité).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>The table {layer} has no row with numbers in its columns {x} and {y}.</source>
      <translation>La table {layer} n'a aucune ligne avec des nombres dans ses colonnes {x} et {y}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/table_points.py" />
      <source>{n} rows of {layer} have coordinates outside {crs} and were skipped (features {ids}).</source>
      <translation>{n} lignes de {layer} ont des coordonnées hors de {crs} et ont été ignorées (entités n° {ids}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>counted as 0</source>
      <translation>compté 0</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{n} values of "{field}" are shared by several features of {layer}: {ids}. Each unit needs its own id. If the features are parts of one unit, merge them first (Vector › Geoprocessing Tools › Dissolve, by this field).</source>
      <translation>{n} valeurs de « {field} » sont partagées par plusieurs entités de {layer} : {ids}. Chaque unité doit avoir son propre identifiant. Si ces entités sont les morceaux d'une même unité, fusionnez-les d'abord (Vecteur › Outils de géotraitement › Regrouper, sur ce champ).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{{n}} features of {layer} have a negative "{field}": {instead} (features {{ids}}).</source>
      <translation>{{n}} entités de {layer} ont un « {field} » négatif : {instead} (entités n° {{ids}}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{{n}} features of {layer} have a "{field}" that is not a number: {instead} (features {{ids}}).</source>
      <translation>{{n}} entités de {layer} ont un « {field} » qui n'est pas un nombre : {instead} (entités n° {{ids}}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{n} features of {layer} have no "{field}" (features {ids}): each unit needs an id to be counted on its own.</source>
      <translation>{n} entités de {layer} n'ont pas de « {field} » (entités n° {ids}) : chaque unité a besoin d'un identifiant pour être comptée à part.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{n} values of "{field}" were written as text and read as numbers.</source>
      <translation>{n} valeurs de « {field} » étaient écrites en texte et ont été lues comme des nombres.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/values.py" />
      <source>{value} (features {features})</source>
      <translation>{value} (entités {features})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/browser.py" />
      <source>Opendatasoft</source>
      <translation>Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/browser.py" />
      <source>Reading {dataset}</source>
      <translation>Lecture de {dataset}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Search or paste an address</source>
      <translation>Chercher ou coller un lien</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Words to search the catalogue for, or the address of a dataset page (Enter)</source>
      <translation>Mots à chercher dans le catalogue, ou adresse de la page d'un jeu de données (Entrée)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Dismiss</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Manage portals</source>
      <translation>Gérer les portails</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Sort the results</source>
      <translation>Trier les résultats</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Geographic</source>
      <translation>Géographiques</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Only datasets with a geometry (map layers)</source>
      <translation>Seulement les jeux avec une géométrie (couches cartographiques)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Keyword</source>
      <translation>Mot-clé</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Publisher</source>
      <translation>Producteur</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Load</source>
      <translation>Charger</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Zoom the map to the dataset extent</source>
      <translation>Zoomer la carte sur l'emprise du jeu</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Open the dataset page in the web browser</source>
      <translation>Ouvrir la page du jeu dans le navigateur web</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Filter (ODSQL, optional)</source>
      <translation>Filtre (ODSQL, facultatif)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>e.g. ardt = 11 or operateur = "Orange"</source>
      <translation>ex. ardt = 11 ou operateur = "Orange"</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Current map extent only</source>
      <translation>Dans l'emprise de la carte</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Only what is in the current map extent</source>
      <translation>Seulement ce qui est dans l'emprise actuelle de la carte</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Fields</source>
      <translation>Champs</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Temporary file</source>
      <translation>Fichier temporaire</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>GeoPackage file</source>
      <translation>Fichier GeoPackage</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Save the dataset as</source>
      <translation>Enregistrer le jeu sous</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock.py" />
      <source>Download the dataset and add it to the map ({keys})</source>
      <translation>Télécharger le jeu de données et l'ajouter à la carte ({keys})</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Modified</source>
      <translation>Modifié le</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Records</source>
      <translation>Enregistrements</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Keywords</source>
      <translation>Mots-clés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_details.py" />
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Checking the filter with the portal…</source>
      <translation>Vérification du filtre auprès du portail…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Nothing was loaded.</source>
      <translation>Rien n'a été chargé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Canceled: nothing was loaded.</source>
      <translation>Annulé : rien n'a été chargé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Choose at least one field.</source>
      <translation>Choisissez au moins un champ.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Choose the GeoPackage file to write.</source>
      <translation>Choisissez le fichier GeoPackage à écrire.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>Downloading {title}…</source>
      <translation>Téléchargement de {title}…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>The portal rejected the filter: {reason} Nothing was downloaded.</source>
      <translation>Le portail a refusé le filtre : {reason} Rien n'a été téléchargé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_load.py" />
      <source>{count} features loaded in the layer '{name}'.</source>
      <translation>{count} entités chargées dans la couche « {name} ».</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Choose or create the authentication configuration holding your API key of this portal (method Basic, the key as password, any user name). The key stays in the QGIS authentication database.</source>
      <translation>Choisissez ou créez la configuration d'authentification qui contient votre clé d'API de ce portail (méthode Basic, la clé comme mot de passe, nom d'utilisateur quelconque). La clé reste dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Add a portal…</source>
      <translation>Ajouter un portail…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Rename this portal…</source>
      <translation>Renommer ce portail…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Remove this portal</source>
      <translation>Retirer ce portail</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>API key of this portal…</source>
      <translation>Clé d'API de ce portail…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Looking for the local demo portal</source>
      <translation>Recherche du portail local de démonstration</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Add a portal</source>
      <translation>Ajouter un portail</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Address of the Opendatasoft portal (e.g. https://data.example.fr):</source>
      <translation>Adresse du portail Opendatasoft (ex. https://data.exemple.fr) :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Name shown in the list:</source>
      <translation>Nom affiché dans la liste :</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Rename the portal</source>
      <translation>Renommer le portail</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Remove the portal</source>
      <translation>Retirer le portail</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Local demo portal</source>
      <translation>Portail local de démonstration</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Opendatasoft portal</source>
      <translation>Portail Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>API key of {portal}</source>
      <translation>Clé d'API de {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_portals.py" />
      <source>Remove {portal} from the list?</source>
      <translation>Retirer {portal} de la liste ?</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>This dataset has no records.</source>
      <translation>Ce jeu de données n'a aucun enregistrement.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>Loading the first records…</source>
      <translation>Chargement des premiers enregistrements…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>The preview could not be read.</source>
      <translation>L'aperçu n'a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>First {shown} of {total}.</source>
      <translation>Les {shown} premiers sur {total}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>The catalogue lists {count} for this dataset, but the portal gives none to read: they may be restricted to some users.</source>
      <translation>Le catalogue annonce {count} pour ce jeu de données, mais le portail n'en donne aucun à lire : ils sont peut-être réservés à certains utilisateurs.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_preview.py" />
      <source>Preview of {dataset}</source>
      <translation>Aperçu de {dataset}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>All themes</source>
      <translation>Tous les thèmes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>All keywords</source>
      <translation>Tous les mots-clés</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>All publishers</source>
      <translation>Tous les producteurs</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Relevance</source>
      <translation>Pertinence</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Last modified</source>
      <translation>Dernière modification</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Searching {portal}</source>
      <translation>Recherche sur {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>No dataset found.</source>
      <translation>Aucun jeu de données trouvé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Reading {dataset}…</source>
      <translation>Lecture de {dataset}…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>Opened directly, not from a search</source>
      <translation>Ouvert directement, hors recherche</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>1 dataset</source>
      <translation>1 jeu de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/dock_search.py" />
      <source>{count} datasets</source>
      <translation>{count} jeux de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>The T.Dat'Hack Processing provider is not loaded.</source>
      <translation>Le fournisseur de traitements T.Dat'Hack n'est pas chargé.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>No record matches the filter: nothing to load.</source>
      <translation>Aucun enregistrement ne correspond au filtre : rien à charger.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>Loading {title}</source>
      <translation>Chargement de {title}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>The download failed.</source>
      <translation>Le téléchargement a échoué.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>Checking the filter on {portal}</source>
      <translation>Vérification du filtre sur {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/loader.py" />
      <source>{count} features loaded from {portal}.</source>
      <translation>{count} entités chargées depuis {portal}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/locator.py" />
      <source>Opendatasoft datasets</source>
      <translation>Jeux de données Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/models.py" />
      <source>{count} records</source>
      <translation>{count} enregistrements</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>QGIS's network timeout (also in Settings › Options › Network): a request without data for this long is abandoned. Big exports may need more.</source>
      <translation>Le délai d'expiration réseau de QGIS (aussi dans Préférences › Options › Réseau) : une requête sans données pendant ce temps est abandonnée. Les gros exports peuvent demander davantage.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Network timeout</source>
      <translation>Délai d'expiration réseau</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Chosen from the data</source>
      <translation>Choisi d'après les données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Used by the algorithms when METRIC_CRS is not given, and only where the data lies within its area of use; otherwise the official projection of the territory (Lambert-93, RGR92…) is chosen.</source>
      <translation>Utilisé par les algorithmes quand METRIC_CRS n'est pas donné, et seulement si les données sont dans son domaine d'emploi ; sinon la projection officielle du territoire (Lambert-93, RGR92…) est choisie.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Default computation CRS</source>
      <translation>SCR de calcul par défaut</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Offer the local demo portal (make portal, 127.0.0.1:8765)</source>
      <translation>Proposer le portail de démonstration local (make portal, 127.0.0.1:8765)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>&lt;b&gt;Opendatasoft portals&lt;/b&gt; offered by the dock</source>
      <translation>&lt;b&gt;Portails Opendatasoft&lt;/b&gt; proposés par le panneau</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ui/options_page.py" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
  </context>
</TS>
