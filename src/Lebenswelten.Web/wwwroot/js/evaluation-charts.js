// Charts of the evaluation dashboards (Chart.js): participants per group. The same figures, and more, stand in the table
// below each chart, which works without JavaScript; a held-back group is a gap in the chart, never a 0.
(function () {
  'use strict';
  if (!window.Chart) { return; }
  document.querySelectorAll('canvas.evaluation-chart-canvas').forEach(function (canvas) {
    var chart = JSON.parse(canvas.dataset.chart);
    canvas.hidden = false;
    new window.Chart(canvas, {
      type: chart.type,
      data: { labels: chart.labels, datasets: [{ label: chart.label, data: chart.values, borderColor: '#00529c', backgroundColor: '#00529c', spanGaps: false }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true } } }
    });
  });
}());
