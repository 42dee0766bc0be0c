/*
 * Statistics page (/events/statistics): draws the charts from the figures the page carries in data-charts (daily
 * trend, rates, categories, regions, handling departments) with ECharts, and the heat map on Leaflet: the grids of
 * the region from GET /api/grids as outlines, the events from GET /api/events/heat as circles whose size and colour
 * grow with the number of events in each 0.001° cell. Texts arrive in the page's language in data-texts; names are data and
 * only ever go in as text.
 */
(function () {
  'use strict';

  const page = document.getElementById('stats-page');
  const charts = JSON.parse(page.dataset.charts);
  const texts = JSON.parse(page.dataset.texts);
  const drawn = [];

  function chart(id, option) {
    const node = document.getElementById(id);
    const instance = echarts.init(node, null, {renderer: 'svg'});
    instance.setOption(option);
    node.dataset.rendered = 'true';
    drawn.push(instance);
    return instance;
  }

  function pad() {
    return {left: 8, right: 16, top: 36, bottom: 8, containLabel: true};
  }

  // daily trend: every day of the period, also those without events
  const byDay = new Map(charts.byDay.map(g => [g.key, g.figures]));
  chart('chart-trend', {
    tooltip: {trigger: 'axis'},
    legend: {data: [texts.reported, texts.handled, texts.closed]},
    grid: pad(),
    xAxis: {type: 'category', data: charts.days},
    yAxis: {type: 'value', minInterval: 1},
    series: ['reported', 'handled', 'closed'].map(name => ({
      name: texts[name], type: 'line', smooth: true,
      data: charts.days.map(day => (byDay.get(day) || {})[name] || 0)
    }))
  });

  const percent = rate => rate == null ? 0 : Math.round(1000 * rate) / 10;
  chart('chart-rates', {
    series: [
      {name: texts['handling-rate'], value: percent(charts.totals.handlingRate), center: ['25%', '58%']},
      {name: texts['on-time-rate'], value: percent(charts.totals.onTimeRate), center: ['75%', '58%']}
    ].map(g => ({
      type: 'gauge', center: g.center, radius: '70%', min: 0, max: 100, splitNumber: 5,
      progress: {show: true, width: 10}, axisLine: {lineStyle: {width: 10}}, axisLabel: {show: false},
      pointer: {show: false}, detail: {formatter: '{value}%', fontSize: 18, offsetCenter: [0, '10%']},
      title: {offsetCenter: [0, '45%'], fontSize: 13}, data: [{value: g.value, name: g.name}]
    }))
  });

  chart('chart-category', {
    tooltip: {trigger: 'item', formatter: p => `${p.name}: ${p.value} (${p.percent}%)`},
    series: [{type: 'pie', radius: ['35%', '68%'], avoidLabelOverlap: true,
      label: {formatter: '{b}\n{c}'},
      data: charts.byCategory.map(g => ({name: g.name, value: g.figures.reported}))}],
    title: charts.byCategory.length ? undefined : {text: texts['no-data'], left: 'center', top: 'middle', textStyle: {fontSize: 14, color: '#57606a'}}
  });

  chart('chart-region', {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {data: [texts.reported, texts.handled, texts.closed]},
    grid: pad(),
    xAxis: {type: 'category', data: charts.byRegion.map(g => g.name), axisLabel: {interval: 0, rotate: charts.byRegion.length > 6 ? 30 : 0}},
    yAxis: {type: 'value', minInterval: 1},
    series: ['reported', 'handled', 'closed'].map(name => ({
      name: texts[name], type: 'bar', data: charts.byRegion.map(g => g.figures[name])
    }))
  });

  // handling departments by name, busiest on top; the tooltip adds the code (HTML tooltips: names are escaped)
  const departments = charts.byDepartment.slice().sort((a, b) => a.figures.reported - b.figures.reported);
  const escape = echarts.format.encodeHTML;
  chart('chart-department', {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: params => {
      const group = departments[params[0].dataIndex];
      const head = escape(group.name) + (group.key && group.key !== group.name ? ` (${escape(group.key)})` : '');
      return [head].concat(params.map(p => `${p.marker}${escape(p.seriesName)}: ${p.value}`)).join('<br>');
    }},
    legend: {data: [texts.reported, texts.handled, texts.closed]},
    grid: pad(),
    yAxis: {type: 'category', data: departments.map(g => g.name)},
    xAxis: {type: 'value', minInterval: 1},
    series: ['reported', 'handled', 'closed'].map(name => ({
      name: texts[name], type: 'bar', data: departments.map(g => g.figures[name])
    })),
    title: departments.length ? undefined : {text: texts['no-data'], left: 'center', top: 'middle', textStyle: {fontSize: 14, color: '#57606a'}}
  });

  addEventListener('resize', () => drawn.forEach(c => c.resize()));

  // heat map over the grids
  const status = document.getElementById('heat-status');
  const map = L.map('heat-map', {zoomSnap: 0.25, attributionControl: false});
  map.setView([31.0, 120.6], 10);
  const query = new URLSearchParams({from: page.dataset.from, to: page.dataset.to});
  if (page.dataset.region) {
    query.set('region', page.dataset.region);
  }
  const gridQuery = new URLSearchParams({type: 'COMPREHENSIVE'});
  if (page.dataset.gridRegion) {
    gridQuery.set('region', page.dataset.gridRegion);
  }
  const json = response => {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  };
  Promise.all([
    fetch(page.dataset.gridsApi + '?' + gridQuery, {headers: {Accept: 'application/geo+json'}}).then(json),
    fetch(page.dataset.heatApi + '?' + query, {headers: {Accept: 'application/json'}}).then(json)
  ]).then(([grids, cells]) => {
    const outlines = L.geoJSON(grids, {style: {color: '#0b5cad', weight: 1, opacity: 0.6, fillOpacity: 0.04}})
        .bindTooltip(layer => layer.feature.properties.name, {sticky: true}).addTo(map);
    const max = cells.reduce((m, c) => Math.max(m, c.weight), 1);
    const heat = L.featureGroup(cells.map(c => {
      const share = c.weight / max;
      // hue from yellow (few) to red (most)
      return L.circleMarker([c.lat, c.lng], {
        radius: 6 + 14 * Math.sqrt(share), stroke: false, fillOpacity: 0.35 + 0.4 * share,
        fillColor: `hsl(${Math.round(50 - 50 * share)}, 95%, 50%)`, className: 'heat-cell'
      }).bindTooltip(String(c.weight) + ' ' + texts.events);
    })).addTo(map);
    const bounds = heat.getLayers().length ? heat.getBounds() : outlines.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.1));
    }
    status.textContent = cells.length ? '' : texts['no-data'];
    document.getElementById('heat-map').dataset.cells = String(cells.length);
  }).catch(() => {
    status.textContent = texts['heat-failed'];
  });
})();
