package org.socle.inventory.maintenance.indicator;

/** What the indicators are computed per. */
public enum IndicatorGrouping {

	TEAM("a.owner_team_id"), CATEGORY("a.category_id"), ESTABLISHMENT("a.establishment_id");

	private final String column;

	IndicatorGrouping(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
