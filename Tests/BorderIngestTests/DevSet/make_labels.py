# Writes labels.json: short reports written for this development set (not
# taken from any outlet), each labelled by hand. Run: python3 make_labels.py
import json
R = []
def rep(id, published, text, incidents, outlet=None):
    R.append({"id": id, "published": published, "outlet": outlet, "text": text, "incidents": incidents})
def inc(type, frm, to=None, precision="day", places=(), casualties=()):
    d = {"type": type, "places": list(places), "casualties": [dict(zip(["claimant_side","side","kind","low","high"], c)) for c in casualties]}
    if frm: d.update({"from": frm, "to": to or frm, "precision": precision})
    return d
X = lambda cs, s, k, lo, hi="same": (cs, s, k, lo, lo if hi == "same" else hi)

rep("t01-absolute-day-month-year", "2022-09-20",
    "Armenia's Defence Ministry said Azerbaijani forces shelled the town of Jermuk on 13 September 2022, killing two soldiers.",
    [inc("shelling", "2022-09-13", places=["geonames:174884"], casualties=[X("ARM","ARM","killed",2)])])
rep("t02-month-day", "2022-09-20",
    "Azerbaijan's Defence Ministry said on September 14 that Armenian units had fired mortars at its positions near Kalbajar district, wounding three servicemen.",
    [inc("shelling", "2022-09-14", places=["AZ-KAL"], casualties=[X("AZE","AZE","wounded",3)])])
rep("t03-abbreviated-month", "2021-11-20",
    "Fighting broke out near the village of Norabak on Sept. 13, Armenian officials said. No losses were reported.",
    [inc("armed-clash", "2021-09-13", places=["supplement:norabak"], casualties=[X("ARM","ARM","killed",0), X("ARM","ARM","wounded",0)])])
rep("t04-dotted-date", "2022-09-15",
    "On 13.09.2022 the Azerbaijani army shelled Goris and Kapan, the Armenian Defence Ministry reported.",
    [inc("shelling", "2022-09-13", places=["geonames:174895", "geonames:174875"])])
rep("t05-weekday", "2021-07-28",
    "Armenian and Azerbaijani troops exchanged fire near Yeraskh on Monday, the Armenian Defence Ministry said.",
    [inc("armed-clash", "2021-07-26", places=["geonames:391241"])])
rep("t06-early-weekday", "2022-09-14",
    "Azerbaijani drones struck positions near Sotk early Tuesday, according to the Armenian Ministry of Defence.",
    [inc("shelling", "2022-09-13", places=["geonames:616041"])])
rep("t07-yesterday", "2023-03-06",
    "An Armenian soldier was wounded yesterday by sniper fire near the village of Tegh, the Armenian Defence Ministry said.",
    [inc("armed-clash", "2023-03-05", places=["geonames:174743"], casualties=[X("ARM","ARM","wounded",1)])])
rep("t08-last-night", "2021-11-17",
    "Heavy fire was exchanged last night near Verin Shorzha, Armenian officials said.",
    [inc("armed-clash", "2021-11-16", "2021-11-17", places=["supplement:verin-shorzha"])])
rep("t09-overnight-midnight", "2022-09-13",
    "Shelling began shortly after midnight towards Jermuk and Vardenis, Armenia's Defence Ministry said.",
    [inc("shelling", "2022-09-13", places=["geonames:174884", "geonames:616108"])])
rep("t10-last-week", "2022-09-13",
    "Last week, Armenia said Azerbaijani fire near Khndzoresk killed one of its soldiers.",
    [inc("armed-clash", "2022-09-05", "2022-09-11", precision="week", places=["geonames:174849"], casualties=[X("ARM","ARM","killed",1)])])
rep("t11-in-month", "2022-09-13",
    "In August, the Nagorno-Karabakh army said it had lost two soldiers in fighting near Lachin district.",
    [inc("armed-clash", "2022-08-01", "2022-08-31", precision="month", places=["AZ-LAC"], casualties=[X("NK","NK","killed",2)])])
rep("t12-mid-month-since", "2021-07-28",
    "Since mid-July, clashes on the border have killed four Armenian soldiers, Armenia said.",
    [inc("armed-clash", "2021-07-10", "2021-07-28", precision="period", casualties=[X("ARM","ARM","killed",4)])])
rep("t13-days-before", "2021-07-28",
    "Just days before, soldiers exchanged fire outside Yeraskh, an Armenian village, and opposite the Azerbaijani village of Heydarabad.",
    [inc("armed-clash", "2021-07-21", "2021-07-27", precision="week", places=["geonames:391241", "geonames:8326746"])])
rep("t14-no-date", None,
    "Azerbaijani troops opened fire on Armenian positions near Sotk on Tuesday, the Armenian Defence Ministry said.",
    [inc("armed-clash", None, places=["geonames:616041"])])
