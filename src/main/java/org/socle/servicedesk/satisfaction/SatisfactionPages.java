package org.socle.servicedesk.satisfaction;

import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind the link of a satisfaction mail, usable without signing in (the token
 * is the credential; the form carries the CSRF token as every form does). An unknown link
 * is "not found" (404), an expired one "gone" (410); neither tells anything of the
 * ticket.
 */
@Controller
class SatisfactionPages {

	private static final String VIEW = "satisfaction/answer";

	private final SatisfactionAnswers answers;

	private final MessageSource messages;

	SatisfactionPages(SatisfactionAnswers answers, MessageSource messages) {
		this.answers = answers;
		this.messages = messages;
	}

	@GetMapping("/satisfaction/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		SurveyLink link = this.answers.link(token);
		if (link.expired()) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		model.addAttribute("ratings", IntStream.rangeClosed(0, SatisfactionSettings.MAX_RATING).boxed().toList());
		return VIEW;
	}

	@PostMapping("/satisfaction/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			SatisfactionInvitation.State before = this.answers.answer(token, rating, comment);
			redirect.addFlashAttribute("thanks", before == SatisfactionInvitation.State.OPEN);
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.getArguments(),
					ex.messageKey(), LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("comment", comment);
		}
		catch (OptimisticLockingFailureException ex) {
			// answered twice at the same time: the other answer counts
		}
		return "redirect:/satisfaction/" + token;
	}

	@ExceptionHandler(UnknownSurveyLinkException.class)
	String unknown(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "satisfaction/unknown";
	}

}
