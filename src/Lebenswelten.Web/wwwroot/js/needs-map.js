// Draws the needs map (Leaflet) from the district GeoJSON API and the figures the page already shows in its table.
// The page works without this script; the strict CSP allows no inline script, so data comes in data- attributes.
(function () {
  'use strict';
  var element = document.getElementById('needs-map');
  if (!element || !window.L) { return; }
  var figures = JSON.parse(element.dataset.figures || '{}');
  var offerings = JSON.parse(element.dataset.offerings || '[]');
  var colours = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'];
  element.hidden = false;
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', element.dataset.label || '');
  var map = L.map(element, { zoomSnap: 0.25 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('© OpenStreetMap contributors');
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 18 }).addTo(map);
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        style: function (feature) {
          var figure = figures[feature.properties.key];
          return { color: '#333', weight: 1, fillOpacity: 0.8, fillColor: figure && figure.c ? colours[figure.c - 1] : '#e0e0e0' };
        },
        onEachFeature: function (feature, shape) {
          var figure = figures[feature.properties.key];
          shape.bindTooltip(text(feature.properties.name + ': ' + (figure ? figure.s : '–')));
          shape.on('click', function () {
            window.location.href = element.dataset.districtUrl.replace('__key__', encodeURIComponent(feature.properties.key));
          });
        }
      }).addTo(map);
      if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); }
      offerings.forEach(function (offering) {
        var link = document.createElement('a');
        link.href = offering.Url;
        link.textContent = offering.Title;
        L.circleMarker([offering.Lat, offering.Lon], { className: 'needs-offering', radius: 6, color: '#8b0000', weight: 3, fillColor: '#fff', fillOpacity: 1 })
          .bindPopup(link).addTo(map);
      });
    });
}());