rep("t15-date-line", None,
    "14 May 2021\nArmenia said Azerbaijani troops had crossed into its territory near Sev Lich on Wednesday.",
    [inc("incursion", "2021-05-12", places=["supplement:sev-lich-black-lake"])])
rep("t16-two-incidents-one-sentence", "2021-11-17",
    "Azerbaijani forces shelled Norabak on Monday, and Armenian troops fired on positions near Kalbajar district on Tuesday, officials said.",
    [inc("shelling", "2021-11-15", places=["supplement:norabak"]), inc("armed-clash", "2021-11-16", places=["AZ-KAL"])])
rep("t17-three-spellings", "2021-07-29",
    "Baku said the fighting was in the direction of Kelbajar. Yerevan calls the area Karvachar; Azerbaijani maps write Kəlbəcər.",
    [inc("armed-clash", None, places=["sector:AZ-KAL"])])
rep("t18-other-side-figure", "2022-09-14",
    "Armenia's Defence Ministry said on Tuesday that its forces had killed 50 Azerbaijani soldiers near Goris.",
    [inc("armed-clash", "2022-09-13", places=["geonames:174895"], casualties=[X("ARM","AZE","killed",50)])])
rep("t19-recap-war", "2021-05-20",
    "More than 6,500 people were killed in the 44-day war in 2020. On Wednesday, Azerbaijani troops advanced near Sev Lich, Armenia's Defence Ministry said.",
    [inc("war", "2020-01-01", "2020-12-31", precision="period", casualties=[X("third","ALL","killed",6501,None)]),
     inc("incursion", "2021-05-19", places=["supplement:sev-lich-black-lake"])])
rep("t20-dateline-excluded", "2022-09-13",
    "YEREVAN — Azerbaijani artillery struck Jermuk on Tuesday, Armenian officials said.",
    [inc("shelling", "2022-09-13", places=["geonames:174884"])])
rep("t21-capital-speaking", "2022-09-13",
    "Baku said Armenian troops shelled Azerbaijani positions near Lachin district on Tuesday, and Moscow brokered a truce later that day.",
    [inc("shelling", "2022-09-13", places=["AZ-LAC"]), inc("ceasefire", "2022-09-13")])
rep("t22-home-town", "2021-11-17",
    "A conscript from Masis was killed near Verin Shorzha on Tuesday, the Armenian Defence Ministry said.",
    [inc("armed-clash", "2021-11-16", places=["supplement:verin-shorzha"], casualties=[X("ARM","ARM","killed",1)])])
rep("t23-description", "2022-09-14",
    "Azerbaijani shells hit Vardenis, a town on the shores of Lake Sevan, on Tuesday, the Armenian Defence Ministry said.",
    [inc("shelling", "2022-09-13", places=["geonames:616108"])])
rep("t24-province-not-village", "2021-05-14",
    "Armenia said Azerbaijani troops had advanced into Gegharkunik on Wednesday.",
    [inc("incursion", "2021-05-12", places=["AM-GR"])])
rep("t25-region-nakhchivan", "2021-07-24",
    "Fire was exchanged on the Nakhchivan section of the border on Friday, the Armenian Defence Ministry said.",
    [inc("armed-clash", "2021-07-23", places=["additions:nakhchivan-ar"])])
rep("t26-artsakh", "2022-08-04",
    "The Artsakh Defence Army said on Wednesday that two of its soldiers were killed and 14 wounded in Nagorno-Karabakh.",
    [inc("armed-clash", "2022-08-03", places=["additions:nagorno-karabakh"], casualties=[X("NK","NK","killed",2), X("NK","NK","wounded",14)])])
rep("t27-number-words-dozen", "2022-08-04",
    "Azerbaijan's Defence Ministry said a dozen Armenian troops were wounded and one Azerbaijani soldier was killed near Lachin district on Wednesday.",
    [inc("armed-clash", "2022-08-03", places=["AZ-LAC"], casualties=[X("AZE","ARM","wounded",12), X("AZE","AZE","killed",1)])])
rep("t28-at-least-and-up-to", "2022-09-14",
    "Armenia's Prime Minister said at least 49 soldiers were killed in the shelling of Jermuk on Tuesday. Azerbaijan said up to 15 of its servicemen were wounded.",
    [inc("shelling", "2022-09-13", places=["geonames:174884"], casualties=[X("ARM","ARM","killed",49,None), X("AZE","AZE","wounded",0,15)])])
rep("t29-dozens-range", "2022-09-14",
    "Dozens of Armenian soldiers were killed when Azerbaijani artillery hit positions near Kapan on Tuesday, Armenian officials said.",
    [inc("shelling", "2022-09-13", places=["geonames:174875"], casualties=[X("ARM","ARM","killed",24,99)])])
