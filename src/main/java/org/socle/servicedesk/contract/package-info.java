/**
 * The service desk's part in the inventory's contracts: it owns the mail outbox, so it
 * mails the owner team when a contract's notice date draws near.
 */
package org.socle.servicedesk.contract;
