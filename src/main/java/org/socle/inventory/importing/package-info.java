/**
 * Importing an inventory from another tool's export (a GMAO such as Asset+, a GLPI or
 * Octopus inventory), CSV or Excel: the user maps the file's columns to asset fields,
 * every line is checked in a dry run, and only a confirmation writes the valid lines, in
 * JDBC batches, each asset with an "imported" first step of its lifecycle. Once the
 * import has committed, {@link org.socle.inventory.importing.AssetsImported} lets the
 * plans schedule the new assets' maintenance at once.
 */
package org.socle.inventory.importing;
