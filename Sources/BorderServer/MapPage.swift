import Foundation

/// The map at `/`: Leaflet and Chart.js from Debian's packages, served by
/// the server itself, over our own countries and provinces (no tiles,
/// nothing fetched beyond this server).
enum MapPage {
    /// Files the page loads, and where Debian installs them (libjs-leaflet, libjs-chart.js).
    static let assets: [String: (path: String, type: String)] = [
        "leaflet.js": ("/usr/share/javascript/leaflet/leaflet.js", "text/javascript"),
        "leaflet.css": ("/usr/share/javascript/leaflet/leaflet.css", "text/css"),
        "chart.min.js": ("/usr/share/javascript/chart.js/chart.min.js", "text/javascript"),
    ]

    static func asset(_ name: String) throws -> OGCResponse {
        guard let a = assets[name] else { throw OGCError.notFound("no static file '\(name)'") }
        guard let text = try? String(contentsOfFile: a.path, encoding: .utf8) else {
            throw OGCError(
                status: 500, code: "ServerError",
                description: "\(a.path) is missing: install Debian's libjs-leaflet and libjs-chart.js")
        }
        return OGCResponse(status: 200, contentType: a.type, body: text)
    }

    /// The images Leaflet's stylesheet asks for (`url(images/…)`, so `/static/images/…`), from the same package.
    static let images: Set<String> = [
        "layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png",
    ]
    static let imageDirectory = "/usr/share/javascript/leaflet/images"

