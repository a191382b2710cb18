package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ScrapedMetricsTest {

    private static final String SCRAPE = """
            # HELP redress_events_dead_lettered_total Events refused to a dead-letter topic
            # TYPE redress_events_dead_lettered_total counter
            redress_events_dead_lettered_total{consumer="complaints.remedy-progress",reason="event.implausible-value",topic="redress.remedies.v1"} 2.0 # {span_id="b466cdeac44dcd7d",trace_id="66729dfa90281c087b82b577af148fa2"} 1.0 1.796528223289E9
            redress_events_dead_lettered_total{consumer="complaints.remedy-progress",reason="event.invalid-attributes",topic="redress.remedies.v1"} 1.0
            redress_outbox_unsent_events 3.0
            """;

    @Test
    void aSeriesValueIsReadBeforeItsExemplar() {
        ScrapedMetrics scraped = ScrapedMetrics.parse(SCRAPE);

        assertThat(scraped.value("redress_events_dead_lettered_total",
                Map.of("consumer", "complaints.remedy-progress", "reason", "event.implausible-value"))).isEqualTo(2.0);
        assertThat(scraped.sum("redress_events_dead_lettered_total")).isEqualTo(3.0);
        assertThat(scraped.sum("redress_outbox_unsent_events")).isEqualTo(3.0);
    }
}
