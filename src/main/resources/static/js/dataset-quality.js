// The latest quality report of a dataset as bars: completeness and validity per column, in per cent.
(function () {
  const box = document.getElementById('quality-chart');
  if (!box || !window.echarts) {
    return;
  }
  const list = name => (box.dataset[name] || '').split('|');
  const percent = name => list(name).map(v => Math.round(parseFloat(v) * 1000) / 10);
  const chart = echarts.init(box);
  chart.setOption({
    tooltip: {trigger: 'axis', valueFormatter: v => v + '%'},
    legend: {},
    grid: {left: 40, right: 16, bottom: 60},
    xAxis: {type: 'category', data: list('columns'), axisLabel: {rotate: 30}},
    yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
    series: [
      {name: box.dataset.labelCompleteness, type: 'bar', data: percent('completeness')},
      {name: box.dataset.labelValidity, type: 'bar', data: percent('validity')}
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();
