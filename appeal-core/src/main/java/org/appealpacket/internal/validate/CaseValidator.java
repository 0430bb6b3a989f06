package org.appealpacket.internal.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appealpacket.Limits;
import org.appealpacket.Problem;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CriterionMet;
import org.appealpacket.model.Denial;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Guideline;
import org.appealpacket.model.MedicareCoverage;
import org.appealpacket.model.Member;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PriorTreatment;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Representative;
import org.appealpacket.model.RepresentativeAuthorization;
import org.appealpacket.model.Service;
import org.appealpacket.model.Study;
import org.appealpacket.model.Submission;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole case and reports every problem, each with its field path and never the value.
 */
public final class CaseValidator {
    /**
     * The fields that hold free text ({@link Limits#maxTextLength()}), by their last name in the
     * path; every other string is a short field ({@link Limits#maxFieldLength()}), so a field added
     * to the model later gets the stricter limit until it is listed here.
     */
    private static final Set<String> FREE_TEXT = Set.of("statement", "statedReasons", "reason", "response",
            "reliefRequested", "criteriaCited", "description", "citation", "relevance", "treatment", "outcome",
            "urgencyCertification", "quote", "alternativeOffered", "presentingSymptoms", "criterion", "facts");

    private final LocalDate today;
    private final Limits limits;
    private final List<Problem> problems = new ArrayList<>();

    private CaseValidator(LocalDate today, Limits limits) {
        this.today = today;
        this.limits = limits;
    }

    static List<Problem> check(@Nullable AppealCase c, LocalDate today) {
        return check(c, today, Limits.defaults());
    }

    public static List<Problem> check(@Nullable AppealCase c, LocalDate today, Limits limits) {
        CaseValidator v = new CaseValidator(today, limits);
        if (c == null) {
            v.add("", Problem.Code.REQUIRED, "the case is missing");
        } else {
            v.appealCase(c);
        }
        return List.copyOf(v.problems);
    }

    private void add(String path, String message) {
        add(path, Problem.Code.INVALID_VALUE, message);
    }

    private void add(String path, Problem.Code code, String message) {
        problems.add(new Problem(path, code, message));
    }

    private void required(String path, @Nullable Object value) {
        if (value == null) {
            add(path, Problem.Code.REQUIRED, "is required");
        } else if (value instanceof String s && isBlank(s)) {
            add(path, Problem.Code.REQUIRED, "is blank");
        }
    }

    /**
     * Whether text shows nothing: every character is whitespace of some kind (spaces of every
     * width, no-break spaces, tabs, line and paragraph separators), an invisible format
     * character (zero-width space and joiners, word joiner, soft hyphen, byte order mark) or a
     * control character. A name of no-break spaces is as blank as a name of spaces.
     */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                    || type == Character.CONTROL || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                    || cp == 0x2800;
            if (!invisible) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a code point breaks a line: line feed, carriage return, tab and the other line,
     * paragraph and page separators. A short field (a name, an identifier, a title) is printed on
     * one line in headers, tables and stamps, where a break would be lost and two words joined.
     */
    private static boolean breaksLine(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x0B || cp == 0x0C || cp == 0x85
                || Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR;
    }

    /** A list longer than the limit is one problem; its entries are still checked. */
    private void listSize(String path, List<?> list, int max, String limit) {
        if (list.size() > max) {
            add(path, Problem.Code.TOO_MANY, String.format(Locale.ROOT, "has %d entries, more than the limit of %d (Limits.%s)",
                    list.size(), max, limit));
        }
    }

    private void notFuture(String path, @Nullable LocalDate date) {
        if (date != null && date.isAfter(today)) {
            add(path, Problem.Code.OUT_OF_RANGE, "is in the future");
        }
    }

