package nl.wijkdossier.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.casus.AfsluitReden;
import nl.wijkdossier.casus.Kanaal;
import nl.wijkdossier.dashboard.Cel.Soort;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Rij;

/**
 * The figures from intake and cases: aanmeldingen per kanaal, closed cases per reason,
 * running cases and the waiting list now, the Wmo terms met, and a 12-month trend — five
 * grouped SQL statements whatever the number of cases ({@code DashboardQueryCountTests}),
 * each shaped for an index of V16 (date ranges) or V4 (team and status).
 */
@Component
@Order(0)
class CasusCijfers implements DashboardBron {

	/**
	 * The Wmo rules of {@code casus.WmoKlok} (and {@code WmoKlokSql}) for a finished
	 * term, on a casus row {@code c}: the suspended days (until {@code :vandaag} while
	 * the suspension runs), the onderzoek's last day (6 weeks after the melding plus
	 * them) and the beschikking's (2 weeks after the aanvraag, plus them when the
	 * suspension began on or after the aanvraag). {@code WmoTermijnSqlTests} proves the
	 * agreement.
	 */
	static final String OPGESCHORT = "(case when c.opgeschort_van is null then 0"
			+ " else greatest(0, coalesce(c.opgeschort_tot, cast(:vandaag as date)) - c.opgeschort_van) end)";

	static final String ONDERZOEK_UITERLIJK = "(c.gemeld_op + 42 + " + OPGESCHORT + ")";

	static final String BESCHIKKING_UITERLIJK = "(c.aanvraag_op + 14 + (case when c.opgeschort_van >= c.aanvraag_op then "
			+ OPGESCHORT + " else 0 end))";

	/**
	 * The days a case waited for its first contact: from the melding until the first
	 * contact or the closure, open while neither happened (indexed in V16).
	 */
	static final String WACHTPERIODE = "daterange(c.gemeld_op, case when least(c.eerste_contact_op, c.afgesloten_op)"
			+ " is null then null else greatest(c.gemeld_op, least(c.eerste_contact_op, c.afgesloten_op)) end, '[)')";

	private static final String WACHTEND = "('AANGEMELD', 'WACHTLIJST')";

	private final JdbcClient jdbc;

	CasusCijfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		Periode vorige = periode.vorige();
		List<Figuur> figuren = new ArrayList<>();
		figuren.add(aanmeldingen(bereik, periode, vorige, onderdrukking));
		figuren.add(afgesloten(bereik, periode, vorige, onderdrukking));
		figuren.addAll(standNu(bereik, vandaag, onderdrukking));
		figuren.add(wmo(bereik, periode, vorige, vandaag, onderdrukking));
		figuren.add(trend(bereik, periode, vandaag, onderdrukking));
		return figuren;
	}

	private Figuur aanmeldingen(Bereik bereik, Periode nu, Periode vorige, Onderdrukking onderdrukking) {
		List<long[]> waarden = perCategorie("kanaal", "gemeld_op", Kanaal.values(), bereik, nu, vorige);
		List<String> sleutels = Arrays.stream(Kanaal.values()).map(Kanaal::messageKey).toList();
		return new Figuur("aanmeldingen", "dashboard.aanmeldingen.titel", "dashboard.aanmeldingen.uitleg",
				Grafiek.STAAF, Kolom.vergelijking(), onderdrukking.tabelMetTotaal(sleutels, waarden, 2));
	}

	private Figuur afgesloten(Bereik bereik, Periode nu, Periode vorige, Onderdrukking onderdrukking) {
		List<long[]> waarden = perCategorie("afsluitreden", "afgesloten_op", AfsluitReden.values(), bereik, nu, vorige);
		List<String> sleutels = Arrays.stream(AfsluitReden.values()).map(AfsluitReden::messageKey).toList();
		return new Figuur("afgesloten", "dashboard.afgesloten.titel", "dashboard.afgesloten.uitleg", Grafiek.STAAF,
				Kolom.vergelijking(), onderdrukking.tabelMetTotaal(sleutels, waarden, 2));
	}

	/**
	 * Per value of an enum column of casus, how many cases have their date in this period
	 * and in the previous one — in the enum's order, 0 where none. One statement over the
	 * date index; {@code kolom} and {@code datum} are this class's constants, never
	 * input.
	 */
	private <E extends Enum<E>> List<long[]> perCategorie(String kolom, String datum, E[] categorieen, Bereik bereik,
			Periode nu, Periode vorige) {
		Map<String, long[]> tellingen = new HashMap<>();
		this.jdbc.sql("""
				select c.%1$s as categorie,
				       count(*) filter (where c.%2$s >= :van) as nu,
				       count(*) filter (where c.%2$s <= :vorigeTot) as vorige
				from casus c
				where c.team_id = any(:teams) and c.%2$s >= :vorigeVan and c.%2$s <= :tot
				  and (c.%2$s >= :van or c.%2$s <= :vorigeTot)
				group by c.%1$s
				""".formatted(kolom, datum)).params(parameters(bereik, nu, vorige)).query((rs) -> {
			tellingen.put(rs.getString("categorie"), new long[] { rs.getLong("nu"), rs.getLong("vorige") });
		});
		return Arrays.stream(categorieen).map((c) -> tellingen.getOrDefault(c.name(), new long[2])).toList();
	}

	/**
	 * Running cases and the waiting list as they are today, in one statement of two parts
	 * that each read an index alone: the running cases from {@code ix_casus_team_status},
	 * the waiting ones with their melding dates from {@code ix_casus_wachtend} (V4) —
	 * never the case rows (145,000 at city scope at a million cases).
	 */
	private List<Figuur> standNu(Bereik bereik, LocalDate vandaag, Onderdrukking onderdrukking) {
		return this.jdbc
			.sql("""
					select (select count(*) from casus c
					        where c.team_id = any(:teams) and c.status = 'IN_BEHANDELING') as lopend,
					       w.wachtend, w.mediaan, w.p90, w.langste
					from (select count(*) as wachtend,
					             percentile_cont(0.5) within group (order by cast(:vandaag as date) - c.gemeld_op) as mediaan,
					             percentile_cont(0.9) within group (order by cast(:vandaag as date) - c.gemeld_op) as p90,
					             max(cast(:vandaag as date) - c.gemeld_op) as langste
					      from casus c
					      where c.team_id = any(:teams) and c.status in %s) w
					"""
				.formatted(WACHTEND))
			.param("teams", bereik.teamArray())
			.param("vandaag", Date.valueOf(vandaag))
			.query((rs, rij) -> {
				long wachtend = rs.getLong("wachtend");
				Figuur lopend = new Figuur("lopend", "dashboard.lopend.titel", "dashboard.lopend.uitleg", Grafiek.STAAF,
						List.of(new Kolom("dashboard.kolom.aantal", true)),
						List.of(Rij.van("dashboard.lopend.rij", List.of(onderdrukking.aantal(rs.getLong("lopend"))))));
				Cel mediaan = onderdrukking.statistiek(rs.getBigDecimal("mediaan"), wachtend, Soort.DAGEN);
				List<Rij> rijen = List.of(
						Rij.van("dashboard.wachtlijst.aantal", List.of(onderdrukking.aantal(wachtend))),
						Rij.van("dashboard.wachtlijst.mediaan", List.of(mediaan)),
						Rij.van("dashboard.wachtlijst.p90",
								List.of(onderdrukking.statistiek(rs.getBigDecimal("p90"), wachtend, Soort.DAGEN))),
						Rij.van("dashboard.wachtlijst.langste",
								List.of(onderdrukking.statistiek(rs.getBigDecimal("langste"), wachtend, Soort.DAGEN))));
				Figuur wachtlijst = new Figuur("wachtlijst", "dashboard.wachtlijst.titel",
						"dashboard.wachtlijst.uitleg", Grafiek.STAAF,
						List.of(new Kolom("dashboard.kolom.waarde", true)), rijen)
					.metKengetal(Kengetal.MEDIANE_WACHTTIJD_DAGEN, mediaan);
				return List.of(lopend, wachtlijst);
			})
			.single();
	}

	private Figuur wmo(Bereik bereik, Periode nu, Periode vorige, LocalDate vandaag, Onderdrukking onderdrukking) {
		Map<String, Object> parameters = parameters(bereik, nu, vorige);
		parameters.put("vandaag", Date.valueOf(vandaag));
		long[] t = this.jdbc
			.sql("""
					select count(*) filter (where c.onderzoek_afgerond_op between :van and :tot) as o_nu,
					       count(*) filter (where c.onderzoek_afgerond_op between :van and :tot
					                        and c.onderzoek_afgerond_op <= %1$s) as o_nu_tijdig,
					       count(*) filter (where c.onderzoek_afgerond_op between :vorigeVan and :vorigeTot) as o_vorige,
					       count(*) filter (where c.onderzoek_afgerond_op between :vorigeVan and :vorigeTot
					                        and c.onderzoek_afgerond_op <= %1$s) as o_vorige_tijdig,
					       count(*) filter (where c.aanvraag_op is not null and c.beschikking_op between :van and :tot) as b_nu,
					       count(*) filter (where c.aanvraag_op is not null and c.beschikking_op between :van and :tot
					                        and c.beschikking_op <= %2$s) as b_nu_tijdig,
					       count(*) filter (where c.aanvraag_op is not null
					                        and c.beschikking_op between :vorigeVan and :vorigeTot) as b_vorige,
					       count(*) filter (where c.aanvraag_op is not null
					                        and c.beschikking_op between :vorigeVan and :vorigeTot
					                        and c.beschikking_op <= %2$s) as b_vorige_tijdig
					from casus c
					where c.team_id = any(:teams) and c.wmo_melding
					  and (c.onderzoek_afgerond_op between :vorigeVan and :tot or c.beschikking_op between :vorigeVan and :tot)
					"""
				.formatted(ONDERZOEK_UITERLIJK, BESCHIKKING_UITERLIJK))
			.params(parameters)
			.query((rs,
					rij) -> new long[] { rs.getLong("o_nu"), rs.getLong("o_nu_tijdig"), rs.getLong("o_vorige"),
							rs.getLong("o_vorige_tijdig"), rs.getLong("b_nu"), rs.getLong("b_nu_tijdig"),
							rs.getLong("b_vorige"), rs.getLong("b_vorige_tijdig") })
			.single();
		List<Rij> rijen = List.of(wmoRij("dashboard.wmo.onderzoek", t[0], t[1], t[2], t[3], onderdrukking),
				wmoRij("dashboard.wmo.beschikking", t[4], t[5], t[6], t[7], onderdrukking));
		return new Figuur("wmo-termijnen", "dashboard.wmo.titel", "dashboard.wmo.uitleg", Grafiek.STAAF,
				List.of(new Kolom("dashboard.kolom.afgerond", false), new Kolom("dashboard.kolom.binnenTermijn", false),
						new Kolom("dashboard.kolom.teLaat", false), new Kolom("dashboard.kolom.procentNu", true),
						new Kolom("dashboard.kolom.procentVorige", true)),
				rijen)
			.metKengetal(Kengetal.WMO_OP_TIJD_PROCENT, rijen.get(0).cellen().get(3));
	}

	private static Rij wmoRij(String sleutel, long nu, long nuTijdig, long vorige, long vorigeTijdig,
			Onderdrukking onderdrukking) {
		List<Cel> delen = onderdrukking.metTotaal(List.of(nuTijdig, nu - nuTijdig), nu);
		List<Cel> vorigeDelen = onderdrukking.metTotaal(List.of(vorigeTijdig, vorige - vorigeTijdig), vorige);
		return Rij.van(sleutel,
				List.of(delen.get(2), delen.get(0), delen.get(1),
						onderdrukking.percentage(nuTijdig, nu, delen.subList(0, 2)),
						onderdrukking.percentage(vorigeTijdig, vorige, vorigeDelen.subList(0, 2))));
	}

	/**
	 * The 12 months up to the period's last: aanmeldingen per month (counted per team and
	 * month in {@code casus_maand}, V24, kept by triggers on casus) and the cases waiting
	 * for a first contact at each month's end (today for the running month; the GiST
	 * index of V16).
	 */
	private Figuur trend(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		LocalDate laatste = periode.tot().withDayOfMonth(1);
		LocalDate eerste = laatste.minusMonths(11);
		DateTimeFormatter maand = DateTimeFormatter.ofPattern("MMM yyyy", LocaleContextHolder.getLocale());
		List<Rij> rijen = this.jdbc
			.sql("""
					with maand as (
					    select cast(m as date) as begin,
					           least(cast(m + interval '1 month' - interval '1 day' as date), cast(:vandaag as date)) as eind
					    from generate_series(cast(:eerste as date), cast(:laatste as date), interval '1 month') m
					), aangemeld as (
					    select m.maand as begin, sum(m.aangemeld) as aantal
					    from casus_maand m
					    where m.team_id = any(:teams) and m.maand between :eerste and :laatste
					    group by 1
					)
					select m.begin, coalesce(a.aantal, 0) as aanmeldingen,
					       (select count(*) from casus c
					        where %s @> m.eind and c.team_id = any(:teams)) as wachtend
					from maand m
					left join aangemeld a on a.begin = m.begin
					order by m.begin
					"""
				.formatted(WACHTPERIODE))
			.param("teams", bereik.teamArray())
			.param("eerste", Date.valueOf(eerste))
			.param("laatste", Date.valueOf(laatste))
			.param("vandaag", Date.valueOf(vandaag))
			.query((rs, rij) -> Rij.tekst(rs.getObject("begin", LocalDate.class).format(maand),
					List.of(onderdrukking.aantal(rs.getLong("aanmeldingen")),
							onderdrukking.aantal(rs.getLong("wachtend")))))
			.list();
		return new Figuur("trend", "dashboard.trend.titel", "dashboard.trend.uitleg", Grafiek.LIJN,
				List.of(new Kolom("dashboard.kolom.aanmeldingen", true), new Kolom("dashboard.kolom.wachtend", true)),
				rijen);
	}

	private static Map<String, Object> parameters(Bereik bereik, Periode nu, Periode vorige) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("teams", bereik.teamArray());
		parameters.put("van", Date.valueOf(nu.van()));
		parameters.put("tot", Date.valueOf(nu.tot()));
		parameters.put("vorigeVan", Date.valueOf(vorige.van()));
		parameters.put("vorigeTot", Date.valueOf(vorige.tot()));
		return parameters;
	}

}
