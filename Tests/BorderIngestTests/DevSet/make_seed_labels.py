# Writes seeds.json: the five seed reports (read from ../shared/seeds at run
# time, never copied here) labelled with what geodata/theatres/am-az/incidents.json, the
# hand-made catalog, records from each. Run: python3 make_seed_labels.py
import json, os
here = os.path.dirname(os.path.abspath(__file__))
catalog = json.load(open(os.path.join(here, "../../../geodata/theatres/am-az/incidents.json")))
# The catalog's relative phrases, read as RelativeDate reads them.
PHRASES = {("in May", "2021-07-28"): ("2021-05-01", "2021-05-31", "month"),
           ("days before", "2021-07-28"): ("2021-07-21", "2021-07-27", "week"),
           ("Wednesday", "2021-07-28"): ("2021-07-28", "2021-07-28", "day"),
           ("Monday", "2021-11-16"): ("2021-11-15", "2021-11-15", "day"),
           ("Tuesday", "2021-11-16"): ("2021-11-16", "2021-11-16", "day"),
           ("in August", "2022-09-13"): ("2022-08-01", "2022-08-31", "month"),
           ("last week", "2022-09-13"): ("2022-09-05", "2022-09-11", "week"),
           ("shortly after midnight", "2022-09-13"): ("2022-09-13", "2022-09-13", "day")}
PLACES = {"Sotk": "geonames:616041", "Verin Shorzha": "supplement:verin-shorzha", "Yeraskh": "geonames:391241",
          "Heydarabad": "geonames:8326746", "Goris": "geonames:174895"}
PROVINCES = {"Syunik": "AM-SU", "Gegharkunik": "AM-GR", "Kalbajar": "AZ-KAL"}
published = {s["id"]: s["published"] for s in catalog["sources"]}
reports = []
for src in catalog["sources"]:
    incidents = []
    for i in catalog["incidents"]:
        if src["id"] not in i["sources"]:
            continue
        d = i["date"]
        if "phrase" in d:
            frm, to, precision = PHRASES[(d["phrase"], published[d["source"]])]
        elif "on" in d:
            frm, to, precision = d["on"], d["on"], "day"
        else:
            frm, to, precision = d["from"], d["to"], d.get("precision", "period")
        places = []
        for l in i["locations"]:
            if src["id"] not in l["sources"]:
                continue
            if "place" in l: places.append(PLACES[l["place"]])
            elif "province" in l: places.append(PROVINCES[l["province"]])
            elif "border_sector" in l: places.append("sector:" + PROVINCES[l["border_sector"]])
        figures = []
        for c in i["claims"]:
            if src["id"] not in c["sources"]:
                continue
            for cas in c.get("casualties", []):
                for kind in ("killed", "wounded", "captured", "missing"):
                    if kind not in cas: continue
                    v = cas[kind]
                    if isinstance(v, (int, float)): low, high = int(v), int(v)
                    elif "at_least" in v: low, high = v["at_least"], None
                    elif "more_than" in v: low, high = v["more_than"] + 1, None
                    else: low, high = v["low"], v.get("high")
                    figures.append({"claimant_side": c["side"], "side": cas["side"], "kind": kind, "low": low, "high": high})
        incidents.append({"catalog_id": i["id"], "type": i["type"], "from": frm, "to": to, "precision": precision,
                          "places": places, "casualties": figures})
    reports.append({"id": src["id"], "published": src["published"], "outlet": src["outlet"],
                    "file": "../../../../shared/seeds/" + src["file"], "incidents": incidents})
json.dump({"reports": reports}, open(os.path.join(here, "seeds.json"), "w"), ensure_ascii=False, indent=1)
print(sum(len(r["incidents"]) for r in reports), "labelled incidents")
