package nl.wijkdossier.overleg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded discussion of one agenda item: notes, decision, who follows it up and by
 * when, the referral to the Sociaal Stedelijk Team it created, and who recorded it when.
 * Read with the columns {@code b_*} of the queries that join it.
 */
record BesprekingInfo(long id, String notities, Besluit besluit, String toelichting, long opvolgerId,
		String opvolgerNaam, LocalDate opvolgenVoor, Long verwijzingId, String vastgelegdDoor, Instant vastgelegdOp) {

	/**
	 * The columns a query selects for {@link #lees}, given the joins {@code b},
	 * {@code ov}, {@code bu}.
	 */
	static final String KOLOMMEN = """
			b.id as b_id, b.notities as b_notities, b.besluit as b_besluit, b.toelichting as b_toelichting,
			b.opvolger_id as b_opvolger_id, ov.voornaam || ' ' || ov.achternaam as b_opvolger_naam,
			b.opvolgen_voor as b_opvolgen_voor, b.verwijzing_id as b_verwijzing_id,
			bu.weergavenaam as b_vastgelegd_door, b.vastgelegd_op as b_vastgelegd_op
			""";

	/** The joins of {@link #KOLOMMEN}, from an agenda item aliased {@code a}. */
	static final String JOINS = """
			left join overleg_bespreking b on b.agendapunt_id = a.id
			left join medewerker ov on ov.id = b.opvolger_id
			left join gebruiker bu on bu.id = b.vastgelegd_door
			""";

	/** The discussion in this row, or null when the item was not discussed yet. */
	static BesprekingInfo lees(ResultSet rs) throws SQLException {
		long id = rs.getLong("b_id");
		if (rs.wasNull()) {
			return null;
		}
		long verwijzing = rs.getLong("b_verwijzing_id");
		Long verwijzingId = rs.wasNull() ? null : verwijzing;
		return new BesprekingInfo(id, rs.getString("b_notities"), Besluit.valueOf(rs.getString("b_besluit")),
				rs.getString("b_toelichting"), rs.getLong("b_opvolger_id"), rs.getString("b_opvolger_naam"),
				rs.getObject("b_opvolgen_voor", LocalDate.class), verwijzingId, rs.getString("b_vastgelegd_door"),
				rs.getTimestamp("b_vastgelegd_op").toInstant());
	}

}
