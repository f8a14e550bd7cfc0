package nl.wijkdossier.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The session cookie, the same on every node and in every kind of deployment: sessions
 * live in PostgreSQL (Spring Session JDBC, tables from Flyway V22), so the cookie only
 * carries the session's id. Stated here rather than left to the server properties, which
 * Spring Boot applies to Spring Session only when it runs the web server itself — a WAR
 * deployment or a test with a mock servlet context would otherwise get a
 * JavaScript-readable cookie without SameSite.
 */
@Configuration(proxyBeanMethods = false)
class SessieConfiguration {

	@Bean
	DefaultCookieSerializer cookieSerializer() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

	@Bean
	HttpSessionIdResolver httpSessionIdResolver(DefaultCookieSerializer cookieSerializer) {
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(cookieSerializer);
		return new ZonderSessieVoorProbes(cookies);
	}

	/**
	 * The session id from the cookie — except for the health probes, which carry no
	 * session even when a browser or a load balancer sends the cookie along: Spring
	 * Session would otherwise look the session up in PostgreSQL at the end of every
	 * probe, and liveness must answer while the database is away.
	 */
	static final class ZonderSessieVoorProbes implements HttpSessionIdResolver {

		private final HttpSessionIdResolver cookies;

		ZonderSessieVoorProbes(HttpSessionIdResolver cookies) {
			this.cookies = cookies;
		}

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			return isProbe(request) ? List.of() : this.cookies.resolveSessionIds(request);
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			this.cookies.setSessionId(request, response, sessionId);
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			if (!isProbe(request)) {
				this.cookies.expireSession(request, response);
			}
		}

		private static boolean isProbe(HttpServletRequest request) {
			String pad = request.getRequestURI().substring(request.getContextPath().length());
			return pad.equals("/actuator/health") || pad.startsWith("/actuator/health/");
		}

	}

}
