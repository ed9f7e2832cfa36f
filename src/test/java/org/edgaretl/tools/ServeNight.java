package org.edgaretl.tools;

import java.time.LocalDate;
import java.util.List;

import org.edgaretl.fetch.EdgarFixture;
import org.edgaretl.fetch.EdgarTestServer;

/**
 * Serves a night of N distinct filings built from the test corpus in EDGAR's layout on 127.0.0.1 until
 * killed, for trying {@code fetch} by hand and for {@code jobs/bench-fetch.sh}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.edgaretl.tools.ServeNight 2025-01-02 300}.
 * Prints the base URL on its first line, then one line per second with the requests so far.
 */
public final class ServeNight {

    public static void main(String[] args) throws Exception {
        LocalDate day = LocalDate.parse(args.length > 0 ? args[0] : "2025-01-02");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (EdgarTestServer server = new EdgarTestServer()) {
            List<EdgarFixture.Submission> night = EdgarFixture.night(day, n);
            EdgarFixture.serve(server, day, night);
            System.out.println(server.baseUrl());
            System.out.flush();
            while (true) {
                Thread.sleep(1000);
                System.out.println("requests " + server.requests() + " max/s " + server.maxPerSecond());
                System.out.flush();
            }
        }
    }
}
