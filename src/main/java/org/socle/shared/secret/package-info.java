/**
 * Secrets stored sealed (AES-GCM) under a key kept outside the database.
 */
package org.socle.shared.secret;
