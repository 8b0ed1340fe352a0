package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a request item's answers follow, field kind by field kind. */
class AnswerRulesTests {

	private static final List<ItemField> FIELDS = List.of(new ItemField(FieldKind.TEXT, "Nom", "Name", true, List.of()),
			new ItemField(FieldKind.NUMBER, "Quantité", "Quantity", false, List.of()),
			new ItemField(FieldKind.DATE, "Pour le", "Needed by", false, List.of()),
			new ItemField(FieldKind.CHOICE, "Matériel", "Equipment", false, List.of("Poste", "Écran")),
			new ItemField(FieldKind.PERSON, "Pour qui", "For whom", false, List.of()));

	private static AnswerRules.Checked check(Map<String, String> answers) {
		return AnswerRules.check(FIELDS, answers, Locale.FRENCH,
				id -> (id == 7L) ? Optional.of("Claire Morel") : Optional.empty());
	}

	@Test
	void goodAnswersPassAndAPersonIsShownByName() {
		AnswerRules.Checked checked = check(
				Map.of("0", " Alice ", "1", "2,5", "2", "2026-12-24", "3", "Écran", "4", "7"));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.answers()).extracting(Answer::getValue)
			.containsExactly("Alice", "2.5", "2026-12-24", "Écran", "7");
		assertThat(checked.answers().get(4).getShown()).isEqualTo("Claire Morel");
	}

	@Test
	void aRequiredFieldLeftEmptyIsNamedWithItsLabel() {
		AnswerRules.Checked checked = check(Map.of("0", "  "));
		assertThat(checked.problems()).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("answers[0]");
			assertThat(p.rule()).isEqualTo("AnswerRequired");
			assertThat(p.arguments()).containsExactly("Nom");
		});
	}

	@Test
	void eachKindRefusesWhatItIsNot() {
		AnswerRules.Checked checked = check(
				Map.of("0", "ok", "1", "deux", "2", "24/12/2026", "3", "Imprimante", "4", "8"));
		assertThat(checked.problems()).extracting(AnswerRules.Problem::field, AnswerRules.Problem::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("answers[1]", "AnswerNumber"),
					org.assertj.core.groups.Tuple.tuple("answers[2]", "AnswerDate"),
					org.assertj.core.groups.Tuple.tuple("answers[3]", "AnswerChoice"),
					org.assertj.core.groups.Tuple.tuple("answers[4]", "AnswerPerson"));
	}

	@Test
	void optionalFieldsMayStayEmpty() {
		assertThat(check(Map.of("0", "ok")).problems()).isEmpty();
	}

	@Test
	void aTextPastTheLimitIsRefused() {
		assertThat(check(Map.of("0", "x".repeat(AnswerRules.MAX_TEXT + 1))).problems())
			.extracting(AnswerRules.Problem::rule)
			.containsExactly("AnswerTooLong");
	}

}
