// Referral form: the questions for the Sociaal Stedelijk Team only show when that entry is chosen. Without JavaScript
// they are always visible (with a hint), and the server ignores them for other entries. No inline scripts (CSP).
(() => {
	const SST = 'SOCIAAL_STEDELIJK_TEAM';

	function toonSst() {
		const sst = document.getElementById('sst');
		if (!sst) {
			return;
		}
		const gekozen = document.querySelector('input[name="voorzieningId"]:checked');
		const nodig = gekozen !== null && gekozen.dataset.soort === SST;
		// A section with errors stays visible, so the errors can be read and fixed.
		sst.hidden = !nodig && !sst.classList.contains('heeft-fouten');
	}

	document.addEventListener('DOMContentLoaded', toonSst);
	document.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.name === 'voorzieningId') {
			toonSst();
		}
	});
	document.addEventListener('htmx:afterSettle', toonSst);
})();
