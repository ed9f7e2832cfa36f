package org.edgaretl.extract.filing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.FieldSource;

/**
 * A filing's identity as its file's name or path under the input states it, for documents saved without
 * EDGAR's header: the accession number of a name such as {@code 0001193125-23-048785.htm} (or
 * {@code 100493_8K_2015_0000100493-15-000011.htm}), of a folder named by it, or of EDGAR's own filing folder
 * {@code edgar/data/1001258/000119312523048785/}, whose parent also gives the CIK. Nothing else in a path is
 * read as an identity: no other number is taken for a CIK, and a name that holds two different accession
 * numbers gives none.
 */
final class EdgarPath {

    private static final Pattern ACCESSION_IN_NAME = Pattern.compile("(?<![0-9])([0-9]{10})-([0-9]{2})-([0-9]{6})(?![0-9])");
    private static final Pattern ACCESSION = Pattern.compile("[0-9]{10}-[0-9]{2}-[0-9]{6}");
    private static final Pattern DASHLESS_ACCESSION = Pattern.compile("[0-9]{18}");
    private static final Pattern CIK = Pattern.compile("[0-9]{1,10}");
    /** Separators of a source name: directories, Windows directories, an archive and its entry. */
    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\!]+");

    private EdgarPath() {
    }

    /** The accession number that the file's own name states, or none. */
    static CoverFields fileName(String sourceFile) {
        List<String> segments = segments(sourceFile);
        String name = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ACCESSION_IN_NAME.matcher(name);
        while (m.find()) {
            found.add(m.group());
        }
        return CoverFields.identity(FieldSource.FILE_NAME, found.size() == 1 ? found.iterator().next() : null, null);
    }

    /**
     * The accession number and CIK that the file's folders state: the folder nearest the file that is named by
     * an accession number ({@code 0001193125-23-048785/}, or EDGAR's {@code edgar/data/CIK/000119312523048785/}),
     * and the CIK folder of an {@code edgar/data/CIK/} path.
     */
    static CoverFields path(String sourceFile) {
        List<String> segments = segments(sourceFile);
        List<String> folders = segments.isEmpty() ? List.of() : segments.subList(0, segments.size() - 1);
        String accession = null;
        String cik = null;
        for (int i = 0; i < folders.size(); i++) {
            String folder = folders.get(i);
            if (ACCESSION.matcher(folder).matches()) {
                accession = folder;
            }
            boolean edgarData = i >= 3 && folders.get(i - 3).toLowerCase(Locale.ROOT).equals("edgar")
                    && folders.get(i - 2).toLowerCase(Locale.ROOT).equals("data") && isCik(folders.get(i - 1));
            if (edgarData && DASHLESS_ACCESSION.matcher(folder).matches()) {
                accession = folder.substring(0, 10) + "-" + folder.substring(10, 12) + "-" + folder.substring(12);
            }
            boolean cikFolder = i >= 2 && folders.get(i - 2).toLowerCase(Locale.ROOT).equals("edgar")
                    && folders.get(i - 1).toLowerCase(Locale.ROOT).equals("data") && isCik(folder);
            if (cikFolder) {
                cik = HeaderFields.pad(folder);
            }
        }
        return CoverFields.identity(FieldSource.PATH, accession, cik);
    }

    private static boolean isCik(String folder) {
        return CIK.matcher(folder).matches() && !folder.chars().allMatch(c -> c == '0');
    }

    private static List<String> segments(String sourceFile) {
        List<String> out = new ArrayList<>();
        for (String s : SEPARATORS.split(sourceFile)) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
