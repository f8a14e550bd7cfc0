package nl.wijkdossier.casus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.wijkdossier.inwoner.InwonerInfo;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * A case as its dossier page shows it: the resident, the case, its team and regievoerder,
 * the Wmo clock (null when it is no Wmo melding) and the timeline, newest first.
 */
public record Dossier(long id, InwonerInfo inwoner, Status status, Urgentie urgentie, Kanaal kanaal, String aanmelder,
		String hulpvraag, List<ZrmDomein> domeinen, boolean wmoMelding, LocalDate gemeldOp, Instant aangemeldOp,
		long teamId, String teamNaam, Long regievoerderId, String regievoerderNaam, LocalDate eersteContactOp,
		LocalDate afgeslotenOp, AfsluitReden afsluitreden, String spoedUitgesteldReden, LocalDate ontvangstBevestigdOp,
		Boolean clientondersteuningAangeboden, LocalDate aanvraagOp, LocalDate opgeschortVan, LocalDate opgeschortTot,
		String opschortingReden, LocalDate onderzoekAfgerondOp, LocalDate beschikkingOp, LocalDate onderzoeksgesprekOp,
		WmoKlok wmoKlok, long version, List<TijdlijnRegel> tijdlijn) {

	public boolean isAfgesloten() {
		return this.status == Status.AFGESLOTEN;
	}

	public boolean isOpen() {
		return this.status != Status.AFGESLOTEN;
	}

	public boolean isWachtend() {
		return this.status == Status.AANGEMELD || this.status == Status.WACHTLIJST;
	}

	public boolean isSpoed() {
		return this.urgentie == Urgentie.SPOED;
	}

	/** The clock was never suspended: it may be, once. */
	public boolean kanOpschorten() {
		return this.wmoMelding && this.opgeschortVan == null;
	}

	public boolean kanHervatten() {
		return this.opgeschortVan != null && this.opgeschortTot == null;
	}

	/**
	 * One line of the timeline: when, who, what (a message key suffix), its detail and,
	 * for a conversation or a referral, the path of what it describes.
	 */
	public record TijdlijnRegel(Instant op, String door, String soort, String detail, String link) {

		/**
		 * Separates the arguments of a detail with arguments: the ASCII unit separator,
		 * which nobody types.
		 */
		public static final char SCHEIDING = '\u001f';

		/**
		 * A detail with arguments, to store with {@link Tijdlijn#schrijf}: control
		 * characters (the separator among them) in an argument become spaces.
		 */
		public static String detailMetArgumenten(String... argumenten) {
			return Arrays.stream(argumenten)
				.map((a) -> (a != null) ? a.replaceAll("\\p{Cntrl}", " ").strip() : "")
				.collect(java.util.stream.Collectors.joining(String.valueOf(SCHEIDING)));
		}

		/** The message key that says what happened. */
		public String sleutel() {
			return "tijdlijn." + this.soort;
		}

		/** A closing reason is stored as its code; the page translates it. */
		public boolean isAfsluitreden() {
			return "afgesloten".equals(this.soort) && this.detail != null;
		}

		public String afsluitredenSleutel() {
			return isAfsluitreden() ? AfsluitReden.valueOf(this.detail).messageKey() : null;
		}

		/**
		 * A change of the resident names the changed fields; the page translates them.
		 */
		public boolean isInwonerGewijzigd() {
			return "inwonerGewijzigd".equals(this.soort) && this.detail != null;
		}

		/** The message keys of the fields a change of the resident altered. */
		public List<String> veldSleutels() {
			if (!isInwonerGewijzigd()) {
				return List.of();
			}
			return Arrays.stream(this.detail.split(","))
				.map(String::trim)
				.filter((veld) -> !veld.isEmpty())
				.map((veld) -> "inwoner.veld." + veld)
				.toList();
		}

		/** Whether the detail is free text the page shows as it is. */
		public boolean isVrijeTekst() {
			return this.detail != null && !isAfsluitreden() && !isInwonerGewijzigd() && !isMetArgumenten();
		}

		/**
		 * Whether the detail holds the arguments of the message
		 * {@code tijdlijn.<soort>.detail} (such as "van {0} naar {1}: {2}"), separated by
		 * {@link #SCHEIDING}, so the page words the line in its own language.
		 */
		public boolean isMetArgumenten() {
			return this.detail != null && this.detail.indexOf(SCHEIDING) >= 0;
		}

		/** The message key of a detail with arguments. */
		public String detailSleutel() {
			return sleutel() + ".detail";
		}

		/** The arguments of a detail with arguments, in order. */
		public Object[] argumenten() {
			return isMetArgumenten() ? this.detail.split(String.valueOf(SCHEIDING), -1) : new Object[0];
		}

	}

}
