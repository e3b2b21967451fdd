package org.rapport.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = RubricView.class)
class RubricViewIT extends SpringBrowserlessTest {

    @Test
    void a_learner_opens_the_rubric_with_its_four_moves_and_tables() {
        navigate(RubricView.class);

        String html = $(Div.class).id("rubric").getElement().getProperty("innerHTML");
        assertThat(html).contains("<h1>The four moves: Rapport's rubric</h1>", "<h2>Judging</h2>",
                "<h2>Validating</h2>", "<h2>Reflective</h2>", "<h2>Partnering</h2>", "<table>", "<td>");
    }

    @Test
    void markup_in_the_text_is_shown_as_text_never_run() {
        assertThat(RubricView.render("A <script>alert(1)</script> and <b>bold</b>"))
                .doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
