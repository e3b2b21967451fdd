package org.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.rapport.config.RapportProperties;

/** When the demo cohort is made: the decision only, without a database (DemoData's run is covered by the ITs). */
class DemoDataTest {
    private static final String H2 = "jdbc:h2:file:./data/rapport;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://db.example.org:5432/rapport";

    private static DemoData demo(String mode, String url) {
        var settings = new RapportProperties("./data", "", null, null, null, new RapportProperties.Demo(mode), null, null);
        return new DemoData(null, null, null, null, null, null, Clock.systemUTC(), null, null, settings, url, "");
    }

    @Test
    void by_default_the_demo_is_made_on_the_embedded_database_and_never_on_one_someone_configured() {
        assertThat(demo("auto", H2).enabled()).isTrue();
        assertThat(demo("auto", POSTGRES).enabled()).isFalse();
        assertThat(demo("auto", "").enabled()).isFalse();
    }

    @Test
    void a_mode_that_is_none_of_the_three_stops_start_up_with_its_name() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demo("yes", H2))
                .hasMessageContaining("rapport.demo.enabled");
    }

    @Test
    void an_operator_can_ask_for_it_on_any_database_or_turn_it_off_whatever_the_case_and_spacing() {
        assertThat(demo(" TRUE ", POSTGRES).enabled()).isTrue();
        assertThat(demo("false", H2).enabled()).isFalse();
        assertThat(demo("False", H2).enabled()).isFalse();
    }
}
