/**
 * Asset labels: a QR code that opens the asset's mobile page from any phone's camera,
 * printed on A4 sheets of labels.
 */
package org.socle.inventory.label;
