package org.appealpacket.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One appeal: who is appealing what, against which denial, with which evidence. The field names
 * are those of the case file (JSON), so a JSON mapper can bind it by name.
 *
 * <p>A record accepts incomplete input so that validation can report every problem at once; use
 * {@code AppealPackets.check(case)} or let {@code plan}/{@code assemble} validate it. Lists are
 * copied; a null list becomes empty. Instances are immutable and thread-safe.
 *
 * @param stage the step of the appeal process this packet is for
 * @param urgency standard or expedited
 * @param locale the letters' language as a BCP 47 tag ({@code en-US}, {@code es-US}); null means {@code en-
 *     US}
 * @param member the insured person
 * @param plan the health plan
 * @param denial the adverse benefit determination being appealed
 * @param service the care that was denied
 * @param physician the treating physician who supports the appeal
 * @param rebuttals answers to the stated denial reasons
 * @param guidelines published clinical guidelines that support the request
 * @param priorTreatments treatments already tried, with their outcomes
 * @param reliefRequested what the member asks the plan to do
 * @param representative someone appealing on the member's behalf, or null
 * @param submission where and how the packet is sent
 * @param exhibits the evidence, in packet order
 * @param networkExceptions for an out-of-network or referral denial, the exceptions to the network
 *     rule the appeal rests on; empty when none is claimed (added after the first case-file format)
 * @param situations the situations of the care that bring rules of their own (emergency,
 *     mental-health care, a cut to ongoing care, step therapy…); empty when none is claimed (added
 *     later, as are the lists below)
 * @param studies published studies that support the request, beside the guidelines
 * @param criteriaMet the criteria the plan applied (or must apply), each with the facts of this
 *     case that meet it
 * @param medicareCoverage for Medicare Advantage, the Traditional Medicare coverage rules (national
 *     or local coverage determinations) that govern the service
 */
