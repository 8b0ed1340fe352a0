/**
 * Markdown typed by users (ticket descriptions, comments...) turned into HTML that is
 * safe to show as it is.
 */
package org.socle.shared.markdown;
