package org.socle.inventory.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.AssetImpact;
import org.socle.inventory.AssetImpact.HitAsset;

/**
 * A layered drawing of an impact, for a server-side SVG: the down asset on the left, one
 * column per level, each hit asset joined to the one it is reached through. A column
 * shows at most {@link #PER_LEVEL} assets; the rest (and the assets out of the reader's
 * scope) are summed up in a last box of the column. Only listed assets are drawn: the
 * others of their level count in its last box.
 */
record ImpactGraph(int width, int height, List<Node> nodes, List<Edge> edges) {

	static final int PER_LEVEL = 12;

	static final int NODE_WIDTH = 170;

	static final int NODE_HEIGHT = 34;

	private static final int COLUMN = 210;

	private static final int ROW = 44;

	private static final int MARGIN = 10;

	/**
	 * A box: an asset ({@code assetId} set), or a summary of {@code more} assets not
	 * drawn.
	 */
	record Node(int x, int y, Long assetId, String number, String label, int level, int more) {

		int centerY() {
			return this.y + NODE_HEIGHT / 2;
		}

		public String shortLabel() {
			return shorten(this.label, 26);
		}

	}

	record Edge(int x1, int y1, int x2, int y2) {
	}

	static ImpactGraph of(AssetImpact impact, String rootNumber, String rootLabel) {
		Map<Integer, List<HitAsset>> levels = new HashMap<>();
		impact.assets().forEach(a -> levels.computeIfAbsent(a.level(), l -> new ArrayList<>()).add(a));
		Map<Integer, Integer> counts = new HashMap<>();
		impact.levels().forEach(l -> counts.put(l.level(), l.assets()));
		int maxLevel = impact.levels().stream().mapToInt(AssetImpact.LevelCount::level).max().orElse(0);
		int hiddenCount = impact.hidden().stream().mapToInt(AssetImpact.HiddenCount::assets).sum();
		List<Node> nodes = new ArrayList<>();
		Map<Long, Node> byAsset = new HashMap<>();
		Node root = new Node(MARGIN, MARGIN, impact.assetId(), rootNumber, rootLabel, 0, 0);
		nodes.add(root);
		byAsset.put(impact.assetId(), root);
		int rows = 1;
		for (int level = 1; level <= maxLevel; level++) {
			List<HitAsset> column = levels.getOrDefault(level, List.of());
			int drawn = Math.min(column.size(), PER_LEVEL);
			for (int i = 0; i < drawn; i++) {
				HitAsset asset = column.get(i);
				Node node = new Node(x(level), y(i), asset.id(), asset.inventoryNumber(), asset.label(), level, 0);
				nodes.add(node);
				byAsset.put(asset.id(), node);
			}
			int more = counts.getOrDefault(level, 0) - drawn;
			if (more > 0) {
				nodes.add(new Node(x(level), y(drawn), null, null, null, level, more));
			}
			rows = Math.max(rows, drawn + ((more > 0) ? 1 : 0));
		}
		if (hiddenCount > 0) {
			int level = Math.max(maxLevel, 1);
			int row = (int) nodes.stream().filter(n -> n.level() == level).count();
			nodes.add(new Node(x(level), y(row), null, null, null, -1, hiddenCount));
			rows = Math.max(rows, row + 1);
		}
		List<Edge> edges = new ArrayList<>();
		for (HitAsset asset : impact.assets()) {
			Node to = byAsset.get(asset.id());
			Long viaId = asset.path().get(asset.path().size() - 2);
			Node from = (viaId != null) ? byAsset.get(viaId) : null;
			if (to != null && from != null) {
				edges.add(new Edge(from.x() + NODE_WIDTH, from.centerY(), to.x(), to.centerY()));
			}
		}
		return new ImpactGraph(x(Math.max(maxLevel, 1)) + NODE_WIDTH + MARGIN, y(rows) + MARGIN, List.copyOf(nodes),
				List.copyOf(edges));
	}

	private static int x(int level) {
		return MARGIN + level * COLUMN;
	}

	private static int y(int row) {
		return MARGIN + row * ROW;
	}

	/** Text that fits a box. */
	static String shorten(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1) + "…";
	}

}
