package nl.wijkdossier.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database is unreachable" anywhere in an exception's cause chain —
 * however Spring, Hibernate or the pool wrapped it (a failed rollback after a lost
 * connection, for instance, hides the original error behind its own).
 */
public final class DatabaseStoring {

	private DatabaseStoring() {
	}

	public static boolean isOorzaakVan(Throwable fout) {
		for (Throwable t = fout; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLRecoverableException || t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && isVerbindingsfout(sql)) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 (connection exception) and 57P0x (server shutting down). */
	private static boolean isVerbindingsfout(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
			return true;
		}
		return "Connection is closed".equals(sql.getMessage());
	}

}
