/**
 * Files attached to tickets: stored outside the database, typed from their bytes, served
 * with headers that keep the browser from running them.
 */
package org.socle.servicedesk.attachment;
