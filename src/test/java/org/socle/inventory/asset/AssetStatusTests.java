package org.socle.inventory.asset;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssetStatusTests {

	/** The lifecycle as the register documents it, pair by pair. */
	private static final Set<String> ALLOWED = Set.of("ORDERED>RECEIVED", "RECEIVED>ACCEPTANCE", "RECEIVED>IN_STOCK",
			"ACCEPTANCE>IN_SERVICE", "ACCEPTANCE>IN_STOCK", "ACCEPTANCE>OUT_OF_SERVICE", "IN_SERVICE>ON_LOAN",
			"IN_SERVICE>IN_REPAIR", "IN_SERVICE>IN_STOCK", "IN_SERVICE>OUT_OF_SERVICE", "ON_LOAN>IN_SERVICE",
			"ON_LOAN>IN_REPAIR", "ON_LOAN>OUT_OF_SERVICE", "IN_REPAIR>IN_SERVICE", "IN_REPAIR>IN_STOCK",
			"IN_REPAIR>OUT_OF_SERVICE", "IN_STOCK>ACCEPTANCE", "IN_STOCK>IN_SERVICE", "IN_STOCK>ON_LOAN",
			"IN_STOCK>OUT_OF_SERVICE", "IN_STOCK>RETIRED", "OUT_OF_SERVICE>IN_REPAIR", "OUT_OF_SERVICE>IN_SERVICE",
			"OUT_OF_SERVICE>RETIRED", "RETIRED>DISPOSED");

	@Test
	void everyPairOfStatusesIsAllowedOrRefusedAsDocumented() {
		for (AssetStatus from : AssetStatus.values()) {
			for (AssetStatus to : AssetStatus.values()) {
				boolean allowed = ALLOWED.contains(from + ">" + to);
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
				if (allowed) {
					from.checkMoveTo(to);
				}
				else {
					assertThatThrownBy(() -> from.checkMoveTo(to)).as(from + " -> " + to)
						.isInstanceOfSatisfying(FieldRuleException.class, ex -> {
							assertThat(ex.getField()).isEqualTo("status");
							assertThat(ex.getRule()).isEqualTo("IllegalTransition");
						});
				}
			}
		}
	}

	@Test
	void disposedIsFinalAndRetiredOnlyLeadsToDisposal() {
		assertThat(AssetStatus.DISPOSED.next()).isEmpty();
		assertThat(AssetStatus.RETIRED.next()).containsExactly(AssetStatus.DISPOSED);
	}

	@Test
	void onlyGoingOutOfServiceRetiringAndDisposingNeedAReason() {
		for (AssetStatus status : AssetStatus.values()) {
			assertThat(status.needsReason()).as(status.name())
				.isEqualTo(
						Set.of(AssetStatus.OUT_OF_SERVICE, AssetStatus.RETIRED, AssetStatus.DISPOSED).contains(status));
		}
	}

}
