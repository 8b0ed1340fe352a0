/**
 * A reusable CSV import engine: reads spreadsheet exports (UTF-8 with or without BOM, or
 * Windows-1252; ';' or ',' separated), maps headers by name and alias, validates every
 * line in the background, shows a preview with each bad line's errors, and writes the
 * valid lines in one transaction only when the user confirms. A module plugs in an
 * {@link org.socle.shared.csvimport.Importer} and drives jobs through
 * {@link org.socle.shared.csvimport.ImportJobs}.
 */
package org.socle.shared.csvimport;
