package nl.wijkdossier.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an unreachable database, wherever it surfaces (a controller, the login filter,
 * loading the session — which lives in the database too — or a failed rollback), into a
 * Dutch 503 page with a Retry-After header. The page is written here, from the message
 * bundle, without the layout: the layout and the error pages need the session, and the
 * session needs the database. A login attempt goes back to the login page, which says
 * there is a fault. The connection pool reconnects by itself when the database is back,
 * so no restart is needed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseStoringFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStoringFilter.class);

	private final MessageSource messages;

	private final Locale locale;

	/**
	 * @param locale the application's language (the locale resolver only runs inside the
	 * DispatcherServlet, after this filter)
	 */
	DatabaseStoringFilter(MessageSource messages, @Value("${spring.web.locale:nl_NL}") Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

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
			response.resetBuffer();
			String pad = request.getRequestURI().substring(request.getContextPath().length());
			if ("POST".equals(request.getMethod()) && "/login".equals(pad)) {
				response.sendRedirect(request.getContextPath() + "/login?storing");
				return;
			}
			storingspagina(pad.startsWith("/login") ? "login.storing" : "fout.503.tekst", request.getContextPath(),
					response);
		}
	}

	private void storingspagina(String tekstSleutel, String contextPad, HttpServletResponse response)
			throws IOException {
		String titel = HtmlUtils.htmlEscape(bericht("fout.503.titel"));
		String tekst = HtmlUtils.htmlEscape(bericht(tekstSleutel));
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream()
			.write(("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + titel
					+ " – Wijkdossier</title><link rel=\"stylesheet\" href=\"" + contextPad
					+ "/webjars/bootstrap/css/bootstrap.min.css\">" + "</head><body><main class=\"container py-5\"><h1>"
					+ titel + "</h1><p>" + tekst + "</p></main></body></html>")
				.getBytes(StandardCharsets.UTF_8));
	}

	private String bericht(String sleutel) {
		return this.messages.getMessage(sleutel, null, this.locale);
	}

}
