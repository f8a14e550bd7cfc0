package nl.wijkdossier.casus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.wijkdossier.shared.ZrmDomein;

/**
 * A case: one resident's question for one team. Every change of state goes through a
 * method that guards its rule, so an invalid transition cannot happen — not just is not
 * offered. Each method returns nothing and throws {@link OngeldigeOvergang} when the rule
 * does not allow it.
 */
@Entity
@Table(name = "casus")
class Casus {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "inwoner_id", nullable = false, updatable = false)
	private Long inwonerId;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Urgentie urgentie;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Kanaal kanaal;

	private String aanmelder;

	@Column(nullable = false)
	private String hulpvraag;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(40)[]", nullable = false)
	private String[] domeinen;

	@Column(name = "wmo_melding", nullable = false)
	private boolean wmoMelding;

	@Column(name = "gemeld_op", nullable = false, updatable = false)
	private LocalDate gemeldOp;

	@Column(name = "aangemeld_op", nullable = false, updatable = false)
	private Instant aangemeldOp;

	@Column(name = "regievoerder_id")
	private Long regievoerderId;

	@Column(name = "eerste_contact_op")
	private LocalDate eersteContactOp;

	@Column(name = "afgesloten_op")
	private LocalDate afgeslotenOp;

	@Enumerated(EnumType.STRING)
	private AfsluitReden afsluitreden;

	@Column(name = "spoed_uitgesteld_reden")
	private String spoedUitgesteldReden;

	@Column(name = "ontvangst_bevestigd_op")
	private LocalDate ontvangstBevestigdOp;

	@Column(name = "clientondersteuning_aangeboden")
	private Boolean clientondersteuningAangeboden;

	@Column(name = "aanvraag_op")
	private LocalDate aanvraagOp;

	@Column(name = "opgeschort_van")
	private LocalDate opgeschortVan;

	@Column(name = "opgeschort_tot")
	private LocalDate opgeschortTot;

	@Column(name = "opschorting_reden")
	private String opschortingReden;

	@Column(name = "onderzoek_afgerond_op")
	private LocalDate onderzoekAfgerondOp;

	@Column(name = "beschikking_op")
	private LocalDate beschikkingOp;

	@Column(name = "onderzoeksgesprek_op")
	private LocalDate onderzoeksgesprekOp;

	@Version
	private long version;

	protected Casus() {
	}

	private Casus(Long inwonerId, Long teamId, Urgentie urgentie, Kanaal kanaal, String aanmelder, String hulpvraag,
			Collection<ZrmDomein> domeinen, boolean wmoMelding, LocalDate gemeldOp, Instant aangemeldOp) {
		this.inwonerId = inwonerId;
		this.teamId = teamId;
		this.status = Status.AANGEMELD;
		this.urgentie = urgentie;
		this.kanaal = kanaal;
		this.aanmelder = aanmelder;
		this.hulpvraag = hulpvraag;
		this.domeinen = domeinen.stream().map(ZrmDomein::name).sorted().toArray(String[]::new);
		this.wmoMelding = wmoMelding;
		this.gemeldOp = gemeldOp;
		this.aangemeldOp = aangemeldOp;
	}

	/** A new need, for the team whose werkgebied holds the resident's address. */
	static Casus meld(long inwonerId, long teamId, Urgentie urgentie, Kanaal kanaal, String aanmelder, String hulpvraag,
			Collection<ZrmDomein> domeinen, boolean wmoMelding, LocalDate gemeldOp, Instant aangemeldOp) {
		if (hulpvraag == null || hulpvraag.isBlank()) {
			throw new OngeldigeOvergang("casus.regel.hulpvraagVerplicht");
		}
		return new Casus(inwonerId, teamId, urgentie, kanaal, aanmelder, hulpvraag.trim(), domeinen, wmoMelding,
				gemeldOp, aangemeldOp);
	}

	/**
	 * The team has no capacity now: the case waits. A SPOED case never simply waits —
	 * only a manager may let it wait, and he must say why.
	 */
	void plaatsOpWachtlijst(String spoedReden) {
		vereis(this.status == Status.AANGEMELD, "casus.regel.alleenAangemeldNaarWachtlijst");
		if (this.urgentie == Urgentie.SPOED) {
			vereis(spoedReden != null && !spoedReden.isBlank(), "casus.regel.spoedWachtNiet");
			this.spoedUitgesteldReden = spoedReden.trim();
		}
		this.status = Status.WACHTLIJST;
	}

	/**
	 * A medewerker takes regie: from AANGEMELD or WACHTLIJST the case goes
	 * IN_BEHANDELING; a case in behandeling changes hands.
	 */
	void wijsToe(long medewerkerId) {
		vereis(this.status != Status.AFGESLOTEN, "casus.regel.afgeslotenEerstHeropenen");
		this.regievoerderId = medewerkerId;
		this.status = Status.IN_BEHANDELING;
	}

	void sluitAf(AfsluitReden reden, LocalDate op) {
		vereis(this.status != Status.AFGESLOTEN, "casus.regel.alAfgesloten");
		vereis(reden != null, "casus.regel.redenVerplicht");
		vereis(!op.isBefore(this.gemeldOp), "casus.regel.afsluitenVoorMelding");
		this.status = Status.AFGESLOTEN;
		this.afsluitreden = reden;
		this.afgeslotenOp = op;
	}

	/** Back to work: with its regievoerder if it had one, else as a new aanmelding. */
	void heropen() {
		vereis(this.status == Status.AFGESLOTEN, "casus.regel.alleenAfgeslotenHeropenen");
		this.status = (this.regievoerderId != null) ? Status.IN_BEHANDELING : Status.AANGEMELD;
		this.afsluitreden = null;
		this.afgeslotenOp = null;
	}

	/** The first contact moment clears "nog geen contact" on the wachtlijst. */
	void registreerContact(LocalDate op) {
		if (this.eersteContactOp == null || op.isBefore(this.eersteContactOp)) {
			this.eersteContactOp = op;
		}
	}

	/**
	 * A conversation took place. The first one is the first contact; on a waiting case
	 * its author takes regie when nobody has it; for a Wmo melding the first one is the
	 * onderzoeksgesprek (it does not end the onderzoek term — that is
	 * {@link #rondOnderzoekAf}).
	 * @param auteurMedewerkerId the author as medewerker, or null when she is none
	 * @return whether the author became regievoerder
	 */
	boolean registreerGesprek(LocalDate op, Long auteurMedewerkerId) {
		vereis(this.status != Status.AFGESLOTEN, "casus.regel.afgeslotenEerstHeropenen");
		vereis(!op.isBefore(this.gemeldOp), "casus.regel.datumVoorMelding");
		registreerContact(op);
		if (this.wmoMelding && (this.onderzoeksgesprekOp == null || op.isBefore(this.onderzoeksgesprekOp))) {
			this.onderzoeksgesprekOp = op;
		}
		boolean wachtend = this.status == Status.AANGEMELD || this.status == Status.WACHTLIJST;
		if (wachtend && this.regievoerderId == null && auteurMedewerkerId != null) {
			wijsToe(auteurMedewerkerId);
			return true;
		}
		return false;
	}

	void bevestigOntvangst(LocalDate op) {
		vereisWmo();
		vereis(!op.isBefore(this.gemeldOp), "casus.regel.datumVoorMelding");
		this.ontvangstBevestigdOp = op;
	}

	void registreerClientondersteuning(boolean aangeboden) {
		vereisWmo();
		this.clientondersteuningAangeboden = aangeboden;
	}

	/**
	 * The clock may be suspended once, with a reason; suspended days move the deadlines.
	 */
	void schortOp(LocalDate van, LocalDate tot, String reden) {
		vereisWmo();
		vereis(this.opgeschortVan == null, "casus.regel.eenmaalOpschorten");
		vereis(reden != null && !reden.isBlank(), "casus.regel.redenVerplicht");
		vereis(!van.isBefore(this.gemeldOp), "casus.regel.datumVoorMelding");
		vereis(tot == null || !tot.isBefore(van), "casus.regel.opschortingEindeVoorBegin");
		this.opgeschortVan = van;
		this.opgeschortTot = tot;
		this.opschortingReden = reden.trim();
	}

	void hervatKlok(LocalDate op) {
		vereis(this.opgeschortVan != null && this.opgeschortTot == null, "casus.regel.nietOpgeschort");
		vereis(!op.isBefore(this.opgeschortVan), "casus.regel.opschortingEindeVoorBegin");
		this.opgeschortTot = op;
	}

	void rondOnderzoekAf(LocalDate op) {
		vereisWmo();
		vereis(!op.isBefore(this.gemeldOp), "casus.regel.datumVoorMelding");
		this.onderzoekAfgerondOp = op;
	}

	void registreerAanvraag(LocalDate op) {
		vereisWmo();
		vereis(!op.isBefore(this.gemeldOp), "casus.regel.datumVoorMelding");
		this.aanvraagOp = op;
	}

	void registreerBeschikking(LocalDate op) {
		vereisWmo();
		vereis(this.aanvraagOp != null, "casus.regel.eerstAanvraag");
		vereis(!op.isBefore(this.aanvraagOp), "casus.regel.beschikkingVoorAanvraag");
		this.beschikkingOp = op;
	}

	/**
	 * Moves the case to another team, keeping its regievoerder (she is a member of the
	 * new team). See {@link #verplaatsNaarTeam(long, boolean)}.
	 */
	void verplaatsNaarTeam(long nieuwTeamId) {
		verplaatsNaarTeam(nieuwTeamId, true);
	}

	/**
	 * Moves the case to another team of the cluster (balancing the load between teams).
	 * Access follows the team, so a regievoerder who is no member of the new team cannot
	 * keep the regie: it ends, and a case that was in behandeling waits again for the new
	 * team as AANGEMELD (as a reopened case without regievoerder does), so that team
	 * picks it up or puts it on its wachtlijst. A waiting case keeps its status. The
	 * melding date does not change, so the case keeps its place by waiting time.
	 * @param regievoerderIsLid whether the current regievoerder (if any) is an active
	 * member of the new team
	 * @return whether the regie ended
	 */
	boolean verplaatsNaarTeam(long nieuwTeamId, boolean regievoerderIsLid) {
		vereis(this.status != Status.AFGESLOTEN, "casus.regel.afgeslotenEerstHeropenen");
		vereis(this.teamId != nieuwTeamId, "clusterwachtlijst.regel.zelfdeTeam");
		this.teamId = nieuwTeamId;
		if (this.regievoerderId == null || regievoerderIsLid) {
			return false;
		}
		this.regievoerderId = null;
		if (this.status == Status.IN_BEHANDELING) {
			this.status = Status.AANGEMELD;
		}
		return true;
	}

	/**
	 * The manager hands the regie permanently to another medewerker (a colleague leaves,
	 * changes work, or the match is wrong). Only an open case with a regievoerder; the
	 * status stays as it is. A case without regievoerder is assigned ({@link #wijsToe}),
	 * not transferred.
	 */
	void draagRegieOver(long naarMedewerkerId) {
		vereis(this.status != Status.AFGESLOTEN, "casus.regel.afgeslotenEerstHeropenen");
		vereis(this.regievoerderId != null, "regie.regel.geenRegievoerder");
		vereis(this.regievoerderId != naarMedewerkerId, "regie.regel.alRegievoerder");
		this.regievoerderId = naarMedewerkerId;
	}

	WmoKlok wmoKlok(LocalDate vandaag) {
		if (!this.wmoMelding) {
			return null;
		}
		return WmoKlok.van(this.gemeldOp, this.opgeschortVan, this.opgeschortTot, this.onderzoekAfgerondOp,
				this.aanvraagOp, this.beschikkingOp, vandaag);
	}

	private void vereisWmo() {
		vereis(this.wmoMelding, "casus.regel.geenWmoMelding");
	}

	private static void vereis(boolean regel, String code) {
		if (!regel) {
			throw new OngeldigeOvergang(code);
		}
	}

	Long getId() {
		return this.id;
	}

	Long getInwonerId() {
		return this.inwonerId;
	}

	Long getTeamId() {
		return this.teamId;
	}

	Status getStatus() {
		return this.status;
	}

	Urgentie getUrgentie() {
		return this.urgentie;
	}

	Long getRegievoerderId() {
		return this.regievoerderId;
	}

	LocalDate getOnderzoeksgesprekOp() {
		return this.onderzoeksgesprekOp;
	}

	LocalDate getEersteContactOp() {
		return this.eersteContactOp;
	}

	Set<ZrmDomein> getDomeinen() {
		Set<ZrmDomein> set = EnumSet.noneOf(ZrmDomein.class);
		Arrays.stream(this.domeinen).map(ZrmDomein::valueOf).forEach(set::add);
		return set;
	}

	boolean isWmoMelding() {
		return this.wmoMelding;
	}

	LocalDate getGemeldOp() {
		return this.gemeldOp;
	}

	AfsluitReden getAfsluitreden() {
		return this.afsluitreden;
	}

	String getSpoedUitgesteldReden() {
		return this.spoedUitgesteldReden;
	}

	long getVersion() {
		return this.version;
	}

}
