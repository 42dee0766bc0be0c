/*
 * The map of an event's detail page: the reported point and, when the caller may see it, the polygon of its grid
 * (GET /api/grids/{code}; a department-narrowed handler may not, and then sees the point alone).
 */
(function () {
  'use strict';

  const node = document.getElementById('event-map');
  if (!node) {
    return;
  }
  const point = [Number(node.dataset.lat), Number(node.dataset.lng)];
  const map = L.map(node, {attributionControl: false}).setView(point, 16);
  L.circleMarker(point, {radius: 8, color: '#b3261e', weight: 3, fillOpacity: 0.6}).addTo(map);
  if (node.dataset.grid) {
    fetch(node.dataset.grid, {headers: {'Accept': 'application/json'}})
      .then(r => r.ok ? r.json() : null)
      .then(feature => {
        if (feature) {
          const grid = L.geoJSON(feature, {style: {color: '#0b5cad', weight: 2, fillOpacity: 0.1}}).addTo(map);
          map.fitBounds(grid.getBounds().extend(point), {padding: [10, 10]});
        }
        node.dataset.ready = 'true';
      })
      .catch(() => { node.dataset.ready = 'true'; });
  } else {
    node.dataset.ready = 'true';
  }
  window.shuzhiEventMap = map;
})();