    static func image(_ name: String) throws -> OGCResponse {
        guard images.contains(name) else { throw OGCError.notFound("no static image '\(name)'") }
        let path = imageDirectory + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OGCError(
                status: 500, code: "ServerError", description: "\(path) is missing: install Debian's libjs-leaflet")
        }
        return OGCResponse(status: 200, contentType: "image/png", body: "", bytes: Array(data))
    }

    static func response() -> OGCResponse {
        OGCResponse(status: 200, contentType: "text/html; charset=utf-8", body: html)
    }

    static let html = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>BorderWatch — incidents on the Armenia–Azerbaijan border</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/static/leaflet.css">
        <script src="/static/leaflet.js"></script>
        <script src="/static/chart.min.js"></script>
        <style>
          body { margin: 0; overflow: hidden; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-rows: auto 1fr 170px;
                 grid-template-columns: 1fr 380px; height: 100vh; }
          header { padding: 6px 12px; background: #243447; color: #fff; grid-column: 1 / 3; }
          #charts { grid-row: 2 / 4; grid-column: 2; overflow-y: auto; border-left: 1px solid #ccc; padding: 4px 8px; }
          #charts svg { width: 100%; height: auto; } #charts .bar, #charts .placement { cursor: pointer; }
          #charts .selected { stroke: #f1c40f; stroke-width: 3; }
          header a { color: #cde; }
          #map { background: #dbe7ef; }
          #timeline-box { padding: 4px 12px; min-width: 0; min-height: 0; display: flex; flex-direction: column; }
          /* Chart.js sizes the canvas to its parent: a box of its own keeps the axis labels inside the row. */
          #timeline-wrap { position: relative; flex: 1; min-height: 0; }
          #range { display: flex; gap: 12px; align-items: center; }
          table.claims { border-collapse: collapse; } table.claims td, table.claims th { border: 1px solid #ccc; padding: 2px 4px; vertical-align: top; }
          .legend { background: #fff; padding: 6px; line-height: 1.5; }
          .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
        </style>
        </head>
        <body>
        <header>BorderWatch — located, attributed incidents along contested borders ·
          <label>theatre <select id="theatre"><option value="">all</option></select></label> ·
          <a href="/?f=json">API</a> · <a href="/collections">collections</a> · click the map for distances to the border</header>
        <div id="map"></div>
        <div id="timeline-box">
          <div id="range">From <input type="range" id="from" min="0" max="0" value="0"> <span id="from-label"></span>
            to <input type="range" id="to" min="0" max="0" value="0"> <span id="to-label"></span> <span id="shown"></span></div>
          <div id="timeline-wrap"><canvas id="timeline"></canvas></div>
        </div>
        <aside id="charts"><div id="selection">Click a bar to show its incidents on the map. <button id="show-all">show all</button></div>
          <div id="chart-month"></div><div id="chart-province"></div><div id="chart-strip"></div></aside>
        <script>
        const colours = { "armed-clash": "#c0392b", "shelling": "#e67e22", "incursion": "#8e44ad", "capture": "#2c3e50",
                          "ceasefire": "#27ae60", "statement": "#7f8c8d", "war": "#000000" };
        const map = L.map("map", { zoomSnap: 0.25 }).setView([40.0, 45.8], 7);
        const esc = s => String(s ?? "").replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
        // A server reading a large store whole for an answer says 503 with Retry-After until it has read it.
        const get = url => fetch(url).then(r => r.status !== 503 ? r : new Promise(done =>
          setTimeout(done, 1000 * (Number(r.headers.get("Retry-After")) || 1))).then(() => get(url)));
        const items = id => get(`/collections/${id}/items?limit=1000`).then(r => r.json());

        async function main() {
          const [countries, provinces, border, bands, incidents] = await Promise.all(
            ["countries", "provinces", "border", "border-bands", "incidents"].map(items));
          // The theatre selector: each loaded pack's line, framed, with only its border and incidents shown.
          let theatre = "";
          const inTheatre = f => !theatre || f.properties.theatre === theatre;
          const frame = () => map.fitBounds(L.geoJSON({ type: "FeatureCollection",
            features: countries.features.filter(f => f.properties.on_line && inTheatre(f)) }).getBounds(), { padding: [10, 10] });
          const picker = document.getElementById("theatre");
          for (const t of [...new Set(countries.features.filter(f => f.properties.on_line).map(f => f.properties.theatre))].filter(Boolean).sort())
            picker.add(new Option(t, t));
          frame();
          L.geoJSON(countries, { style: f => ({ color: "#667", weight: 1, fillColor: !f.properties.on_line ? "#eeeeee" : f.properties.positive_side ? "#f4e3c1" : "#d9ead3", fillOpacity: 1 }) }).addTo(map);
          // Choropleth: incidents per province, the numbers of /stats.
          const perProvince = {};
          for (const c of (await get("/stats?by=province&f=json&list=false").then(r => r.json())).cells) perProvince[c.values[0]] = c.incidents;
          const most = Math.max(1, ...Object.values(perProvince));
          const shade = n => n ? `rgba(192, 57, 43, ${(0.15 + 0.6 * n / most).toFixed(2)})` : "rgba(0, 0, 0, 0)";
          L.geoJSON(provinces, { style: f => ({ color: "#999", weight: 0.6, fillColor: shade(perProvince[f.properties.name]), fillOpacity: 1 }),
            onEachFeature: (f, l) => l.bindTooltip(`${esc(f.properties.name)}: ${perProvince[f.properties.name] ?? 0} incidents`) }).addTo(map);
          const bandLayer = L.geoJSON(bands, { style: f => ({ color: "#3498db", weight: 0, fillOpacity: 0.12 }) });
          const borderLayer = L.geoJSON(border, { style: { color: "#c0392b", weight: 2 }, filter: inTheatre }).addTo(map);
          const incidentLayer = L.layerGroup().addTo(map);
          L.control.layers(null, { "border": borderLayer, "border bands (0–5, 5–15 km)": bandLayer, "incidents": incidentLayer }).addTo(map);

          const markers = incidents.features.map(f => {
            const p = f.properties, [lon, lat] = f.geometry.coordinates;
            const m = L.circleMarker([lat, lon], { radius: 5 + 1.5 * Math.sqrt(p.killed_conservative || 0), color: "#222", weight: 1,
              fillColor: colours[p.type] || "#555", fillOpacity: 0.85, className: "incident-marker" });
            m.bindPopup(() => popup(p), { maxWidth: 420 });
            m.feature = f;
            return m;
          });
          const legend = L.control({ position: "bottomleft" });
          legend.onAdd = () => { const d = L.DomUtil.create("div", "legend");
            d.innerHTML = Object.entries(colours).map(([t, c]) => `<span class="swatch" style="background:${c}"></span>${t}`).join("<br>"); return d; };
          legend.addTo(map);

          // Incidents per month as /stats counts them (by the date's start, every month between); the range filters the markers.
          const month = s => s.slice(0, 7);
          const monthly = (await get("/stats?by=month&f=json&list=false").then(r => r.json())).cells;
          const months = monthly.map(c => c.values[0]), counts = monthly.map(c => c.incidents);
          // Only the markers whose state changes are added or removed: redrawing a thousand for each step was most of a step.
          const show = keep => { for (const m of markers) { const on = keep(m), shown = incidentLayer.hasLayer(m);
            if (on && !shown) incidentLayer.addLayer(m); else if (!on && shown) incidentLayer.removeLayer(m); } };
          const select = (ids, label) => {
            show(m => ids.has(m.feature.properties.incident_id));
            document.getElementById("shown").textContent = `${incidentLayer.getLayers().length} of ${markers.length} places shown (${label})`;
          };
          const chart = new Chart(document.getElementById("timeline"), { type: "bar",
            data: { labels: months, datasets: [{ label: "incidents per month", data: counts, backgroundColor: "#34495e" }] },
            options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
              scales: { y: { ticks: { precision: 0 } } },
              onClick: (e, bars) => bars.length && select(new Set(monthly[bars[0].index].incident_ids), months[bars[0].index]) } });
          document.getElementById("timeline").dataset.months = months.length;
          const from = document.getElementById("from"), to = document.getElementById("to");
          from.max = to.max = months.length - 1; to.value = months.length - 1;
          function apply() {
            const a = months[Math.min(from.value, to.value)], b = months[Math.max(from.value, to.value)];
            document.getElementById("from-label").textContent = a; document.getElementById("to-label").textContent = b;
            show(m => inTheatre(m.feature) && month(m.feature.properties.date_end) >= a && month(m.feature.properties.date_start) <= b);
            document.getElementById("shown").textContent = `${incidentLayer.getLayers().length} of ${markers.length} places shown`;
            chart.data.datasets[0].backgroundColor = months.map(mo => mo >= a && mo <= b ? "#34495e" : "#bdc3c7"); chart.update();
          }
          from.oninput = to.oninput = apply; apply();
          picker.onchange = () => { theatre = picker.value; frame(); borderLayer.clearLayers(); borderLayer.addData(border); apply(); };
          await charts(select);
          const canvas = document.getElementById("timeline");
          canvas.dataset.labelsFit = String(canvas.getBoundingClientRect().bottom <= window.innerHeight
            && chart.scales.x.bottom <= chart.height && chart.scales.x.ticks.length > 0);
          document.body.dataset.ready = "true";
        }

        // The /stats charts beside the map; a bar shows only its incidents' markers.
        async function charts(select) {
          const svg = async (query, id) => {
            const text = await get(`/stats?${query}&f=svg&width=360`).then(r => r.text());
            document.getElementById(id).innerHTML = text.slice(text.indexOf("<svg"));
          };
          await svg("by=month&by=type", "chart-month");
          await svg("by=province", "chart-province");
          await svg("by=segment&chart=strip", "chart-strip");
          document.querySelectorAll("#charts rect.bar, #charts circle.placement").forEach(bar => bar.addEventListener("click", () => {
            document.querySelectorAll("#charts .selected").forEach(b => b.classList.remove("selected"));
            bar.classList.add("selected");
            select(new Set(bar.dataset.incidents.split(" ")), bar.dataset.bin ?? bar.dataset.incidents);
          }));
          document.getElementById("show-all").onclick = () => {
            document.querySelectorAll("#charts .selected").forEach(b => b.classList.remove("selected"));
            document.getElementById("from").dispatchEvent(new Event("input"));
          };
        }

        async function popup(p) {
          const div = document.createElement("div");
          div.innerHTML = `<b>${esc(p.title)}</b><br>${esc(p.date)} (${esc(p.date_precision)})<br>${esc(p.place)} — ${esc(p.province ?? "")}, ${esc(p.country ?? "")};
            ${(p.border_distance_m / 1000).toFixed(1)} km from the border, side ${esc(p.side)}<br><i>loading claims…</i>`;
          get(`/reports/proximity?incident=${encodeURIComponent(p.incident_id)}&f=json`).then(r => r.json()).then(report => {
            const incident = report.subjects[0].incident, bySide = {};
            for (const c of incident.claims) (bySide[c.side] ??= []).push(c);
            const sides = Object.keys(bySide).sort();
            const cell = c => `${esc(c.claimant)}: ${esc(c.summary)}${c.unconfirmed ? " (unconfirmed)" : ""}`;
            div.querySelector("i").outerHTML = (sides.length ? `<table class="claims"><tr>${sides.map(s => `<th>${esc(s)}</th>`).join("")}</tr><tr>${
              sides.map(s => `<td>${bySide[s].map(cell).join("<hr>")}</td>`).join("")}</tr></table>` : "no claims") +
              `<br>sources: ${incident.sources.map(s => `${esc(s.outlet)} (${esc(s.published)})`).join("; ")}`;
          });
          return div;
        }

        map.on("click", e => {
          if (e.originalEvent.target.classList.contains("incident-marker")) return;
          fetch(`/relate?lat=${e.latlng.lat.toFixed(5)}&lon=${e.latlng.lng.toFixed(5)}`).then(r => r.json()).then(r => {
            const l = r.locations ? r.locations[0] : r;
            L.popup().setLatLng(e.latlng).setContent(`${(l.border_distance_m / 1000).toFixed(2)} km from the border (${esc(l.nearest_segment)}), side ${esc(l.side)}
              (${esc(l.side_basis)})<br>${esc(l.province ?? "")} ${esc(l.country ?? "")}<br>${(l.nearby || []).map(n => esc(n.phrase)).join("<br>")}`).openOn(map);
          });
        });
        main();
        </script>
        </body>
        </html>
        """#
}
