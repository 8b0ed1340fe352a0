package org.socle.inventory.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.socle.shared.csvimport.ImportRow;

/**
 * A line of the file once checked: every reference resolved to an id, or, for a
 * manufacturer, model or supplier the register does not know yet, the name to create it
 * with on confirmation.
 */
record AssetLine(ImportRow row, String inventoryNumber, String name, String kind, Long categoryId, ModelChoice model,
		String serialNumber, String udiDeviceIdentifier, String lotNumber, LocalDate manufacturedOn,
		LocalDate expiresOn, Long establishmentId, Long ownerTeamId, Long locationId, Long departmentId, String status,
		LocalDate firstInServiceOn, LocalDate warrantyEndOn, NameChoice supplier, String orderReference,
		BigDecimal acquisitionCost, String funding, String softwareVersion, Long parentId, String parentNumber,
		String notes) {

	/**
	 * A model: known ({@code modelId}), or to create under a known manufacturer
	 * ({@code manufacturerId}) or a new one ({@code manufacturer}), in the line's
	 * category. Null on the line when the file names no model.
	 */
	record ModelChoice(Long modelId, Long manufacturerId, String manufacturer, String model) {
	}

	/** A named row (supplier): known ({@code id}) or to create with the name. */
	record NameChoice(Long id, String name) {
	}

}
