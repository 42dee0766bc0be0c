/*
 * The inspector's phone page (/inspector): a 3-level category picker, the place from the phone's GPS or a tap on a
 * map of the inspector's grids, an optional photo; the report goes to POST /api/events (source GRID_PATROL) with an
 * idempotency key made once per report, so a double tap or a resend after a lost answer makes one event. The photo
 * follows to POST /api/events/{id}/attachments. Patrol check-in/out call /api/patrols/… and say so when the
 * platform has no patrols yet (404). Texts arrive in the page's language; data only ever goes in as text.
 */
(function () {
  'use strict';

  const page = document.getElementById('inspector');
  const texts = JSON.parse(page.dataset.texts);
  const catalogue = JSON.parse(page.dataset.catalogue);
  const headers = {[page.dataset.csrfHeader]: page.dataset.csrf, 'Accept': 'application/json'};
  const form = document.getElementById('report-form');
  const status = document.getElementById('report-status');
  const levels = ['cat1', 'cat2', 'cat3'].map(id => document.getElementById(id));
  const submit = document.getElementById('report-submit');

  function say(node, text, link) {
    node.textContent = text;
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.id = link.id;
      a.textContent = link.text;
      node.append(' ', a);
    }
  }

  /** A key for one report: random where the browser offers it (secure contexts), time and chance otherwise. */
  function newKey() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }
  let key = newKey();

  // --- category picker: each level lists the children of the one before
  function fill(select, parent) {
    while (select.options.length > 1) {
      select.remove(1);
    }
    catalogue.filter(c => c.parent === parent).forEach(c => select.add(new Option(c.name, c.code)));
    select.disabled = parent !== null && !parent;
    select.value = '';
  }
  fill(levels[0], null);
  levels.forEach((select, i) => select.addEventListener('change', () => {
    for (let j = i + 1; j < levels.length; j++) {
      fill(levels[j], j === i + 1 ? select.value : '');
    }
  }));

  // --- place: GPS or a tap on the map of the inspector's grids
  const map = L.map('pick-map', {attributionControl: Boolean(page.dataset.tileUrl)}).setView([31.0, 120.6], 11);
  if (page.dataset.tileUrl) {
    L.tileLayer(page.dataset.tileUrl, {maxZoom: 19}).addTo(map);
  }
  const lat = document.getElementById('lat');
  const lng = document.getElementById('lng');
  const location = document.getElementById('location');
  let marker = null;

  function setPlace(latitude, longitude, how) {
    lat.value = latitude.toFixed(6);
    lng.value = longitude.toFixed(6);
    marker = marker ? marker.setLatLng([latitude, longitude])
      : L.circleMarker([latitude, longitude], {radius: 9, color: '#b3261e', weight: 3, fillOpacity: 0.6}).addTo(map);
    say(location, how + ' ' + lat.value + ', ' + lng.value);
    page.dataset.placed = 'true';
  }

  const gridCodes = page.dataset.grids ? page.dataset.grids.split(',') : [];
  Promise.all(gridCodes.map(code => fetch(page.dataset.gridApi + encodeURIComponent(code), {headers})
    .then(r => r.ok ? r.json() : null).catch(() => null)))
    .then(features => {
      const shapes = L.geoJSON(features.filter(Boolean), {style: {color: '#0b5cad', weight: 2, fillOpacity: 0.1}});
      shapes.on('click', e => setPlace(e.latlng.lat, e.latlng.lng, texts.picked));
      shapes.addTo(map);
      if (shapes.getLayers().length) {
        map.fitBounds(shapes.getBounds(), {padding: [10, 10]});
      }
      page.dataset.ready = 'true';
    });
  map.on('click', e => setPlace(e.latlng.lat, e.latlng.lng, texts.picked));

  document.getElementById('locate').addEventListener('click', () => {
    if (!navigator.geolocation) {
      say(location, texts['locate-failed']);
      return;
    }
    say(location, texts.locating);
    navigator.geolocation.getCurrentPosition(position => {
      setPlace(position.coords.latitude, position.coords.longitude, texts.located);
      map.setView([position.coords.latitude, position.coords.longitude], Math.max(map.getZoom(), 16));
    }, () => say(location, texts['locate-failed']), {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
  });

  // --- the report
  async function problemText(response) {
    try {
      const problem = await response.json();
      return problem.detail || problem.title || texts.failed;
    } catch (e) {
      return texts.failed;
    }
  }

  async function uploadPhoto(id, file) {
    const response = await fetch(page.dataset.api + '/' + id + '/attachments', {method: 'POST',
      headers: Object.assign({'Content-Type': file.type || 'application/octet-stream'}, headers), body: file});
    return response.ok ? null : problemText(response);
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const leaf = levels[2];
    if (!leaf.value) {
      say(status, texts['need-category']);
      return;
    }
    if (!lat.value) {
      say(status, texts['need-place']);
      return;
    }
    submit.disabled = true;
    say(status, texts.sending);
    const title = document.getElementById('title').value.trim() || leaf.options[leaf.selectedIndex].text;
    const body = {source: 'GRID_PATROL', idempotencyKey: key, categoryCode: leaf.value, title: title,
      description: document.getElementById('description').value, urgency: document.getElementById('urgency').value,
      lat: Number(lat.value), lng: Number(lng.value)};
    // taken now: a second tap's answer may come first and reset the form before this one's answer arrives
    const photo = document.getElementById('photo').files[0];
    try {
      const response = await fetch(page.dataset.api, {method: 'POST',
        headers: Object.assign({'Content-Type': 'application/json'}, headers), body: JSON.stringify(body)});
      if (!response.ok) {
        say(status, await problemText(response));
        return;
      }
      const created = response.status === 201;
      const stored = await response.json();
      const photoProblem = created && photo ? await uploadPhoto(stored.id, photo) : null;
      const link = {href: page.dataset.detail + stored.id, id: 'reported-link', text: texts.view.replace('{0}', stored.id)};
      say(status, photoProblem ? texts['photo-failed'] + ' ' + photoProblem : (created ? texts.sent : texts['sent-again']), link);
      status.dataset.id = stored.id;
      form.reset();
      fill(levels[1], '');
      fill(levels[2], '');
      key = newKey();
      htmx.ajax('GET', page.dataset.tasks, {target: '#mine', swap: 'outerHTML'});
    } catch (e) {
      // the answer was lost: the same key goes with the next try, so the event is not made twice
      say(status, texts.failed);
    } finally {
      submit.disabled = false;
    }
  });

  // --- patrol: check-in/out against the patrol API, which may not be there yet
  const patrolApi = page.dataset.patrolApi;
  const checkIn = document.getElementById('check-in');
  const checkOut = document.getElementById('check-out');
  const patrolStatus = document.getElementById('patrol-status');
  let patrolId = null;

  function patrolState(open) {
    patrolId = open ? open.id : null;
    checkIn.disabled = Boolean(open);
    checkOut.disabled = !open;
  }

  function unavailable(response) {
    if (response.status === 404) {
      say(patrolStatus, texts['patrol-missing']);
      page.dataset.patrol = 'missing';
      return true;
    }
    return false;
  }

  fetch(patrolApi + '/mine', {headers}).then(async response => {
    if (unavailable(response) || !response.ok) {
      return;
    }
    const mine = await response.json();
    const list = Array.isArray(mine) ? mine : (mine.items || mine.patrols || []);
    const open = list.find(p => !(p.checkedOutAt || p.checkOutAt || p.endedAt || p.end));
    patrolState(open);
    say(patrolStatus, open ? texts['patrol-in'] : texts['patrol-none']);
  }).catch(() => say(patrolStatus, texts['patrol-failed']));

  checkIn.addEventListener('click', async () => {
    const position = lat.value ? {lat: Number(lat.value), lng: Number(lng.value)} : {};
    try {
      const response = await fetch(patrolApi + '/check-in', {method: 'POST',
        headers: Object.assign({'Content-Type': 'application/json'}, headers), body: JSON.stringify(position)});
      if (unavailable(response)) {
        return;
      }
      if (!response.ok) {
        say(patrolStatus, await problemText(response));
        return;
      }
      patrolState(await response.json());
      say(patrolStatus, texts['patrol-in']);
    } catch (e) {
      say(patrolStatus, texts['patrol-failed']);
    }
  });

  checkOut.addEventListener('click', async () => {
    try {
      const response = await fetch(patrolApi + '/' + encodeURIComponent(patrolId) + '/check-out', {method: 'POST',
        headers: Object.assign({'Content-Type': 'application/json'}, headers), body: '{}'});
      if (unavailable(response)) {
        return;
      }
      if (!response.ok) {
        say(patrolStatus, await problemText(response));
        return;
      }
      patrolState(null);
      say(patrolStatus, texts['patrol-out']);
    } catch (e) {
      say(patrolStatus, texts['patrol-failed']);
    }
  });

  window.shuzhiReport = {map: map, setPlace: setPlace};
})();
