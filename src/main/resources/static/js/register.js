// The session register: keyboard-first registering of visitors. Progressive: without JavaScript every form posts
// and redirects; with it htmx swaps the new line into the list, and this file keeps the focus where the next visitor
// starts. No inline scripts (CSP).
(() => {
	const VERWIJZING = 'DOORVERWEZEN';

	function gekozenResultaat(form) {
		const radio = form.querySelector('input[name="resultaat"]:checked');
		if (radio) {
			return radio.value;
		}
		const select = form.querySelector('select[name="resultaat"]');
		return select ? select.value : null;
	}

	// The referral's entry only matters for "doorverwezen"; a field with an error stays visible.
	function toonVoorziening() {
		const veld = document.getElementById('veld-voorziening');
		if (!veld) {
			return;
		}
		const form = veld.closest('form');
		veld.hidden = gekozenResultaat(form) !== VERWIJZING && !veld.classList.contains('heeft-fouten');
	}

	// After a save the first field is where the next visitor starts; after a refusal, the error summary.
	function zetFocus() {
		const fouten = document.querySelector('#invoer #foutoverzicht');
		const doel = fouten || document.getElementById('onderwerp');
		if (doel) {
			doel.focus();
		}
	}

	function presets() {
		const duur = document.getElementById('duurMinuten');
		const knoppen = document.querySelector('#invoer .snelkeuzes');
		// afterSettle comes for each swapped part (the form and the register): set up each new field once
		if (!duur || !knoppen || duur.dataset.snelkeuzes === 'klaar') {
			return;
		}
		duur.dataset.snelkeuzes = 'klaar';
		knoppen.hidden = false;
		const waarden = Array.from(knoppen.querySelectorAll('[data-duur]')).map((k) => Number(k.dataset.duur));
		knoppen.addEventListener('click', (event) => {
			const knop = event.target.closest('[data-duur]');
			if (knop) {
				duur.value = knop.dataset.duur;
				duur.focus();
			}
		});
		// Arrow up and down step through the presets: 5, 10, 15, 30.
		duur.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') {
				return;
			}
			event.preventDefault();
			const nu = Number(duur.value) || 0;
			const volgende = event.key === 'ArrowUp' ? waarden.find((w) => w > nu) : waarden.slice().reverse().find((w) => w < nu);
			if (volgende !== undefined) {
				duur.value = String(volgende);
			}
		});
	}

	function start() {
		toonVoorziening();
		presets();
	}

	document.addEventListener('DOMContentLoaded', start);

	document.addEventListener('change', (event) => {
		if (event.target.name === 'resultaat') {
			toonVoorziening();
		}
	});

	document.addEventListener('keydown', (event) => {
		const veld = event.target;
		if (!(veld instanceof HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) {
			return;
		}
		// Enter on the topic registers at once: the result and duration keep their defaults.
		if (event.key === 'Enter' && veld.id === 'onderwerp' && veld.form && veld.form.id === 'register-form'
				&& veld.value !== '') {
			event.preventDefault();
			veld.form.requestSubmit();
			return;
		}
		// Enter on a result also registers, as in a text field.
		if (event.key === 'Enter' && veld.name === 'resultaat' && veld.type === 'radio'
				&& veld.form && veld.form.id === 'register-form') {
			event.preventDefault();
			veld.form.requestSubmit();
			return;
		}
		// First-letter typing in the result group, as a select has it: "v" is vervolgafspraak, "a" again the next "a".
		if (veld.type === 'radio' && veld.closest('[data-eerste-letter]') && event.key.length === 1
				&& /\p{L}/u.test(event.key)) {
			const radios = Array.from(veld.closest('[data-eerste-letter]').querySelectorAll('input[type="radio"]'));
			const letter = event.key.toLocaleLowerCase('nl');
			const begin = radios.indexOf(veld);
			for (let stap = 1; stap <= radios.length; stap++) {
				const radio = radios[(begin + stap) % radios.length];
				const label = document.querySelector('label[for="' + radio.id + '"]');
				if (label && label.textContent.trim().toLocaleLowerCase('nl').startsWith(letter)) {
					event.preventDefault();
					radio.checked = true;
					radio.focus();
					radio.dispatchEvent(new Event('change', { bubbles: true }));
					break;
				}
			}
		}
		// Enter in the resident search searches; it never registers the visit by accident.
		if (event.key === 'Enter' && veld.id === 'inwoner-q') {
			event.preventDefault();
			veld.form.requestSubmit();
		}
	});

	// A refused line (422) is swapped in too, so its errors show next to the fields.
	document.addEventListener('htmx:beforeSwap', (event) => {
		if (event.detail.xhr.status === 422 && event.detail.elt.closest('#invoer, #register')) {
			event.detail.shouldSwap = true;
			event.detail.isError = false;
		}
	});

	document.addEventListener('htmx:afterSettle', (event) => {
		const doel = event.detail.target;
		if (doel && (doel.id === 'invoer' || doel.id === 'register')) {
			start();
			zetFocus();
		}
	});
})();
