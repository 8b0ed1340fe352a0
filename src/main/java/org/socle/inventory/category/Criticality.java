package org.socle.inventory.category;

/**
 * How much a failure of an asset hurts: a category's default, which an asset may override
 * with a justification.
 */
public enum Criticality {

	HIGH, MEDIUM, LOW

}
