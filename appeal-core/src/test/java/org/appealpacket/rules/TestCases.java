package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.List;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * Builds appeal cases for rule tests: only the fields the rules read vary; the rest are fixed
 * placeholders. Defaults: standard pre-service internal appeal of an initial not-medically-necessary
 * denial dated 2026-10-02, received 2026-10-06.
 */
final class TestCases {

    private PlanType planType = PlanType.COMMERCIAL_HMO;
    private Jurisdiction jurisdiction = Jurisdiction.CA;
    private Stage stage = Stage.INTERNAL_APPEAL;
    private Urgency urgency = Urgency.STANDARD;
    private DenialCategory category = DenialCategory.NOT_MEDICALLY_NECESSARY;
    private ServiceTiming timing = ServiceTiming.PRE_SERVICE;
    private DenialLevel level = DenialLevel.INITIAL;
    private LocalDate letterDate = LocalDate.of(2026, 10, 2);
    private @Nullable LocalDate receivedDate = LocalDate.of(2026, 10, 6);
    private List<NetworkException> exceptions = List.of();
    private List<CareSituation> situations = List.of();

    private TestCases() {
    }

    static TestCases plan(PlanType planType, Jurisdiction jurisdiction) {
        TestCases c = new TestCases();
        c.planType = planType;
        c.jurisdiction = jurisdiction;
        return c;
    }

    TestCases stage(Stage value) {
        stage = value;
        return this;
    }

    TestCases urgency(Urgency value) {
        urgency = value;
        return this;
    }

    TestCases expedited() {
        return urgency(Urgency.EXPEDITED);
    }

    TestCases category(DenialCategory value) {
        category = value;
        return this;
    }

    TestCases timing(ServiceTiming value) {
        timing = value;
        return this;
    }

    TestCases level(DenialLevel value) {
        level = value;
        return this;
    }

    /** The denial is the plan's final internal decision. */
    TestCases finalInternal() {
        return level(DenialLevel.FINAL_INTERNAL);
    }

    TestCases letter(LocalDate value) {
        letterDate = value;
        return this;
    }

    TestCases received(@Nullable LocalDate value) {
        receivedDate = value;
        return this;
    }

    /** Letter and receipt on the same day. */
    TestCases dated(LocalDate value) {
        letterDate = value;
        receivedDate = value;
        return this;
    }

    TestCases exceptions(NetworkException... values) {
        exceptions = List.of(values);
        return this;
    }

    TestCases situations(CareSituation... values) {
        situations = List.of(values);
        return this;
    }

    AppealCase build() {
        Member member = new Member("Test Member", "M-0", LocalDate.of(1980, 1, 1), null, null, null);
        Plan plan = new Plan("Test Payer", null, planType, jurisdiction, null);
        Denial denial = new Denial("REF-0", category, timing, letterDate, receivedDate, level,
                List.of("reason"), null);
        Service service = new Service("service", List.of(), List.of(), null, null);
        return new AppealCase(stage, urgency, "en-US", member, plan, denial, service, null, List.of(), List.of(),
                List.of(), "cover the service", null, null, List.of(), exceptions, situations, List.of(), List.of(),
                List.of());
    }

    /** The pathway of the built case as of {@code today}. */
    Pathway pathway(LocalDate today) {
        return Pathway.compute(build(), today);
    }

    /** The pathway as of a day long before every deadline, so no deadline warning fires. */
    Pathway pathway() {
        return pathway(LocalDate.of(2020, 1, 1));
    }
}
