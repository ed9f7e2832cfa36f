package org.edgaretl.extract.financings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.Exemption;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.Instrument;
import org.edgaretl.extract.document.DateText;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/** Reads capital raises and borrowings announced in a filing's items and press releases. */
public final class FinancingExtractor {

    /** The items where financings are reported: Items 2 and 5 before 2004, Items 1.01, 2.03, 3.02 and 8.01 after. */
    static final Set<String> FINANCING_ITEMS = Set.of("2", "5", "1.01", "2.03", "3.02", "8.01");
    private static final BigDecimal MIN_AMOUNT = new BigDecimal(10_000);
    private static final int CONTEXT_SENTENCES = 15;

    /**
     * Words saying a sum is raised or borrowed now; without one the sentence is background. The lookahead on
     * the first letters of the alternatives (here and below) only lets the scan skip positions fast.
     */
    private static final Pattern TRIGGER = Pattern.compile(
            "(?=[iscpoebar])\\b(?:issu(?:e|ed|es|ing|ance)|sold|sale|sell|complet(?:ed|ion)|closed|closing|pric(?:ed|ing)|offering"
                    + "|private\\s+placement|placement|entered\\s+into|borrow(?:ed|ings?)?|provides?\\s+for|providing\\s+for"
                    + "|arranged|obtained|raised?|exchange\\s+offer|expanded|increased|commitments?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSED = Pattern.compile(
            "\\b(?:closed|completed|consummated|issued\\s+and\\s+sold)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DONE = Pattern.compile(
            "\\b(?:sold|issued|priced|pricing|entered\\s+into|borrowed|arranged|obtained|provides?\\s+for|raised|placed)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What stands just before a sum that is not a new raise: proceeds, repayments, limits, prior facilities. */
    private static final Pattern NOT_BEFORE = Pattern.compile(
            "net\\s+proceeds|proceeds\\s+of|repurchas|buy-?back|redeem|redemption|repa(?:y|id|yment)|prepa|retire"
                    + "|dividend|revenue|sales\\s+of|income|earnings|sublimit|letter\\s+of\\s+credit|outstanding|in\\s+excess\\s+of"
                    + "|previous(?!ly)|prior\\b|to\\s+convert|convert\\s+all|former|existing|replac|additional|over-?allotment|acquisition|acquir|merger"
                    + "|consideration|\\bper\\b|judgment|\\bfees?\\b|expenses?|\\bcosts?\\b|tender|valued|value\\s+of|basket"
                    + "|threshold|reduc|decrease|resulting\\s+in|restructur|recapitaliz|payable|stood\\s+at|balance|\\bfrom\\s{0,3}$|\\bcap\\s+of|\\bloss|deficit|cash\\s+(?:and|balance)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AFTER = Pattern.compile(
            "^[^$]{0,40}?(?:sublimit|letter\\s+of\\s+credit|net\\s+proceeds|repurchase|per\\s+share|or\\s+more|outstanding"
                    + "|dividend|revenue|in\\s+cash|of\\s+cash|replac|existing)", Pattern.CASE_INSENSITIVE);
    /** Sums paid out to holders of existing securities (merger cash-outs), not raised. */
    private static final Pattern PAID_OUT = Pattern.compile("\\b(?:paid|pays?|(?:stock|share)?holders\\s+of)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Sentences about hypotheticals, dilution tables and merger consideration, where sums are not raised. */
    private static final Pattern NOT_SENTENCE = Pattern.compile(
            "(?=[ianscpwe])(?:^(?:If|Assuming|After\\s+giving\\s+effect)\\b|as\\s+adjusted|net\\s+tangible\\s+book|\\bconsideration\\b"
                    + "|pro\\s+forma|would\\s+issue|^We\\s+may\\b|in\\s+one\\s+or\\s+more\\s+offerings"
                    + "|extension\\s+of\\s+the\\s+expiration|extend(?:ed|s)?\\s+the\\s+expiration)", Pattern.CASE_INSENSITIVE);
    /** Words before an instrument that make it the underlying or an old security, not the one sold. */
    private static final Pattern NOT_THE_ONE_SOLD = Pattern.compile(
            "(?:to\\s+purchase|into|underlying|issuable|upon|amendments?\\s+(?:of|to)|existing|former|previous|prior|outstanding)\\b[^;]{0,60}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:[^,]{0,30},\\s{1,3})?(?:on|in)\\s{1,3}(?:" + DateText.MONTH_NAME + ")\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DUE_YEAR = Pattern.compile("\\bdue\\s.{0,20}?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GAP_STOP = Pattern.compile(
            "[,;()]|\\b(?:to|for|under|which|was|were|is|are|be|by|with|from|that|or|pursuant|as|was|will|such\\s+that)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESS_RELEASE = Pattern.compile(
            "FOR\\s+IMMEDIATE\\s+RELEASE|today\\s+announced|announced\\s+today|PR\\s?Newswire|Business\\s?Wire"
                    + "|GLOBE\\s?NEWSWIRE|NEWS\\s+RELEASE|PRESS\\s+RELEASE", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBEDDED_RELEASE = Pattern.compile(
            "FOR\\s{1,3}IMMEDIATE\\s{1,3}RELEASE|(?m)^\\s{0,60}(?:NEWS|PRESS)\\s{1,3}RELEASE\\s*$");
    /** The most characters from the start of an {@link #EMBEDDED_RELEASE} match to its "RELEASE" (60 + 5 + 3). */
    private static final int RELEASE_REACH = 80;
    private static final Pattern DATELINE = Pattern.compile("\\s{0,3}(?:--|—|–|-|/|\\(|\\s+today\\b)");

    /** A stretch of filing text read as a unit: an 8-K item, a press release, or a terms agreement. */
    private record Source(List<String> sentences, LocalDate dateline, boolean pressRelease) {
    }

    /** One sum tied to an instrument in one sentence (or a term sheet), with the terms read around it. */
    private record Candidate(CandidateStatus status, Instrument instrument, String instrumentText, MoneyAmount amount,
                             Terms terms, String evidence) {
    }

    public List<Financing> extract(Submission submission, DocumentIndex index, Filing filing, List<Event> events) {
        LocalDate asOf = filing.filedDate() != null ? filing.filedDate()
                : filing.reportDate() != null ? filing.reportDate() : coverDate(index);
        List<Source> sources = sources(submission, index, events);
        Map<String, InstrumentClassifier.Mention> terms = definedTerms(sources);
        List<Candidate> candidates = new ArrayList<>();
        for (Source source : sources) {
            for (int i = 0; i < source.sentences().size(); i++) {
                read(source, i, terms, asOf, candidates);
            }
        }
        for (SubmissionDocument doc : submission.documents()) {
            if (isTermsAgreement(doc)) {
                for (TermSheetReader.Term t : TermSheetReader.read(doc.text())) {
                    candidates.add(new Candidate(CandidateStatus.CLOSED, t.instrument(), t.instrumentText(), t.amount(),
                            t.terms(), t.evidence()));
                }
            }
        }
        List<Financing> out = new ArrayList<>();
        for (List<Candidate> group : merge(candidates)) {
            out.add(toFinancing(filing.filingId(), out.size() + 1, group));
        }
        return out;
    }

    private static List<Source> sources(Submission submission, DocumentIndex index, List<Event> events) {
        List<Source> sources = new ArrayList<>();
        List<Event> reported = events == null ? List.of()
                : events.stream().filter(e -> e.reported() && FINANCING_ITEMS.contains(e.itemCode())
                        && !e.text().isBlank()).toList();
        submission.primaryDocument().filter(d -> !d.isExhibit()).ifPresent(primary -> {
            boolean wholeText = false;
            if (!reported.isEmpty()) {
                for (Event e : reported) {
                    sources.add(new Source(SentenceSplitter.split(e.text()), null, false));
                }
            } else {
                List<String> sections = index.looseItemTexts(FINANCING_ITEMS);
                for (String section : sections) {
                    sources.add(new Source(SentenceSplitter.split(section), null, false));
                }
                // no heading at all (or one financing item spanning it): the whole text, already read
                wholeText = sections.size() == 1 && sections.get(0).length() == primary.text().length();
            }
            Matcher embedded = EMBEDDED_RELEASE.matcher(primary.text());
            if (!wholeText && findEmbeddedRelease(embedded, primary.text())) {
                // Document-only filings carry their press release inline, after the signature and exhibit list.
                List<String> sentences = SentenceSplitter.split(primary.text().substring(embedded.start()));
                sources.add(new Source(sentences, dateline(sentences), true));
            }
        });
        for (SubmissionDocument doc : submission.exhibits()) {
            if (doc.type().startsWith("EX-99") && isPressRelease(doc)) {
                List<String> sentences = SentenceSplitter.split(doc.text());
                sources.add(new Source(sentences, dateline(sentences), true));
            }
        }
        return sources;
    }

    /**
     * {@code embedded.find()}, started shortly before the first "RELEASE" instead of at the top: every match
     * ends in that word, at most {@link #RELEASE_REACH} characters after its start.
     */
    private static boolean findEmbeddedRelease(Matcher embedded, String text) {
        int release = text.indexOf("RELEASE");
        return release >= 0 && embedded.find(Math.max(0, release - RELEASE_REACH));
    }

    private static boolean isPressRelease(SubmissionDocument doc) {
        String description = doc.description().toLowerCase(Locale.ROOT);
        if (description.contains("transcript") || description.contains("financial statements")) {
            return false;
        }
        String head = doc.text().length() > 4000 ? doc.text().substring(0, 4000) : doc.text();
        return description.contains("press") || description.contains("release")
                || PRESS_RELEASE.matcher(head).find();
    }

    private static boolean isTermsAgreement(SubmissionDocument doc) {
        return doc.type().matches("EX-1(?:[^0-9].*)?") && !doc.text().isEmpty();
    }

    /** The date of a press release: the first date of its opening sentences that stands in a dateline. */
    private static LocalDate dateline(List<String> sentences) {
        for (int i = 0; i < Math.min(12, sentences.size()); i++) {
            String s = sentences.get(i);
            for (DateText.Found d : DateText.findAll(s)) {
                Matcher after = DATELINE.matcher(s).region(d.end(), s.length());
                if (after.lookingAt()) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /** Defined terms of the filing ("the “Debentures”") mapped to the instrument phrase they stand for. */
    private static Map<String, InstrumentClassifier.Mention> definedTerms(List<Source> sources) {
        Map<String, InstrumentClassifier.Mention> terms = new HashMap<>();
        for (Source source : sources) {
            for (String s : source.sentences()) {
                if (!InstrumentClassifier.mayDefineTerm(s)) {
                    continue;
                }
                for (InstrumentClassifier.Mention m : InstrumentClassifier.mentions(s)) {
                    if (m.instrument() != Instrument.OTHER) {
                        InstrumentClassifier.definedTerm(s, m).ifPresent(term -> terms.putIfAbsent(term, m));
                    }
                }
            }
        }
        return terms;
    }

    private static void read(Source source, int index, Map<String, InstrumentClassifier.Mention> terms,
                             LocalDate asOf, List<Candidate> out) {
        String s = source.sentences().get(index);
        // the tests are free of side effects: the cheapest one, that there can be a sum at all, goes first
        if (!MoneyAmount.mayOccurIn(s) || !TRIGGER.matcher(s).find() || NOT_SENTENCE.matcher(s).find() || isBackground(s, asOf)) {
            return;
        }
        List<MoneyAmount> amounts = MoneyAmount.findAll(s);
        if (amounts.isEmpty()) {
            return;
        }
        List<InstrumentClassifier.Mention> mentions = InstrumentClassifier.mentions(s);
        int previousEnd = 0;
        for (MoneyAmount amount : amounts) {
            int segmentStart = Math.max(previousEnd, amount.start() - 250);
            previousEnd = amount.end();
            if (amount.value().compareTo(MIN_AMOUNT) < 0) {
                continue;
            }
            String before = s.substring(Math.max(0, amount.start() - 70), amount.start());
            String after = s.substring(amount.end(), Math.min(s.length(), amount.end() + 45));
            if (NOT_BEFORE.matcher(before).find() || NOT_AFTER.matcher(after).find()
                    || PAID_OUT.matcher(s.substring(segmentStart, amount.start())).find()) {
                continue;
            }
            InstrumentClassifier.Mention mention = instrumentFor(s, amount, segmentStart, mentions, terms);
            if (mention == null) {
                continue;
            }
            out.add(candidate(source, index, mention, amount));
        }
    }

    private static InstrumentClassifier.Mention instrumentFor(String s, MoneyAmount amount, int segmentStart,
                                                              List<InstrumentClassifier.Mention> mentions,
                                                              Map<String, InstrumentClassifier.Mention> terms) {
        for (InstrumentClassifier.Mention m : mentions) {
            if (m.start() >= amount.end() && m.start() - amount.end() <= 70) {
                String gap = s.substring(amount.end(), m.start());
                if (!GAP_STOP.matcher(gap).find() && usable(m)) {
                    return resolve(m, terms);
                }
                break;
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            InstrumentClassifier.Mention m = mentions.get(i);
            if (m.start() >= segmentStart && m.end() <= amount.start() && usable(m)
                    && !NOT_THE_ONE_SOLD.matcher(s.substring(Math.max(segmentStart, m.start() - 50), m.start())).find()) {
                return resolve(m, terms);
            }
        }
        return null;
    }

    /** Without header or cover fields, the first date of the cover page (the date of report) stands in. */
    private static LocalDate coverDate(DocumentIndex index) {
        String text = index.text();
        List<DateText.Found> dates = DateText.findAll(text.substring(0, Math.min(text.length(), 5000)));
        return dates.isEmpty() ? null : dates.get(0).date();
    }

    /** A sentence opening with a date more than a year before the filing tells history, not news. */
    private static boolean isBackground(String s, LocalDate asOf) {
        if (asOf == null || !LEADING_DATE.matcher(s).find()) {
            return false;
        }
        Matcher year = YEAR.matcher(s.substring(0, Math.min(s.length(), 60)));
        return year.find() && Integer.parseInt(year.group()) < asOf.getYear() - 1;
    }

    private static boolean usable(InstrumentClassifier.Mention m) {
        return m.instrument() != Instrument.OTHER;
    }

    private static InstrumentClassifier.Mention resolve(InstrumentClassifier.Mention m,
                                                        Map<String, InstrumentClassifier.Mention> terms) {
        InstrumentClassifier.Mention defined = terms.get(m.text().toLowerCase(Locale.ROOT));
        return defined != null ? defined : m;
    }

    private static Candidate candidate(Source source, int index, InstrumentClassifier.Mention mention,
                                       MoneyAmount amount) {
        List<String> sentences = source.sentences();
        String s = sentences.get(index);
        List<String> context = sentences.subList(index, Math.min(sentences.size(), index + CONTEXT_SENTENCES));
        List<String> near = sentences.subList(index, Math.min(sentences.size(), index + 3));
        CandidateStatus status = CLOSED.matcher(s).find() ? CandidateStatus.CLOSED
                : DONE.matcher(s).find() ? CandidateStatus.AGREED : CandidateStatus.MENTIONED;
        Exemption exemption = ExemptionReader.read(String.join(" ", near)).orElse(null);
        String investors = FinancingTerms.investors(s);
        if (investors == null && index + 1 < sentences.size()) {
            investors = FinancingTerms.investors(sentences.get(index + 1));
        }
        LocalDate announced = FinancingTerms.announcedOn(s);
        if (announced == null && source.pressRelease()) {
            announced = source.dateline();
        }
        boolean convertible = mention.instrument().isConvertible();
        Terms terms = new Terms(exemption, investors, announced, FinancingTerms.closedOn(s),
                FinancingTerms.interestRate(mention.text(), context), FinancingTerms.maturity(mention.text(), context),
                FinancingTerms.maturityText(mention.text(), context),
                convertible ? FinancingTerms.conversionWindow(context) : null,
                convertible ? FinancingTerms.pricing(context) : null);
        return new Candidate(status, mention.instrument(), mention.text(), amount, terms, s);
    }

    /**
     * Groups the candidates that describe one transaction: the same instrument (at one rate), or the same sum
     * named once generically ("the notes") and once specifically.
     */
    private static List<List<Candidate>> merge(List<Candidate> candidates) {
        List<List<Candidate>> groups = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Candidate> home = null;
            for (List<Candidate> g : groups) {
                if (sameTransaction(g, c)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(c);
        }
        return groups;
    }

    private static boolean sameTransaction(List<Candidate> group, Candidate c) {
        for (Candidate g : group) {
            BigDecimal gRate = g.terms().rate();
            BigDecimal cRate = c.terms().rate();
            boolean sameRate = (gRate == null || cRate == null || gRate.compareTo(cRate) == 0)
                    && sameSeries(g.instrumentText(), c.instrumentText());
            if (g.instrument() == c.instrument() && sameRate) {
                return true;
            }
            boolean sameSum = close(g.amount().value(), c.amount().value());
            boolean related = InstrumentClassifier.refines(g.instrument(), c.instrument())
                    || InstrumentClassifier.refines(c.instrument(), g.instrument())
                    || (g.instrument().isDebt() && c.instrument().isDebt());
            if (sameSum && related && sameRate) {
                return true;
            }
        }
        return false;
    }

    /** Two tranches of one offering differ in maturity ("due 2019" / "due 2024") or in floating against fixed. */
    private static boolean sameSeries(String a, String b) {
        String dueA = dueYear(a);
        String dueB = dueYear(b);
        boolean floatingA = a.toLowerCase(Locale.ROOT).contains("floating");
        boolean floatingB = b.toLowerCase(Locale.ROOT).contains("floating");
        return (dueA == null || dueB == null || dueA.equals(dueB)) && floatingA == floatingB;
    }

    private static String dueYear(String text) {
        Matcher m = DUE_YEAR.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(a.max(b).movePointLeft(2)) <= 0;
    }

    private static Financing toFinancing(String filingId, int seq, List<Candidate> group) {
        Candidate best = group.get(0);
        for (Candidate c : group) {
            if (c.status().isFurtherThan(best.status())) {
                best = c;
            }
        }
        Candidate named = best;
        for (Candidate c : group) {
            if (close(c.amount().value(), best.amount().value())
                    && specificity(c.instrument()) > specificity(named.instrument())) {
                named = c;
            }
        }
        // each term from the best sentence, else from the others in order
        Terms terms = Terms.NONE;
        for (Candidate c : ordered(group, best)) {
            terms = terms.orElse(c.terms());
        }
        Terms.Window conversion = terms.conversion();
        return new Financing(filingId, seq, named.instrument(), named.instrumentText(), best.amount().value(),
                best.amount().currency(), terms.exemption(), terms.investors(), terms.announced(), terms.closed(),
                terms.rate(), terms.maturity(), conversion == null ? null : conversion.start(),
                conversion == null ? null : conversion.end(), terms.pricing(), best.evidence(), terms.maturityText());
    }

    private static List<Candidate> ordered(List<Candidate> group, Candidate best) {
        List<Candidate> ordered = new ArrayList<>();
        ordered.add(best);
        for (Candidate c : group) {
            if (c != best) {
                ordered.add(c);
            }
        }
        return ordered;
    }

    /** How narrowly an instrument is named: a generic name (notes, credit facility) gives way to a narrower one. */
    private static int specificity(Instrument instrument) {
        return switch (instrument) {
            case CONVERTIBLE_DEBENTURES, CONVERTIBLE_NOTES, CONVERTIBLE_PREFERRED_STOCK, REVOLVING_CREDIT_FACILITY,
                    TERM_LOAN -> 3;
            case NOTES, DEBENTURES, CREDIT_FACILITY -> 1;
            default -> 2;
        };
    }
}
