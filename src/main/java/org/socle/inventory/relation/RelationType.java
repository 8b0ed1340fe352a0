package org.socle.inventory.relation;

/**
 * How an asset (the source) relies on another (the target). For every type, the target
 * down hits the source: impact analysis walks from target to source.
 */
public enum RelationType {

	/** The source needs the target to work (a PACS viewer on the PACS). */
	DEPENDS_ON,
	/** The source runs on the target (an application on a server, a VM on a host). */
	HOSTED_ON,
	/**
	 * The source is plugged into the target, network equipment nearer the core (a
	 * workstation on its access switch, an access switch on its distribution switch): a
	 * dependency of the device on the equipment it connects to.
	 */
	CONNECTED_TO,
	/**
	 * The source is a part of the target (a module of a system): the whole down, the part
	 * is hit. May not form a cycle.
	 */
	PART_OF

}
