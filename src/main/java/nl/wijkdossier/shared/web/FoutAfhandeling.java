package nl.wijkdossier.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that a user can meet in every module. An unreachable database gives the Dutch
 * 503 page (the connection pool reconnects by itself when the database is back); a
 * conflicting save the 409 page. Everything else goes to Spring Boot's error handling,
 * which renders {@code templates/error/*.html}.
 */
@ControllerAdvice
class FoutAfhandeling {

	private static final Logger log = LoggerFactory.getLogger(FoutAfhandeling.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
			DataAccessResourceFailureException.class })
	ModelAndView databaseOnbereikbaar(Exception exception, HttpServletResponse response) {
		log.warn("Database niet bereikbaar: {}", exception.getMessage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		ModelAndView page = new ModelAndView("error/503");
		page.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView gelijktijdigGewijzigd(OptimisticLockingFailureException exception) {
		log.info("Gelijktijdige wijziging geweigerd: {}", exception.getMessage());
		ModelAndView page = new ModelAndView("error/409");
		page.setStatus(org.springframework.http.HttpStatus.CONFLICT);
		return page;
	}

}
