// The good-practice profile as a radar chart (Chart.js); the same levels stand in the table, which works without it.
(function () {
  'use strict';
  var canvas = document.getElementById('profile-chart');
  if (!window.Chart || !canvas) { return; }
  var profile = JSON.parse(canvas.dataset.profile);
  canvas.hidden = false;
  new window.Chart(canvas, {
    type: 'radar',
    data: {
      labels: profile.labels,
      datasets: [{ label: profile.label, data: profile.levels, borderColor: '#00529c', backgroundColor: 'rgba(0, 82, 156, 0.2)', pointBackgroundColor: '#00529c' }]
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { r: { min: 0, max: 4, ticks: { stepSize: 1 }, pointLabels: { font: { size: 10 } } } },
      plugins: { legend: { display: false } }
    }
  });
}());
