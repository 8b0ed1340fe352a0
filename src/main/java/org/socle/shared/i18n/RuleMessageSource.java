package org.socle.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The bundles, where a rule's message ({@code rule.*}) is always a MessageFormat pattern
 * ({@code ''} for an apostrophe), whether the rule was broken with arguments or not:
 * Spring formats a message only when it has arguments, so the same rule read its
 * apostrophes differently in the API, in a form's errors and in a page's flash message.
 * Other messages are formatted only with arguments, as usual.
 */
class RuleMessageSource extends ReloadableResourceBundleMessageSource {

	static final String RULE_PREFIX = "rule.";

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		if (!code.startsWith(RULE_PREFIX)) {
			return super.resolveCodeWithoutArguments(code, locale);
		}
		MessageFormat format = resolveCode(code, locale);
		if (format == null) {
			return null;
		}
		synchronized (format) {
			return format.format(new Object[0]);
		}
	}

}
