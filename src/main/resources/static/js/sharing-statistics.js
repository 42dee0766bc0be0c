// 共享统计: draws the figures of /api/sharing/statistics with ECharts; titles come from the page (zh or en).
(function () {
  const api = document.getElementById('stats-script').dataset.api;
  const chart = (id, option) => {
    const el = document.getElementById(id);
    echarts.init(el).setOption(Object.assign({title: {text: el.dataset.title, textStyle: {fontSize: 14}},
      tooltip: {}, grid: {left: 110, right: 20, top: 40, bottom: 30}}, option));
  };
  const bars = (id, counts) => chart(id, {
    xAxis: {type: 'value'}, yAxis: {type: 'category', data: counts.map(c => c.key).reverse()},
    series: [{type: 'bar', data: counts.map(c => c.count).reverse()}]});
  const pie = (id, counts) => chart(id, {series: [{type: 'pie', radius: '60%', top: 30,
    data: counts.map(c => ({name: c.key, value: c.count}))}]});
  fetch(api, {headers: {Accept: 'application/json'}}).then(r => r.json()).then(f => {
    const total = document.getElementById('total');
    const days = Math.round((Date.parse(f.to) - Date.parse(f.from)) / 86400000);
    total.textContent = total.dataset.template.replace('{0}', days).replace('{1}', f.calls);
    const time = document.getElementById('chart-time').dataset;
    chart('chart-time', {tooltip: {trigger: 'axis'}, grid: {left: 50, right: 20, top: 40, bottom: 30},
      xAxis: {type: 'time'}, yAxis: {type: 'value'},
      series: [{name: time.calls, type: 'line', data: f.overTime.map(b => [b.at, b.calls])},
               {name: time.refused, type: 'line', data: f.overTime.map(b => [b.at, b.refused])}]});
    bars('chart-provider', f.byProvider);
    bars('chart-consumer', f.byConsumer);
    bars('chart-resource', f.byResource);
    pie('chart-applications', f.applications);
    pie('chart-grants', f.grants);
  });
})();
