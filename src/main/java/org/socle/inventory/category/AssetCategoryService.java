package org.socle.inventory.category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's categories and their regulatory flags: read by every worker, edited by
 * group administrators ({@link AssetAccess#keepsReferentials()}).
 */
@Service
public class AssetCategoryService {

	/** Jurisdictions in the order the flags are shown. */
	static final List<String> JURISDICTIONS = List.of("FR", "QC", "ANY");

	private final AssetCategoryRepository categories;

	private final RegulatoryFlagRepository flags;

	private final AssetAccess access;

	AssetCategoryService(AssetCategoryRepository categories, RegulatoryFlagRepository flags, AssetAccess access) {
		this.categories = categories;
		this.flags = flags;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<AssetCategory> list() {
		return this.categories.findAllByOrderByKindAscNameAsc();
	}

	/** A category by id, or "not found". */
	@Transactional(readOnly = true)
	public AssetCategory get(Long id) {
		return this.categories.findById(id).orElseThrow(() -> new RecordNotFoundException("AssetCategory", id));
	}

	/** The category of a form field, or a field error naming it. */
	@Transactional(readOnly = true)
	public AssetCategory existing(String field, Long id) {
		if (id == null) {
			throw FieldRuleException.invalid(field, "NotNull");
		}
		return this.categories.findById(id).orElseThrow(() -> FieldRuleException.invalid(field, "UnknownValue", id));
	}

	@Transactional(readOnly = true)
	public List<RegulatoryFlag> flags() {
		return this.flags.findAllByOrderByJurisdictionAscCodeAsc();
	}

	/** The flags by jurisdiction (FR, QC, ANY), for the checkboxes of the form. */
	@Transactional(readOnly = true)
	public Map<String, List<RegulatoryFlag>> flagsByJurisdiction() {
		Map<String, List<RegulatoryFlag>> grouped = flags().stream()
			.collect(Collectors.groupingBy(RegulatoryFlag::getJurisdiction));
		Map<String, List<RegulatoryFlag>> ordered = new LinkedHashMap<>();
		JURISDICTIONS.forEach(j -> ordered.put(j, grouped.getOrDefault(j, List.of())));
		return ordered;
	}

	public boolean canEdit() {
		return this.access.keepsReferentials();
	}

	@Transactional
	public AssetCategory create(AssetCategoryForm form) {
		checkEditor();
		String code = code(form);
		if (this.categories.existsByCode(code)) {
			throw FieldRuleException.duplicate("code", code);
		}
		AssetCategory category = new AssetCategory(code);
		apply(category, form);
		return this.categories.saveAndFlush(category);
	}

	@Transactional
	public AssetCategory update(Long id, AssetCategoryForm form) {
		checkEditor();
		AssetCategory category = get(id);
		category.checkVersion(form.getVersion());
		String code = code(form);
		if (this.categories.existsByCodeAndIdNot(code, id)) {
			throw FieldRuleException.duplicate("code", code);
		}
		apply(category, form);
		return this.categories.saveAndFlush(category);
	}

	private void apply(AssetCategory category, AssetCategoryForm form) {
		Set<String> known = flags().stream().map(RegulatoryFlag::getCode).collect(Collectors.toSet());
		for (String flag : form.getFlags()) {
			if (!known.contains(flag)) {
				throw FieldRuleException.invalid("flags", "UnknownValue", flag);
			}
		}
		if (form.getParentId() != null) {
			if (form.getParentId().equals(category.getId())) {
				throw FieldRuleException.invalid("parentId", "UnknownValue", form.getParentId());
			}
			existing("parentId", form.getParentId());
		}
		category.update(form);
	}

	private void checkEditor() {
		if (!canEdit()) {
			throw new AccessDeniedException("Only group administrators edit categories");
		}
	}

	private static String code(AssetCategoryForm form) {
		return form.getCode().strip().toUpperCase(Locale.ROOT);
	}

}
