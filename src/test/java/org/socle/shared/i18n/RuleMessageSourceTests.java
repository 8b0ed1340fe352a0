package org.socle.shared.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMessageSourceTests {

	@Test
	void aRuleReadsTheSameWithOrWithoutArgumentsAndALabelIsShownAsWritten() throws Exception {
		MessageSource messages = new MessagesConfiguration().messageSource();

		assertThat(messages.getMessage("rule.NoticeClosed", null, Locale.FRENCH)).isEqualTo("L'avis est clos.");
		assertThat(messages.getMessage("rule.NoticeClosed", new Object[] { "status" }, Locale.FRENCH))
			.isEqualTo("L'avis est clos.");
		assertThat(messages.getMessage("rule.TicketNotOpen", new Object[] { "CLOSED" }, Locale.FRENCH))
			.isEqualTo("Ce ticket n'est plus ouvert (CLOSED).");
		assertThat(messages.getMessage("inventory.impact.none", null, Locale.FRENCH))
			.isEqualTo("Rien ne repose sur cet équipement.");
		assertThat(messages.getMessage("inventory.impact.title", null, Locale.FRENCH)).isEqualTo("Analyse d'impact");
	}

}
