package org.socle.directory.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.directory.AccessScope;
import org.socle.directory.FinessNumber;
import org.socle.directory.Role;
import org.socle.directory.organisation.Establishment;
import org.socle.shared.csvimport.FieldProblem;

/**
 * The establishments a line may target, found by geographic or legal FINESS, and the
 * rules that go with them: known, in the user's scope, not archived, and administered by
 * the user. An establishment out of scope reads as unknown.
 */
final class ImportTargets {

	static final String FINESS = "finess";

	private final AccessScope scope;

	private final Map<String, Establishment> byGeographic = new HashMap<>();

	private final Map<String, List<Establishment>> byLegal = new HashMap<>();

	ImportTargets(AccessScope scope, List<Establishment> establishments) {
		this.scope = scope;
		for (Establishment e : establishments) {
			if (scope.canSee(e.getId())) {
				this.byGeographic.put(e.getGeographicFiness(), e);
				this.byLegal.computeIfAbsent(e.getLegalFiness(), k -> new ArrayList<>()).add(e);
			}
		}
	}

	/**
	 * The id of the line's establishment, or null with the reason added to the problems.
	 */
	Long resolve(String finess, List<FieldProblem> problems) {
		if (finess == null) {
			problems.add(FieldProblem.of(FINESS, "directory.imports.error.required"));
			return null;
		}
		String number = normalise(finess);
		if (!FinessNumber.isValid(number)) {
			problems.add(FieldProblem.of(FINESS, "directory.imports.error.finessInvalid", finess));
			return null;
		}
		List<Establishment> found = find(number);
		if (found.size() > 1) {
			problems.add(FieldProblem.of(FINESS, "directory.imports.error.finessAmbiguous", number));
			return null;
		}
		if (found.isEmpty()) {
			problems.add(FieldProblem.of(FINESS, "directory.imports.error.finessUnknown", number));
			return null;
		}
		Establishment establishment = found.get(0);
		if (establishment.isArchived()) {
			problems
				.add(FieldProblem.of(FINESS, "directory.imports.error.establishmentArchived", establishment.getName()));
			return null;
		}
		if (!administers(establishment.getId())) {
			problems.add(FieldProblem.of(FINESS, "directory.imports.error.notAdministrator", establishment.getName()));
			return null;
		}
		return establishment.getId();
	}

	/** The id the FINESS designates without ambiguity, or null (no rule checked). */
	Long idOf(String finess) {
		if (finess == null) {
			return null;
		}
		List<Establishment> found = find(normalise(finess));
		return (found.size() == 1) ? found.get(0).getId() : null;
	}

	boolean administers(Long establishmentId) {
		return this.scope.hasRole(Role.ADMINISTRATOR, establishmentId);
	}

	/**
	 * The establishments the user administers (as {@link AccessScope#hasRole} counts
	 * them); null meaning all of them.
	 */
	Collection<Long> administered() {
		if (this.scope.hasGroupRole(Role.ADMINISTRATOR)) {
			return null;
		}
		return this.scope.grants()
			.stream()
			.filter(g -> g.role() == Role.ADMINISTRATOR && g.establishmentId() != null)
			.map(AccessScope.Grant::establishmentId)
			.collect(Collectors.toSet());
	}

	private List<Establishment> find(String number) {
		Establishment geographic = this.byGeographic.get(number);
		if (geographic != null) {
			return List.of(geographic);
		}
		return this.byLegal.getOrDefault(number, List.of());
	}

	private static String normalise(String finess) {
		return finess.replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
