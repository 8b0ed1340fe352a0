package org.socle.inventory.maintenance.register;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the maintenance register of one asset (404 when out of sight). */
@RestController
class RegisterApi {

	private final MaintenanceRegister register;

	RegisterApi(MaintenanceRegister register) {
		this.register = register;
	}

	@GetMapping("/api/v1/assets/{id}/register")
	List<RegisterLine> asset(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.register.lines(new RegisterRequest(id, null, from, to));
	}

}
