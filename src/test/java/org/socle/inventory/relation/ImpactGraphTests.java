package org.socle.inventory.relation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.inventory.AssetImpact;
import org.socle.inventory.AssetImpact.HitAsset;
import org.socle.inventory.AssetImpact.LevelCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ImpactGraphTests {

	@Test
	void aLevelWhoseAssetsAreNotListedIsDrawnAsOneBoxCountingThemAll() {
		HitAsset first = new HitAsset(2, "SW-2", "Switch", "IT", "IN_SERVICE", 1L, null, 1, List.of(1L, 2L));
		AssetImpact impact = new AssetImpact(1, 5, List.of(new LevelCount(1, 30), new LevelCount(2, 400)),
				List.of(first), List.of(), List.of(), List.of(1L), List.of());

		ImpactGraph graph = ImpactGraph.of(impact, "SW-1", "Core");

		assertThat(graph.nodes()).extracting(ImpactGraph.Node::level, ImpactGraph.Node::assetId, ImpactGraph.Node::more)
			.containsExactly(tuple(0, 1L, 0), tuple(1, 2L, 0), tuple(1, null, 29), tuple(2, null, 400));
		assertThat(graph.edges()).hasSize(1);
	}

}
