package nl.wijkdossier.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * One access-log row as the privacy officer reads it: who (account and display name), in
 * which role, on whose behalf, did what with which resident or case, with what outcome,
 * from where.
 */
record ToegangslogRegel(long id, Instant tijdstip, String gebruikersnaam, String weergavenaam, String rol,
		String namens, String actie, String gebeurtenis, Long inwonerId, Long casusId, String resultaat, String ip) {

	private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
		.withZone(ClockConfiguration.ZONE);

	/** The time in Europe/Amsterdam, as Dutch people write it: 23-11-2026 14:05:09. */
	public String tijdstipTekst() {
		return TIJD.format(this.tijdstip);
	}

	public String gebeurtenisSleutel() {
		return "gebeurtenis." + this.gebeurtenis;
	}

	public String actieSleutel() {
		return "toegangslog.actie." + this.actie;
	}

	public String resultaatSleutel() {
		return "toegangslog.resultaat." + this.resultaat;
	}

	public String rolSleutel() {
		return "rol." + this.rol;
	}

	public boolean geweigerd() {
		return "DENIED".equals(this.resultaat);
	}

}