rep("t30-explicit-zero-denial", "2021-11-17",
    "Armenia's Defence Ministry said Azerbaijani troops fired on Armenian positions near Tegh on Tuesday. Azerbaijan's Defence Ministry denied the report and ruled out any casualties among its servicemen.",
    [inc("armed-clash", "2021-11-16", places=["geonames:174743"], casualties=[X("AZE","AZE","killed",0), X("AZE","AZE","wounded",0)])])
rep("t31-running-total", "2022-09-14",
    "Azerbaijani shelling hit Sotk on Tuesday. In total, 105 Armenian soldiers have been killed since hostilities began on Tuesday, Armenia's Prime Minister said.",
    [inc("shelling", "2022-09-13", places=["geonames:616041"], casualties=[X("ARM","ARM","killed",105)])])
rep("t32-contradicting", "2021-11-17",
    "The Armenian Defence Ministry said one soldier was killed near Verin Shorzha on Tuesday. Armenian lawmaker Eduard Aghajanyan said 15 soldiers were killed. Azerbaijan's Defence Ministry said seven of its servicemen were killed.",
    [inc("armed-clash", "2021-11-16", places=["supplement:verin-shorzha"], casualties=[X("ARM","ARM","killed",1), X("ARM","ARM","killed",15), X("AZE","AZE","killed",7)])])
rep("t33-capture", "2021-05-28",
    "Azerbaijani forces captured six Armenian servicemen near Kut on Thursday, Armenia's Defence Ministry said.",
    [inc("capture", "2021-05-27", places=["supplement:kut"], casualties=[X("ARM","ARM","captured",6)])])
rep("t34-ceasefire-violation", "2022-09-15",
    "A ceasefire brokered by Russia took effect on Wednesday. Armenia said Azerbaijan violated the ceasefire near Jermuk on Thursday.",
    [inc("ceasefire", "2022-09-14"), inc("armed-clash", "2022-09-15", places=["geonames:174884"])])
rep("t35-statement-accusation", "2021-11-16",
    "On Monday, Prime Minister Nikol Pashinyan of Armenia accused Azerbaijan of a fresh incursion onto Armenian land.",
    [inc("statement", "2021-11-15")])
rep("t36-local-residents-azeri-name", "2022-09-14",
    "Local residents said shells fell on Istisu, the Azerbaijani name for Jermuk, overnight.",
    [inc("shelling", "2022-09-13", "2022-09-14", places=["geonames:174884"])])
rep("t37-html", "2022-09-14",
    "<html><head><title>Report</title><script>var x = 1;</script></head><body><p>Azerbaijani artillery shelled <b>Goris</b> on Tuesday, the Armenian Defence Ministry said.</p><p>Two civilians were wounded.</p></body></html>",
    [inc("shelling", "2022-09-13", places=["geonames:174895"], casualties=[X("ARM","ARM","wounded",2)])])
rep("t38-unknown-village", "2022-09-14",
    "Azerbaijani troops shelled the village of Nerkin Gharadagh on Tuesday, Armenian officials said.",
    [inc("shelling", "2022-09-13", places=["unresolved:Nerkin Gharadagh"])])
rep("t39-statement-only", "2022-09-14",
    "The European Union called on both sides to show restraint.",
    [])
rep("t40-soviet-name", "2021-05-14",
    "Armenia said Azerbaijani troops advanced near Basargechar on Wednesday.",
    [inc("incursion", "2021-05-12", places=["geonames:616108"])])
rep("t41-dateline-date", None,
    "BAKU, 16 November 2023 (Reuters) - Two Azerbaijani servicemen were killed and three injured on Saturday when Armenian forces opened fire in Tovuz district, Azerbaijan's Defence Ministry said. Yerevan denied the claim.",
    [inc("armed-clash", "2023-11-11", places=["AZ-TOV"], casualties=[X("AZE","AZE","killed",2), X("AZE","AZE","wounded",3)])])
rep("t42-fighting-before-ceasefire", "2021-07-28",
    "Troops exchanged fire near Yeraskh on July 26, the worst incident since the ceasefire of November 2020, Armenian officials said. A soldier was wounded.",
    [inc("armed-clash", "2021-07-26", places=["geonames:391241"], casualties=[X("ARM","ARM","wounded",1)])])
rep("t43-settlement-of-region", "2021-07-24",
    "Azerbaijani units fired on Kut settlement of Gegharkunik region on Friday, wounding a serviceman, Armenia's Defence Ministry said.",
    [inc("armed-clash", "2021-07-23", places=["supplement:kut"], casualties=[X("ARM","ARM","wounded",1)])])
json.dump({"reports": R}, open("labels.json", "w"), ensure_ascii=False, indent=1)
print(len(R))
