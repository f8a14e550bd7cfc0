package nl.wijkdossier.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that a user can meet in every module: a conflicting save gives the Dutch 409
 * page. An unreachable database is handled by {@link DatabaseStoringFilter}; everything
 * else goes to Spring Boot's error handling, which renders
 * {@code templates/error/*.html}.
 */
@ControllerAdvice
class FoutAfhandeling {

	private static final Logger log = LoggerFactory.getLogger(FoutAfhandeling.class);

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView gelijktijdigGewijzigd(OptimisticLockingFailureException exception) {
		log.info("Gelijktijdige wijziging geweigerd: {}", exception.getMessage());
		ModelAndView page = new ModelAndView("error/409");
		page.setStatus(org.springframework.http.HttpStatus.CONFLICT);
		return page;
	}

}
