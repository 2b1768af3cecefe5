<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>tdathack</name>
    <message>
      <location filename="../../tdathack_plugin/coverage/lines.py" />
      <source>A geometry overlay failed (GEOS returned parts that do not add up).</source>
      <translation>Une superposition de géométries a échoué (GEOS a renvoyé des parties dont la somme ne fait pas le tout).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>Non-employer unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>Unknown size class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>No employee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} to {high} employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} employees or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/coverage/sirene.py" />
      <source>{low} or {high} employees</source>
      <translation type="unfinished" />
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
      <source>later</source>
      <translation>plus tard</translation>
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
      <source>{portal} had an internal error (HTTP {status}). Try again later.</source>
      <translation>{portal} a rencontré une erreur interne (HTTP {status}). Réessayez plus tard.</translation>
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
      <source>The dataset '{dataset}' does not exist on {portal} (or it is private and no valid API key was given). Check its identifier in the dataset page address.</source>
      <translation>Le jeu de données « {dataset} » n'existe pas sur {portal} (ou il est privé et aucune clé d'API valide n'a été fournie). Vérifiez son identifiant dans l'adresse de la page du jeu de données.</translation>
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
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>QGIS gives up on a request after {seconds} s without data. The portal may need longer to prepare an export of {count} records; if the download is cut, raise the timeout in {settings}.</source>
      <translation>QGIS abandonne une requête après {seconds} s sans données. Le portail peut avoir besoin de plus de temps pour préparer un export de {count} enregistrements ; si le téléchargement est interrompu, augmentez le délai d'expiration dans {settings}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>no explanation given</source>
      <translation>aucune explication fournie</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>the answer is not JSON</source>
      <translation>la réponse n'est pas du JSON</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/http.py" />
      <source>The dataset '{dataset}' of {portal}</source>
      <translation>Le jeu de données « {dataset} » de {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/ods/layers.py" />
      <source>Dataset page</source>
      <translation>Page du jeu de données</translation>
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
      <source>the exported file cannot be read: {path}</source>
      <translation>le fichier exporté est illisible : {path}</translation>
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
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage of transport axes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Mobile coverage (New Deal mobile)</source>
      <translation>Couverture mobile (New Deal mobile)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Metric CRS for the computation (default: chosen from the data)</source>
      <translation>SCR métrique du calcul (par défaut : choisi d'après les données)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>axe routier,road,rail,train,new deal,arcep,mobile,kilometre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axes (road or rail lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axis id field (features with the same id form one axis)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage polygons (one layer per operator, or an operator field)</source>
      <translation>Polygones de couverture (une couche par opérateur, ou un champ opérateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Operator field (Arcep: operateur)</source>
      <translation>Champ opérateur (Arcep : operateur)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Coverage level field (Arcep: niveau)</source>
      <translation>Champ niveau de couverture (Arcep : niveau)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Minimum coverage level</source>
      <translation>Niveau de couverture minimal</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Expected number of operators (default: the operators found)</source>
      <translation>Nombre d'opérateurs attendus (par défaut : les opérateurs trouvés)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Axis segments by coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Statistics per axis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>The axes layer has no line of non-zero length.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Operators found: {names} (expected: {n}).</source>
      <translation>Opérateurs trouvés : {names} (attendus : {n}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Limited coverage (CL) or better</source>
      <translation>Couverture limitée (CL) ou mieux</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Good coverage (BC) or better</source>
      <translation>Bonne couverture (BC) ou mieux</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Very good coverage (TBC)</source>
      <translation>Très bonne couverture (TBC)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>The computation CRS must be projected in metres, not {crs}.</source>
      <translation>Le SCR du calcul doit être projeté en mètres, pas {crs}.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>{n} axis features without a line or of zero length were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>{n} multi-part axis features: every part is measured.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>Cancelled: no output was written.</source>
      <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/axis_coverage.py" />
      <source>{n} invalid geometries were repaired.</source>
      <translation>{n} géométries invalides ont été réparées.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage from antenna sites</source>
      <translation>Couverture théorique depuis les sites</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Segments per quarter circle</source>
      <translation>Segments par quart de cercle</translation>
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
      <source>Radius field (metres, overrides the radius where set)</source>
      <translation>Champ rayon (mètres, remplace le rayon quand il est renseigné)</translation>
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
      <source>Computation CRS: {crs}</source>
      <translation>SCR du calcul : {crs}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>Estimated coverage (buffers around sites), not Arcep's coverage maps: {n} operators from {s} sites.</source>
      <translation>Couverture estimée (tampons autour des sites), pas les cartes de couverture de l'Arcep : {n} opérateurs à partir de {s} sites.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>The radius must be greater than 0 metres (got {r}).</source>
      <translation>Le rayon doit être supérieur à 0 mètre (reçu : {r}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_from_sites.py" />
      <source>{n} sites without a point or with a radius ≤ 0 were skipped.</source>
      <translation>{n} sites sans point ou avec un rayon ≤ 0 ont été ignorés.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>With a single coverage layer, give OPERATOR_FIELD (the field that tells operators apart, e.g. operateur), or give one layer per operator.</source>
      <translation>Avec une seule couche de couverture, indiquez OPERATOR_FIELD (le champ qui distingue les opérateurs, par ex. operateur), ou donnez une couche par opérateur.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The field "{field}" is not in the layer "{layer}" (its fields: {fields}).</source>
      <translation>Le champ « {field} » n'existe pas dans la couche « {layer} » (ses champs : {fields}).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/coverage_inputs.py" />
      <source>The coverage layer "{layer}" is not a polygon layer.</source>
      <translation>La couche de couverture « {layer} » n'est pas une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Download an Opendatasoft dataset</source>
      <translation>Télécharger un jeu de données Opendatasoft</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Open data</source>
      <translation>Données ouvertes</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>download</source>
      <translation>télécharger</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>portal</source>
      <translation>portail</translation>
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
      <source>API key (authentication configuration)</source>
      <translation>Clé d'API (configuration d'authentification)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Dataset</source>
      <translation>Jeu de données</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>{title}: {count} records on {portal}</source>
      <translation>{title} : {count} enregistrements sur {portal}</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>The dataset '{dataset}' has no geometry: it cannot be filtered by extent.</source>
      <translation>Le jeu de données « {dataset} » n'a pas de géométrie : il ne peut pas être filtré par emprise.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/download_dataset.py" />
      <source>Downloading: {size} MB received</source>
      <translation>Téléchargement : {size} Mo reçus</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments without fibre (fibre pro)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Fixed broadband (fibre)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments without a location were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} closed establishments were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments located at their commune centroid (qualite_xy = 33) were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments below the smallest size class were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Eligible to fibre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Not eligible to fibre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments (Sirene géolocalisé points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Size class field (default: trancheEffectifsEtablissement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Smallest size class kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Active establishments only (etatAdministratifEtablissement = A)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Fibre-ready premises (points) or eligible zones (polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Filter of the eligible features (expression)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Id field of the eligible features (default: feature id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Match distance (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Zones (communes, zones d'activités...)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Zone id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Cluster distance (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Minimum establishments per cluster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Establishments with their eligibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Statistics per zone and size class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Priority clusters of establishments without fibre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No size class field: every establishment is of unknown size.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No etatAdministratifEtablissement field: every establishment is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No establishment left to analyse (see the log for what was left out).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>No eligible feature: no establishment is eligible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Give ZONES_ID_FIELD, the id field of the zones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} of {total} establishments are eligible to fibre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments have an unknown size code ({codes}): kept in the class '?'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>Eligible features kept by the filter: {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>All zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>{n} establishments lie outside every zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/fibre_pro.py" />
      <source>All sizes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality per grid cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Not enough data: fewer than {n} measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measurement points (Arcep QoS campaign, crowdsourcing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured value field (bitrate, signal...)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Operator field (one grid per operator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Grid type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Cell size (metres: side of a square, width of a hexagon)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Threshold: a measure under it is insufficient (unit of the value)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Minimum number of measures per cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Measured quality grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>No measure with a point and a value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Sufficient: median ≥ {t}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Insufficient: median &lt; {t}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures in {c} cells.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Square</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>Hexagon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>The cell size must be greater than 0 metres (got {s}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/measurement_grid.py" />
      <source>{n} measures without a point or a value were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Mobile zones blanches and zones grises</source>
      <translation>Zones blanches et zones grises mobiles</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population</source>
      <translation>zone blanche,zone grise,new deal,arcep,mobile,4g,opérateur,population</translation>
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
      <source>Population (polygons or points)</source>
      <translation>Population (polygones ou points)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Population field (optional for points: each point counts 1)</source>
      <translation>Champ population (facultatif pour des points : chaque point compte 1)</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Coverage zones</source>
      <translation>Zones de couverture</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Statistics per territory unit</source>
      <translation>Statistiques par unité territoriale</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>The territory layer has no polygon.</source>
      <translation>La couche territoire ne contient aucun polygone.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Population polygons need POPULATION_FIELD (inhabitants per polygon).</source>
      <translation>Des polygones de population demandent POPULATION_FIELD (habitants par polygone).</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>{n} population points lie outside every territory unit.</source>
      <translation>{n} points de population sont hors de toute unité territoriale.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/mobile_gaps.py" />
      <source>Territory unit {id} has no polygon: skipped.</source>
      <translation>L'unité territoriale {id} n'a pas de polygone : ignorée.</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage by access points (territorial Wi-Fi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Public Wi-Fi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Within reach of a service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Out of reach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>wifi,hotspot,access point,public place,buffer,nearest,distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Service points (Wi-Fi hotspots)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Services to keep (expression, e.g. "etat2" = 'Opérationnel')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Service id field (default: the feature id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Reach of each service (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand (public places, addresses, population cells)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand weight field (default: each feature counts 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Zones for the statistics (districts, communes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Covered area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Demand with coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Coverage statistics per zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The demand layer must hold points or polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>Give ZONES_ID_FIELD, the field that identifies the zones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The demand layer has no feature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>No service point: the layer is empty or the filter keeps none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>The zones layer has no polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{c} of {n} demand features are within reach of a service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} service points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} demand features lie outside every zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/algorithms/service_coverage.py" />
      <source>{n} services without a point or with a radius ≤ 0 were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/provider.py" />
      <source>T.Dat'Hack: telecom open data and coverage gaps</source>
      <translation>T.Dat'Hack : données ouvertes télécoms et zones de couverture manquante</translation>
    </message>
    <message>
      <location filename="../../tdathack_plugin/processing/styles.py" />
      <source>Zone blanche: no operator</source>
      <translation>Zone blanche : aucun opérateur</translation>
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
  </context>
</TS>
