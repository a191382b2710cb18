package org.redress.complaints.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.redress.complaints.closure.api.ClosureRequest;
import org.redress.complaints.complaint.domain.Closure;

/**
 * The closure reasons an integrator reads in the API document are exactly the reasons that close a
 * complaint (DOMAIN §2): the request takes the reason as text so that a reason that is not one is the
 * procedure's own refusal, and the document lists the reasons by hand, so they are held together here.
 */
class ClosureReasonsDocumentedTest {

    @Test
    void theDocumentedReasonsAreTheReasonsThatCloseAComplaint() throws NoSuchFieldException {
        Schema reason = ClosureRequest.class.getDeclaredField("reason").getAnnotation(Schema.class);

        assertThat(reason.enumeration())
                .containsExactlyInAnyOrder(Arrays.stream(Closure.Reason.values()).map(Enum::name).toArray(String[]::new));
    }
}
