package org.socle.servicedesk.mail.outbox;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a mail in the recipient's language: the subject from bundle
 * {@code i18n/servicedesk-mail} (it starts with the ticket number in brackets, which
 * replies keep), the text from the Thymeleaf TEXT template
 * {@code templates/mail/<template>.txt}. The engine is ours, not a bean, so Boot's page
 * engine is left as it is.
 */
@Component
class MailComposer {

	private final MessageSource messages;

	private final SpringTemplateEngine engine;

	MailComposer(MessageSource messages) {
		this.messages = messages;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
	}

	/**
	 * @param template the template's name, also the last part of the subject's key
	 * {@code servicedesk.mail.subject.<template>}
	 * @param subjectArguments the subject's arguments (a ticket's: its number and title)
	 * @param variables what the template shows
	 */
	ComposedMail compose(String template, Locale locale, Object[] subjectArguments, Map<String, Object> variables) {
		String subject = this.messages.getMessage("servicedesk.mail.subject." + template, subjectArguments, locale);
		Context context = new Context(locale, variables);
		return new ComposedMail(subject.replaceAll("[\\r\\n]+", " "), this.engine.process(template, context));
	}

}
