package org.socle.directory.organisation;

/** The levels of the location tree under a site: building, floor, room. */
public enum LocationKind {

	BUILDING, FLOOR, ROOM;

	/** The kind a child of this location must have, or null for a room (a leaf). */
	public LocationKind childKind() {
		return switch (this) {
			case BUILDING -> FLOOR;
			case FLOOR -> ROOM;
			case ROOM -> null;
		};
	}

}
