package org.socle.shared.markdown;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes the renderer available to templates as {@code #markdown}:
 * {@code <div th:utext="${#markdown.html(text)}">}. An expression object rather than a
 * bean reference ({@code @markdown}), which Thymeleaf refuses in {@code th:utext}.
 */
@Component
class MarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "markdown";

	private final MarkdownRenderer renderer;

	MarkdownDialect(MarkdownRenderer renderer) {
		super("Markdown");
		this.renderer = renderer;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? MarkdownDialect.this.renderer : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
