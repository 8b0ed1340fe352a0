package org.socle.shared.i18n;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Message bundles and the user's language. Each feature owns a bundle under {@code i18n/}
 * ({@code <feature>.properties} in French, {@code <feature>_en.properties} in English);
 * all are found at start-up, so features add bundles without touching a shared file.
 * French is the default; {@code ?lang=en} switches and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration implements WebMvcConfigurer {

	public static final Locale DEFAULT_LOCALE = Locale.FRENCH;

	public static final String LOCALE_COOKIE = "socle-lang";

	@Bean
	MessageSource messageSource() throws IOException {
		ReloadableResourceBundleMessageSource source = new RuleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(DEFAULT_LOCALE);
		return source;
	}

	/**
	 * The base names of every bundle under {@code i18n/}, e.g.
	 * {@code classpath:i18n/layout}.
	 */
	public static String[] bundleBasenames() throws IOException {
		TreeSet<String> names = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*.properties")) {
			String file = resource.getFilename();
			if (file != null && !file.contains("_")) {
				names.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
			}
		}
		return names.toArray(String[]::new);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE);
		resolver.setDefaultLocale(DEFAULT_LOCALE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

}
