package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Set;

/** The catalogue as the API shows it. */
final class CatalogueViews {

	private CatalogueViews() {
	}

	record ServiceView(Long id, Long ownerTeamId, String nameFr, String nameEn, String description,
			ServiceStatus status, Integer priorityHint, Set<Long> customerIds, Set<Long> departmentIds,
			Set<Long> supportingIds, String retireReason, long version) {

		static ServiceView of(ServiceOffering s) {
			return new ServiceView(s.getId(), s.getOwnerTeamId(), s.getNameFr(), s.getNameEn(), s.getDescription(),
					s.getStatus(), s.getPriorityHint(), s.getCustomerIds(), s.getDepartmentIds(), s.getSupportingIds(),
					s.getRetireReason(), s.getVersion());
		}

	}

	record FieldView(FieldKind kind, String labelFr, String labelEn, boolean required, List<String> options) {

		static FieldView of(ItemField f) {
			return new FieldView(f.getKind(), f.getLabelFr(), f.getLabelEn(), f.isRequired(), f.options());
		}

	}

	record ItemView(Long id, Long serviceId, String labelFr, String labelEn, String description, ApprovalRule approval,
			Long approverId, int position, boolean archived, List<FieldView> fields, long version) {

		static ItemView of(RequestItem i) {
			return new ItemView(i.getId(), i.getServiceId(), i.getLabelFr(), i.getLabelEn(), i.getDescription(),
					i.getApproval(), i.getApproverId(), i.getPosition(), i.isArchived(),
					i.getFields().stream().map(FieldView::of).toList(), i.getVersion());
		}

	}

	record AnswerView(int position, FieldKind kind, String labelFr, String labelEn, String value, String shown) {

		static List<AnswerView> of(List<Answer> answers) {
			return java.util.stream.IntStream.range(0, answers.size())
				.mapToObj(i -> new AnswerView(i, answers.get(i).getKind(), answers.get(i).getLabelFr(),
						answers.get(i).getLabelEn(), answers.get(i).getValue(), answers.get(i).getShown()))
				.toList();
		}

	}

	/** Retiring a service: the version seen and why. */
	record Retirement(Long version, String reason) {
	}

}
