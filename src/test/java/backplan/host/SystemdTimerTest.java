package backplan.host;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit files' words, quoted as systemd.syntax(7) and systemd.service(5) say. */
class SystemdTimerTest {

    @Test
    void everyWordIsQuotedAndItsSpecialCharactersEscaped() {
        assertEquals("\"/opt/my \\\"apps\\\"/100%%/$x\\\\y\"", SystemdTimer.quoted("/opt/my \"apps\"/100%/$x\\y", false));
        assertEquals("\"a$$b\"", SystemdTimer.quoted("a$b", true));
    }

    @Test
    void theServiceRunsTheLauncherWithItsVariables() {
        String service = SystemdTimer.service(List.of("/opt/b p/bin/backplan", "--data-dir", "/d/$1", "remind"),
                Map.of("XDG_DATA_HOME", "/x/$y"), "a reminder at 50%");
        assertEquals("""
                # Made by 'backplan remind install'; 'backplan remind uninstall' removes it.
                [Unit]
                Description=backplan: a reminder at 50%%

                [Service]
                Type=oneshot
                Environment="XDG_DATA_HOME=/x/$y"
                ExecStart="/opt/b p/bin/backplan" "--data-dir" "/d/$$1" "remind"
                TimeoutStartSec=2min
                """, service);
    }
}
