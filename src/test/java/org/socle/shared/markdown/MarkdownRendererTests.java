package org.socle.shared.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What survives of a user's Markdown once rendered and sanitised. */
class MarkdownRendererTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private Document render(String text) {
		return Jsoup.parseBodyFragment(this.markdown.html(text));
	}

	@Test
	void formattingListsTablesAndCodeAreRendered() {
		Document html = render("""
				**gras** et *penché* et ~~barré~~

				- un
				- deux

				1. premier

				| Poste | Salle |
				|:------|------:|
				| PC-12 | B204  |

				```java
				int x = 1;
				```
				""");
		assertThat(html.select("strong").text()).isEqualTo("gras");
		assertThat(html.select("em").text()).isEqualTo("penché");
		assertThat(html.select("ul > li")).hasSize(2);
		assertThat(html.select("ol > li").text()).isEqualTo("premier");
		assertThat(html.select("table thead th")).extracting(Element::text).containsExactly("Poste", "Salle");
		assertThat(html.select("table tbody td").first().attr("align")).isEqualTo("left");
		assertThat(html.select("pre > code.language-java").text()).isEqualTo("int x = 1;");
	}

	@Test
	void scriptsAndRawHtmlShowAsTextAndNeverAsMarkup() {
		String rendered = this.markdown.html("""
				Avant <script>alert('x')</script> après

				<img src=x onerror="alert(1)">

				<div style="position:fixed">calque</div>
				""");
		Document html = Jsoup.parseBodyFragment(rendered);
		assertThat(html.select("script, img, div, [style], [onerror]")).isEmpty();
		assertThat(html.text()).contains("<script>alert('x')</script>").contains("calque");
		assertThat(rendered).doesNotContain("<script").doesNotContain("<img");
	}

	@Test
	void linksKeepOnlySafeProtocolsAndGetNofollowNoopener() {
		Document html = render("""
				[site](https://example.org/a) [mail](mailto:it@example.org) [piège](javascript:alert(1)) \
				[data](data:text/html;base64,PHNjcmlwdD4=) <https://example.org/auto>
				""");
		assertThat(html.select("a[href]")).extracting(a -> a.attr("href"))
			.containsExactly("https://example.org/a", "mailto:it@example.org", "https://example.org/auto");
		assertThat(html.select("a[href]")).allSatisfy(a -> assertThat(a.attr("rel")).contains("nofollow", "noopener"));
		assertThat(html.text()).contains("piège").contains("data");
		assertThat(html.html()).doesNotContainIgnoringCase("javascript:");
	}

	@Test
	void anImageIsNeverLoadedButOfferedAsALink() {
		Document html = render("![schéma](https://tracker.example.org/pixel.png) ![x](javascript:alert(1))");
		assertThat(html.select("img")).isEmpty();
		assertThat(html.select("a[href]")).extracting(a -> a.attr("href"))
			.containsExactly("https://tracker.example.org/pixel.png");
		assertThat(html.select("a").first().text()).isEqualTo("schéma");
		assertThat(html.html()).doesNotContainIgnoringCase("javascript:");
	}

	@Test
	void lineBreaksTypedInATextAreaAreKept() {
		assertThat(render("ligne 1\nligne 2").select("p br")).hasSize(1);
	}

	@Test
	void noTextGivesNoHtml() {
		assertThat(this.markdown.html(null)).isEmpty();
		assertThat(this.markdown.html("  \n")).isEmpty();
	}

}
