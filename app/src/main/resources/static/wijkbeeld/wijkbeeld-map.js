// The wijkbeeld map: the wijk outline plus one Leaflet layer per wijkbeeld layer (places, initiatives, informal
// structures), switchable with the layer control. Data comes from the wijkbeeld GeoJSON endpoint; no inline script.
(function () {
  var STYLES = {
    'publieke-plekken': { color: '#0b4f8a', fillColor: '#2f7cc0', radius: 9 },
    'initiatieven': { color: '#6b3d00', fillColor: '#c47a1f', radius: 7 },
    'informele-structuren': { color: '#2d5a27', fillColor: '#5e9e55', radius: 6 }
  };

  function init(el) {
    var map = L.map(el, { scrollWheelZoom: false });
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: el.dataset.tileAttribution || '' }).addTo(map);
    }
    map.setView([52.09, 5.12], 13);
    var bounds = L.latLngBounds([]);
    var outline = fetch(el.dataset.outline, { headers: { 'Accept': 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data && (data.geometry || data.features)) {
          var shape = L.geoJSON(data, { interactive: false, style: { color: '#555', weight: 2, fill: false } }).addTo(map);
          bounds.extend(shape.getBounds());
        }
      }).catch(function () { /* the points still show */ });
    var points = fetch(el.dataset.geojson, { headers: { 'Accept': 'application/geo+json, application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var groups = {};
        var control = L.control.layers(null, null, { collapsed: false }).addTo(map);
        (data.features || []).forEach(function (f) {
          var p = f.properties;
          if (!groups[p.laag]) {
            groups[p.laag] = L.layerGroup().addTo(map);
            control.addOverlay(groups[p.laag], p.laagNaam);
          }
          var style = STYLES[p.laag] || STYLES['publieke-plekken'];
          var latlng = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
          var marker = L.circleMarker(latlng, {
            radius: style.radius, color: style.color, weight: 2, fillColor: style.fillColor, fillOpacity: 0.9
          }).addTo(groups[p.laag]);
          var label = p.naam + ' (' + p.laagNaam.toLowerCase() + (p.status ? ', ' + p.status : '') + ')';
          marker.bindTooltip(label);
          marker.on('click', function () { if (p.url) { window.location.href = p.url; } });
          var path = marker.getElement();
          if (path) { path.setAttribute('data-name', p.naam); path.setAttribute('data-layer', p.laag); }
          bounds.extend(latlng);
        });
        el.setAttribute('data-markers', String((data.features || []).length));
      });
    Promise.all([outline, points]).then(function () {
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 }); }
      el.setAttribute('data-ready', 'true');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-wijkbeeld-map]').forEach(init);
  });
})();
