package org.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A first start with no RAPPORT_DEMO_PASSWORD: the demo accounts get a random password, shown in the log once. */
@SpringBootTest(properties = {"RAPPORT_DEMO_PASSWORD=",
        "spring.datasource.url=jdbc:h2:mem:rapport-demo-password;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordIT {
    private static final Pattern SHOWN = Pattern.compile("with the password: (\\S+)");

    @Autowired
    DemoData demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_random_password_is_printed_once_and_lets_each_demo_account_in(CapturedOutput output) {
        Matcher shown = SHOWN.matcher(output.getAll());
        assertThat(shown.find()).as("the start-up log shows the password").isTrue();
        String password = shown.group(1);

        assertThat(password).hasSize(16).isNotEqualTo("demo-password-for-tests");
        for (String user : new String[] {"learner", "supervisor", "admin", "maya.chen"}) {
            assertThat(passwords.matches(password, users.loadUserByUsername(user).getPassword())).as(user).isTrue();
        }
        assertThat(shown.find()).as("shown once").isFalse();

        int before = output.getAll().length();
        demo.run(null);

        assertThat(output.getAll().substring(before)).as("a later start makes no demo and shows nothing")
                .doesNotContain("with the password");
    }
}
