package backplan.host;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The crontab line: its time, its words quoted for sh and its percent signs for cron. */
class CronTableTest {

    @Test
    void aLineAndItsTimeReadBack() {
        String line = CronTable.line(LocalTime.of(7, 5), List.of("/b/backplan", "remind", "--again"),
                Map.of("XDG_DATA_HOME", "/it's 100%"));
        assertEquals("5 7 * * * XDG_DATA_HOME='/it'\\''s 100\\%' '/b/backplan' 'remind' '--again' # backplan-reminder",
                line);
        assertEquals(Optional.of(LocalTime.of(7, 5)), CronTable.time(line));
        assertEquals(true, CronTable.second(line));
    }
}
