package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.DirectoryApi.TeamRef;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's catalogue, owned by the demo teams (found by their names) and offered
 * to every establishment, when the catalogue is empty.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(111)
class CatalogueDemo implements ApplicationRunner {

	private final ServiceOfferingRepository services;

	private final RequestItemRepository items;

	private final DirectoryApi directory;

	CatalogueDemo(ServiceOfferingRepository services, RequestItemRepository items, DirectoryApi directory) {
		this.services = services;
		this.items = items;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Long> teams = this.directory.teams()
			.stream()
			.collect(Collectors.toMap(TeamRef::name, TeamRef::id, (a, b) -> a));
		Long it = teams.get("Informatique GHT");
		Long biomedical = teams.get("Biomédical GHT");
		if (this.services.count() > 0 || it == null || biomedical == null) {
			return;
		}
		List<Long> everywhere = this.directory.establishments().stream().map(EstablishmentRef::id).toList();
		ServiceOffering workstation = service(it, "Poste de travail", "Workstation",
				"Ordinateurs, écrans, imprimantes et périphériques du personnel.\n\n- prêt\n- installation\n- déménagement",
				3, everywhere, List.of());
		ServiceOffering mail = service(it, "Messagerie", "E-mail",
				"Boîtes aux lettres nominatives et partagées, listes de diffusion, messagerie sécurisée de santé.", 3,
				everywhere, List.of(workstation.getId()));
		ServiceOffering access = service(it, "Accès aux applications", "Application access",
				"Comptes et droits sur le dossier patient, la GAM, la paie et les autres logiciels du groupe.", 3,
				everywhere, List.of(workstation.getId()));
		ServiceOffering biomed = service(biomedical, "Maintenance biomédicale", "Biomedical maintenance",
				"Réparation, contrôles et prêt d'équipements biomédicaux.", 2, everywhere, List.of());
		item(workstation, "Demander un poste ou un écran", "Ask for a computer or a screen", ApprovalRule.NONE,
				List.of(choice("Matériel", "Equipment", true, "Poste fixe", "Portable", "Écran", "Imprimante"),
						field(FieldKind.DATE, "Pour le", "Needed by", true),
						field(FieldKind.NUMBER, "Quantité", "Quantity", true)));
		item(mail, "Créer une boîte partagée", "Create a shared mailbox", ApprovalRule.NONE,
				List.of(field(FieldKind.TEXT, "Nom de la boîte", "Mailbox name", true),
						field(FieldKind.PERSON, "Responsable de la boîte", "Mailbox owner", true)));
		item(access, "Demande d'accès à une application", "Application access request", ApprovalRule.DEPARTMENT_HEAD,
				List.of(choice("Application", "Application", true, "Dossier patient", "GAM", "Paie", "Messagerie"),
						field(FieldKind.PERSON, "Pour qui", "For whom", true),
						field(FieldKind.DATE, "À partir du", "From", true),
						field(FieldKind.TEXT, "Profil ou droits souhaités", "Profile or rights wanted", false)));
		item(biomed, "Demander le prêt d'un équipement", "Borrow a device", ApprovalRule.NONE,
				List.of(choice("Équipement", "Device", true, "Pousse-seringue", "Pompe", "Moniteur"),
						field(FieldKind.DATE, "Du", "From", true), field(FieldKind.DATE, "Au", "To", true)));
	}

	private ServiceOffering service(Long team, String nameFr, String nameEn, String description, int priority,
			List<Long> customers, List<Long> supporting) {
		ServiceForm form = new ServiceForm();
		form.setOwnerTeamId(team);
		form.setNameFr(nameFr);
		form.setNameEn(nameEn);
		form.setDescription(description);
		form.setStatus(ServiceStatus.LIVE);
		form.setPriorityHint(priority);
		form.setCustomerIds(customers);
		form.setSupportingIds(supporting);
		return this.services.save(new ServiceOffering(form));
	}

	private void item(ServiceOffering service, String labelFr, String labelEn, ApprovalRule approval,
			List<ItemField> fields) {
		ItemForm form = new ItemForm();
		form.setLabelFr(labelFr);
		form.setLabelEn(labelEn);
		form.setApproval(approval);
		RequestItem item = new RequestItem(service.getId());
		item.update(form, fields);
		this.items.save(item);
	}

	private static ItemField field(FieldKind kind, String labelFr, String labelEn, boolean required) {
		return new ItemField(kind, labelFr, labelEn, required, List.of());
	}

	private static ItemField choice(String labelFr, String labelEn, boolean required, String... options) {
		return new ItemField(FieldKind.CHOICE, labelFr, labelEn, required, List.of(options));
	}

}
