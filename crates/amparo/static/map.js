// Dashboard map: district boundaries and incident points, drawn by the Leaflet copy amparo
// serves. Tiles only when a tile server is configured; otherwise a blank background, so the
// browser contacts no other host.
(function () {
  var el = document.getElementById('map');
  if (!el || !window.L) return;
  var map = L.map(el, { scrollWheelZoom: false }).setView([34.05, -118.30], 10);
  var tiles = el.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
  }
  var get = function (url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; });
  };
  var bounds = null;
  var extend = function (layer) {
    var b = layer.getBounds();
    if (!b.isValid()) return;
    bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    map.fitBounds(bounds, { maxZoom: 14 });
  };
  get(el.getAttribute('data-boundaries')).then(function (g) {
    if (!g || !g.features || !g.features.length) return;
    var layer = L.geoJSON(g, {
      style: { color: '#1d4f91', weight: 1, fillOpacity: 0.05 },
      onEachFeature: function (f, l) { if (f.properties && f.properties.name) l.bindTooltip(String(f.properties.name)); }
    }).addTo(map);
    layer.bringToBack();
    if (!bounds) extend(layer);
  });
  var points = null;
  var draw = function () {
    get(el.getAttribute('data-points')).then(function (g) {
      if (!g) return;
      if (points) map.removeLayer(points);
      points = L.geoJSON(g, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 6, color: '#8a1c1c', weight: 2, fillOpacity: 0.6 });
        },
        onEachFeature: function (f, l) {
          var a = document.createElement('a');
          a.href = '/incidents/' + f.properties.id;
          a.textContent = '#' + f.properties.id;
          l.bindPopup(a);
        }
      }).addTo(map);
      extend(points);
    });
  };
  draw();
  if (window.EventSource) {
    var source = new EventSource('/events');
    ['report.created', 'incident.updated'].forEach(function (kind) { source.addEventListener(kind, draw); });
  }
})();
