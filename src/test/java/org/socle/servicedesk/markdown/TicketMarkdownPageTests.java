package org.socle.servicedesk.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ticket page shows descriptions and comments as safe Markdown. */
@SocleIntegrationTest
class TicketMarkdownPageTests {

	private static final String HOSTILE = """
			**Écran noir** sur le poste de la salle B204

			<script>alert('vol de session')</script>
			<img src=x onerror="alert(1)">

			[cliquez ici](javascript:alert(document.cookie)) ou [l'intranet](https://intranet.example.org)

			| Poste | Salle |
			|-------|-------|
			| PC-12 | B204  |

			- redémarré
			- toujours noir
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TicketRepository tickets;

	@Test
	void theDescriptionAndCommentsShowTheirFormattingButNoScriptNorDangerousLink() throws Exception {
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, team);
		Ticket ticket = this.fixtures.ticket(a, team, this.fixtures.person(a));
		ticket.setDescription(HOSTILE);
		this.tickets.saveAndFlush(ticket);
		this.mvc
			.perform(this.fixtures.as(agent, post("/servicedesk/tickets/{id}/comments", ticket.getId()))
				.param("body", HOSTILE))
			.andExpect(status().is3xxRedirection());

		String body = this.mvc.perform(this.fixtures.as(agent, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		Element description = page.selectFirst(".ticket-description");
		Element comment = page.selectFirst(".timeline-comment");
		for (Element shown : new Element[] { description, comment }) {
			assertThat(shown.select("strong").text()).isEqualTo("Écran noir");
			assertThat(shown.select("table td")).hasSize(2);
			assertThat(shown.select("ul li")).hasSize(2);
			assertThat(shown.select("script, img, [onerror]")).isEmpty();
			assertThat(shown.select("a[href]")).extracting(l -> l.attr("href"))
				.containsExactly("https://intranet.example.org");
			assertThat(shown.selectFirst("a").attr("rel")).contains("nofollow");
			assertThat(shown.text()).contains("<script>alert('vol de session')</script>").contains("cliquez ici");
		}
		assertThat(body).doesNotContain("<script>alert").doesNotContainIgnoringCase("javascript:alert");
	}

}
