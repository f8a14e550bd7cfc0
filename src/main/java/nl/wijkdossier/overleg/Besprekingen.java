package nl.wijkdossier.overleg;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.overleg.Agendas.Item;
import nl.wijkdossier.overleg.CasusOverleggen.Agendering;
import nl.wijkdossier.overleg.OverlegWeigering.Fout;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.shared.web.Keuze;
import nl.wijkdossier.verwijzing.Escalaties;
import nl.wijkdossier.verwijzing.Specialisme;
import nl.wijkdossier.verwijzing.Weigering;

/**
 * Discussing one agenda item: its page (the case's head, the question, what earlier
 * meetings decided) and recording notes, decision and follow-up. Only an attendee of the
 * meeting who may see the case gets there (else a DENIED row and "not found").
 * <p>
 * A discussion is recorded once, from the meeting's day on. A second save finds it
 * recorded and is refused as a conflict ({@link BesprekingAlVastgelegd}): nothing is
 * overwritten. The decision goes on the case's timeline with a link to the meeting;
 * {@link Besluit#OPSCHALEN_SST} sends the referral to the Sociaal Stedelijk Team in the
 * same transaction, so the decision and the referral are stored together or not at all.
 * {@link Besluit#AFSLUITEN} does not close the case: closing needs a reason and is the
 * regievoerder's step on the dossier.
 */
@Service
@Transactional
class Besprekingen {

	static final int MAX_NOTITIES = 4000;

	static final int MAX_TOELICHTING = 2000;

	/** The longest question for the Sociaal Stedelijk Team (as for every referral). */
	static final int MAX_SST_VRAAG = 1000;

	private static final String PUNT = """
			select a.id, a.casus_id, a.vraag, a.positie, a.geagendeerd_door, gu.weergavenaam as geagendeerd_door_naam,
			       a.geagendeerd_op,
			""" + BesprekingInfo.KOLOMMEN + """
			from overleg_agendapunt a
			join gebruiker gu on gu.id = a.geagendeerd_door
			""" + BesprekingInfo.JOINS + """
			where a.id = :id and a.overleg_id = :overleg
			""";

	private final OverlegToegang toegang;

	private final Agendas agendas;

	private final CasusOverleggen casusOverleggen;

	private final Dossiers dossiers;

	private final Tijdlijn tijdlijn;

	private final Escalaties escalaties;

