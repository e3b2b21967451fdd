package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void paragraphs_lists_bold_and_italic_become_text_components() {
        MarkdownText text = new MarkdownText("""
                First paragraph runs
                over two lines with **bold words** and *a stress*.

                Watch for these:

                - **The tail.** Advice tacked on
                  after a reflection.
                - **The parrot.** Repeating words.

                1. Reflect first.
                2. Ask permission.
                """);

        List<Component> blocks = text.getChildren().toList();
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(0).getElement().getTextRecursively())
                .isEqualTo("First paragraph runs over two lines with bold words and a stress.");
        assertThat(blocks.get(0).getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .containsExactly("bold words");
        assertThat(blocks.get(0).getChildren().filter(Emphasis.class::isInstance)).hasSize(1);
        assertThat(blocks.get(2)).isInstanceOf(UnorderedList.class);
        List<Component> bullets = blocks.get(2).getChildren().toList();
        assertThat(bullets).hasSize(2).allMatch(ListItem.class::isInstance);
        assertThat(bullets.get(0).getElement().getTextRecursively())
                .isEqualTo("The tail. Advice tacked on after a reflection.");
        assertThat(blocks.get(3)).isInstanceOf(OrderedList.class);
        assertThat(blocks.get(3).getChildren()).hasSize(2);
    }

    @Test
    void markup_that_looks_like_html_stays_literal_text() {
        MarkdownText text = new MarkdownText("<b>not bold</b> <script>alert(1)</script>");

        Component paragraph = text.getChildren().findFirst().orElseThrow();
        assertThat(paragraph.getElement().getTextRecursively())
                .isEqualTo("<b>not bold</b> <script>alert(1)</script>");
        assertThat(paragraph.getElement().getChildCount()).isEqualTo(1);
        assertThat(paragraph.getElement().getChild(0).isTextNode()).isTrue();
    }
}
