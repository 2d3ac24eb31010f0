// Line charts of a district's indicators (Chart.js); the same figures stand in the table below, which works without it.
(function () {
  'use strict';
  if (!window.Chart) { return; }
  document.querySelectorAll('canvas.needs-chart-canvas').forEach(function (canvas) {
    var series = JSON.parse(canvas.dataset.series);
    canvas.hidden = false;
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: series.years, datasets: [{ label: series.label, data: series.values, borderColor: '#00529c', backgroundColor: '#00529c', spanGaps: false }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } }
    });
  });
}());
