package org.socle.servicedesk.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.ContractNoticeDue;
import org.socle.servicedesk.mail.MailSettings;
import org.socle.servicedesk.mail.outbox.MailQueue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A contract's notice date is near: its owner team gets a mail (in the reminder's
 * transaction, so one reminder is one mail per recipient, even when the job runs on two
 * nodes) with the dates and the link to the contract's page, where it marks the reminder
 * handled.
 */
@Component
class ContractNoticeMails {

	static final String TEMPLATE = "contract-notice";

	private final MailQueue mails;

	private final MailSettings settings;

	ContractNoticeMails(MailQueue mails, MailSettings settings) {
		this.mails = mails;
		this.settings = settings;
	}

	@EventListener
	void on(ContractNoticeDue due) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("reference", due.reference());
		variables.put("supplier", due.supplierName());
		variables.put("noticeOn", due.noticeOn());
		variables.put("endsOn", due.endsOn());
		variables.put("link", this.settings.pageLink("/inventory/contracts/" + due.contractId()));
		this.mails.toTeamAbout(TEMPLATE, due.ownerTeamId(), List.of(due.reference(), due.supplierName()), variables);
	}

}
