package org.edgaretl;

import org.edgaretl.cli.EdgarEtlCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind the command line; {@link #main} hands the arguments to picocli first. */
@SpringBootApplication
public class EdgarEtlApplication {

    public static void main(String[] args) {
        System.exit(EdgarEtlCommand.execute(args));
    }

    /** The jar's Implementation-Version (the Maven project version); "dev" when running from unpackaged classes. */
    public static String version() {
        String version = EdgarEtlApplication.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
