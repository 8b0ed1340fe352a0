package org.socle.inventory.relation;

import jakarta.validation.constraints.Size;

/** Why a relation or a service link is removed (archived), on the version seen. */
public record Removal(Long version, @Size(max = 500) String reason) {
}
