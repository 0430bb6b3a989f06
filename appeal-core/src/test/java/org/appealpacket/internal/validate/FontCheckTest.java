package org.appealpacket.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appealpacket.Problem;
import org.appealpacket.internal.Cases;
import org.junit.jupiter.api.Test;

/** Case text no font can draw is a problem with the case, named by field path and code point only. */
class FontCheckTest {
    @Test
    void everyFieldWithAnUndrawableCharacter_isNamed_inCaseFileOrder_withoutItsValue() {
        // A stand-in for the fonts: they cannot draw '#'.
        List<Problem> problems = FontCheck.undrawable(Cases.full(), s -> s.indexOf('#') >= 0 ? s.indexOf('#') : -1);
        assertThat(problems).isEmpty();
        List<Problem> found = FontCheck.undrawable(Cases.full(), s -> s.startsWith("Ann") ? 1 : s.startsWith("Dr.") ? 0 : -1);
        assertThat(found).extracting(Problem::toString).containsExactly(
                "member.fullName: contains a character (U+006E) that none of the template set's fonts can draw",
                "physician.fullName: contains a character (U+0044) that none of the template set's fonts can draw");
    }
}
