/**
 * Technical pieces every module needs: embedded database, audited base entity and
 * history, web layout, message bundles and error plumbing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.socle.shared;
