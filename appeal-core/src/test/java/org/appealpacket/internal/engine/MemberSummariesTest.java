package org.appealpacket.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.appealpacket.internal.Cases;
import org.appealpacket.internal.support.Records;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The member summary asks what an expedited request would change by copying the case with
 * another urgency; the copy must carry every other component, those added later too (a copy by
 * hand dropped networkExceptions when it was added).
 */
class MemberSummariesTest {
    @Test
    void withUrgency_carriesEveryOtherComponentOfTheCase() {
        AppealCase c = Cases.full();
        AppealCase copy = MemberSummaries.withUrgency(c, Urgency.EXPEDITED);
        assertThat(copy.urgency()).isEqualTo(Urgency.EXPEDITED);
        assertThat(copy.networkExceptions()).isNotEmpty().isEqualTo(c.networkExceptions());
        for (RecordComponent component : AppealCase.class.getRecordComponents()) {
            Object value = Records.read(component, c);
            assertThat(value).as("Cases.full() sets " + component.getName()).isNotNull();
            if (!component.getName().equals("urgency")) {
                assertThat(Records.read(component, copy)).as(component.getName()).isEqualTo(value);
            }
        }
    }
}
