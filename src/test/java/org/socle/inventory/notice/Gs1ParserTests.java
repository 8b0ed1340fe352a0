package org.socle.inventory.notice;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Gs1ParserTests {

	private static final String GS = String.valueOf(Gs1Parser.GS);

	@Test
	void theHumanReadableFormGivesEveryElementWhateverItsOrderAndSpaces() {
		Gs1Udi udi = Gs1Parser.parse("(01) 03760123456784 (11)240115(17)290600 (10)A24-117 (21)SN000150", 2026);

		assertThat(udi).isEqualTo(new Gs1Udi("03760123456784", "SN000150", "A24-117", LocalDate.of(2029, 6, 30),
				LocalDate.of(2024, 1, 15)));
	}

	@Test
	void theRawFormEndsVariableElementsWithGroupSeparatorsAndNeedsNoneAfterFixedOnes() {
		Gs1Udi udi = Gs1Parser.parse("]d20103760123456784" + "17290131" + "10A24-117" + GS + "21SN000150", 2026);

		assertThat(udi.gtin()).isEqualTo("03760123456784");
		assertThat(udi.expiresOn()).isEqualTo(LocalDate.of(2029, 1, 31));
		assertThat(udi.lot()).isEqualTo("A24-117");
		assertThat(udi.serial()).isEqualTo("SN000150");
	}

	@Test
	void aSerialBeforeALotIsCutAtTheSeparatorAndTheLastElementAtTheEnd() {
		Gs1Udi udi = Gs1Parser.parse("010088442345678721ABC123" + GS + "10L7", 2026);

		assertThat(udi.serial()).isEqualTo("ABC123");
		assertThat(udi.lot()).isEqualTo("L7");
	}

	@Test
	void aTypedGsMarkerAndALeadingFnc1AreSeparatorsToo() {
		Gs1Udi udi = Gs1Parser.parse(GS + "0100884423456787" + "10L7<GS>21X9", 2026);

		assertThat(udi.lot()).isEqualTo("L7");
		assertThat(udi.serial()).isEqualTo("X9");
	}

	@Test
	void aGtinWithAWrongCheckDigitIsRefused() {
		assertThatThrownBy(() -> Gs1Parser.parse("(01)03760123456785(21)1", 2026)).isInstanceOf(Gs1ParseException.class)
			.extracting("rule")
			.isEqualTo("Gs1CheckDigit");
	}

	@Test
	void aSerialLongerThanTwentyCharactersIsRefused() {
		assertThatThrownBy(() -> Gs1Parser.parse("(21)123456789012345678901", 2026)).extracting("rule")
			.isEqualTo("Gs1Length");
		assertThat(Gs1Parser.parse("(21)12345678901234567890", 2026).serial()).hasSize(20);
	}

	@Test
	void aTruncatedFixedLengthElementIsRefused() {
		assertThatThrownBy(() -> Gs1Parser.parse("01037601234567", 2026)).extracting("rule").isEqualTo("Gs1Length");
		assertThatThrownBy(() -> Gs1Parser.parse("(17)2912(10)A", 2026)).extracting("rule").isEqualTo("Gs1Length");
	}

	@Test
	void anUnknownApplicationIdentifierIsNamed() {
		assertThatThrownBy(() -> Gs1Parser.parse("9912345", 2026)).isInstanceOf(Gs1ParseException.class)
			.satisfies(ex -> assertThat(((Gs1ParseException) ex).getRule()).isEqualTo("Gs1UnknownAi"))
			.satisfies(ex -> assertThat(((Gs1ParseException) ex).getArguments()).containsExactly("9912"));
	}

	@Test
	void textBeforeTheFirstIdentifierOrARepeatedIdentifierIsRefused() {
		assertThatThrownBy(() -> Gs1Parser.parse("(x)12", 2026)).extracting("rule").isEqualTo("Gs1Syntax");
		assertThatThrownBy(() -> Gs1Parser.parse("(21)1(21)2", 2026)).extracting("rule").isEqualTo("Gs1Repeated");
		assertThatThrownBy(() -> Gs1Parser.parse("  ", 2026)).extracting("rule").isEqualTo("Gs1Empty");
	}

	@Test
	void charactersOutsideTheGs1SetAndLettersInADateAreRefused() {
		assertThatThrownBy(() -> Gs1Parser.parse("(10)A#1", 2026)).extracting("rule").isEqualTo("Gs1Characters");
		assertThatThrownBy(() -> Gs1Parser.parse("(17)29AB31", 2026)).extracting("rule").isEqualTo("Gs1Digits");
		assertThatThrownBy(() -> Gs1Parser.parse("(17)291331", 2026)).extracting("rule").isEqualTo("Gs1Date");
	}

	@Test
	void twoDigitYearsFallWithinFortyNineYearsBeforeAndFiftyAfterTheReferenceYear() {
		assertThat(Gs1Parser.date("760101", 2026)).isEqualTo(LocalDate.of(2076, 1, 1));
		assertThat(Gs1Parser.date("770101", 2026)).isEqualTo(LocalDate.of(1977, 1, 1));
		assertThat(Gs1Parser.date("980101", 2048)).isEqualTo(LocalDate.of(2098, 1, 1));
		assertThat(Gs1Parser.date("010101", 2099)).isEqualTo(LocalDate.of(2101, 1, 1));
		assertThat(Gs1Parser.date("240200", 2026)).isEqualTo(LocalDate.of(2024, 2, 29));
	}

}
