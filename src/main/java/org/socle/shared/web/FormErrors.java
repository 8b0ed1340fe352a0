package org.socle.shared.web;

import java.util.function.Supplier;

import org.socle.shared.audit.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page's command and turns rule violations into errors beside the field (or, for a
 * stale version, above the form), so the page is shown again with what the user typed.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * @return the command's result, or null when it was refused and the binding holds why
	 */
	public static <T> T attempt(BindingResult binding, Supplier<T> command) {
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return command.get();
		}
		catch (FieldRuleException ex) {
			binding.rejectValue(ex.getField(), ex.messageKey(), ex.getArguments(), null);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			binding.reject("rule.StaleVersion");
		}
		return null;
	}

	/**
	 * Runs an archive (or other one-button) command from a page; a refusal comes back to
	 * the page as a flash message key {@code actionError} with its arguments
	 * {@code actionErrorArguments} (a page shows it with
	 * {@code #messages.msgWithParams(actionError, actionErrorArguments)}).
	 */
	public static void attemptArchive(RedirectAttributes redirect, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("actionError", ex.messageKey());
			redirect.addFlashAttribute("actionErrorArguments", ex.getArguments());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("actionError", "rule.StaleVersion");
		}
	}

}
