package org.socle.inventory.label;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTests {

	@Test
	void aLabelsQrCodeReadsBackAsTheAbsoluteAddressOfTheMobilePage() {
		String url = new AssetLinks("https://socle.ght-exemple.fr/").mobileUrl("BIO-004512");

		assertThat(url).isEqualTo("https://socle.ght-exemple.fr/m/assets/BIO-004512");
		assertThat(QrDecoder.decode(QrCodes.png(url))).isEqualTo(url);
	}

	@Test
	void anInventoryNumberWithSpacesAndAccentsTravelsEncodedInTheAddress() {
		String url = new AssetLinks("http://localhost:8080").mobileUrl("DM é/12 A");

		assertThat(url).isEqualTo("http://localhost:8080/m/assets/DM%20%C3%A9%2F12%20A");
		assertThat(QrDecoder.decode(QrCodes.png(url))).isEqualTo(url);
	}

	@Test
	void theCodeKeepsAQuietZoneOfTwoModulesAroundIt() {
		var matrix = QrCodes.matrix("http://localhost:8080/m/assets/INV-1");

		// version 3 (29 modules) for a short address at level M, plus 2 white modules
		// each side
		assertThat(matrix.getWidth()).isEqualTo(29 + 4);
		for (int i = 0; i < matrix.getWidth(); i++) {
			assertThat(matrix.get(i, 0) || matrix.get(i, 1) || matrix.get(0, i) || matrix.get(1, i)).isFalse();
		}
	}

}