public record AppealCase(
        Stage stage,
        Urgency urgency,
        @Nullable String locale,
        Member member,
        Plan plan,
        Denial denial,
        Service service,
        @Nullable Physician physician,
        List<Rebuttal> rebuttals,
        List<Guideline> guidelines,
        List<PriorTreatment> priorTreatments,
        String reliefRequested,
        @Nullable Representative representative,
        @Nullable Submission submission,
        List<Exhibit> exhibits,
        List<NetworkException> networkExceptions,
        List<CareSituation> situations,
        List<Study> studies,
        List<CriterionMet> criteriaMet,
        List<MedicareCoverage> medicareCoverage) {

    /**
     * Copies the lists (a null list becomes empty) and checks nothing else, so that validation can
     * report every problem at once. The parameters are the components above.
     */
    public AppealCase {
        rebuttals = Lists.copy(rebuttals);
        guidelines = Lists.copy(guidelines);
        priorTreatments = Lists.copy(priorTreatments);
        exhibits = Lists.copy(exhibits);
        networkExceptions = Lists.copy(networkExceptions);
        situations = Lists.copy(situations);
        studies = Lists.copy(studies);
        criteriaMet = Lists.copy(criteriaMet);
        medicareCoverage = Lists.copy(medicareCoverage);
    }

    /**
     * A case without the lists added after network exceptions: no situations, studies, criteria or
     * Medicare rules.
     *
     * @param stage the step of the appeal process this packet is for
     * @param urgency standard or expedited
     * @param locale the letters' language as a BCP 47 tag ({@code en-US}, {@code es-US}); null means {@code en-US}
     * @param member the insured person
     * @param plan the health plan
     * @param denial the adverse benefit determination being appealed
     * @param service the care that was denied
     * @param physician the treating physician who supports the appeal
     * @param rebuttals answers to the stated denial reasons
     * @param guidelines published clinical guidelines that support the request
     * @param priorTreatments treatments already tried, with their outcomes
     * @param reliefRequested what the member asks the plan to do
     * @param representative someone appealing on the member's behalf, or null
     * @param submission where and how the packet is sent
     * @param exhibits the evidence, in packet order
     * @param networkExceptions for an out-of-network or referral denial, the exceptions to the network rule the
     *     appeal rests on; empty when none is claimed (added after the first case-file format)
     */
    public AppealCase(Stage stage, Urgency urgency, @Nullable String locale, Member member, Plan plan, Denial denial,
            Service service, @Nullable Physician physician, List<Rebuttal> rebuttals, List<Guideline> guidelines,
            List<PriorTreatment> priorTreatments, String reliefRequested, @Nullable Representative representative,
            @Nullable Submission submission, List<Exhibit> exhibits, List<NetworkException> networkExceptions) {
        this(stage, urgency, locale, member, plan, denial, service, physician, rebuttals, guidelines, priorTreatments,
                reliefRequested, representative, submission, exhibits, networkExceptions, List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * A case that claims no network exception (the components of the first case-file format).
     *
     * @param stage the step of the appeal process this packet is for
     * @param urgency standard or expedited
     * @param locale the letters' language as a BCP 47 tag ({@code en-US}, {@code es-US}); null means {@code en-US}
     * @param member the insured person
     * @param plan the health plan
     * @param denial the adverse benefit determination being appealed
     * @param service the care that was denied
     * @param physician the treating physician who supports the appeal
     * @param rebuttals answers to the stated denial reasons
     * @param guidelines published clinical guidelines that support the request
     * @param priorTreatments treatments already tried, with their outcomes
     * @param reliefRequested what the member asks the plan to do
     * @param representative someone appealing on the member's behalf, or null
     * @param submission where and how the packet is sent
     * @param exhibits the evidence, in packet order
     */
    public AppealCase(Stage stage, Urgency urgency, @Nullable String locale, Member member, Plan plan, Denial denial,
            Service service, @Nullable Physician physician, List<Rebuttal> rebuttals, List<Guideline> guidelines,
            List<PriorTreatment> priorTreatments, String reliefRequested, @Nullable Representative representative,
            @Nullable Submission submission, List<Exhibit> exhibits) {
        this(stage, urgency, locale, member, plan, denial, service, physician, rebuttals, guidelines, priorTreatments,
                reliefRequested, representative, submission, exhibits, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /**
     * Whether the case claims a situation, counting an out-of-network exception that names the same
     * one ({@link NetworkException#EMERGENCY}, {@link NetworkException#OUT_OF_AREA_URGENT_CARE}).
     *
     * @param situation the situation asked about
     * @return true when {@code situations} lists it or a network exception names it
     */
    public boolean has(CareSituation situation) {
        if (situations.contains(situation)) {
            return true;
        }
        return switch (situation) {
            case EMERGENCY -> networkExceptions.contains(NetworkException.EMERGENCY);
            case OUT_OF_AREA_URGENT_CARE -> networkExceptions.contains(NetworkException.OUT_OF_AREA_URGENT_CARE);
            default -> false;
        };
    }

    /** {@return the letters' language as a BCP 47 tag: {@code locale}, or {@code en-US} when it is null or blank}. */
    public String localeTag() {
        return locale == null || locale.isBlank() ? "en-US" : locale;
    }

    @Override
    public String toString() {
        // Never print case values (protected health information).
        return "AppealCase[stage=" + stage + ", urgency=" + urgency + ", category="
                + (denial == null ? null : denial.category()) + ", exhibits=" + exhibits.size() + "]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AppealCase c
                && stage == c.stage && urgency == c.urgency && Objects.equals(locale, c.locale)
                && Objects.equals(member, c.member) && Objects.equals(plan, c.plan)
                && Objects.equals(denial, c.denial) && Objects.equals(service, c.service)
                && Objects.equals(physician, c.physician) && rebuttals.equals(c.rebuttals)
                && guidelines.equals(c.guidelines) && priorTreatments.equals(c.priorTreatments)
                && Objects.equals(reliefRequested, c.reliefRequested)
                && Objects.equals(representative, c.representative)
                && Objects.equals(submission, c.submission) && exhibits.equals(c.exhibits)
                && networkExceptions.equals(c.networkExceptions) && situations.equals(c.situations)
                && studies.equals(c.studies) && criteriaMet.equals(c.criteriaMet)
                && medicareCoverage.equals(c.medicareCoverage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, urgency, locale, member, plan, denial, service, physician, rebuttals,
                guidelines, priorTreatments, reliefRequested, representative, submission, exhibits, networkExceptions,
                situations, studies, criteriaMet, medicareCoverage);
    }

    /**
     * A builder with every field empty: lists empty, everything else null.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this case's values, to change some of them.
     *
     * @return a new builder with this case's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link AppealCase} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable Stage stage;
        private @Nullable Urgency urgency;
        private @Nullable String locale;
        private @Nullable Member member;
        private @Nullable Plan plan;
        private @Nullable Denial denial;
        private @Nullable Service service;
        private @Nullable Physician physician;
        private List<Rebuttal> rebuttals = new java.util.ArrayList<>();
        private List<Guideline> guidelines = new java.util.ArrayList<>();
        private List<PriorTreatment> priorTreatments = new java.util.ArrayList<>();
        private @Nullable String reliefRequested;
        private @Nullable Representative representative;
        private @Nullable Submission submission;
        private List<Exhibit> exhibits = new java.util.ArrayList<>();
        private List<NetworkException> networkExceptions = new java.util.ArrayList<>();
        private List<CareSituation> situations = new java.util.ArrayList<>();
        private List<Study> studies = new java.util.ArrayList<>();
        private List<CriterionMet> criteriaMet = new java.util.ArrayList<>();
        private List<MedicareCoverage> medicareCoverage = new java.util.ArrayList<>();

        private Builder() {
        }

        private Builder(AppealCase source) {
            stage = source.stage();
            urgency = source.urgency();
            locale = source.locale();
            member = source.member();
            plan = source.plan();
            denial = source.denial();
            service = source.service();
            physician = source.physician();
            rebuttals = new java.util.ArrayList<>(source.rebuttals());
            guidelines = new java.util.ArrayList<>(source.guidelines());
            priorTreatments = new java.util.ArrayList<>(source.priorTreatments());
            reliefRequested = source.reliefRequested();
            representative = source.representative();
            submission = source.submission();
            exhibits = new java.util.ArrayList<>(source.exhibits());
            networkExceptions = new java.util.ArrayList<>(source.networkExceptions());
            situations = new java.util.ArrayList<>(source.situations());
            studies = new java.util.ArrayList<>(source.studies());
            criteriaMet = new java.util.ArrayList<>(source.criteriaMet());
            medicareCoverage = new java.util.ArrayList<>(source.medicareCoverage());
        }

        /**
         * Sets {@code stage}.
         *
         * @param stage the step of the appeal process this packet is for
         * @return this builder
         */
        public Builder stage(@Nullable Stage stage) {
            this.stage = stage;
            return this;
        }

        /**
         * Sets {@code urgency}.
         *
         * @param urgency standard or expedited
         * @return this builder
         */
        public Builder urgency(@Nullable Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        /**
         * Sets {@code locale}.
         *
         * @param locale locale
         * @return this builder
         */
        public Builder locale(@Nullable String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets {@code member}.
         *
         * @param member the insured person
         * @return this builder
         */
        public Builder member(@Nullable Member member) {
            this.member = member;
            return this;
        }

        /**
         * Sets {@code plan}.
         *
         * @param plan the health plan
         * @return this builder
         */
        public Builder plan(@Nullable Plan plan) {
            this.plan = plan;
            return this;
        }

        /**
         * Sets {@code denial}.
         *
         * @param denial the adverse benefit determination being appealed
         * @return this builder
         */
        public Builder denial(@Nullable Denial denial) {
            this.denial = denial;
            return this;
        }

        /**
         * Sets {@code service}.
         *
         * @param service the care that was denied
         * @return this builder
         */
        public Builder service(@Nullable Service service) {
            this.service = service;
            return this;
        }

        /**
         * Sets {@code physician}.
         *
         * @param physician the treating physician who supports the appeal
         * @return this builder
         */
        public Builder physician(@Nullable Physician physician) {
            this.physician = physician;
            return this;
        }

        /**
         * Replaces the rebuttals.
         *
         * @param rebuttals answers to the stated denial reasons
         * @return this builder
         */
        public Builder rebuttals(List<Rebuttal> rebuttals) {
            this.rebuttals = new java.util.ArrayList<>(rebuttals);
            return this;
        }

        /**
         * Adds one entry to the rebuttals.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addRebuttal(Rebuttal entry) {
            rebuttals.add(entry);
            return this;
        }

        /**
         * Replaces the guidelines.
         *
         * @param guidelines published clinical guidelines that support the request
         * @return this builder
         */
        public Builder guidelines(List<Guideline> guidelines) {
            this.guidelines = new java.util.ArrayList<>(guidelines);
            return this;
        }

        /**
         * Adds one entry to the guidelines.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addGuideline(Guideline entry) {
            guidelines.add(entry);
            return this;
        }

        /**
         * Replaces the priorTreatments.
         *
         * @param priorTreatments treatments already tried, with their outcomes
         * @return this builder
         */
        public Builder priorTreatments(List<PriorTreatment> priorTreatments) {
            this.priorTreatments = new java.util.ArrayList<>(priorTreatments);
            return this;
        }

        /**
         * Adds one entry to the priorTreatments.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addPriorTreatment(PriorTreatment entry) {
            priorTreatments.add(entry);
            return this;
        }

        /**
         * Sets {@code reliefRequested}.
         *
         * @param reliefRequested what the member asks the plan to do
         * @return this builder
         */
        public Builder reliefRequested(@Nullable String reliefRequested) {
            this.reliefRequested = reliefRequested;
            return this;
        }

        /**
         * Sets {@code representative}.
         *
         * @param representative someone appealing on the member's behalf, or null
         * @return this builder
         */
        public Builder representative(@Nullable Representative representative) {
            this.representative = representative;
            return this;
        }

        /**
         * Sets {@code submission}.
         *
         * @param submission where and how the packet is sent
         * @return this builder
         */
        public Builder submission(@Nullable Submission submission) {
            this.submission = submission;
            return this;
        }

        /**
         * Replaces the exhibits.
         *
         * @param exhibits the evidence, in packet order
         * @return this builder
         */
        public Builder exhibits(List<Exhibit> exhibits) {
            this.exhibits = new java.util.ArrayList<>(exhibits);
            return this;
        }

        /**
         * Adds one entry to the exhibits.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addExhibit(Exhibit entry) {
            exhibits.add(entry);
            return this;
        }

        /**
         * Replaces the networkExceptions.
         *
         * @param networkExceptions for an out-of-network or referral denial, the exceptions to the network
         *     rule the appeal rests on; empty when none is claimed (added after the first case-file format)
         * @return this builder
         */
        public Builder networkExceptions(List<NetworkException> networkExceptions) {
            this.networkExceptions = new java.util.ArrayList<>(networkExceptions);
            return this;
        }

        /**
         * Adds one entry to the networkExceptions.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addNetworkException(NetworkException entry) {
            networkExceptions.add(entry);
            return this;
        }

        /**
         * Replaces the situations.
         *
         * @param situations the situations of the care that bring rules of their own (emergency, mental-
         *     health care, a cut to ongoing care, step therapy…); empty when none is claimed (added later, as are
         *     the lists below)
         * @return this builder
         */
        public Builder situations(List<CareSituation> situations) {
            this.situations = new java.util.ArrayList<>(situations);
            return this;
        }

        /**
         * Adds one entry to the situations.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addSituation(CareSituation entry) {
            situations.add(entry);
            return this;
        }

        /**
         * Replaces the studies.
         *
         * @param studies published studies that support the request, beside the guidelines
         * @return this builder
         */
        public Builder studies(List<Study> studies) {
            this.studies = new java.util.ArrayList<>(studies);
            return this;
        }

        /**
         * Adds one entry to the studies.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addStudy(Study entry) {
            studies.add(entry);
            return this;
        }

        /**
         * Replaces the criteriaMet.
         *
         * @param criteriaMet the criteria the plan applied (or must apply), each with the facts of this case
         *     that meet it
         * @return this builder
         */
        public Builder criteriaMet(List<CriterionMet> criteriaMet) {
            this.criteriaMet = new java.util.ArrayList<>(criteriaMet);
            return this;
        }

        /**
         * Adds one entry to the criteriaMet.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addCriterionMet(CriterionMet entry) {
            criteriaMet.add(entry);
            return this;
        }

        /**
         * Replaces the medicareCoverage.
         *
         * @param medicareCoverage for Medicare Advantage, the Traditional Medicare coverage rules (national
         *     or local coverage determinations) that govern the service
         * @return this builder
         */
        public Builder medicareCoverage(List<MedicareCoverage> medicareCoverage) {
            this.medicareCoverage = new java.util.ArrayList<>(medicareCoverage);
            return this;
        }

        /**
         * Adds one entry to the medicareCoverage.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addMedicareCoverage(MedicareCoverage entry) {
            medicareCoverage.add(entry);
            return this;
        }

        /**
         * Builds the AppealCase; it is not validated here (validation reports every problem at once).
         *
         * @return a new {@code AppealCase} with the fields set so far
         */
        public AppealCase build() {
            return new AppealCase(stage, urgency, locale, member, plan, denial, service, physician, rebuttals,
                    guidelines, priorTreatments, reliefRequested, representative, submission, exhibits,
                    networkExceptions, situations, studies, criteriaMet, medicareCoverage);
        }
    }
}
