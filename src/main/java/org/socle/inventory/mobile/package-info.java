/**
 * The asset's page for phones, opened by scanning its label: what and where it is,
 * whether it may be used, the open reports about it, and what the viewer may do from
 * there.
 */
package org.socle.inventory.mobile;
