package nl.wijkdossier.organisatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What beheer enters for a convenantpartner or a cluster: a name. Editing carries the
 * version the user saw.
 */
record NaamForm(
		@NotBlank(message = "{beheer.fout.verplicht}") @Size(max = 120, message = "{beheer.fout.teLang}") String naam,
		Long version) {

	static NaamForm leeg() {
		return new NaamForm("", null);
	}

	static NaamForm van(Convenantpartner partner) {
		return new NaamForm(partner.getNaam(), partner.getVersion());
	}

	static NaamForm van(Cluster cluster) {
		return new NaamForm(cluster.getNaam(), cluster.getVersion());
	}

}
