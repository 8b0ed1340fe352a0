package org.socle.directory.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.CurrentAccess;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads departments as a tree: an establishment's poles, services and units, a
 * department's children and its path from the pole, and the choices of a department
 * select.
 */
@Component
public class DepartmentTree {

	private final DepartmentRepository departments;

	private final CurrentAccess access;

	DepartmentTree(DepartmentRepository departments, CurrentAccess access) {
		this.departments = departments;
		this.access = access;
	}

	/**
	 * The non-archived departments of an establishment as a forest, by code (empty out of
	 * scope).
	 */
	@Transactional(readOnly = true)
	public List<Node> of(Long establishmentId) {
		List<Department> all = active(establishmentId);
		Map<Long, Node> nodes = new LinkedHashMap<>();
		all.forEach(d -> nodes.put(d.getId(), new Node(d, new ArrayList<>())));
		List<Node> roots = new ArrayList<>();
		for (Node node : nodes.values()) {
			Department parent = node.department().getParent();
			Node parentNode = (parent != null) ? nodes.get(parent.getId()) : null;
			if (parentNode != null) {
				parentNode.children().add(node);
			}
			else {
				roots.add(node);
			}
		}
		return roots;
	}

	/**
	 * The non-archived departments of an establishment in scope, by code (empty when none
	 * or out of scope).
	 */
	@Transactional(readOnly = true)
	public List<Department> active(Long establishmentId) {
		if (establishmentId == null || !this.access.scope().canSee(establishmentId)) {
			return List.of();
		}
		return this.departments.findByEstablishmentIdAndArchivedFalseOrderByCode(establishmentId);
	}

	/**
	 * The departments that may take children (poles and services) of an establishment.
	 */
	@Transactional(readOnly = true)
	public List<Department> possibleParents(Long establishmentId) {
		return active(establishmentId).stream().filter(d -> d.getLevel().childLevel() != null).toList();
	}

	/** A department's children, archived ones included, by code. */
	@Transactional(readOnly = true)
	public List<Department> children(Department department) {
		return this.departments.findByParentIdOrderByCode(department.getId());
	}

	/** From the pole down to the department itself (empty for none). */
	@Transactional(readOnly = true)
	public List<Department> path(Department department) {
		List<Department> path = new ArrayList<>();
		for (Department d = department; d != null && path.size() < DepartmentLevel.values().length; d = d.getParent()) {
			path.add(d);
		}
		Collections.reverse(path);
		return path;
	}

	/** A department with its children, for the tree view. */
	public record Node(Department department, List<Node> children) {
	}

}
