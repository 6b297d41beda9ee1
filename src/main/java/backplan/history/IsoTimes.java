package backplan.history;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the history's timestamps quickly. {@code OffsetDateTime.parse} costs microseconds a call, most of the time
 * of reading a long history (docs/PERFORMANCE.md: 2.0 s → 1.6 s on 100,000 lines); the history writes one fixed
 * form ({@code 2026-11-24T07:30:05.123+01:00}), read here directly, and anything else falls back to the general
 * parser, so both always agree.
 */
final class IsoTimes {

    private static final ConcurrentHashMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private IsoTimes() {}

    /** The time, or null when the text is no ISO-8601 date-time with an offset; never throws. */
    static OffsetDateTime parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            OffsetDateTime fast = fast(s);
            return fast != null ? fast : OffsetDateTime.parse(s);
        } catch (DateTimeException e) { // DateTimeParseException included
            return null;
        }
    }

    /** A zone by id, looked up once per distinct id; null when unknown. */
    static ZoneId zone(String id) {
        ZoneId z = ZONES.get(id);
        if (z == null) {
            try {
                z = ZoneId.of(id);
            } catch (DateTimeException e) {
                return null;
            }
            if (ZONES.size() < 1000) {
                ZONES.put(id, z);
            }
        }
        return z;
    }

    /** {@code yyyy-MM-ddTHH:mm[:ss[.fraction]](Z|±HH:MM)}, or null to let the general parser decide. */
    private static OffsetDateTime fast(String s) {
        int n = s.length();
        if (n < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    i++;
                }
                if (i == start) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || i >= n) {
            return null;
        }
        ZoneOffset offset;
        char c = s.charAt(i);
        if (c == 'Z' && i == n - 1) {
            offset = ZoneOffset.UTC;
        } else if ((c == '+' || c == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            int total = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            offset = ZoneOffset.ofTotalSeconds(total);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (DateTimeException e) {
            return null; // say, February 30th: the general parser will give the reason
        }
    }

    /** The number written in {@code count} digits at {@code from}, or -1 when they are not all there. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
