package org.socle.directory.account;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.socle.shared.i18n.MessagesConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form sign-in with sessions and CSRF for pages; the API takes the same session or a
 * personal token (Bearer), and answers 401/403 instead of redirecting.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, SecurityLog log)
			throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// the satisfaction survey's link: the random token in it is the credential
			.requestMatchers("/satisfaction/*")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(localeRememberingSuccessHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessHandler(loggingLogoutHandler(log)))
			.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::carriesToken))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(api)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * The API answers 401; pages send the browser to the sign-in form, whatever it
	 * accepts.
	 */
	private static AuthenticationEntryPoint entryPoint(RequestMatcher api) {
		AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> (api.matches(request) ? unauthorized : signIn).commence(request,
				response, exception);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm prefix stored so the hash can be upgraded
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** After sign-in, the interface speaks the account's language. */
	private static SavedRequestAwareAuthenticationSuccessHandler localeRememberingSuccessHandler() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws java.io.IOException, jakarta.servlet.ServletException {
				if (authentication.getPrincipal() instanceof SocleUser user && user.getLocale() != null) {
					Cookie cookie = new Cookie(MessagesConfiguration.LOCALE_COOKIE, user.getLocale());
					cookie.setPath("/");
					cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
					cookie.setHttpOnly(true);
					response.addCookie(cookie);
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	private static LogoutSuccessHandler loggingLogoutHandler(SecurityLog log) {
		SimpleUrlLogoutSuccessHandler target = new SimpleUrlLogoutSuccessHandler();
		target.setDefaultTargetUrl("/login?logout");
		return (request, response, authentication) -> {
			if (authentication != null) {
				log.record(SecurityEvent.Type.SIGN_OUT, authentication.getName(), null);
			}
			target.onLogoutSuccess(request, response, authentication);
		};
	}

}
