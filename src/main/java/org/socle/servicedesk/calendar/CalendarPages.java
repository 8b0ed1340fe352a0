package org.socle.servicedesk.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.socle.servicedesk.calendar.CalendarCommands.Archive;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the group's calendars: the list and a calendar's page (its hours, closures,
 * this year's holidays and a due-date preview) for everyone who works tickets; the form
 * and archiving for group administrators.
 */
@Controller
@RequestMapping("/servicedesk/calendars")
class CalendarPages {

	private static final String VIEWS = "servicedesk/calendars/";

	/** A preview adds at most a year of hours. */
	static final int PREVIEW_MAX_HOURS = 8784;

	private final CalendarService calendars;

	private final CalendarList list;

	private final CalendarAccess access;

	private final WorkingCalendars workingTime;

	private final Clock clock;

	CalendarPages(CalendarService calendars, CalendarList list, CalendarAccess access, WorkingCalendars workingTime,
			Clock clock) {
		this.calendars = calendars;
		this.list = list;
		this.access = access;
		this.workingTime = workingTime;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, Model model) {
		model.addAttribute("calendars", this.list.calendars(archived));
		model.addAttribute("archived", archived);
		model.addAttribute("canKeep", this.access.keeps());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		this.access.checkKeeps();
		return showForm(model, CalendarForm.blank(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") CalendarForm form, BindingResult binding, Model model) {
		this.access.checkKeeps();
		BusinessCalendar saved = FormErrors.attempt(binding, () -> this.calendars.create(form.toCommand()));
		return (saved == null) ? showForm(model, form, null) : "redirect:/servicedesk/calendars/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) Integer hours, Locale locale, Model model) {
		BusinessCalendar calendar = this.calendars.get(id);
		int year = LocalDate.now(this.clock.withZone(calendar.zone())).getYear();
		model.addAttribute("calendar", calendar);
		model.addAttribute("hours", CalendarView.hoursOf(calendar.getWeeklyHours()));
		model.addAttribute("year", year);
		model.addAttribute("holidays", calendar.isAlwaysOpen() ? List.of()
				: PublicHolidays.shared().list(calendar.getHolidaySet(), year, locale));
		model.addAttribute("canKeep", this.access.keeps());
		model.addAttribute("from", (from != null) ? from
				: LocalDateTime.now(this.clock.withZone(calendar.zone())).withSecond(0).withNano(0).toString());
		model.addAttribute("previewHours", (hours != null) ? hours : 4);
		if (from != null && hours != null) {
			preview(calendar, from, hours, model);
		}
		return VIEWS + "detail";
	}

	private void preview(BusinessCalendar calendar, String from, int hours, Model model) {
		if (hours < 0 || hours > PREVIEW_MAX_HOURS) {
			model.addAttribute("previewError", "servicedesk.calendars.preview.hoursRange");
			return;
		}
		try {
			LocalDateTime start = LocalDateTime.parse(from);
			var due = this.workingTime.of(calendar.getId())
				.plus(start.atZone(calendar.zone()).toInstant(), Duration.ofHours(hours));
			model.addAttribute("due", due.atZone(calendar.zone()));
		}
		catch (DateTimeException ex) {
			model.addAttribute("previewError", "servicedesk.calendars.preview.fromInvalid");
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		this.access.checkKeeps();
		BusinessCalendar calendar = this.calendars.get(id);
		return showForm(model, CalendarForm.of(calendar), calendar);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @ModelAttribute("form") CalendarForm form, BindingResult binding,
			Model model) {
		this.access.checkKeeps();
		BusinessCalendar calendar = this.calendars.get(id);
		BusinessCalendar saved = FormErrors.attempt(binding, () -> this.calendars.update(id, form.toCommand()));
		return (saved == null) ? showForm(model, form, calendar) : "redirect:/servicedesk/calendars/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.access.checkKeeps();
		FormErrors.attemptArchive(redirect, () -> this.calendars.archive(id, new Archive(version, reason)));
		return "redirect:/servicedesk/calendars/" + id;
	}

	private String showForm(Model model, CalendarForm form, BusinessCalendar calendar) {
		model.addAttribute("form", form.withAllSlots());
		model.addAttribute("calendar", calendar);
		model.addAttribute("holidaySets", HolidaySet.values());
		model.addAttribute("zones",
				List.of("Europe/Paris", "America/Montreal", "America/Toronto", "Indian/Reunion", "Indian/Mayotte",
						"America/Martinique", "America/Guadeloupe", "America/Cayenne", "Pacific/Noumea",
						"Pacific/Tahiti", "UTC"));
		return VIEWS + "form";
	}

}
