package org.socle.inventory.workorder;

import java.util.List;

import org.socle.directory.DirectoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;

import org.springframework.stereotype.Component;

/**
 * The establishments and teams a reader may filter on: those of the reader's scope only,
 * so a filter never shows another establishment's names.
 */
@Component
public class ReaderChoices {

	private final AssetAccess access;

	private final DirectoryApi directory;

	ReaderChoices(AssetAccess access, DirectoryApi directory) {
		this.access = access;
		this.directory = directory;
	}

	public List<DirectoryApi.EstablishmentRef> establishments() {
		AssetReaders readers = this.access.readers();
		return this.directory.establishments()
			.stream()
			.filter(e -> readers.all() || readers.establishmentIds().contains(e.id()))
			.toList();
	}

	public List<DirectoryApi.TeamRef> teams() {
		AssetReaders readers = this.access.readers();
		return this.directory.teams()
			.stream()
			.filter(t -> readers.all() || readers.teamIds().contains(t.id())
					|| readers.establishmentIds().contains(t.establishmentId()))
			.toList();
	}

}
