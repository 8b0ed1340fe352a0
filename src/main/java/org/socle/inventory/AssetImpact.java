package org.socle.inventory;

import java.util.List;

/**
 * What is hit when an asset is down, as its reader may see it: how many assets rely on it
 * at each level (transitively, up to {@code depth} levels), the first of them listed (by
 * level, then inventory number; each with the path from the down asset), the catalogue
 * services, departments and establishments hit. Assets out of the reader's scope are only
 * counted per establishment ({@link #hidden()}); in a path they show as {@code null}.
 */
public record AssetImpact(long assetId, int depth, List<LevelCount> levels, List<HitAsset> assets,
		List<HitService> services, List<Long> departmentIds, List<Long> establishmentIds, List<HiddenCount> hidden) {

	/**
	 * An asset hit, {@code level} relations away; {@code path} runs from the down asset.
	 */
	public record HitAsset(long id, String inventoryNumber, String label, String kind, String status,
			Long establishmentId, Long departmentId, int level, List<Long> path) {
	}

	/** How many assets the reader may see are hit {@code level} relations away. */
	public record LevelCount(int level, int assets) {
	}

	/**
	 * A catalogue service that relies on a hit asset (or on the down asset itself, level
	 * 0); {@code viaAssetId} is null when that asset is out of the reader's scope.
	 */
	public record HitService(long serviceId, String name, int level, Long viaAssetId) {
	}

	/** Assets hit in an establishment that the reader may not see. */
	public record HiddenCount(long establishmentId, int assets) {
	}

	/** How many hit assets the reader may see, listed or not. */
	public int readableCount() {
		return this.levels.stream().mapToInt(LevelCount::assets).sum();
	}

	/** How many assets are hit, seen or not. */
	public int assetCount() {
		return readableCount() + this.hidden.stream().mapToInt(HiddenCount::assets).sum();
	}

	/** How many hit assets the reader may see are not listed. */
	public int unlisted() {
		return readableCount() - this.assets.size();
	}

}
