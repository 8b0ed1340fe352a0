package org.socle.inventory.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.shared.csvimport.ImportJobs;

import static org.assertj.core.api.Assertions.assertThat;

class AssetValuesTests {

	@Test
	void datesReadDayFirstOrIsoWithOrWithoutATime() {
		assertThat(AssetValues.date("15/03/2021")).isEqualTo(LocalDate.of(2021, 3, 15));
		assertThat(AssetValues.date("5/3/2021")).isEqualTo(LocalDate.of(2021, 3, 5));
		assertThat(AssetValues.date("15.03.2021 00:00:00")).isEqualTo(LocalDate.of(2021, 3, 15));
		assertThat(AssetValues.date("2021-03-15")).isEqualTo(LocalDate.of(2021, 3, 15));
		assertThat(AssetValues.date("2021-03-15T10:00")).isEqualTo(LocalDate.of(2021, 3, 15));
		assertThat(AssetValues.date("31/02/2021")).isNull();
		assertThat(AssetValues.date("03/15/2021")).as("month 15").isNull();
		assertThat(AssetValues.date("mars 2021")).isNull();
	}

	@Test
	void amountsReadWithDecimalCommaSpacesAndCurrency() {
		assertThat(AssetValues.amount("1 234,56")).isEqualTo(new BigDecimal("1234.56"));
		assertThat(AssetValues.amount("1\u202F234,5 €")).isEqualTo(new BigDecimal("1234.50"));
		assertThat(AssetValues.amount("1.234,56")).isEqualTo(new BigDecimal("1234.56"));
		assertThat(AssetValues.amount("1,234.56")).isEqualTo(new BigDecimal("1234.56"));
		assertThat(AssetValues.amount("1234.5")).isEqualTo(new BigDecimal("1234.50"));
		assertThat(AssetValues.amount("12")).isEqualTo(new BigDecimal("12.00"));
		assertThat(AssetValues.amount("-12")).isNull();
		assertThat(AssetValues.amount("12,345")).as("three decimals").isNull();
		assertThat(AssetValues.amount("douze")).isNull();
	}

	@Test
	void statusesAndKindsReadInFrenchOrEnglish() {
		assertThat(AssetValues.status("En service")).isEqualTo("IN_SERVICE");
		assertThat(AssetValues.status("HORS SERVICE")).isEqualTo("OUT_OF_SERVICE");
		assertThat(AssetValues.status("Réformé")).isEqualTo("RETIRED");
		assertThat(AssetValues.status("in_stock")).isEqualTo("IN_STOCK");
		assertThat(AssetValues.status("perdu")).isNull();
		assertThat(AssetValues.kind("Dispositif médical")).isEqualTo("MEDICAL_DEVICE");
		assertThat(AssetValues.kind("Informatique")).isEqualTo("IT_ITEM");
		assertThat(AssetValues.kind("TECHNICAL")).isEqualTo("TECHNICAL");
	}

	@Test
	void headersOfGmaoAndGlpiExportsAreGuessed() {
		List<String> assetPlus = List.of("N° d'inventaire", "Désignation", "Famille", "Marque", "Modèle", "N° série",
				"Etablissement", "Groupe en charge du matériel", "Localisation", "Code UF", "Etat",
				"Date de mise en service", "Fin de garantie", "Fournisseur", "N° commande", "Prix d'achat",
				"Version logicielle", "Commentaire");

		Map<String, Integer> guess = ImportJobs.guessMapping(assetPlus, AssetColumns.ALL);

		assertThat(guess).containsEntry(AssetColumns.INVENTORY_NUMBER, 0)
			.containsEntry(AssetColumns.NAME, 1)
			.containsEntry(AssetColumns.CATEGORY, 2)
			.containsEntry(AssetColumns.MANUFACTURER, 3)
			.containsEntry(AssetColumns.MODEL, 4)
			.containsEntry(AssetColumns.SERIAL, 5)
			.containsEntry(AssetColumns.ESTABLISHMENT, 6)
			.containsEntry(AssetColumns.OWNER_TEAM, 7)
			.containsEntry(AssetColumns.LOCATION, 8)
			.containsEntry(AssetColumns.DEPARTMENT, 9)
			.containsEntry(AssetColumns.STATUS, 10)
			.containsEntry(AssetColumns.FIRST_IN_SERVICE_ON, 11)
			.containsEntry(AssetColumns.WARRANTY_END_ON, 12)
			.containsEntry(AssetColumns.SUPPLIER, 13)
			.containsEntry(AssetColumns.ORDER_REFERENCE, 14)
			.containsEntry(AssetColumns.COST, 15)
			.containsEntry(AssetColumns.SOFTWARE_VERSION, 16)
			.containsEntry(AssetColumns.NOTES, 17);
		List<String> glpi = List.of("Nom", "Entité", "Type", "Fabricant", "Modèle", "Numéro de série",
				"Numéro d'inventaire", "Statut", "Lieu");
		assertThat(ImportJobs.guessMapping(glpi, AssetColumns.ALL)).containsEntry(AssetColumns.NAME, 0)
			.containsEntry(AssetColumns.ESTABLISHMENT, 1)
			.containsEntry(AssetColumns.CATEGORY, 2)
			.containsEntry(AssetColumns.SERIAL, 5)
			.containsEntry(AssetColumns.INVENTORY_NUMBER, 6)
			.containsEntry(AssetColumns.STATUS, 7)
			.containsEntry(AssetColumns.LOCATION, 8);
	}

}
