// Draws the wijkgeldstromen as stacked bars (herkomst and bestemming side by side per year) with Apache ECharts.
// The data come from the JSON endpoint in data-src; the table on the page is the accessible version of the same data.
(function () {
  var el = document.getElementById('geldstromen-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
  fetch(el.dataset.src, { headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var chart = echarts.init(el, null, { renderer: 'svg' });
      var series = data.reeksen.map(function (s) {
        return {
          name: s.soort + ': ' + s.naam,
          type: 'bar',
          stack: s.soort,
          emphasis: { focus: 'series' },
          data: s.euros.map(Number)
        };
      });
      chart.setOption({
        aria: { enabled: true, decal: { show: true } }, // patterns, so colour is not the only difference
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return euro.format(v); } },
        legend: { bottom: 0 },
        grid: { left: 90, right: 20, top: 20, bottom: 120 },
        xAxis: { type: 'category', data: data.jaren.map(String) },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return euro.format(v).replace(',00', ''); } } },
        series: series
      });
      el.dataset.ready = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
