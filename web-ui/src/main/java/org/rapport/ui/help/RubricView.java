package org.rapport.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The rubric the grader, the course and the supervisors use, as a page learners open from their feedback. It is
 * the project's own {@code docs/rubric.md}, copied into the app at build time so there is one text to keep.
 */
@Route("rubric")
@PageTitle("The four moves · Rapport")
@Menu(order = 8, title = "The four moves")
@PermitAll
public class RubricView extends VerticalLayout {
    static final String RUBRIC = "/help/rubric.md";
    private static final String HTML = render(read());

    public RubricView() {
        setMaxWidth("60rem");
        Div text = new Div();
        text.setId("rubric");
        text.addClassName("rubric");
        // Our own file, rendered with raw HTML escaped: nothing a person typed reaches this page.
        text.getElement().setProperty("innerHTML", HTML);
        add(text);
    }

    static String render(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));
    }

    private static String read() {
        try (InputStream in = RubricView.class.getResourceAsStream(RUBRIC)) {
            if (in == null) {
                throw new IllegalStateException(RUBRIC + " is missing: the build copies it from docs/rubric.md");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
