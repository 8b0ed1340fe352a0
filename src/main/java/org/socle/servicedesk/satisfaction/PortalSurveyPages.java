package org.socle.servicedesk.satisfaction;

import java.util.stream.IntStream;

import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff survey on the portal, answered once by each person it asks. */
@Controller
@RequestMapping("/portal/surveys")
class PortalSurveyPages {

	private final StaffAnswers answers;

	private final MessageSource messages;

	PortalSurveyPages(StaffAnswers answers, MessageSource messages) {
		this.answers = answers;
		this.messages = messages;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("survey", this.answers.question(id));
		model.addAttribute("ratings", IntStream.rangeClosed(0, SatisfactionSettings.MAX_RATING).boxed().toList());
		return "portal/survey";
	}

	@PostMapping("/{id}")
	String answer(@PathVariable Long id, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			this.answers.answer(id, rating, comment);
			redirect.addFlashAttribute("thanks", true);
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.getArguments(),
					ex.messageKey(), LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("comment", comment);
		}
		return "redirect:/portal/surveys/" + id;
	}

}
