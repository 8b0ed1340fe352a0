/**
 * CSV import of people and departments as hospitals receive them from HR extracts, on the
 * shared import engine: upload, background validation, preview, confirmation.
 */
package org.socle.directory.imports;