	private final Organisatie organisatie;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	Besprekingen(OverlegToegang toegang, Agendas agendas, CasusOverleggen casusOverleggen, Dossiers dossiers,
			Tijdlijn tijdlijn, Escalaties escalaties, Organisatie organisatie, JdbcClient jdbc, MessageSource messages,
			Clock clock) {
		this.toegang = toegang;
		this.agendas = agendas;
		this.casusOverleggen = casusOverleggen;
		this.dossiers = dossiers;
		this.tijdlijn = tijdlijn;
		this.escalaties = escalaties;
		this.organisatie = organisatie;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The page of one agenda item, logged as {@code OVERLEG_AGENDA_BEKEKEN} (on behalf of
	 * the absent regievoerder when only an inval allows it).
	 */
	public Pagina pagina(WijkdossierUser gebruiker, long overlegId, long puntId) {
		OverlegKop kop = this.toegang.kop(gebruiker, overlegId, Gebeurtenis.OVERLEG_AGENDA_BEKEKEN, null);
		Agendapunt punt = this.jdbc.sql(PUNT)
			.param("id", puntId)
			.param("overleg", overlegId)
			.query((rs, rij) -> new Agendapunt(rs.getLong("id"), rs.getLong("casus_id"), rs.getString("vraag"),
					rs.getInt("positie"), rs.getString("geagendeerd_door_naam"),
					rs.getTimestamp("geagendeerd_op").toInstant(), BesprekingInfo.lees(rs)))
			.optional()
			.orElseThrow(() -> this.agendas.nietGevonden(Gebeurtenis.OVERLEG_AGENDA_BEKEKEN));
		CasusKop casus = this.dossiers.kop(gebruiker, punt.casusId(), Gebeurtenis.OVERLEG_AGENDA_BEKEKEN);
		List<Agendering> eerder = this.casusOverleggen.agenderingen(punt.casusId())
			.stream()
			.filter((a) -> a.id() != puntId && a.isBesproken())
			.toList();
		LocalDate vandaag = LocalDate.now(this.clock);
		boolean kanBespreken = punt.bespreking() == null && kop.isBegonnen(vandaag);
		return new Pagina(kop, casus, punt, eerder, kanBespreken ? opvolgers(kop, casus) : List.of(),
				kop.isBegonnen(vandaag));
	}

	/**
	 * Who may follow the decision up: an active medewerker of the meeting's team, or the
	 * case's regievoerder (who may work in another team), first.
	 */
	private List<Keuze> opvolgers(OverlegKop kop, CasusKop casus) {
		Map<Long, Keuze> keuzes = new LinkedHashMap<>();
		if (casus.regievoerderId() != null) {
			keuzes.put(casus.regievoerderId(), new Keuze(String.valueOf(casus.regievoerderId()),
					tekst("overleg.bespreking.regievoerderKeuze", casus.regievoerderNaam())));
		}
		for (MedewerkerInfo medewerker : this.organisatie.medewerkersVanTeam(kop.teamId())) {
			keuzes.putIfAbsent(medewerker.id(), new Keuze(String.valueOf(medewerker.id()), medewerker.naam()));
		}
		return List.copyOf(keuzes.values());
	}

	/**
	 * Records the discussion of an item of a meeting whose day has come.
	 * @return the new discussion's id
	 * @throws OverlegWeigering with every broken rule; nothing is stored
	 * @throws BesprekingAlVastgelegd when it was recorded already (also meanwhile, by a
	 * colleague); nothing is stored
	 */
	public long bespreek(WijkdossierUser gebruiker, long overlegId, long puntId, Invoer invoer) {
		OverlegKop kop = this.toegang.kop(gebruiker, overlegId, Gebeurtenis.OVERLEG_BESPROKEN, null);
		Item item = this.agendas.item(overlegId, puntId, Gebeurtenis.OVERLEG_BESPROKEN);
		if (item.besproken()) {
			throw new BesprekingAlVastgelegd(puntId);
		}
		CasusKop casus = this.dossiers.kop(gebruiker, item.casusId(), Gebeurtenis.OVERLEG_BESPROKEN);
		List<Fout> fouten = fouten(kop, casus, invoer);
		OverlegWeigering.weigerBij(fouten);
		String notities = OverlegInvoer.tekst(invoer.notities());
		String toelichting = OverlegInvoer.tekst(invoer.toelichting());
		LocalDate opvolgenVoor = OverlegInvoer.datum(invoer.opvolgenVoor()).orElse(null);
		Long verwijzingId = null;
		if (invoer.besluit().isOpschaling()) {
			verwijzingId = escaleer(gebruiker, kop, casus, invoer);
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into overleg_bespreking (agendapunt_id, notities, besluit, toelichting, opvolger_id,
					                                opvolgen_voor, verwijzing_id, vastgelegd_door, vastgelegd_op)
					values (:punt, :notities, :besluit, :toelichting, :opvolger, :voor, :verwijzing, :door, :op)
					returning id
					""")
				.param("punt", puntId)
				.param("notities", notities)
				.param("besluit", invoer.besluit().name())
				.param("toelichting", toelichting)
				.param("opvolger", invoer.opvolgerId())
				.param("voor", opvolgenVoor)
				.param("verwijzing", verwijzingId)
				.param("door", gebruiker.id())
				.param("op", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new BesprekingAlVastgelegd(puntId);
		}
		String opvolger = this.organisatie.medewerker(invoer.opvolgerId()).map(MedewerkerInfo::naam).orElseThrow();
		String besluit = tekst(invoer.besluit().messageKey());
		String detail = (opvolgenVoor != null)
				? tekst("overleg.tijdlijn.besluitVoor", Datums.dag(kop.datum()), besluit, opvolger,
						Datums.dag(opvolgenVoor))
				: tekst("overleg.tijdlijn.besluit", Datums.dag(kop.datum()), besluit, opvolger);
		this.tijdlijn.schrijf(item.casusId(), gebruiker.id(), "overlegBesproken", detail,
				Agendas.pad(overlegId) + "#punt-" + puntId);
		return id;
	}

	/** Every rule of a discussion at once, so the page shows all errors together. */
	private List<Fout> fouten(OverlegKop kop, CasusKop casus, Invoer invoer) {
		List<Fout> fouten = new ArrayList<>();
		if (!kop.isBegonnen(LocalDate.now(this.clock))) {
			fouten.add(new Fout(null, "overleg.fout.nogNietBegonnen", Datums.dag(kop.datum())));
		}
		tekst(fouten, "notities", invoer.notities(), MAX_NOTITIES, true, "overleg.fout.notitiesVerplicht");
		if (invoer.besluit() == null) {
			fouten.add(new Fout("besluit", "overleg.fout.besluitKiezen"));
		}
		boolean toelichtingNodig = invoer.besluit() != null && invoer.besluit().vraagtToelichting();
		tekst(fouten, "toelichting", invoer.toelichting(), MAX_TOELICHTING, toelichtingNodig,
				"overleg.fout.toelichtingVerplicht");
		if (invoer.opvolgerId() == null) {
			fouten.add(new Fout("opvolgerId", "overleg.fout.opvolgerKiezen"));
		}
		else if (!magOpvolgen(invoer.opvolgerId(), kop, casus)) {
			fouten.add(new Fout("opvolgerId", "overleg.fout.opvolgerNietToegestaan", kop.teamNaam()));
		}
		if (!OverlegInvoer.isLeeg(invoer.opvolgenVoor())) {
			LocalDate voor = OverlegInvoer.datum(invoer.opvolgenVoor()).orElse(null);
			if (voor == null) {
				fouten.add(new Fout("opvolgenVoor", "overleg.fout.datumOngeldig"));
			}
			else if (voor.isBefore(kop.datum())) {
				fouten.add(new Fout("opvolgenVoor", "overleg.fout.opvolgenVoorOverleg", Datums.dag(kop.datum())));
			}
		}
		if (invoer.besluit() != null && invoer.besluit().isOpschaling()) {
			if (invoer.specialisme() == null) {
				fouten.add(new Fout("specialisme", "verwijzing.fout.specialismeVerplicht"));
			}
			tekst(fouten, "vraag", invoer.vraag(), MAX_SST_VRAAG, true, "verwijzing.fout.sstVraagVerplicht");
		}
		return fouten;
	}

	/** An active medewerker of the meeting's team, or the case's regievoerder. */
	private boolean magOpvolgen(long medewerkerId, OverlegKop kop, CasusKop casus) {
		if (casus.regievoerderId() != null && casus.regievoerderId() == medewerkerId) {
			return true;
		}
		return this.organisatie.medewerker(medewerkerId)
			.filter(MedewerkerInfo::actief)
			.filter((m) -> m.teamId() != null && m.teamId() == kop.teamId())
			.isPresent();
	}

	/**
	 * The referral to the Sociaal Stedelijk Team, with the rules of every referral; a
	 * rule it breaks is reported on this form's fields.
	 */
	private long escaleer(WijkdossierUser gebruiker, OverlegKop kop, CasusKop casus, Invoer invoer) {
		String reden = tekst("overleg.sst.reden", Datums.dag(kop.datum()), kop.teamNaam());
		try {
			return this.escalaties.naarSst(gebruiker, casus.id(), invoer.specialisme(), reden,
					OverlegInvoer.tekst(invoer.vraag()));
		}
		catch (Weigering geweigerd) {
			throw new OverlegWeigering(
					geweigerd.fouten().stream().map((f) -> new Fout(veld(f.veld()), f.code(), f.args())).toList());
		}
	}

	/** A referral's field as this form names it. */
	private static String veld(String verwijzingVeld) {
		if ("sstVraag".equals(verwijzingVeld)) {
			return "vraag";
		}
		return "specialisme".equals(verwijzingVeld) ? "specialisme" : null;
	}

	private static void tekst(List<Fout> fouten, String veld, String waarde, int maximum, boolean verplicht,
			String code) {
		String tekst = OverlegInvoer.tekst(waarde);
		if (tekst == null) {
			if (verplicht) {
				fouten.add(new Fout(veld, code));
			}
		}
		else if (tekst.length() > maximum) {
			fouten.add(new Fout(veld, "overleg.fout.teLang", maximum));
		}
	}

	private String tekst(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/** What the attendee records; dates as typed, read here. */
	record Invoer(String notities, Besluit besluit, String toelichting, Long opvolgerId, String opvolgenVoor,
			Specialisme specialisme, String vraag) {
	}

	/** An agenda item as its page shows it. */
	record Agendapunt(long id, long casusId, String vraag, int positie, String geagendeerdDoor, Instant geagendeerdOp,
			BesprekingInfo bespreking) {
	}

	/**
	 * The item page's content: the meeting, the case, the item, earlier decisions on the
	 * case, and who may follow up (empty when it cannot be discussed now).
	 */
	record Pagina(OverlegKop kop, CasusKop casus, Agendapunt punt, List<Agendering> eerder, List<Keuze> opvolgers,
			boolean begonnen) {

		public boolean kanBespreken() {
			return this.punt.bespreking() == null && this.begonnen;
		}

	}

}
