package org.rapport.ui.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The small part of Markdown that course reading uses (paragraphs, "- " and "1. " lists, **bold**, *italic*),
 * built from text nodes only. Anything else, HTML included, stays literal text: content files are trusted less
 * than the page around them.
 */
class MarkdownText extends Div {
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*] +(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)] +(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*([^*\\s][^*]*?)\\*");

    MarkdownText(String markdown) {
        addClassName("markdown-text");
        for (String block : (markdown == null ? "" : markdown.strip()).split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                addBlock(block.lines().toList());
            }
        }
    }

    /** A block is a paragraph, a list, or a paragraph that runs straight into a list without a blank line. */
    private void addBlock(List<String> lines) {
        List<String> paragraph = new ArrayList<>();
        List<StringBuilder> items = new ArrayList<>();
        boolean numbered = false;
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBERED.matcher(line);
            if (bullet.matches() || number.matches()) {
                boolean isNumber = !bullet.matches();
                if (!items.isEmpty() && isNumber != numbered) {
                    addList(items, numbered);
                    items = new ArrayList<>();
                }
                if (items.isEmpty()) {
                    addParagraph(paragraph);
                    paragraph = new ArrayList<>();
                }
                numbered = isNumber;
                items.add(new StringBuilder((isNumber ? number : bullet).group(1).strip()));
            } else if (!items.isEmpty()) {
                items.get(items.size() - 1).append(' ').append(line.strip());
            } else {
                paragraph.add(line.strip());
            }
        }
        addParagraph(paragraph);
        addList(items, numbered);
    }

    private void addParagraph(List<String> lines) {
        if (!lines.isEmpty()) {
            Paragraph p = new Paragraph();
            inline(p, String.join(" ", lines));
            add(p);
        }
    }

    private void addList(List<StringBuilder> items, boolean numbered) {
        if (items.isEmpty()) {
            return;
        }
        HasComponents list = numbered ? new OrderedList() : new UnorderedList();
        for (StringBuilder item : items) {
            ListItem li = new ListItem();
            inline(li, item.toString());
            list.add(li);
        }
        add((com.vaadin.flow.component.Component) list);
    }

    private static void inline(HasComponents target, String text) {
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                target.add(new Text(text.substring(at, m.start())));
            }
            if (m.group(1) != null) {
                Span bold = new Span(m.group(1));
                bold.addClassName("md-bold");
                bold.getStyle().set("font-weight", "600");
                target.add(bold);
            } else {
                target.add(new Emphasis(m.group(2)));
            }
            at = m.end();
        }
        if (at < text.length()) {
            target.add(new Text(text.substring(at)));
        }
    }
}
