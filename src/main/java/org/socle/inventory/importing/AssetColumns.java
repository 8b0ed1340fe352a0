package org.socle.inventory.importing;

import java.util.List;

import org.socle.shared.csvimport.ImportColumn;

/**
 * The asset fields a file's columns map to, with the headers that other tools' exports
 * use for them (French and English; GLPI, Asset+ and Octopus wordings), from which the
 * mapping is guessed. Earlier columns win a header both could claim.
 */
final class AssetColumns {

	static final String INVENTORY_NUMBER = "inventoryNumber";

	static final String NAME = "name";

	static final String KIND = "kind";

	static final String CATEGORY = "category";

	static final String MANUFACTURER = "manufacturer";

	static final String MODEL = "model";

	static final String SERIAL = "serialNumber";

	static final String UDI_DI = "udiDeviceIdentifier";

	static final String LOT = "lotNumber";

	static final String MANUFACTURED_ON = "manufacturedOn";

	static final String EXPIRES_ON = "expiresOn";

	static final String ESTABLISHMENT = "establishment";

	static final String OWNER_TEAM = "ownerTeam";

	static final String LOCATION = "location";

	static final String DEPARTMENT = "department";

	static final String STATUS = "status";

	static final String FIRST_IN_SERVICE_ON = "firstInServiceOn";

	static final String WARRANTY_END_ON = "warrantyEndOn";

	static final String SUPPLIER = "supplier";

	static final String ORDER_REFERENCE = "orderReference";

	static final String COST = "acquisitionCost";

	static final String FUNDING = "funding";

	static final String SOFTWARE_VERSION = "softwareVersion";

	static final String PARENT = "parentInventoryNumber";

	static final String NOTES = "notes";

	static final List<ImportColumn> ALL = List.of(
			ImportColumn.required(INVENTORY_NUMBER, "n° d'inventaire", "numéro d'inventaire", "n° inventaire",
					"numéro inventaire", "inventory number", "inventory_number", "code inventaire", "asset tag",
					"otherserial", "n° inv", "inventaire", "immatriculation"),
			ImportColumn.optional(NAME, "désignation", "nom", "name", "libellé", "dénomination", "description"),
			ImportColumn.optional(KIND, "nature", "kind", "type de bien", "type d'équipement", "domaine"),
			ImportColumn.required(CATEGORY, "catégorie", "category", "code catégorie", "famille", "code famille",
					"type", "type de matériel", "itemtype", "classe d'équipement"),
			ImportColumn.optional(MANUFACTURER, "fabricant", "manufacturer", "marque", "constructeur", "brand"),
			ImportColumn.optional(MODEL, "modèle", "model", "modèle commercial", "référence modèle", "type commercial"),
			ImportColumn.optional(SERIAL, "n° série", "numéro de série", "n° de série", "serial number", "serial",
					"num série", "sn", "serial_number"),
			ImportColumn
				.optional(UDI_DI, "IUD-ID", "UDI-DI", "UDI DI", "IUD", "UDI", "code IUD", "device identifier", "GTIN"),
			ImportColumn.optional(LOT, "n° lot", "lot", "numéro de lot", "lot number", "batch"),
			ImportColumn.optional(MANUFACTURED_ON, "date de fabrication", "manufacturing date", "fabriqué le",
					"manufactured on"),
			ImportColumn.optional(EXPIRES_ON, "date de péremption", "date d'expiration", "expiry date", "expires on",
					"péremption"),
			ImportColumn.required(ESTABLISHMENT, "établissement", "finess", "establishment", "entité", "entity",
					"finess établissement", "site juridique"),
			ImportColumn.required(OWNER_TEAM, "équipe", "équipe propriétaire", "owner team", "team", "groupe technique",
					"groupe en charge du matériel", "service gestionnaire", "gestionnaire"),
			ImportColumn.optional(LOCATION, "localisation", "lieu", "location", "emplacement", "local", "code local"),
			ImportColumn.optional(DEPARTMENT, "code UF", "UF", "service utilisateur", "department", "code service",
					"unité fonctionnelle", "service"),
			ImportColumn.optional(STATUS, "statut", "état", "status", "state", "situation"),
			ImportColumn.optional(FIRST_IN_SERVICE_ON, "date de mise en service", "date de première mise en service",
					"mise en service", "date MES", "first in service", "in service date", "commissioning date"),
			ImportColumn.optional(WARRANTY_END_ON, "fin de garantie", "date de fin de garantie", "warranty end",
					"warranty expiration date", "garantie jusqu'au", "date fin garantie"),
			ImportColumn.optional(SUPPLIER, "fournisseur", "supplier", "vendor", "distributeur"),
			ImportColumn.optional(ORDER_REFERENCE, "n° de commande", "numéro de commande", "bon de commande",
					"order reference", "order number", "commande", "n° commande"),
			ImportColumn.optional(COST, "prix d'achat", "coût", "valeur d'achat", "cost", "purchase price",
					"montant HT", "montant TTC", "valeur", "prix"),
			ImportColumn.optional(FUNDING, "financement", "funding", "mode de financement", "budget"),
			ImportColumn.optional(SOFTWARE_VERSION, "version logicielle", "version du logiciel", "software version",
					"firmware", "version firmware", "version"),
			ImportColumn.optional(PARENT, "n° inventaire parent", "inventaire parent", "équipement parent",
					"parent inventory number", "parent", "rattaché à"),
			ImportColumn.optional(NOTES, "commentaire", "commentaires", "remarques", "notes", "observations",
					"comment"));

	private AssetColumns() {
	}

}
