package nl.wijkdossier.account;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * One filter chain for the whole application. Which role may use which page is declared
 * on the controllers ({@code @PreAuthorize}), next to the feature; here only what is
 * public and how login, logout, sessions and headers behave.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: the templates and htmx are written for this.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/**
	 * The health probes, before everything else and without a session: the session lives
	 * in PostgreSQL, and liveness must answer while the database is away (a probe that
	 * sends the session cookie along must not load it).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain probes(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/health", "/actuator/health/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, JdbcClient jdbc)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/openbaar/**")
			.permitAll()
			// defence in depth: the controllers say the same with @PreAuthorize
			.requestMatchers("/beheer/**")
			.hasRole(Rol.BEHEERDER.name())
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(new LoginSuccessHandler(throttle))
			.failureHandler(new LoginFailureHandler(throttle))
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"));
		// An htmx request (an autosave, a search as you type) must not follow the
		// redirect
		// to the login page and swap it into the page: it gets 401, and the page offers
		// to
		// log in again while keeping what was typed. A CSRF failure there means the
		// session
		// (which holds the token) has ended, so it is a 401 too.
		RequestHeaderRequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request");
		AuthenticationEntryPoint naarLogin = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandler geenToegang = new AccessDeniedHandlerImpl();
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, fout) -> {
			if (htmx.matches(request)) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				naarLogin.commence(request, response, fout);
			}
		}).accessDeniedHandler((request, response, fout) -> {
			if (htmx.matches(request) && fout instanceof CsrfException) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				geenToegang.handle(request, response, fout);
			}
		}));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new ActiefAccountFilter(jdbc), SecurityContextHolderFilter.class);
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/**
	 * Argon2id with the OWASP parameters (19 MiB, 2 iterations, parallelism 1); bcrypt
	 * hashes remain readable so accounts can be migrated.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12)));
		return encoder;
	}

}
