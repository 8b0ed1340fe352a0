package org.socle.inventory.asset;

/**
 * A section of the asset page contributed by another feature (relations and impact, work
 * orders, contracts, safety notices...): the page shows a card per section, titled by the
 * message key, whose body htmx loads from the URL. The feature's own handler checks
 * access, as for any request.
 */
public interface AssetPageSection {

	/** Message key of the card's title. */
	String titleKey();

	/**
	 * Where the card's body is loaded from, e.g. {@code /inventory/assets/12/relations}.
	 */
	String url(long assetId);

	/** Cards are shown in ascending order. */
	int order();

}
