package org.socle.servicedesk.report;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.servicedesk.catalogue.ServiceCatalog;
import org.socle.servicedesk.report.ServiceReport.Scope;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The names of what a report covers, for people to read (the filter is checked). */
@Component
class ReportScopes {

	private final DirectoryApi directory;

	private final ServiceCatalog catalogue;

	ReportScopes(DirectoryApi directory, ServiceCatalog catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
	}

	Scope of(ReportFilter filter) {
		String service = (filter.serviceId() != null)
				? this.catalogue.get(filter.serviceId()).name(LocaleContextHolder.getLocale()) : null;
		String team = this.directory.team(filter.teamId()).map(TeamRef::name).orElse(null);
		String establishment = this.directory.establishmentName(filter.establishmentId()).orElse(null);
		return new Scope(filter.serviceId(), service, filter.teamId(), team, filter.establishmentId(), establishment);
	}

}
