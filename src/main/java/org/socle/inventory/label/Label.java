package org.socle.inventory.label;

/**
 * One printed label: what the QR code opens, the inventory number, what the asset is (its
 * name, else its model, else its category), its serial number and establishment.
 */
record Label(long id, String inventoryNumber, String title, String serialNumber, String establishment, String url,
		String qrImage) {

}
