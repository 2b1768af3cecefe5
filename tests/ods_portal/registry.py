"""The portal's catalogue: every dataset with its metadata (French, as a French portal has)."""

from .datasets import (
    AliasDataset,
    GeneratedPoints,
    LoadedDataset,
    aveyron_box,
    filler_loader,
    geojson_loader,
    mobile_sites_loader,
    population_loader,
)

PARIS = {
    "publisher": "Ville de Paris",
    "license": "Open Database License (ODbL)",
    "license_url": "http://opendatacommons.org/licenses/odbl/",
    "territory": ["Paris"],
    "attributions": "Ville de Paris – ODbL",
}
ETALAB = {
    "license": "Licence Ouverte v2.0 (Etalab)",
    "license_url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
TEST = {
    "publisher": "T.Dat'Hack",
    "license": "Licence Ouverte v2.0 (Etalab)",
    "license_url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "territory": ["Aveyron"],
}


def metas(title, description, theme, keyword, modified, **others):
    return {
        "title": title,
        "description": description,
        "theme": theme,
        "keyword": keyword,
        "modified": modified,
        "language": "fr",
        **others,
    }


def paris_datasets():
    wifi = LoadedDataset(
        "sites-disposant-du-service-paris-wi-fi",
        metas(
            "Sites disposant du service Paris Wi-Fi",
            "<p>Liste des sites municipaux (bibliothèques, mairies, parcs et jardins, musées…) "
            "où le service <strong>Paris Wi-Fi</strong>, accès gratuit à internet, est "
            "disponible, avec le nombre de bornes et l'état du service.</p>",
            ["Equipements, Services, Social"],
            ["wifi", "internet", "hotspot", "numérique"],
            "2024-05-13T08:15:02+00:00",
            **PARIS,
        ),
        geojson_loader(
            "paris/sites-disposant-du-service-paris-wi-fi.geojson",
            {
                "nom_site": "Nom du site",
                "arc_adresse": "Adresse",
                "cp": "Code postal",
                "idpw": "Identifiant Paris Wi-Fi",
                "nombre_de_borne_wifi": "Nombre de bornes wifi",
                "etat2": "État du site",
                "geo_point_2d": "Géolocalisation",
            },
            point_field="geo_point_2d",
        ),
    )
    return [
        wifi,
        LoadedDataset(
            "arrondissements",
            metas(
                "Arrondissements",
                "<p>Limites des 20 arrondissements de Paris, avec leur numéro, leur nom "
                "officiel, leur surface et leur périmètre.</p>",
                ["Administration", "Urbanisme, Logement"],
                ["arrondissement", "limites administratives", "découpage"],
                "2023-11-03T09:00:12+00:00",
                **PARIS,
            ),
            geojson_loader(
                "paris/arrondissements.geojson",
                {
                    "n_sq_ar": "Identifiant séquentiel de l'arrondissement",
                    "c_ar": "Numéro d'arrondissement",
                    "c_arinsee": "Numéro INSEE",
                    "l_ar": "Nom de l'arrondissement",
                    "l_aroff": "Nom officiel",
                    "n_sq_co": "Identifiant séquentiel de la commune",
                    "surface": "Surface",
                    "perimetre": "Périmètre",
                    "geom_x_y": "Geometry X Y",
                    "geom": "Geometry",
                },
                shape_field="geom",
            ),
        ),
        LoadedDataset(
            "marches-decouverts",
            metas(
                "Marchés découverts",
                "<p>Localisation, jours et horaires des marchés découverts alimentaires, "
                "biologiques et spécialisés de Paris.</p>",
                ["Commerces"],
                ["marché", "alimentation", "commerce", "horaires"],
                "2024-02-20T14:31:45+00:00",
                **PARIS,
            ),
            geojson_loader(
                "paris/marches-decouverts.geojson",
                {
                    "id_marche": "Identifiant marché",
                    "nom_court": "Nom court",
                    "nom_long": "Nom long",
                    "produit": "Produit",
                    "ardt": "Arrondissement",
                    "localisation": "Localisation",
                    "jours_tenue": "Jours de tenue",
                    "gestionnaire": "Gestionnaire",
                    "lineaire": "Linéaire commercial",
                    "geo_shape": "Geo Shape",
                    "geo_point_2d": "Geo Point",
                },
                shape_field="geo_shape",
            ),
        ),
        LoadedDataset(
            "velib-emplacement-des-stations",
            metas(
                "Vélib - Emplacement des stations",
                "<p>Emplacement des stations Vélib' Métropole et nombre de bornettes "
                "(capacité) de chaque station.</p>",
                ["Mobilité et Espace Public"],
                ["vélo", "vélib", "mobilité", "station"],
                "2024-06-01T03:02:11+00:00",
                **PARIS,
            ),
            geojson_loader(
                "paris/velib-emplacement-des-stations.geojson",
                {
                    "stationcode": "Code de la station",
                    "name": "Nom de la station",
                    "capacity": "Capacité de la station",
                    "coordonnees_geo": "Coordonnées géographiques",
                },
                point_field="coordonnees_geo",
            ),
        ),
        LoadedDataset(
            "sanisettesparis",
            metas(
                "Sanisettes",
                "<p>Toilettes publiques (sanisettes) de Paris : adresse, horaires, accessibilité "
                "aux personnes à mobilité réduite et relais bébé.</p>",
                ["Equipements, Services, Social"],
                ["toilettes", "sanisette", "accessibilité", "propreté"],
                "2024-04-18T06:45:00+00:00",
                **PARIS,
            ),
            geojson_loader(
                "paris/sanisettesparis.geojson",
                {
                    "type": "Type",
                    "statut": "Statut",
                    "adresse": "Adresse",
                    "arrondissement": "Arrondissement",
                    "horaire": "Horaires d'ouverture",
                    "acces_pmr": "Accès PMR",
                    "relais_bebe": "Relais bébé",
                    "url_fiche_equipement": "Fiche équipement",
                    "geo_shape": "Geo Shape",
                    "geo_point_2d": "Geo Point",
                },
                shape_field="geo_shape",
            ),
        ),
        LoadedDataset(
            "arbresremarquablesparis",
            metas(
                "Arbres remarquables de Paris",
                "<p>Arbres labellisés <em>remarquables</em> à Paris (espèce, genre, "
                "dimensions, date de plantation, adresse).</p>",
                ["Environnement"],
                ["arbre", "patrimoine", "nature", "végétation"],
                "2023-09-12T10:20:30+00:00",
                **PARIS,
            ),
            geojson_loader(
                "paris/arbresremarquablesparis.geojson",
                {
                    "libellefrancais": "Libellé français",
                    "genre": "Genre",
                    "espece": "Espèce",
                    "adresse": "Adresse",
                    "arrondissement": "Arrondissement",
                    "circonferenceencm": "Circonférence (cm)",
                    "hauteurenm": "Hauteur (m)",
                    "dateplantation": "Date de plantation",
                    "geo_point_2d": "Géolocalisation",
                },
                point_field="geo_point_2d",
                dates=("dateplantation",),
            ),
        ),
    ]


def territory_datasets():
    return [
        LoadedDataset(
            "communes-aveyron",
            metas(
                "Communes de l'Aveyron",
                "<p>Contours simplifiés des 285 communes de l'Aveyron (géographie 2018) avec "
                "leur code INSEE. Source : IGN Admin Express COG et INSEE.</p>",
                ["Administration"],
                ["commune", "limites administratives", "Aveyron"],
                "2018-06-15T00:00:00+00:00",
                publisher="IGN / INSEE",
                territory=["Aveyron"],
                attributions="IGN/INSEE – Licence Ouverte",
                **ETALAB,
            ),
            geojson_loader(
                "admin/communes-12-aveyron.geojson",
                {
                    "code": "Code INSEE",
                    "nom": "Nom",
                    "geo_shape": "Contour",
                    "geo_point_2d": "Centroïde",
                },
                shape_field="geo_shape",
                point_field="geo_point_2d",
            ),
        ),
        LoadedDataset(
            "sites-mobiles-2018-aveyron",
            metas(
                "Sites mobiles 2G/3G/4G en Aveyron (janvier 2018)",
                "<p>Sites de téléphonie mobile des quatre opérateurs en Aveyron au "
                "1<sup>er</sup> janvier 2018, avec les technologies 2G, 3G et 4G de chaque "
                "site. Extrait des données « Mon réseau mobile » de l'Arcep.</p>",
                ["Télécommunications", "Aménagement du territoire"],
                ["téléphonie mobile", "antenne", "couverture", "New Deal mobile"],
                "2018-01-31T00:00:00+00:00",
                publisher="Arcep",
                territory=["Aveyron"],
                attributions="Arcep – Licence Ouverte",
                **ETALAB,
            ),
            mobile_sites_loader(),
        ),
        LoadedDataset(
            "communes-population",
            metas(
                "Population municipale des communes",
                "<p>Code INSEE, département, région, EPCI et population municipale de chaque "
                "commune de France.</p>",
                ["Population, Société"],
                ["population", "commune", "INSEE", "EPCI"],
                "2024-01-10T00:00:00+00:00",
                publisher="INSEE",
                territory=["France"],
                attributions="INSEE – Licence Ouverte",
                **ETALAB,
            ),
            population_loader(),
        ),
    ]


FAULTS = {
    "tdathack-rate-limited": ("Quota dépassé", "Toute requête reçoit 429 (quota journalier)."),
    "tdathack-rate-limited-soon": (
        "Quota bientôt rétabli",
        "La première requête de chaque chemin reçoit 429, le quota revient 2 s plus tard.",
    ),
    "tdathack-flaky": ("Serveur instable", "Les deux premières requêtes de chaque chemin : 503."),
    "tdathack-server-error": ("Erreur serveur", "Toute requête reçoit 500."),
    "tdathack-slow": ("Réponses lentes", "Chaque réponse est retardée."),
    "tdathack-truncated": ("Export tronqué", "Les exports s'interrompent avant la fin."),
    "tdathack-html": ("Portail captif", "Une page HTML de connexion répond à la place de l'API."),
}


def tdathack_datasets(wifi, arrondissements):
    fault_datasets = [
        AliasDataset(
            dataset_id,
            metas(
                title,
                f"<p>{text} Données : sites Paris Wi-Fi.</p>",
                ["Test"],
                ["test", "erreur"],
                "2024-01-01T00:00:00+00:00",
                **TEST,
            ),
            wifi,
            fault=dataset_id.removeprefix("tdathack-"),
        )
        for dataset_id, (title, text) in FAULTS.items()
    ]
    private = AliasDataset(
        "tdathack-private",
        metas(
            "Arrondissements (accès restreint)",
            "<p>Copie privée des arrondissements de Paris : une clé d'API est requise.</p>",
            ["Test"],
            ["test", "privé"],
            "2024-01-02T00:00:00+00:00",
            **{**TEST, "territory": ["Paris"]},
        ),
        arrondissements,
        private=True,
    )
    points = [
        random_points(label, count) for label, count in (("100k", 100_000), ("400k", 400_000))
    ]
    fillers = [
        LoadedDataset(
            f"tdathack-filler-{number:03d}",
            metas(
                f"Jeu de remplissage {number:03d}",
                "<p>Petit tableau de test pour remplir le catalogue (pagination).</p>",
                ["Test"],
                ["test", "pagination"],
                f"2022-{1 + number % 12:02d}-{1 + number % 28:02d}T12:00:00+00:00",
                **TEST,
            ),
            filler_loader(number),
        )
        for number in range(1, 151)
    ]
    return [*fault_datasets, private, *points, *fillers]


def build_datasets():
    """{dataset_id: Dataset} in catalogue order."""
    paris = paris_datasets()
    datasets = [*paris, *territory_datasets(), *tdathack_datasets(paris[0], paris[1])]
    return {d.dataset_id: d for d in datasets}


def large_catalogue(count):
    """{dataset_id: Dataset} of `count` small generated point datasets (a national portal's
    catalogue size), ids catalogue-00001… in order."""
    datasets = (
        GeneratedPoints(
            f"catalogue-{number:05d}",
            metas(
                f"Jeu de test {number:05d}",
                "<p>Jeu généré pour les catalogues de plus de 10 000 jeux.</p>",
                ["Catalogue"],
                ["synthétique", f"lot {number % 7}"],
                "2024-01-01T00:00:00+00:00",
                **TEST,
            ),
            count=5,
            seed=number,
            box=aveyron_box,
        )
        for number in range(1, count + 1)
    )
    return {d.dataset_id: d for d in datasets}


def random_points(label, count):
    """tdathack-points-<label>: count points drawn in Aveyron's box (seed: count // 1000)."""
    return GeneratedPoints(
        f"tdathack-points-{label}",
        metas(
            f"{count:,} points aléatoires en Aveyron".replace(",", " "),
            f"<p>{count} points tirés au hasard (graine fixe) dans l'emprise de "
            "l'Aveyron, pour tester les gros téléchargements.</p>",
            ["Test"],
            ["test", "volume"],
            "2024-01-03T00:00:00+00:00",
            **TEST,
        ),
        count,
        count // 1000,
        aveyron_box,
    )
