/*
 * Grid map (/grids/map[?region=prefix]): draws the grids from GET /api/grids on a Leaflet map without tiles (unless a tile URL is
 * configured), one toggleable layer per grid type; hovering shows a grid's name, clicking a grid shows its details,
 * and clicking anywhere asks GET /api/grids/locate which grids contain that point.
 * Texts arrive in the page's language in data-texts. Grid names are data, so they only ever go in as text nodes.
 */
(function () {
  'use strict';

  const page = document.getElementById('grid-page');
  const api = page.dataset.api;
  const texts = JSON.parse(page.dataset.texts);
  const nearestMax = page.dataset.nearestMax;
  const panel = document.getElementById('grid-panel');
  const here = document.getElementById('grid-here');
  const details = document.getElementById('grid-details');
  const count = document.getElementById('grid-count');

  /**
   * Types from bottom to top. Where filled layers overlap the upper one gets the click; 片区 are drawn on top but as
   * outlines only, so they stay visible without taking the clicks meant for the grids inside them.
   */
  const TYPES = ['PROFESSIONAL', 'COMPREHENSIVE', 'AREA'];
  const STYLE = {
    AREA: {color: '#b3261e', weight: 3, opacity: 0.85, fill: false},
    PROFESSIONAL: {color: '#1a7f37', weight: 2, opacity: 0.9, dashArray: '6 5', fillColor: '#2da44e', fillOpacity: 0.06},
    COMPREHENSIVE: {color: '#0b5cad', weight: 1, opacity: 0.8, fillColor: '#4a90d9', fillOpacity: 0.12}
  };
  /** The order the layer switcher and the answers list them in. */
  const LISTED = ['COMPREHENSIVE', 'PROFESSIONAL', 'AREA'];
  const FIELD = {AREA: 'area', PROFESSIONAL: 'professional', COMPREHENSIVE: 'comprehensive'};
  const SELECTED = {color: '#f0a000', weight: 4, opacity: 1, fillOpacity: 0.35, fillColor: '#ffd54f'};

  function format(text, ...args) {
    return text.replace(/\{(\d+)\}/g, (match, i) => args[i]);
  }

  /** Builds an element; strings become text nodes, never HTML. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    children.flat(Infinity).forEach(child => node.append(child == null ? '' : child));
    return node;
  }

  const map = L.map('grid-map', {zoomControl: true, attributionControl: Boolean(page.dataset.tileUrl), zoomSnap: 0.25});
  if (page.dataset.tileUrl) {
    L.tileLayer(page.dataset.tileUrl, {maxZoom: 19, attribution: page.dataset.tileAttribution || ''}).addTo(map);
  }
  L.control.scale({imperial: false}).addTo(map);
  // until the grids are loaded (and if there are none): all of China
  map.setView([35, 105], 4);

  const layers = {};
  const byCode = new Map();
  let selected = null;
  let pin = null;

  TYPES.forEach((type, i) => {
    // one pane per type keeps the stacking order however the layers are toggled
    map.createPane('grid-' + type).style.zIndex = String(410 + i);
    layers[type] = L.geoJSON(null, {
      pane: 'grid-' + type,
      style: () => STYLE[type],
      onEachFeature: (feature, layer) => {
        byCode.set(feature.properties.code, layer);
        layer.bindTooltip(() => el('span', {}, el('b', {}, feature.properties.name), ' ', feature.properties.code),
            {sticky: true, direction: 'top', className: 'grid-tooltip'});
        layer.on('click', () => select(feature.properties.code));
        layer.on('add', () => layer.getElement() && layer.getElement().classList.add('grid-shape', 'grid-' + type));
      }
    }).addTo(map);
  });
  const overlays = {};
  LISTED.forEach(type => {
    // the switcher takes HTML labels; these come from the page's own message bundle, not from data
    overlays['<i class="grid-swatch grid-swatch-' + type + '"></i>' + texts['type.' + type]] = layers[type];
  });
  // on a phone the switcher folds into its button, leaving the small map to the grids
  L.control.layers(null, overlays, {collapsed: matchMedia('(max-width: 760px)').matches, position: 'topright'}).addTo(map);

  // a click anywhere, on a grid or not, asks which grids contain the point
  map.on('click', event => locate(event.latlng));

  // ?region= on the page narrows the map to one region's grids
  fetch(api + (page.dataset.region ? '?region=' + encodeURIComponent(page.dataset.region) : ''),
    {headers: {Accept: 'application/geo+json'}})
    .then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(collection => {
      collection.features.forEach(feature => layers[feature.properties.type].addData(feature));
      const all = L.featureGroup(Object.values(layers));
      if (all.getLayers().length && all.getBounds().isValid()) {
        map.fitBounds(all.getBounds(), {paddingTopLeft: [16, 16], paddingBottomRight: [16, 16 + sheetHeight()]});
      }
      count.textContent = format(texts['count'], collection.features.length);
      page.dataset.gridCount = String(collection.features.length);
      page.dataset.ready = 'true';
    })
    .catch(() => {
      count.textContent = texts['load-failed'];
      page.dataset.ready = 'failed';
    });

  function locate(latlng) {
    if (pin) {
      pin.remove();
    }
    pin = L.circleMarker(latlng, {radius: 7, color: '#fff', weight: 2, fillColor: '#b3261e', fillOpacity: 1, pane: 'markerPane',
      interactive: false})
      .addTo(map);
    const lat = latlng.lat.toFixed(6);
    const lng = latlng.lng.toFixed(6);
    fetch(api + '/locate?lat=' + lat + '&lng=' + lng, {headers: {Accept: 'application/json'}})
      .then(response => response.json().then(body => response.ok ? body : Promise.reject(body)))
      .then(location => showLocation(location, lat, lng))
      .catch(problem => showCard(here, [el('p', {class: 'problem'}, (problem && problem.detail) || texts['error'])]));
  }

  function showLocation(location, lat, lng) {
    const body = [el('p', {class: 'muted'}, texts['coordinates'] + ' ', el('span', {class: 'mono'}, lat + ', ' + lng))];
    if (location.inGrid) {
      const rows = LISTED.map(type => [type, location[FIELD[type]]])
        .filter(([, grid]) => grid)
        .map(([type, grid]) => el('li', {'data-type': type}, el('span', {class: 'grid-badge grid-badge-' + type}, texts['type.' + type]),
          gridLink(grid)));
      body.push(el('p', {class: 'grid-in'}, texts['in-grid']), el('ul', {class: 'grid-list'}, rows), chain(location.regionChain));
    } else {
      body.push(el('p', {class: 'grid-outside'}, texts['outside']));
      if (location.nearest) {
        body.push(el('p', {class: 'grid-nearest'}, nearestText(location.nearest)), chain(location.nearest.regionChain));
      } else {
        body.push(el('p', {class: 'muted'}, format(texts['no-nearest'], nearestMax)));
      }
    }
    showCard(here, body);
    here.dataset.code = location.inGrid && location.comprehensive ? location.comprehensive.code : '';
  }

  function nearestText(nearest) {
    const parts = texts['nearest'].split('{0}');
    return [parts[0], gridLink(nearest.grid), format(parts[1] || '', '', Math.round(nearest.distanceMetres))];
  }

  function gridLink(grid) {
    const link = el('button', {type: 'button', class: 'grid-link', 'data-code': grid.code}, grid.name, ' ',
      el('span', {class: 'grid-code'}, grid.code));
    link.addEventListener('click', () => select(grid.code));
    return link;
  }

  function chain(regions) {
    return el('p', {class: 'grid-chain'}, regions.map((region, i) => [i ? el('span', {class: 'sep'}, '›') : '', region.name]));
  }

  function showCard(card, children) {
    card.querySelector('.grid-card-body, .grid-facts').replaceChildren(...children);
    card.hidden = false;
    document.getElementById('grid-hint').hidden = true;
    if (pin) {
      // on a phone the answer slides up over the map: keep the clicked point in sight above it
      map.panInside(pin.getLatLng(), {paddingTopLeft: [20, 20], paddingBottomRight: [20, 20 + sheetHeight()]});
    }
  }

  /** The height of the panel where it is a bottom sheet over the map (phones), else 0. */
  function sheetHeight() {
    return getComputedStyle(panel).position === 'absolute' ? panel.offsetHeight : 0;
  }

  function select(code) {
    const layer = byCode.get(code);
    if (selected && selected !== layer) {
      selected.setStyle(STYLE[selected.feature.properties.type]);
    }
    selected = layer || null;
    if (layer) {
      layer.setStyle(layer.feature.properties.type === 'AREA' ? Object.assign({}, SELECTED, {fill: false}) : SELECTED);
    }
    fetch(api + '/' + encodeURIComponent(code), {headers: {Accept: 'application/geo+json'}})
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(feature => showDetails(feature.properties))
      .catch(() => showCard(details, [el('dd', {class: 'problem'}, texts['error'])]));
  }

  function showDetails(grid) {
    const area = grid.areaCode && byCode.get(grid.areaCode);
    const facts = [
      ['code', el('span', {class: 'mono'}, grid.code)],
      ['name', grid.name],
      ['type', el('span', {class: 'grid-badge grid-badge-' + grid.type}, texts['type.' + grid.type])],
      ['region', chain(grid.regionChain || [])],
      grid.areaCode ? ['area-code', area ? area.feature.properties.name + ' (' + grid.areaCode + ')' : grid.areaCode] : null,
      ['area', (grid.areaSquareMetres / 1e6).toFixed(2) + ' ' + texts['square-km']],
      grid.enterpriseCount != null ? ['enterprises', grid.enterpriseCount + ' / ' + grid.enterpriseCapacity] : null
    ].filter(Boolean);
    showCard(details, facts.flatMap(([key, value]) => [el('dt', {}, texts[key]), el('dd', {'data-fact': key}, value)]));
    details.dataset.code = grid.code;
  }

  details.querySelector('.grid-close').addEventListener('click', () => {
    details.hidden = true;
    if (selected) {
      selected.setStyle(STYLE[selected.feature.properties.type]);
      selected = null;
    }
  });

  // for tests and the browser console
  window.shuzhiGridMap = {map, layers};
})();
