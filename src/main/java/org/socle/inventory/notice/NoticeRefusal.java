package org.socle.inventory.notice;

import java.io.Serializable;

import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Why a command of the notice pages was refused, as the page shows it: the field's label
 * ({@code inventory.notices.field.<field>}), then the rule's message with its arguments
 * (the values compared, the counts).
 *
 * @param fieldKey the field's label key, null for a stale version
 * @param messageKey the rule's message key
 * @param arguments the message's arguments
 */
record NoticeRefusal(String fieldKey, String messageKey, Object[] arguments) implements Serializable {

	/**
	 * Runs the command; a refusal comes back to the page as the flash {@code refusal}.
	 */
	static void attempt(RedirectAttributes redirect, Runnable command) {
		NoticeRefusal refusal = of(command);
		if (refusal == null) {
			redirect.addFlashAttribute("saved", true);
		}
		else {
			redirect.addFlashAttribute("refusal", refusal);
		}
	}

	/** Runs the command: null when done, else why it was refused. */
	static NoticeRefusal of(Runnable command) {
		try {
			command.run();
			return null;
		}
		catch (FieldRuleException ex) {
			return new NoticeRefusal("inventory.notices.field." + ex.getField(), ex.messageKey(), ex.getArguments());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			return new NoticeRefusal(null, "rule.StaleVersion", new Object[0]);
		}
	}

}