    private void appealCase(AppealCase c) {
        required("stage", c.stage());
        required("urgency", c.urgency());
        if (c.locale() != null) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(c.locale()).build();
                if (locale.getLanguage().isEmpty()) {
                    add("locale", "is not a language tag such as en-US or es-US");
                }
            } catch (IllformedLocaleException e) {
                add("locale", "is not a language tag such as en-US or es-US");
            }
        }
        member(c.member());
        plan(c.plan());
        denial(c.denial());
        service(c.service());
        physician(c.physician());
        Set<String> labels = exhibits(c.exhibits());
        rebuttals(c.rebuttals(), labels);
        guidelines(c.guidelines());
        priorTreatments(c.priorTreatments());
        listSize("networkExceptions", c.networkExceptions(), limits.maxListItems(), "maxListItems");
        for (int i = 0; i < c.networkExceptions().size(); i++) {
            required("networkExceptions[" + i + "]", c.networkExceptions().get(i));
        }
        listSize("situations", c.situations(), limits.maxListItems(), "maxListItems");
        for (int i = 0; i < c.situations().size(); i++) {
            required("situations[" + i + "]", c.situations().get(i));
        }
        studies(c.studies());
        criteriaMet(c.criteriaMet(), labels);
        medicareCoverage(c.medicareCoverage());
        required("reliefRequested", c.reliefRequested());
        representative(c.representative(), c.exhibits());
        submission(c.submission());
        text(c);
        dates(c);
    }

    /** Dollars: up to 999,999,999,999. */
    private static final int MAX_AMOUNT_DIGITS = 12;

    /** The furthest ahead a date of service or the end of a treatment may be. */
    private static final int YEARS_AHEAD = 10;

    /**
     * Dates no case can have: any date more than 130 years ago (as for the date of birth), a
     * denial letter before the member was born, a service or treatment more than ten years ahead.
     */
    private void dates(AppealCase c) {
        LocalDate earliest = today.minusYears(130);
        CaseWalker.dates(c, (path, date) -> {
            if (!path.equals("member.dateOfBirth") && date.isBefore(earliest)) {
                add(path, Problem.Code.OUT_OF_RANGE, "is more than 130 years ago");
            } else if (date.isAfter(today.plusYears(YEARS_AHEAD))) {
                if (path.equals("service.dateOfService") || path.endsWith(".to")) {
                    add(path, Problem.Code.OUT_OF_RANGE, "is more than " + YEARS_AHEAD + " years in the future");
                }
            }
        });
        LocalDate born = c.member() == null ? null : c.member().dateOfBirth();
        LocalDate letter = c.denial() == null ? null : c.denial().letterDate();
        if (born != null && letter != null && !born.isAfter(today) && letter.isBefore(born) && !letter.isBefore(earliest)) {
            add("denial.letterDate", Problem.Code.OUT_OF_RANGE, "is before member.dateOfBirth");
        }
    }

    private void member(@Nullable Member m) {
        if (m == null) {
            add("member", Problem.Code.REQUIRED, "is required");
            return;
        }
        required("member.fullName", m.fullName());
        required("member.memberId", m.memberId());
        required("member.dateOfBirth", m.dateOfBirth());
        notFuture("member.dateOfBirth", m.dateOfBirth());
        if (m.dateOfBirth() != null && m.dateOfBirth().isBefore(today.minusYears(130))) {
            add("member.dateOfBirth", Problem.Code.OUT_OF_RANGE, "is more than 130 years ago");
        }
        address("member.address", m.address());
    }

    private void address(String path, @Nullable Address a) {
        if (a == null) {
            return;
        }
        required(path + ".line1", a.line1());
        required(path + ".city", a.city());
        required(path + ".state", a.state());
        required(path + ".postalCode", a.postalCode());
    }

    private void plan(@Nullable Plan p) {
        if (p == null) {
            add("plan", Problem.Code.REQUIRED, "is required");
            return;
        }
        required("plan.payer", p.payer());
        required("plan.planType", p.planType());
        required("plan.jurisdiction", p.jurisdiction());
    }

    private void denial(@Nullable Denial d) {
        if (d == null) {
            add("denial", Problem.Code.REQUIRED, "is required");
            return;
        }
        required("denial.referenceNumber", d.referenceNumber());
        required("denial.category", d.category());
        required("denial.serviceTiming", d.serviceTiming());
        required("denial.letterDate", d.letterDate());
        required("denial.level", d.level());
        notFuture("denial.letterDate", d.letterDate());
        notFuture("denial.receivedDate", d.receivedDate());
        if (d.letterDate() != null && d.receivedDate() != null && d.receivedDate().isBefore(d.letterDate())) {
            add("denial.receivedDate", Problem.Code.OUT_OF_RANGE, "is before denial.letterDate");
        }
        listSize("denial.statedReasons", d.statedReasons(), limits.maxListItems(), "maxListItems");
        for (int i = 0; i < d.statedReasons().size(); i++) {
            required("denial.statedReasons[" + i + "]", d.statedReasons().get(i));
        }
        if (d.planProvision() != null) {
            required("denial.planProvision.quote", d.planProvision().quote());
        }
    }

    private void service(@Nullable Service s) {
        if (s == null) {
            add("service", Problem.Code.REQUIRED, "is required");
            return;
        }
        required("service.description", s.description());
        listSize("service.codes", s.codes(), limits.maxListItems(), "maxListItems");
        listSize("service.diagnosisCodes", s.diagnosisCodes(), limits.maxListItems(), "maxListItems");
        for (int i = 0; i < s.codes().size(); i++) {
            required("service.codes[" + i + "]", s.codes().get(i));
        }
        for (int i = 0; i < s.diagnosisCodes().size(); i++) {
            required("service.diagnosisCodes[" + i + "]", s.diagnosisCodes().get(i));
        }
        if (s.amountBilled() != null && s.amountBilled().signum() < 0) {
            add("service.amountBilled", Problem.Code.OUT_OF_RANGE, "is negative");
        } else if (s.amountBilled() != null && s.amountBilled().precision() - s.amountBilled().scale() > MAX_AMOUNT_DIGITS) {
            add("service.amountBilled", Problem.Code.OUT_OF_RANGE, "has more than " + MAX_AMOUNT_DIGITS + " digits before the decimal point");
        }
        listSize("service.diagnoses", s.diagnoses(), limits.maxListItems(), "maxListItems");
        for (int i = 0; i < s.diagnoses().size(); i++) {
            String path = "service.diagnoses[" + i + "]";
            if (s.diagnoses().get(i) == null) {
                add(path, Problem.Code.REQUIRED, "is null");
            } else {
                required(path + ".description", s.diagnoses().get(i).description());
            }
        }
        if (s.clinicalTrial() != null) {
            required("service.clinicalTrial.title", s.clinicalTrial().title());
        }
    }

    private void physician(@Nullable Physician p) {
        if (p != null) {
            required("physician.fullName", p.fullName());
        }
    }

    private Set<String> exhibits(List<Exhibit> exhibits) {
        Set<String> labels = new HashSet<>();
        listSize("exhibits", exhibits, limits.maxExhibits(), "maxExhibits");
        for (int i = 0; i < exhibits.size(); i++) {
            String path = "exhibits[" + i + "]";
            Exhibit e = exhibits.get(i);
            if (e == null) {
                add(path, Problem.Code.REQUIRED, "is null");
                continue;
            }
            required(path + ".label", e.label());
            if (e.label() != null && !isBlank(e.label())) {
                if (!e.label().matches("[A-Za-z0-9][A-Za-z0-9.-]{0,7}")) {
                    add(path + ".label", "must be 1 to 8 letters, digits, dots or dashes, such as A or B2");
                } else if (!labels.add(e.label())) {
                    add(path + ".label", Problem.Code.DUPLICATE, "repeats the label of an earlier exhibit");
                }
            }
            required(path + ".title", e.title());
            required(path + ".kind", e.kind());
            required(path + ".file", e.file());
            if (e.file() != null && !isBlank(e.file()) && !staysInside(e.file())) {
                add(path + ".file", "must be a path inside the case folder (no absolute path, no '..')");
            }
        }
        return labels;
    }

    static boolean staysInside(String file) {
        if (file.indexOf('\0') >= 0 || file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            return false;
        }
        try {
            Path p = Path.of(file).normalize();
            return !p.isAbsolute() && !p.startsWith("..") && !p.toString().isEmpty();
        } catch (java.nio.file.InvalidPathException e) {
            // A name this system's file-name encoding cannot hold (under LANG=C, résumé.pdf): the
            // file may well be there (CaseFolder finds it by listing), so judge the name's parts.
            int depth = 0;
            for (String part : file.split("[/\\\\]")) {
                if (part.equals("..")) {
                    depth--;
                    if (depth < 0) {
                        return false;
                    }
                } else if (!part.isEmpty() && !part.equals(".")) {
                    depth++;
                }
            }
            return depth > 0;
        }
    }

    private void rebuttals(List<Rebuttal> rebuttals, Set<String> labels) {
        listSize("rebuttals", rebuttals, limits.maxListItems(), "maxListItems");
        for (int i = 0; i < rebuttals.size(); i++) {
            String path = "rebuttals[" + i + "]";
            Rebuttal r = rebuttals.get(i);
            if (r == null) {
                add(path, Problem.Code.REQUIRED, "is null");
                continue;
            }
            required(path + ".reason", r.reason());
            required(path + ".response", r.response());
            exhibitRefs(path, r.exhibitRefs(), labels);
        }
    }

    private void exhibitRefs(String path, List<String> refs, Set<String> labels) {
        listSize(path + ".exhibitRefs", refs, limits.maxListItems(), "maxListItems");
        for (int j = 0; j < refs.size(); j++) {
            String ref = refs.get(j);
            if (ref == null || isBlank(ref)) {
                add(path + ".exhibitRefs[" + j + "]", Problem.Code.REQUIRED, "is blank");
            } else if (!labels.contains(ref)) {
                add(path + ".exhibitRefs[" + j + "]", Problem.Code.UNKNOWN_REFERENCE, "names no exhibit of this case");
            }
        }
    }

    private void guidelines(List<Guideline> guidelines) {
        listSize("guidelines", guidelines, limits.maxListItems(), "maxListItems");
        for (int i = 0; i < guidelines.size(); i++) {
            String path = "guidelines[" + i + "]";
            Guideline g = guidelines.get(i);
            if (g == null) {
                add(path, Problem.Code.REQUIRED, "is null");
                continue;
            }
            required(path + ".organization", g.organization());
            required(path + ".title", g.title());
            if (g.year() != null && (g.year() < 1900 || g.year() > today.getYear())) {
                add(path + ".year", Problem.Code.OUT_OF_RANGE, "is not a plausible publication year");
            }
        }
    }

    private void priorTreatments(List<PriorTreatment> treatments) {
        listSize("priorTreatments", treatments, limits.maxListItems(), "maxListItems");
        for (int i = 0; i < treatments.size(); i++) {
            String path = "priorTreatments[" + i + "]";
            PriorTreatment t = treatments.get(i);
            if (t == null) {
                add(path, Problem.Code.REQUIRED, "is null");
                continue;
            }
            required(path + ".treatment", t.treatment());
            notFuture(path + ".from", t.from());
            if (t.from() != null && t.to() != null && t.to().isBefore(t.from())) {
                add(path + ".to", Problem.Code.OUT_OF_RANGE, "is before " + path + ".from");
            }
        }
    }

    private void representative(@Nullable Representative r, List<Exhibit> exhibits) {
        if (r != null) {
            required("representative.fullName", r.fullName());
            address("representative.address", r.address());
            // A letter that says the authorization is enclosed names the exhibit; there must be one.
            if (r.authorization() == RepresentativeAuthorization.ENCLOSED && exhibits.stream()
                    .noneMatch(e -> e != null && e.kind() == ExhibitKind.REPRESENTATIVE_AUTHORIZATION)) {
                add("representative.authorization", Problem.Code.UNKNOWN_REFERENCE, "is ENCLOSED, but no exhibit has kind REPRESENTATIVE_AUTHORIZATION");
            }
        }
    }

    private void studies(List<Study> studies) {
        listSize("studies", studies, limits.maxListItems(), "maxListItems");
        for (int i = 0; i < studies.size(); i++) {
            String path = "studies[" + i + "]";
            Study st = studies.get(i);
            if (st == null) {
                add(path, Problem.Code.REQUIRED, "is null");
                continue;
            }
            required(path + ".authors", st.authors());
            required(path + ".title", st.title());
            if (st.year() != null && (st.year() < 1900 || st.year() > today.getYear())) {
                add(path + ".year", Problem.Code.OUT_OF_RANGE, "is not a plausible publication year");
            }
        }
    }

    private void criteriaMet(List<CriterionMet> criteria, Set<String> labels) {
        listSize("criteriaMet", criteria, limits.maxListItems(), "maxListItems");
        for (int i = 0; i < criteria.size(); i++) {
            String path = "criteriaMet[" + i + "]";
            CriterionMet m = criteria.get(i);
            if (m == null) {
                add(path, Problem.Code.REQUIRED, "is null");
                continue;
            }
            required(path + ".criterion", m.criterion());
            required(path + ".facts", m.facts());
            exhibitRefs(path, m.exhibitRefs(), labels);
        }
    }

    private void medicareCoverage(List<MedicareCoverage> rules) {
        listSize("medicareCoverage", rules, limits.maxListItems(), "maxListItems");
        for (int i = 0; i < rules.size(); i++) {
            String path = "medicareCoverage[" + i + "]";
            if (rules.get(i) == null) {
                add(path, Problem.Code.REQUIRED, "is null");
            } else {
                required(path + ".document", rules.get(i).document());
            }
        }
    }

    private void submission(@Nullable Submission s) {
        if (s != null) {
            required("submission.channel", s.channel());
            address("submission.address", s.address());
        }
    }

    /** Characters that would print wrongly or hide text: controls and bidirectional overrides. */
    private void text(AppealCase c) {
        CaseWalker.strings(c, (path, value) -> {
            length(path, value);
            boolean shortField = !FREE_TEXT.contains(fieldName(path));
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                i += Character.charCount(cp);
                if (shortField && breaksLine(cp)) {
                    add(path, String.format(Locale.ROOT, "contains a line break or tab (U+%04X); a name, identifier"
                            + " or title is printed on one line, so it must be written on one", cp));
                    return;
                }
                if (cp == '\n' || cp == '\r' || cp == '\t') {
                    continue;
                }
                if (Character.getType(cp) == Character.CONTROL) {
                    add(path, String.format(Locale.ROOT, "contains the control character U+%04X", cp));
                    return;
                }
                if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                    add(path, String.format(Locale.ROOT,
                            "contains the bidirectional override U+%04X, which can hide or reorder text", cp));
                    return;
                }
                if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
                    add(path, String.format(Locale.ROOT, "contains an invalid character U+%04X", cp));
                    return;
                }
            }
        });
    }

    /** Text beyond its field's limit; counted in code points, as a reader counts characters. */
    private void length(String path, String value) {
        boolean free = FREE_TEXT.contains(fieldName(path));
        int max = free ? limits.maxTextLength() : limits.maxFieldLength();
        // Cheap first: a string no longer than max UTF-16 units has at most max code points.
        if (value.length() > max) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                add(path, Problem.Code.TOO_LONG, String.format(Locale.ROOT, "is %d characters long, more than the limit of %d (Limits.%s)",
                        length, max, free ? "maxTextLength" : "maxFieldLength"));
            }
        }
    }

    /** {@code rebuttals[1].response} → {@code response}; {@code denial.statedReasons[0]} → {@code statedReasons}. */
    static String fieldName(String path) {
        String p = path.replaceAll("(\\[\\d+])+$", "");
        return p.substring(p.lastIndexOf('.') + 1);
    }
}
