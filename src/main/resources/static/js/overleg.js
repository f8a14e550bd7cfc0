// Discussion form of the casuïstiekoverleg: the questions for the Sociaal Stedelijk Team only show when the decision is
// "Opschalen naar SST". Without JavaScript they are always visible (with a hint), and the server ignores them for other
// decisions. No inline scripts (CSP).
(() => {
	const OPSCHALEN = 'OPSCHALEN_SST';

	function toonSst() {
		const sst = document.getElementById('sst');
		if (!sst) {
			return;
		}
		const gekozen = document.querySelector('input[name="besluit"]:checked');
		const nodig = gekozen !== null && gekozen.value === OPSCHALEN;
		// A section with errors stays visible, so the errors can be read and fixed.
		sst.hidden = !nodig && !sst.classList.contains('heeft-fouten');
	}

	document.addEventListener('DOMContentLoaded', toonSst);
	document.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.name === 'besluit') {
			toonSst();
		}
	});
})();
