package org.socle.servicedesk.asset;

import org.socle.inventory.AssetRef;
import org.socle.servicedesk.ticket.Ticket;
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
import org.springframework.web.util.UriUtils;

/**
 * The service desk's side of an asset's pages: the list of tickets about it (a fragment
 * that the asset page's card and the mobile page load), and the fault reported from the
 * mobile page. The mobile page belongs to the inventory, which knows nothing of tickets:
 * a refused report goes back to it with the message and what was typed.
 */
@Controller
@RequestMapping("/servicedesk/assets/{assetId}")
class AssetTicketPages {

	private final AssetTickets tickets;

	private final MessageSource messages;

	AssetTicketPages(AssetTickets tickets, MessageSource messages) {
		this.tickets = tickets;
		this.messages = messages;
	}

	@GetMapping("/tickets")
	String tickets(@PathVariable long assetId, @RequestParam(defaultValue = "false") boolean open, Model model) {
		AssetRef asset = this.tickets.reportable(assetId);
		model.addAttribute("asset", asset);
		model.addAttribute("assetTickets", this.tickets.about(asset, open));
		model.addAttribute("openOnly", open);
		return "servicedesk/assets/section :: tickets";
	}

	@PostMapping("/faults")
	String reportFault(@PathVariable long assetId, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String details, @RequestParam(defaultValue = "false") boolean unusable,
			RedirectAttributes redirect) {
		AssetRef asset = this.tickets.reportable(assetId);
		try {
			Ticket ticket = this.tickets.reportFault(asset, new FaultReport(summary, details, unusable));
			return "redirect:/portal/tickets/" + ticket.getId() + "?raised";
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("faultField", ex.getField());
			redirect.addFlashAttribute("faultError", this.messages.getMessage(ex.messageKey(), ex.getArguments(),
					ex.messageKey(), LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("faultSummary", summary);
			redirect.addFlashAttribute("faultDetails", details);
			return "redirect:/m/assets/" + UriUtils.encodePathSegment(asset.inventoryNumber(), "UTF-8") + "#report";
		}
	}

}
