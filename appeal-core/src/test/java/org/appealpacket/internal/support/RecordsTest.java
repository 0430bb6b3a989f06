package org.appealpacket.internal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.appealpacket.internal.Cases;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.Test;

class RecordsTest {
    record Pair(String left, List<String> right) {
        Pair {
            if (left.isEmpty()) {
                throw new IllegalArgumentException("left is empty");
            }
            right = List.copyOf(right);
        }
    }

    @Test
    void with_changesOneComponent_andCarriesEveryOtherOneOver() {
        AppealCase c = Cases.full();
        AppealCase expedited = Records.with(c, "urgency", Urgency.EXPEDITED);
        assertThat(expedited.urgency()).isEqualTo(Urgency.EXPEDITED);
        for (RecordComponent component : AppealCase.class.getRecordComponents()) {
            if (!component.getName().equals("urgency")) {
                assertThat(Records.read(component, expedited)).as(component.getName())
                        .isEqualTo(Records.read(component, c));
            }
        }
    }

    @Test
    void with_goesThroughTheCanonicalConstructor() {
        assertThatThrownBy(() -> Records.with(new Pair("a", List.of()), "left", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("left is empty");
        assertThat(Records.with(new Pair("a", List.of("x")), "left", "b")).isEqualTo(new Pair("b", List.of("x")));
    }

    @Test
    void with_anUnknownComponent_isAnError() {
        assertThatThrownBy(() -> Records.with(new Pair("a", List.of()), "middle", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Pair has no component middle");
    }
}
