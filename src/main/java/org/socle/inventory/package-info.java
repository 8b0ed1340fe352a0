/**
 * Inventory and maintenance: one register of medical devices, IT configuration items and
 * technical equipment, their relations, contracts, maintenance plans, work orders and
 * safety notices. Holds directory ids only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory", allowedDependencies = "directory")
package org.socle.inventory;
