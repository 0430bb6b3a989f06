package org.appealpacket.json;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Limits;
import org.appealpacket.Problem;
import org.appealpacket.internal.validate.CaseValidator;
import org.appealpacket.model.AppealCase;
import org.jspecify.annotations.Nullable;

/**
 * What reading a case file gave: the case, if it is valid, and every problem found.
 *
 * <p>The problems are those of reading (unknown fields, values of the wrong type, dates that are
 * not dates) followed by those of the case itself (required fields, limits, references between
 * fields), checked with {@link Limits#defaults()} as of today's date (UTC). {@link #checkedBy}
 * checks with an {@link AppealPackets}' own clock, limits and fonts instead, so that the problems
 * are every one {@code assemble} would refuse. A field reported as unreadable is not reported
 * again as missing.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseReading {
    private final @Nullable AppealCase read;
    private final List<Problem> readingProblems;
    private final List<Problem> problems;

    private CaseReading(@Nullable AppealCase read, List<Problem> readingProblems, List<Problem> checked) {
        this.read = read;
        this.readingProblems = List.copyOf(readingProblems);
        this.problems = merge(readingProblems, checked);
    }

    static CaseReading of(CaseParser.Result result) {
        AppealCase c = result.appealCase();
        return new CaseReading(c, result.problems(),
                c == null ? List.of() : CaseValidator.check(c, LocalDate.now(ZoneOffset.UTC), Limits.defaults()));
    }

    /** The case, present when there is no problem; empty otherwise. */
    public Optional<AppealCase> appealCase() {
        return problems.isEmpty() ? Optional.ofNullable(read) : Optional.empty();
    }

    /**
     * The valid case.
     *
     * @throws AppealValidationException listing every problem, if there is one
     */
    public AppealCase orElseThrow() {
        if (!problems.isEmpty()) {
            throw new AppealValidationException(problems);
        }
        return Objects.requireNonNull(read);
    }

    /**
     * The case as far as it could be read, problems or not: present whenever the file holds a JSON
     * object. A value that could not be read is null (or absent from its list's place as null);
     * for a draft, or to show what was read. Never hand it to {@code assemble} while
     * {@link #problems()} is not empty: assembling would refuse it.
     */
    public Optional<AppealCase> caseAsRead() {
        return Optional.ofNullable(read);
    }

    /** Every problem, in case-file order: those of reading, then those of the case. Empty if the case is valid. */
    public List<Problem> problems() {
        return problems;
    }

    /** Only the problems of reading (the file's form), without those of the case itself. */
    public List<Problem> readingProblems() {
        return readingProblems;
    }

    /**
     * This reading checked by {@code packets}: with its clock ("today"), its limits and its fonts
     * (text no font can draw), exactly as {@code plan} and {@code assemble} would check it.
     */
    public CaseReading checkedBy(AppealPackets packets) {
        Objects.requireNonNull(packets, "packets");
        return new CaseReading(read, readingProblems, read == null ? List.of() : packets.check(read));
    }

    /**
     * Reading problems followed by the case's, dropping a case problem "is required" (or "is
     * blank", "is null") for a field already reported as unreadable: the reading problem says more.
     */
    private static List<Problem> merge(List<Problem> reading, List<Problem> checked) {
        List<Problem> all = new ArrayList<>(reading);
        Set<String> reported = new HashSet<>();
        for (Problem p : reading) {
            reported.add(p.path());
        }
        for (Problem p : checked) {
            boolean absent = p.message().equals("is required") || p.message().equals("is blank")
                    || p.message().equals("is null");
            if (!(absent && reported.contains(p.path()))) {
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    /** Counts only: never a value of the case. */
    @Override
    public String toString() {
        return "CaseReading[" + (read == null ? "no case" : "a case") + ", " + problems.size() + " problems]";
    }
}
