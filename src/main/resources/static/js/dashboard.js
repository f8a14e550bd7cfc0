// Dashboard charts: every figure's data sits in a <script type="application/json" data-grafiek="<canvas id>"> beside
// its canvas (no inline script, the Content-Security-Policy holds). A suppressed cell is null: no bar, a gap in a line.
// The table under each chart carries the same numbers for whoever does not see the chart.
(() => {
	function teken() {
		if (typeof Chart === 'undefined') {
			return;
		}
		document.querySelectorAll('script[type="application/json"][data-grafiek]').forEach((bron) => {
			const canvas = document.getElementById(bron.dataset.grafiek);
			if (!canvas || canvas.dataset.getekend === 'true') {
				return;
			}
			const gegevens = JSON.parse(bron.textContent);
			canvas.dataset.getekend = 'true';
			new Chart(canvas, {
				type: gegevens.type,
				data: { labels: gegevens.labels, datasets: gegevens.datasets },
				options: {
					responsive: true,
					animation: false,
					spanGaps: false,
					scales: { y: { beginAtZero: true } },
					plugins: { legend: { position: 'bottom' } }
				}
			});
		});
	}

	document.addEventListener('DOMContentLoaded', teken);
})();
