package org.socle.inventory;

/**
 * An asset as other modules see it: enough to name it, place it and tell whether it may
 * be used ({@code status} is the lifecycle state's name, e.g. IN_SERVICE or
 * OUT_OF_SERVICE).
 */
public record AssetRef(long id, String inventoryNumber, String label, String kind, String status, Long establishmentId,
		Long ownerTeamId) {

}
