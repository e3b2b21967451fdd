package org.rapport.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = TryAReplyView.class)
class TryAReplyViewIT extends SpringBrowserlessTest {

    @Test
    void a_learner_types_a_reply_and_sees_its_move() {
        navigate(TryAReplyView.class);
        test($(TextArea.class).withCaption("What would you say?").single())
                .setValue("I understand, but you really need to take your medication.");
        test($(Button.class).withText("Grade my reply").single()).click();

        assertThat($(Span.class).withId("reply-move").single().getText()).startsWith("Judging");
    }

    @Test
    void an_empty_reply_shows_a_clear_message_and_no_grade() {
        navigate(TryAReplyView.class);
        test($(Button.class).withText("Grade my reply").single()).click();

        assertThat($(Span.class).withId("reply-error").single().getText()).contains("empty");
        assertThat($(Span.class).withId("reply-move").exists()).isFalse();
    }
}
