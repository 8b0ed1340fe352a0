package org.socle.inventory.asset;

import java.util.Map;
import java.util.Set;

/**
 * The assets a reader may see, as a query condition: every asset for a group-wide working
 * role, else those of the establishments where the reader holds a working role and those
 * owned by the reader's teams (and their establishments). Staff-only accounts see none
 * here (they reach an asset's mobile page only).
 */
public record AssetReaders(boolean all, Set<Long> establishmentIds, Set<Long> teamIds) {

	/**
	 * A SQL condition on the asset table's alias, with {@link #params()}: e.g.
	 * {@code where + " and " + readers.where("a")}.
	 */
	public String where(String alias) {
		if (this.all) {
			return "true";
		}
		return "(%1$s.establishment_id = any(:readerEstablishments) or %1$s.owner_team_id = any(:readerTeams))"
			.formatted(alias);
	}

	/** The parameters {@link #where(String)} names (none when it reads everything). */
	public Map<String, Object> params() {
		if (this.all) {
			return Map.of();
		}
		return Map.of("readerEstablishments", this.establishmentIds.toArray(Long[]::new), "readerTeams",
				this.teamIds.toArray(Long[]::new));
	}

	public boolean reads(Long establishmentId, Long ownerTeamId) {
		return this.all || this.establishmentIds.contains(establishmentId) || this.teamIds.contains(ownerTeamId);
	}

}
