// Draws the areas of a page on a Leaflet map. Every area on the map is also in the list next to it.
// Reads data-geojson (URL of a FeatureCollection), data-tile-url and data-tile-attribution from the map element.
(function () {
  function init(el) {
    var map = L.map(el, { scrollWheelZoom: false, attributionControl: true });
    var tileUrl = el.dataset.tileUrl;
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: el.dataset.tileAttribution || '' }).addTo(map);
    }
    map.attributionControl.addAttribution('Grenzen: CBS, Kadaster');
    fetch(el.dataset.geojson, { headers: { 'Accept': 'application/geo+json, application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (!data.features || data.features.length === 0) {
          el.insertAdjacentHTML('afterend', '<p class="small">Voor deze gebieden zijn geen grenzen bekend; gebruik de lijst.</p>');
          el.style.display = 'none';
          return;
        }
        var layer = L.geoJSON(data, {
          style: function () { return { color: '#0b4f8a', weight: 2, fillColor: '#6b9ac4', fillOpacity: 0.25 }; },
          onEachFeature: function (feature, lyr) {
            var p = feature.properties;
            lyr.bindTooltip(p.naam, { sticky: true });
            lyr.on('click', function () { if (p.url) { window.location.href = p.url; } });
            lyr.on('mouseover', function () { lyr.setStyle({ fillOpacity: 0.5, weight: 3 }); });
            lyr.on('mouseout', function () { layer.resetStyle(lyr); });
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds(), { padding: [10, 10] });
        document.dispatchEvent(new CustomEvent('wijkplaats:map-ready', { detail: { map: map, element: el } }));
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-area-map]').forEach(init);
  });
})();
