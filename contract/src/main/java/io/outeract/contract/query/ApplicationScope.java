package io.outeract.contract.query;

import java.util.UUID;

/** Checks that a query of an application's data names its application. */
final class ApplicationScope {

    private ApplicationScope() {
    }

    static UUID require(UUID applicationId) {
        if (applicationId == null) {
            throw new IllegalArgumentException(
                    "A query of application data must name the application");
        }
        return applicationId;
    }
}
