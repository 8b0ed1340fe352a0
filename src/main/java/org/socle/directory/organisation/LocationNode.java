package org.socle.directory.organisation;

/** A location in its site's tree, with its depth (0 for a building). */
public record LocationNode(Location location, int depth) {

}
