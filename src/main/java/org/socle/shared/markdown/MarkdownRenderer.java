package org.socle.shared.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Renders user Markdown (CommonMark with GitHub tables) to HTML fit for {@code th:utext};
 * templates call it as {@code #markdown.html(text)} ({@link MarkdownDialect}).
 * <p>
 * Two locks, each enough on its own: CommonMark escapes raw HTML typed in the text (it
 * shows as text, never as markup) and only emits http, https and mailto links; then the
 * OWASP sanitizer keeps a fixed list of elements (formatting, blocks, lists, tables,
 * code, links) with no style, no {@code on*} attribute and no image, and puts
 * {@code rel="nofollow noopener"} on every link. Images are shown as links to their
 * address, so that a text never makes the browser fetch anything by itself.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "s", "h1", "h2", "h3", "h4",
				"h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,9}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(true, "left", "center", "right")
		.onElements("th", "td")
		.allowAttributes("class")
		.matching(Pattern.compile("language-[\\w+#-]{1,40}"))
		.onElements("code")
		.allowElements("a")
		.allowAttributes("href")
		.matching((element, attribute, value) -> value.isBlank() ? null : value)
		.onElements("a")
		.allowAttributes("title")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>\n")
		.nodeRendererFactory(ImageAsLink::new)
		.build();

	/** The safe HTML of a Markdown text; empty for none. */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

	/**
	 * An image becomes a link to its address, labelled with its alternative text: the
	 * reader chooses to open it.
	 */
	private static final class ImageAsLink implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		private final HtmlWriter html;

		ImageAsLink(HtmlNodeRendererContext context) {
			this.context = context;
			this.html = context.getWriter();
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node node) {
			Image image = (Image) node;
			String url = this.context.urlSanitizer().sanitizeLinkUrl(image.getDestination());
			this.html.tag("a", Map.of("href", this.context.encodeUrl(url)));
			Node child = image.getFirstChild();
			if (child == null) {
				this.html.text(image.getDestination());
			}
			while (child != null) {
				Node next = child.getNext();
				this.context.render(child);
				child = next;
			}
			this.html.tag("/a");
		}

	}

}
