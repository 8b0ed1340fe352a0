package org.socle.servicedesk.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.shared.web.FieldRuleException;

/**
 * Impact × urgency → priority, as data (table {@code sd_priority_matrix}); 1 is the
 * highest of each. Any square or rectangular grid works (3×3 by default, 5×5 if
 * configured).
 */
public final class PriorityMatrix {

	public static final String RULE = "OutOfMatrix";

	private final Map<Long, Integer> cells = new HashMap<>();

	private final int maxImpact;

	private final int maxUrgency;

	public PriorityMatrix(List<Cell> cells) {
		int impacts = 0;
		int urgencies = 0;
		for (Cell cell : cells) {
			this.cells.put(key(cell.impact(), cell.urgency()), cell.priority());
			impacts = Math.max(impacts, cell.impact());
			urgencies = Math.max(urgencies, cell.urgency());
		}
		this.maxImpact = impacts;
		this.maxUrgency = urgencies;
	}

	/** The default 3×3 grid: priority = impact + urgency − 1 (1 to 5). */
	public static PriorityMatrix standard() {
		List<Cell> cells = new java.util.ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			for (int u = 1; u <= 3; u++) {
				cells.add(new Cell(i, u, i + u - 1));
			}
		}
		return new PriorityMatrix(cells);
	}

	/**
	 * @throws FieldRuleException (field impact or urgency, rule OutOfMatrix) when the
	 * grid has no such cell
	 */
	public int priorityOf(Integer impact, Integer urgency) {
		if (impact == null || impact < 1 || impact > this.maxImpact) {
			throw FieldRuleException.invalid("impact", RULE, 1, this.maxImpact);
		}
		if (urgency == null || urgency < 1 || urgency > this.maxUrgency) {
			throw FieldRuleException.invalid("urgency", RULE, 1, this.maxUrgency);
		}
		Integer priority = this.cells.get(key(impact, urgency));
		if (priority == null) {
			throw FieldRuleException.invalid("urgency", RULE, 1, this.maxUrgency);
		}
		return priority;
	}

	public int maxImpact() {
		return this.maxImpact;
	}

	public int maxUrgency() {
		return this.maxUrgency;
	}

	private static long key(int impact, int urgency) {
		return ((long) impact << 32) | urgency;
	}

	/** One cell of the grid. */
	public record Cell(int impact, int urgency, int priority) {
	}

}
