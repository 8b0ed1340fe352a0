package org.socle.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinessNumberTests {

	@Test
	void realFinessNumbersAreValid() {
		// CHU de Bordeaux (EJ) and AP-HP (EJ), as published in the FINESS register
		assertThat(FinessNumber.isValid("330781196")).isTrue();
		assertThat(FinessNumber.isValid("750712184")).isTrue();
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		assertThat(FinessNumber.isValid("330781197")).isFalse();
		assertThat(FinessNumber.isValid("750712185")).isFalse();
	}

	@Test
	void aSwapOfTwoDigitsIsDetected() {
		assertThat(FinessNumber.isValid("337081196")).isFalse();
	}

	@Test
	void onlyNineCharactersAreAccepted() {
		assertThat(FinessNumber.isValid("33078119")).isFalse();
		assertThat(FinessNumber.isValid("3307811960")).isFalse();
		assertThat(FinessNumber.isValid("33078119 6")).isFalse();
		assertThat(FinessNumber.isValid("")).isFalse();
		assertThat(FinessNumber.isValid(null)).isFalse();
	}

	@Test
	void lettersAreOnlyAllowedForCorsica() {
		String corsica = "2A000001";
		assertThat(FinessNumber.isValid(corsica + FinessNumber.checkDigit(corsica))).isTrue();
		assertThat(FinessNumber.isValid("2b000001" + FinessNumber.checkDigit("2B000001"))).isTrue();
		assertThat(FinessNumber.isValid("2C0000010")).isFalse();
		assertThat(FinessNumber.isValid("A30781196")).isFalse();
	}

	@Test
	void checkDigitIsLuhnOverTheFirstEightCharacters() {
		assertThat(FinessNumber.checkDigit("33078119")).isEqualTo(6);
		assertThat(FinessNumber.checkDigit("75071218")).isEqualTo(4);
		assertThat(FinessNumber.checkDigit("00000000")).isZero();
	}

	@Test
	void theValueObjectNormalisesCorsicanLettersAndRefusesInvalidNumbers() {
		String eight = "2a000001";
		assertThat(new FinessNumber(eight + FinessNumber.checkDigit(eight)).value()).startsWith("2A");
		assertThatIllegalArgumentException().isThrownBy(() -> new FinessNumber("330781197"));
	}

}
