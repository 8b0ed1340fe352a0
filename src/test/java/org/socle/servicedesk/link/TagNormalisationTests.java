package org.socle.servicedesk.link;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How typed tags become stored tags. */
class TagNormalisationTests {

	@Test
	void aTagIsTrimmedAndLowerCasedKeepingItsAccents() {
		assertThat(TicketTags.normalise("  Réseau-Étage_2 ")).isEqualTo("réseau-étage_2");
	}

	@Test
	void aDecomposedAccentMatchesTheComposedOne() {
		assertThat(TicketTags.normalise("Re\u0301seau")).isEqualTo(TicketTags.normalise("Réseau"));
	}

	@Test
	void fiftyCharactersAreAllowedAndFiftyOneAreNot() {
		assertThat(TicketTags.normalise("a".repeat(50))).hasSize(50);
		assertRefused("a".repeat(51));
	}

	@Test
	void blankTagsSpacesAndPunctuationAreRefusedNamingTheFieldAndRule() {
		assertRefused(null);
		assertRefused("   ");
		assertRefused("deux mots");
		assertRefused("imprimante!");
		assertRefused("a/b");
	}

	private static void assertRefused(String text) {
		assertThatThrownBy(() -> TicketTags.normalise(text)).isInstanceOfSatisfying(FieldRuleException.class, ex -> {
			assertThat(ex.getField()).isEqualTo("tag");
			assertThat(ex.getRule()).isEqualTo("TagFormat");
		});
	}

}
