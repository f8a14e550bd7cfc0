package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.budget.BudgetWeigering.Fout;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossier.TijdlijnRegel;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Spending maatwerkbudget on a case and withdrawing a spending. The case is read within
 * the user's scope first (else 404 and a DENIED row); the spending goes to the budget of
 * the case's team of that moment, in the year of its date; each change writes a line on
 * the case's timeline in the same transaction. A spending beyond the remaining budget is
 * recorded — the team decides, the page warns. The access log names the change:
 * {@code MAATWERK_GEREGISTREERD} or {@code MAATWERK_INGETROKKEN} (also when refused).
 */
@Component
class Uitgaven {

	/** The largest single spending: beyond this it is a typing error, not maatwerk. */
	static final BigDecimal MAXIMUM = new BigDecimal("100000.00");

	static final int MAXIMUM_REDEN = 200;

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final Tijdlijn tijdlijn;

	private final Budgetten budgetten;

	private final Bedragen bedragen;

	private final Clock clock;

	Uitgaven(JdbcClient jdbc, Dossiers dossiers, Tijdlijn tijdlijn, Budgetten budgetten, Bedragen bedragen,
			Clock clock) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.tijdlijn = tijdlijn;
		this.budgetten = budgetten;
		this.bedragen = bedragen;
		this.clock = clock;
	}

	/**
	 * Records a spending.
	 * @return the team's year after it, to warn when the budget is exceeded
	 * @throws BudgetWeigering when a field breaks a rule or the case is closed
	 */
	@Transactional
	Budgetten.TeamBudget registreer(WijkdossierUser gebruiker, long casusId, UitgaveForm form) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.MAATWERK_GEREGISTREERD);
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Fout> fouten = new ArrayList<>();
		if (kop.isAfgesloten()) {
			fouten.add(new Fout(null, "budget.fout.casusAfgesloten"));
		}
		Optional<BigDecimal> bedrag = bedrag(form.bedrag(), fouten);
		Optional<Categorie> categorie = Arrays.stream(Categorie.values())
			.filter((c) -> c.name().equals(form.categorie()))
			.findFirst();
		if (categorie.isEmpty()) {
			fouten.add(new Fout("categorie", "budget.fout.categorie"));
		}
		Optional<LocalDate> datum = datum(form.datum(), kop.gemeldOp(), vandaag, fouten);
		String reden = tekst(form.reden(), "reden", fouten);
		BudgetWeigering.weigerBij(fouten);
		KeyHolder sleutel = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into maatwerk_uitgave (casus_id, team_id, bedrag, categorie, datum, reden, geregistreerd_door,
				                              geregistreerd_op)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(casusId, kop.teamId(), bedrag.get(), categorie.get().name(), datum.get(), reden, gebruiker.id(),
					Timestamp.from(this.clock.instant()))
			.update(sleutel, "id");
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "maatwerkUitgave",
				TijdlijnRegel.detailMetArgumenten(this.bedragen.tekst(bedrag.get()), reden));
		return this.budgetten.perTeam(List.of(kop.teamId()), datum.get().getYear()).get(0);
	}

	/**
	 * Withdraws a spending of this case with a reason; it stays in the dossier, struck
	 * through, and no longer counts.
	 * @throws NietGevondenException when the case has no such spending
	 * @throws BudgetWeigering when the reason is missing or it was already withdrawn
	 */
	@Transactional
	void trekIn(WijkdossierUser gebruiker, long casusId, long uitgaveId, IntrekForm form) {
		this.dossiers.kop(gebruiker, casusId, Gebeurtenis.MAATWERK_INGETROKKEN);
		Optional<Stand> stand = this.jdbc
			.sql("select bedrag, ingetrokken_op is not null as ingetrokken from maatwerk_uitgave "
					+ "where id = ? and casus_id = ? for update")
			.params(uitgaveId, casusId)
			.query((rs, rij) -> new Stand(rs.getBigDecimal("bedrag"), rs.getBoolean("ingetrokken")))
			.optional();
		if (stand.isEmpty()) {
			throw new NietGevondenException("maatwerkuitgave " + uitgaveId);
		}
		List<Fout> fouten = new ArrayList<>();
		if (stand.get().ingetrokken()) {
			fouten.add(new Fout(null, "budget.fout.alIngetrokken"));
		}
		String reden = tekst(form.intrekreden(), "intrekreden", fouten);
		BudgetWeigering.weigerBij(fouten);
		this.jdbc.sql("""
				update maatwerk_uitgave set ingetrokken_op = ?, ingetrokken_door = ?, intrekreden = ?
				where id = ? and ingetrokken_op is null
				""").params(Timestamp.from(this.clock.instant()), gebruiker.id(), reden, uitgaveId).update();
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "maatwerkIngetrokken",
				TijdlijnRegel.detailMetArgumenten(this.bedragen.tekst(stand.get().bedrag()), reden));
	}

	/** The spendings of a case, newest first, withdrawn ones included. One query. */
	@Transactional(readOnly = true)
	List<Uitgave> vanCasus(long casusId) {
		return this.jdbc.sql("""
				select u.id, u.bedrag, u.categorie, u.datum, u.reden, g.weergavenaam as door, u.ingetrokken_op,
				       i.weergavenaam as ingetrokken_door, u.intrekreden
				from maatwerk_uitgave u
				join gebruiker g on g.id = u.geregistreerd_door
				left join gebruiker i on i.id = u.ingetrokken_door
				where u.casus_id = ?
				order by u.datum desc, u.id desc
				""").param(casusId).query((rs, rij) -> {
			Timestamp ingetrokkenOp = rs.getTimestamp("ingetrokken_op");
			return new Uitgave(rs.getLong("id"), rs.getBigDecimal("bedrag"),
					Categorie.valueOf(rs.getString("categorie")), rs.getObject("datum", LocalDate.class),
					rs.getString("reden"), rs.getString("door"),
					(ingetrokkenOp != null) ? ingetrokkenOp.toInstant() : null, rs.getString("ingetrokken_door"),
					rs.getString("intrekreden"));
		}).list();
	}

	private static Optional<BigDecimal> bedrag(String invoer, List<Fout> fouten) {
		if (invoer == null || invoer.isBlank()) {
			fouten.add(new Fout("bedrag", "budget.fout.bedragVerplicht"));
			return Optional.empty();
		}
		Optional<BigDecimal> bedrag = Bedragen.lees(invoer);
		if (bedrag.isEmpty()) {
			fouten.add(new Fout("bedrag", "budget.fout.geenBedrag"));
		}
		else if (bedrag.get().signum() <= 0) {
			fouten.add(new Fout("bedrag", "budget.fout.bedragNul"));
			return Optional.empty();
		}
		else if (bedrag.get().compareTo(MAXIMUM) > 0) {
			fouten.add(new Fout("bedrag", "budget.fout.bedragTeHoog", Bedragen.invoer(MAXIMUM)));
			return Optional.empty();
		}
		return bedrag;
	}

	private static Optional<LocalDate> datum(String invoer, LocalDate gemeldOp, LocalDate vandaag, List<Fout> fouten) {
		if (invoer == null || invoer.isBlank()) {
			fouten.add(new Fout("datum", "budget.fout.datumVerplicht"));
			return Optional.empty();
		}
		LocalDate datum;
		try {
			datum = LocalDate.parse(invoer.strip());
		}
		catch (DateTimeParseException ex) {
			fouten.add(new Fout("datum", "budget.fout.geenDatum"));
			return Optional.empty();
		}
		if (datum.isAfter(vandaag)) {
			fouten.add(new Fout("datum", "budget.fout.datumToekomst"));
			return Optional.empty();
		}
		if (datum.isBefore(gemeldOp)) {
			fouten.add(new Fout("datum", "budget.fout.datumVoorMelding", gemeldOp.format(Bedragen.DAG)));
			return Optional.empty();
		}
		return Optional.of(datum);
	}

	private static String tekst(String invoer, String veld, List<Fout> fouten) {
		String tekst = (invoer != null) ? invoer.strip() : "";
		if (tekst.isEmpty()) {
			fouten.add(new Fout(veld, "budget.fout." + veld + "Verplicht"));
		}
		else if (tekst.length() > MAXIMUM_REDEN) {
			fouten.add(new Fout(veld, "budget.fout.redenTeLang", MAXIMUM_REDEN));
		}
		return tekst;
	}

	/**
	 * A spending as the dossier shows it; withdrawn when {@code ingetrokkenOp} is set.
	 */
	record Uitgave(long id, BigDecimal bedrag, Categorie categorie, LocalDate datum, String reden, String door,
			Instant ingetrokkenOp, String ingetrokkenDoor, String intrekreden) {

		public boolean isIngetrokken() {
			return this.ingetrokkenOp != null;
		}

		public String categorieSleutel() {
			return this.categorie.messageKey();
		}

	}

	private record Stand(BigDecimal bedrag, boolean ingetrokken) {
	}

}
