package nl.wijkdossier.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an unreachable database, wherever it surfaces (a controller, the login filter, a
 * failed rollback), into the Dutch 503 page with a Retry-After header. The connection
 * pool reconnects by itself when the database is back, so no restart is needed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseStoringFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStoringFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseStoring.isOorzaakVan(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database niet bereikbaar bij {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			response.setHeader("Retry-After", "30");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

}
